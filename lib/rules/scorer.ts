import type { CategoryId } from '../categories';
import { extractFacts, isLocalHost } from './context';
import { decodeEnhanced, decodeReply } from './decoders';
import { silentAfterOpen, speaksPlainFirst } from './refine';
import { MAIL_PORTS, OTHER_SERVICE_PORTS, SIGNALS, type SignalDef } from './signal-table';
import {
  STRONG_MAIL,
  hasBounceRecipientLine,
  hasMailContext,
  isForeign,
  isReplyLine,
  looksLikeError,
  namesMailProgramError,
  withoutAsides,
} from './signals';
import type { Alternative, Extracted } from './types';
import { MAX_GUESS_CONFIDENCE, roundConfidence } from './verdict-defaults';

/**
 * The scorer of `explain` mode: it finds the signals of signal-table.ts in the text
 * and adds up what each says about the cause. Deterministic: the same text always gives
 * the same ranking. Weights are data (signal-table.ts) and can be replaced by fitted
 * ones (`weights` argument) for the offline comparison of scripts/fit-signal-weights.ts.
 */

export interface SignalHit {
  signal: SignalDef;
  needle: string;
  /** Offset of the last occurrence in the text. */
  at: number;
}

export type Weights = ReadonlyMap<string, Partial<Readonly<Record<CategoryId, number>>>>;

export interface Score {
  category: CategoryId;
  confidence: number;
  alternatives: Alternative[];
  /** Ids of the signals that counted, strongest first. */
  signals: string[];
  /** Offset of the signal that weighed most for the winner (for the evidence excerpt). */
  at: number;
  /** The raw score of the winner (sum of weights). */
  strength: number;
  extracted: Extracted;
}

export type Verdict =
  | { kind: 'foreign' }
  /** `mailHint`: the text is about mail (a mail word, a send verb, a mail port, a bounce line). */
  | { kind: 'no-failure'; mailHint: boolean }
  | { kind: 'scored'; score: Score };

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || code === 95;
}

const NEGATIONS = ['not ', "n't ", 'no ', 'never '];

/** "is not blocked", "not blacklisted": the needle is denied just before it. */
function negated(lower: string, at: number): boolean {
  const before = lower.slice(Math.max(0, at - 8), at);
  return NEGATIONS.some((n) => before.endsWith(n));
}

/** Last word-bounded, not negated occurrence of `needle` in the lower-cased text, or -1. */
function lastIndexOfWord(lower: string, needle: string): number {
  const boundStart = isWordChar(needle.charCodeAt(0));
  const boundEnd = isWordChar(needle.charCodeAt(needle.length - 1));
  let found = -1;
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
    if (boundStart && at > 0 && isWordChar(lower.charCodeAt(at - 1))) continue;
    const end = at + needle.length;
    if (boundEnd && end < lower.length && isWordChar(lower.charCodeAt(end))) continue;
    if (negated(lower, at)) continue;
    found = at;
  }
  return found;
}

/** Separator of a pair needle: "connect … failed". */
const PAIR = ' … ';
/** How far after the first word of a pair its second may stand (same line). */
const PAIR_REACH = 60;

/** Last place where `first` is followed by `second` on the same line within PAIR_REACH, or -1. */
function lastIndexOfPair(lower: string, first: string, second: string): number {
  let found = -1;
  // Both scans only move forward: linear in the text, however often either word occurs.
  let next = -1;
  for (let at = indexOfWordFrom(lower, first, 0); at >= 0; at = indexOfWordFrom(lower, first, at + 1)) {
    const after = at + first.length;
    if (next < after && next !== -2) {
      next = indexOfWordFrom(lower, second, after);
      if (next < 0) next = -2;
    }
    if (next === -2) break;
    const nearEnough = next + second.length <= after + PAIR_REACH;
    if (nearEnough && !lower.slice(after, next).includes('\n')) found = at;
  }
  return found;
}

/** First word-bounded, not negated occurrence of `needle` at or after `from`, or -1. */
function indexOfWordFrom(lower: string, needle: string, from: number): number {
  const boundStart = isWordChar(needle.charCodeAt(0));
  const boundEnd = isWordChar(needle.charCodeAt(needle.length - 1));
  for (let at = lower.indexOf(needle, from); at >= 0; at = lower.indexOf(needle, at + 1)) {
    if (boundStart && at > 0 && isWordChar(lower.charCodeAt(at - 1))) continue;
    const end = at + needle.length;
    if (boundEnd && end < lower.length && isWordChar(lower.charCodeAt(end))) continue;
    if (negated(lower, at)) continue;
    return at;
  }
  return -1;
}

function indexOfNeedle(lower: string, needle: string): number {
  const pair = needle.indexOf(PAIR);
  if (pair < 0) return lastIndexOfWord(lower, needle);
  return lastIndexOfPair(lower, needle.slice(0, pair), needle.slice(pair + PAIR.length));
}

/** Every signal of the table found in the text, with the needle and place that found it. */
export function detectSignals(text: string): SignalHit[] {
  const lower = text.toLowerCase();
  // Identifier-style names ("MAILSMTP_ERROR_CONNECTION_REFUSED") read as words; one character
  // for one, so offsets hold. Needles that contain "_" themselves are looked up as written.
  const spaced = lower.includes('_') ? lower.replaceAll('_', ' ') : lower;
  const hits: SignalHit[] = [];
  for (const signal of SIGNALS) {
    let best: SignalHit | undefined;
    for (const needle of signal.needles) {
      const at = indexOfNeedle(needle.includes('_') ? lower : spaced, needle);
      if (at >= 0 && (!best || at > best.at)) best = { signal, needle, at };
    }
    if (best) hits.push(best);
  }
  return hits;
}

export const HAND_WEIGHTS: Weights = new Map(SIGNALS.map((s) => [s.id, s.weights]));

/** Outcomes of a connect that a firewall on a mail port produces (drop, ICMP reject, local policy). */
const BLOCK_SHAPED = new Set([
  'connect-timeout',
  'network-unreachable',
  'no-route',
  'connect-prohibited',
  'connect-failed',
]);
/** Outcomes of a plain client meeting implicit TLS on 465 (it waits for a greeting that never comes). */
const SILENT_AFTER_CONNECT = new Set(['closed-before-greeting', 'connect-reset', 'connect-timeout']);

const TIMEOUTS = new Set(['connect-timeout', 'read-timeout', 'timeout-words']);
/** Outcomes that, once the connection is known to have opened, speak of the session, not the connect. */
const AFTER_OPEN = new Set([...TIMEOUTS, 'closed-before-greeting', 'unexpected-eof', 'connect-failed']);
/** A stream cut where the TLS negotiation was under way. */
const CUT = new Set(['connect-reset', 'unexpected-eof', 'closed-before-greeting']);

/** Greylisting needles that are only advice: they need a server's deferral code beside them. */
const RETRY_ADVICE = new Set(['try again later', 'please retry later']);

/** Share of the mass that no signal explains: keeps confidences honest when evidence is thin. */
const UNEXPLAINED = 0.35;

/**
 * Score the causes of a text a person handed over. Returns `foreign` when the text is about
 * another protocol or tool, `no-failure` when it reports no failure, else the ranking.
 */
export function scoreText(pasted: string, weights: Weights = HAND_WEIGHTS): Verdict {
  const text = withoutAsides(pasted);
  const hits = detectSignals(text);
  // Facts nearest to the last failure the text reports (the decisive one of a transcript).
  const lastReport = hits.reduce((at, h) => (h.signal.reports && h.at > at ? h.at : at), -1);
  const facts = extractFacts(text, lastReport >= 0 ? lastReport : text.length);
  const has = (id: string) => hits.some((h) => h.signal.id === id);
  const strongMail = STRONG_MAIL.test(text);
  if (isForeign(text) || (has('other-service') && !strongMail)) return { kind: 'foreign' };

  const port = facts.port;
  const onMailPort = port !== undefined && MAIL_PORTS.has(port);
  const sendHint = hits.some((h) => h.signal.family === 'send');
  const mailHint =
    strongMail || sendHint || onMailPort || hasMailContext(text) || hasBounceRecipientLine(text);
  if (!mailHint && has('other-operation')) return { kind: 'foreign' };
  if (port !== undefined && OTHER_SERVICE_PORTS.has(port) && !isReplyLine(text)) return { kind: 'foreign' };
  const tlsStage = has('tls-stage');
  const replyLine = isReplyLine(text);
  const mailProgramError = namesMailProgramError(text);
  const failure = hits.some((h) => h.signal.reports) || looksLikeError(text) || mailProgramError || replyLine;
  if (!failure) return { kind: 'no-failure', mailHint };

  const scores = new Map<CategoryId, number>();
  const lead = new Map<CategoryId, { weight: number; at: number; id: string }>();
  const add = (category: CategoryId, weight: number, at: number, id: string) => {
    if (weight <= 0) return;
    scores.set(category, (scores.get(category) ?? 0) + weight);
    const prev = lead.get(category);
    if (!prev || weight > prev.weight) lead.set(category, { weight, at, id });
  };

  // Without a mail hint, a port that is not a mail port says the text is about another service.
  const otherPort = port !== undefined && !onMailPort;
  // Greylisting defers with a 4xx (RFC 6647 §2.1): beside a 5xx, "try again later" is prose.
  const permanent = (facts.replyCode ?? 0) >= 500;
  const opened = silentAfterOpen(text);
  // A defined failure reply code that is not the port number ("port 587" reads as a code).
  const answered =
    facts.replyCode !== undefined && facts.replyCode !== port && decodeReply(facts.replyCode) !== null;
  for (const hit of hits) {
    const { signal } = hit;
    // A stream cut inside a TLS handshake is a TLS error by itself, like the other TLS families.
    const standalone = signal.standalone || (tlsStage && CUT.has(signal.id));
    if (!mailHint && (!standalone || otherPort)) continue;
    // A timeout, EOF or "could not connect" after the connect opened is no firewall drop
    // (that fails the connect): the server does not speak first to this client (implicit
    // TLS) or does not speak at all.
    if (opened && AFTER_OPEN.has(signal.id)) {
      add('tls-mismatch', 0.6, hit.at, signal.id);
      add('port-blocked', 0.2, hit.at, signal.id);
      add('server-unreachable', 0.1, hit.at, signal.id);
      continue;
    }
    // The text names the TLS negotiation as the stage that failed: a stream cut there is
    // the handshake breaking (protocol or cipher), a connect failure "via TLS" is the mode.
    if (tlsStage && CUT.has(signal.id)) {
      add('tls-protocol', 0.45, hit.at, signal.id);
      add('tls-mismatch', 0.3, hit.at, signal.id);
      continue;
    }
    // The server answered with a failure reply ("SMTP Error (550): Connection to server
    // failed"): the connection itself worked, the wrapper only says the session ended.
    if (signal.id === 'connect-failed' && answered) continue;
    if (tlsStage && signal.id === 'connect-failed') {
      add('tls-mismatch', 0.55, hit.at, signal.id);
      add('port-blocked', 0.15, hit.at, signal.id);
      continue;
    }
    // Retry advice with no server reply code is the application's, not a greylisting deferral.
    if (
      signal.id === 'greylisting' &&
      RETRY_ADVICE.has(hit.needle) &&
      facts.replyCode === undefined &&
      facts.enhancedCode === undefined
    )
      continue;
    for (const [category, weight] of Object.entries(weights.get(signal.id) ?? {})) {
      if (permanent && category === 'greylisted') continue;
      add(category as CategoryId, weight, hit.at, signal.id);
    }
    // The port tells a blocked port from a dead server, and a TLS mismatch from a block.
    if (onMailPort && BLOCK_SHAPED.has(signal.id)) add('port-blocked', 0.2, hit.at, signal.id);
    if (port === 465 && SILENT_AFTER_CONNECT.has(signal.id) && speaksPlainFirst(text))
      add('tls-mismatch', 0.5, hit.at, signal.id);
    // A read timeout on 465 is the plain client waiting for a greeting behind implicit TLS.
    if (port === 465 && signal.id === 'read-timeout') add('tls-mismatch', 0.4, hit.at, signal.id);
    if (signal.id === 'connect-refused' && isLocalHost(facts.host, text))
      add('server-unreachable', 0.3, hit.at, signal.id);
  }

  // Reply and enhanced status codes, decoded through the one code table (decoders.ts).
  if (mailHint || replyLine) {
    const enhanced = facts.enhancedCode ? decodeEnhanced(facts.enhancedCode) : null;
    if (enhanced) add(enhanced.category, enhanced.confidence * 0.8, 0, 'enhanced-code');
    const reply = facts.replyCode !== undefined && replyLine ? decodeReply(facts.replyCode) : null;
    if (reply) add(reply.category, reply.confidence * 0.6, 0, 'reply-code');
  }

  if (scores.size === 0) {
    // A send failure with no cause named: the best guess is "unknown", with the usual causes
    // behind it. A failure needs a send failure, a reply, or a mail program naming its own error.
    const mailFailure = has('send-failed') || replyLine || mailProgramError;
    if (!mailHint || !mailFailure) return { kind: 'no-failure', mailHint };
    return {
      kind: 'scored',
      score: {
        category: 'unknown',
        confidence: 0.3,
        alternatives: [
          { category: 'port-blocked', confidence: 0.2, check: 'probe-ports' },
          { category: 'auth-failed', confidence: 0.15, check: 'credentials' },
          { category: 'tls-mismatch', confidence: 0.1, check: 'tls-mode' },
        ],
        signals: hits.map((h) => h.signal.id),
        at: hits.find((h) => h.signal.family === 'send')?.at ?? 0,
        strength: 0,
        extracted: facts,
      },
    };
  }

  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const total = ranked.reduce((n, [, s]) => n + s, 0) + UNEXPLAINED;
  const [winner, strength] = ranked[0]!;
  const signals = [
    ...new Set([...lead.entries()].sort((a, b) => b[1].weight - a[1].weight).map(([, l]) => l.id)),
  ];
  return {
    kind: 'scored',
    score: {
      category: winner,
      confidence: roundConfidence(Math.min(MAX_GUESS_CONFIDENCE, strength / total)),
      alternatives: ranked
        .slice(1, 5)
        .map(([category, s]) => ({ category, confidence: roundConfidence(s / total) })),
      signals,
      at: lead.get(winner)?.at ?? 0,
      strength,
      extracted: facts,
    },
  };
}
