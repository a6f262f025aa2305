import type { CategoryId } from '../categories';
import { extractFacts } from './context';
import { toEnglish } from './localized/translate-back';
import { anchorOffsets, mayContainSendError } from './prefilter';
import { TIER, type Refinement, type Rule } from './rule';
import { scoreText, type Score, type Weights } from './scorer';
import {
  hasMailContext,
  isForeign,
  isReceivingSideLog,
  isReplyLine,
  isWebOnly,
  looksLikeError,
  withoutAsides,
} from './signals';
import { OTHER_SERVICE_PORTS } from './signal-table';
import { RULES } from './table';
import { assumedPortsFor, CONFIRMING_CHECK, roundConfidence } from './verdict-defaults';
import type { Alternative, Classification, ClassifyOptions } from './types';

/** Texts up to this length are matched whole; longer ones only in windows around anchors. */
const WHOLE_TEXT_LIMIT = 16_384;
const WINDOW_BEFORE = 600;
const WINDOW_AFTER = 1_200;
const MAX_WINDOWS = 24;
const MAX_ANCHORS = 256;
const MAX_MATCHES_PER_RULE = 16;
/** Characters each side of a match that its context checks look at. */
const NEAR = 400;
const MAX_EVIDENCE = 240;

const NO_MATCH: Classification = Object.freeze({
  match: false,
  category: null,
  alternatives: Object.freeze([]) as unknown as CategoryId[],
  alternativeDetails: Object.freeze([]) as unknown as Alternative[],
  rule: null,
  confidence: 0,
  extracted: Object.freeze({}),
  evidence: Object.freeze([]) as unknown as string[],
});

function noMatch(): Classification {
  return { ...NO_MATCH, alternatives: [], alternativeDetails: [], extracted: {}, evidence: [] };
}

interface Compiled {
  rule: Rule;
  re: RegExp;
}

const COMPILED: readonly Compiled[] = RULES.map((rule) => ({
  rule,
  re: new RegExp(
    rule.pattern.source,
    rule.pattern.flags.includes('g') ? rule.pattern.flags : `${rule.pattern.flags}g`,
  ),
}));

interface Window {
  start: number;
  text: string;
}

interface Candidate {
  rule: Rule;
  window: Window;
  match: RegExpExecArray;
  /** Offset in the whole text. */
  at: number;
}

/**
 * Undo the wrapping of pasted logs and bounces: runs of spaces become one, and a line
 * break inside a sentence (the next line starts in lower case) becomes a space, so
 * "Must issue a STARTTLS\n  command first" reads as one phrase. Reply lines, which
 * start with a digit, stay on their own lines.
 */
function unwrap(text: string): string {
  return text.replace(/[ \t]{2,}/g, ' ').replace(/ ?\r?\n ?(?=[a-z(])/g, ' ');
}

/**
 * The parts of the text worth matching: all of a short text, windows around anchors of a
 * long one (and, for text a person handed over, its end, where a pasted log's failure is).
 */
function windowsOf(text: string, withTail = false): Window[] {
  if (text.length <= WHOLE_TEXT_LIMIT) return [{ start: 0, text: unwrap(text) }];
  const spans: [number, number][] = [];
  const anchors = anchorOffsets(text, MAX_ANCHORS);
  if (withTail) anchors.push(text.length - WINDOW_AFTER);
  for (const at of anchors) {
    const start = Math.max(0, at - WINDOW_BEFORE);
    const end = Math.min(text.length, at + WINDOW_AFTER);
    const last = spans[spans.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else spans.push([start, end]);
  }
  // The decisive error is most often the last one: keep the final windows.
  return spans.slice(-MAX_WINDOWS).map(([start, end]) => ({ start, text: unwrap(text.slice(start, end)) }));
}

function contextHolds(rule: Rule, near: string): boolean {
  // Even a mail-specific phrase ("Error connecting to mail server", "Application-specific
  // password required") belongs to another protocol when only that one is named around it
  // (an IMAP account check), and a receiving filter's verdict log is no send error.
  if (isForeign(near) || isReceivingSideLog(near)) return false;
  if (rule.context === 'self') return true;
  if (rule.context === 'mail') return hasMailContext(near);
  if (isWebOnly(near)) return false;
  return rule.context === 'not-foreign' || hasMailContext(near) || looksLikeError(near);
}

function candidatesIn(window: Window): Candidate[] {
  const out: Candidate[] = [];
  for (const { rule, re } of COMPILED) {
    re.lastIndex = 0;
    let count = 0;
    let m: RegExpExecArray | null;
    while (count < MAX_MATCHES_PER_RULE && (m = re.exec(window.text)) !== null) {
      if (m[0].length === 0) re.lastIndex++;
      count++;
      const near = window.text.slice(Math.max(0, m.index - NEAR), m.index + m[0].length + NEAR);
      if (contextHolds(rule, near)) out.push({ rule, window, match: m, at: window.start + m.index });
    }
  }
  return out;
}

/** Higher tier first; within a tier the later match (the final failure of a transcript). */
function byDecisiveness(a: Candidate, b: Candidate): number {
  return b.rule.tier - a.rule.tier || b.at - a.at;
}

/** The line of `text` around [at, at + length), cut to MAX_EVIDENCE characters. */
function lineAround(text: string, at: number, length: number): string {
  let start = text.lastIndexOf('\n', at) + 1;
  let end = text.indexOf('\n', at + length);
  if (end < 0) end = text.length;
  if (end - start > MAX_EVIDENCE) {
    start = Math.max(start, at - 80);
    end = Math.min(end, Math.max(at + length, start + MAX_EVIDENCE));
  }
  return text.slice(start, end).trim();
}

function excerpt(window: Window, match: RegExpExecArray): string {
  return lineAround(window.text, match.index, match[0].length);
}

function mergeAlternatives(
  winner: CategoryId,
  confidence: number,
  own: Alternative[],
  others: Candidate[],
): Alternative[] {
  const best = new Map<CategoryId, Alternative>();
  const add = (a: Alternative) => {
    if (a.category === winner) return;
    const prev = best.get(a.category);
    if (!prev || prev.confidence < a.confidence)
      best.set(a.category, { ...a, confidence: roundConfidence(a.confidence) });
  };
  own.forEach(add);
  // Other causes named elsewhere in the text are runners-up too, below the winner.
  for (const c of others) {
    if (c.rule.category === 'unknown' || c.rule.tier < 50) continue;
    add({ category: c.rule.category, confidence: Math.min(c.rule.confidence, confidence) * 0.5 });
  }
  return [...best.values()].sort((a, b) => b.confidence - a.confidence).slice(0, 4);
}

function verdictFor(candidate: Candidate, others: Candidate[]): Classification | null {
  const { rule, window, match } = candidate;
  const extracted = extractFacts(window.text, match.index);
  const near = window.text.slice(Math.max(0, match.index - NEAR), match.index + match[0].length + NEAR);
  const refinement: Refinement = rule.refine?.({ text: window.text, near, match, extracted }) ?? {};
  if (refinement.reject) return null;
  const category = refinement.category ?? rule.category;
  const confidence = roundConfidence(refinement.confidence ?? rule.confidence);
  const alternativeDetails = mergeAlternatives(
    category,
    confidence,
    refinement.alternatives ?? rule.alternatives ?? [],
    others.filter((o) => o.rule.category !== category),
  );
  const result: Classification = {
    match: true,
    category,
    alternatives: alternativeDetails.map((a) => a.category),
    alternativeDetails,
    rule: rule.id,
    confidence,
    extracted,
    evidence: [excerpt(window, match)],
    checks: refinement.checks ?? CONFIRMING_CHECK[category],
  };
  if (extracted.port === undefined) {
    const assumed = refinement.assumedPorts ?? rule.assumedPorts ?? assumedPortsFor(category);
    if (assumed) result.assumedPorts = assumed;
  }
  return result;
}

/** The rule table's verdict: the most decisive candidate whose refinement holds. */
function ruleVerdict(windows: Window[]): { verdict: Classification; rule: Rule } | null {
  const candidates = windows.flatMap(candidatesIn).sort(byDecisiveness);
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i];
    if (!candidate) continue;
    const verdict = verdictFor(candidate, candidates.slice(i + 1));
    if (verdict) return { verdict, rule: candidate.rule };
  }
  return null;
}

function classifyScan(text: string): Classification {
  // A short text is checked by the prefilter (which stops at the first hit); a long one
  // is scanned once for all anchor offsets, and no anchor means no match.
  if (text.length <= WHOLE_TEXT_LIMIT && !mayContainSendError(text)) return noMatch();
  const windows = windowsOf(text);
  if (windows.length === 0) return noMatch();
  return ruleVerdict(windows)?.verdict ?? noMatch();
}

/** A rule of this tier or above names its cause precisely: it overrides the scorer. */
const OVERRIDE_TIER = TIER.specific;
/** How much more the scorer must weigh than a weak rule's confidence to overrule it. */
const OVERRULE_MARGIN = 0.15;

function withChecks(alternatives: Alternative[]): Alternative[] {
  return alternatives.map((a) => (a.check ? a : { ...a, check: CONFIRMING_CHECK[a.category][0] }));
}

function fromScore(score: Score, text: string): Classification {
  const alternativeDetails = withChecks(score.alternatives);
  const result: Classification = {
    match: true,
    category: score.category,
    alternatives: alternativeDetails.map((a) => a.category),
    alternativeDetails,
    rule: `signals:${score.signals[0] ?? 'send-failed'}`,
    confidence: score.confidence,
    extracted: score.extracted,
    evidence: [lineAround(text, score.at, 0)],
    checks: CONFIRMING_CHECK[score.category],
    signals: score.signals,
  };
  const assumed = score.extracted.port === undefined ? assumedPortsFor(score.category) : undefined;
  if (assumed) result.assumedPorts = assumed;
  return result;
}

/** The rule's verdict, with the scorer's other causes as further runners-up. */
function withScoreAlternatives(verdict: Classification, score: Score | null): Classification {
  if (!score) return verdict;
  const known = new Set([verdict.category, ...verdict.alternatives]);
  const extra = withChecks(
    [score, ...score.alternatives]
      .filter((a) => !known.has(a.category))
      .map((a) => ({
        category: a.category,
        confidence: roundConfidence(Math.min(a.confidence, verdict.confidence) * 0.5),
      })),
  );
  const alternativeDetails = [...verdict.alternativeDetails, ...extra].slice(0, 4);
  return {
    ...verdict,
    alternatives: alternativeDetails.map((a) => a.category),
    alternativeDetails,
    signals: score.signals,
  };
}

/**
 * Text a person handed over: no prefilter gate, every rule as in `scan` (the precise
 * overrides), then the signal scorer for what no precise rule named.
 */
function classifyExplain(pasted: string, weights?: Weights): Classification {
  const windows = windowsOf(withoutAsides(pasted), true);
  const joined = windows.map((w) => w.text).join('\n');
  // The whole text is about another protocol or tool (an IMAP login, an HTTP API call) and
  // names nothing mail-specific, or is a receiving filter's verdict log: a precise-looking
  // phrase inside it is that tool's or that filter's, not a send error.
  if ((isForeign(joined) && !isReplyLine(joined)) || isReceivingSideLog(joined))
    return { ...noMatch(), mode: 'explain' };
  const ruled = ruleVerdict(windows);
  // The failed connection went to another service's port (HTTPS 443, a database) and no
  // SMTP reply came: it is that service's failure, even beside a mail library's name.
  const port = ruled?.verdict.extracted.port;
  if (port !== undefined && OTHER_SERVICE_PORTS.has(port) && !isReplyLine(joined))
    return { ...noMatch(), mode: 'explain' };
  if (ruled && ruled.rule.tier >= OVERRIDE_TIER) return { ...ruled.verdict, mode: 'explain' };
  const scored = scoreText(joined, weights);
  const score = scored.kind === 'scored' ? scored.score : null;
  if (ruled) {
    const { verdict } = ruled;
    // A rule that found a send error but no cause ("unknown"), or read only a bare reply or
    // status code, yields to any cause the text names in words.
    const weak = verdict.category === 'unknown' || ruled.rule.tier < TIER.wrapper;
    const overrule =
      score !== null &&
      score.category !== verdict.category &&
      score.strength >= verdict.confidence + (weak ? 0 : OVERRULE_MARGIN);
    if (!overrule) return { ...withScoreAlternatives(verdict, score), mode: 'explain' };
  }
  if (!score) return { ...noMatch(), mode: 'explain' };
  const result = fromScore(score, joined);
  if (ruled && ruled.verdict.category !== score.category && ruled.verdict.category !== null) {
    // The weak rule's cause stays as a runner-up.
    const runnerUp = {
      category: ruled.verdict.category,
      confidence: roundConfidence(Math.min(ruled.verdict.confidence, result.confidence) * 0.8),
    };
    const alternativeDetails = withChecks([
      runnerUp,
      ...result.alternativeDetails.filter((a) => a.category !== runnerUp.category),
    ]).slice(0, 4);
    result.alternativeDetails = alternativeDetails;
    result.alternatives = alternativeDetails.map((a) => a.category);
  }
  return { ...result, mode: 'explain' };
}

/**
 * Classify any text — one error line, a debug transcript, a bounce, a page's
 * text — as an email send error (or not), with its most probable cause.
 * `scan` (the default) is for page text nobody asked about: strict, behind the
 * prefilter. `explain` is for text a person handed over (paste box, context menu,
 * CLI): weak evidence counts, and the answer is a best guess with alternatives.
 * Never throws; work is capped for hostile input.
 */
export function classify(text: string, options: ClassifyOptions = {}): Classification {
  try {
    if (typeof text !== 'string') return noMatch();
    // Handed-over text may be in the user's language: its known messages are read back in English.
    return options.mode === 'explain'
      ? classifyExplain(toEnglish(text), options.weights)
      : classifyScan(text);
  } catch {
    return noMatch();
  }
}
