/**
 * Why the probe backend refused a request, as a stable code with its facts. The server
 * writes a refusal's English `error` from these messages (the wire stays `{error}`); a client
 * reads the code back from that text (readRefusal) and says it in the reader's language;
 * text it does not know is shown as it is.
 */
import { pluralBranches, type MessageParams } from '../i18n/format';
import { ENGLISH_MESSAGES, type MessageKey } from '../i18n/messages';
import { templatePattern } from '../i18n/read-back';
import { ENGLISH, type Translator } from '../i18n/translator';

/** One message per refusal; `address` and `resolves` name the kind of address (RANGE_KEYS). */
const REFUSAL_KEYS = {
  'host-empty': 'probes.refusal.hostEmpty',
  'host-too-long': 'probes.refusal.hostTooLong',
  'not-a-host': 'probes.refusal.notAHost',
  'not-a-host-port': 'probes.refusal.notAHostPort',
  'invalid-host-name': 'probes.refusal.invalidHostName',
  address: 'probes.refusal.address',
  'not-an-ip': 'probes.refusal.notAnIp',
  resolves: 'probes.refusal.resolves',
  'resolves-not-ip': 'probes.refusal.resolvesNotIp',
  'local-name': 'probes.refusal.localName',
  'single-label': 'probes.refusal.singleLabel',
  'not-a-port-list': 'probes.refusal.notAPortList',
  'ports-not-allowed': 'probes.refusal.portsNotAllowed',
  'login-needs-loopback': 'probes.refusal.loginNeedsLoopback',
  busy: 'probes.refusal.busy',
  'rate-limited': 'probes.refusal.rateLimited',
  'token-missing': 'probes.refusal.tokenMissing',
  'token-wrong': 'probes.refusal.tokenWrong',
  internal: 'probes.refusal.internal',
} as const satisfies Record<string, MessageKey>;

export type RefusalCode = keyof typeof REFUSAL_KEYS;

export interface RefusalReason {
  code: RefusalCode;
  params?: MessageParams;
}

/**
 * Kinds of address the guard refuses (ipaddr.js range names, plus the guard's own):
 * each a noun phrase that reads both after "is" and after "resolves to".
 */
const RANGE_KEYS = {
  private: 'probes.range.private',
  loopback: 'probes.range.loopback',
  linkLocal: 'probes.range.linkLocal',
  multicast: 'probes.range.multicast',
  uniqueLocal: 'probes.range.uniqueLocal',
  ipv4Mapped: 'probes.range.ipv4Mapped',
  rfc6145: 'probes.range.rfc6145',
  rfc6052: 'probes.range.rfc6052',
  '6to4': 'probes.range.6to4',
  teredo: 'probes.range.teredo',
  carrierGradeNat: 'probes.range.carrierGradeNat',
  reserved: 'probes.range.reserved',
  unspecified: 'probes.range.unspecified',
  broadcast: 'probes.range.broadcast',
  metadata: 'probes.range.metadata',
  ipv4Compatible: 'probes.range.ipv4Compatible',
} as const satisfies Record<string, MessageKey>;

/** A kind of address in the reader's language ("a private address"); any other range by its name. */
export function rangeName(range: string, { t }: Translator = ENGLISH): string {
  return Object.hasOwn(RANGE_KEYS, range)
    ? t(RANGE_KEYS[range as keyof typeof RANGE_KEYS])
    : t('probes.range.special', { range });
}

/** The refusal as a sentence in the reader's language (lower case first, as an error line). */
export function refusalText(reason: RefusalReason, translator: Translator = ENGLISH): string {
  const params: Record<string, string | number> = { ...reason.params };
  if (typeof params.range === 'string') params.range = rangeName(params.range, translator);
  return translator.t(REFUSAL_KEYS[reason.code], params);
}

/** One way a refusal's English text reads: a regular expression and the facts its groups hold. */
interface Reading {
  code: RefusalCode;
  pattern: RegExp;
  names: string[];
  /** Facts that are numbers (a plural's). */
  numbers: Set<string>;
  /** The plural's number when the branch does not print it ("port 22" is one port). */
  fixed?: { name: string; selector: string };
}

/**
 * The readings of one English message: a message with a plural has one per branch. Numbers
 * are digits; any other fact is the shortest text that lets the whole message match.
 */
function readingsOf(code: RefusalCode, template: string): Reading[] {
  const plural = /^\{(\w+), plural,(.*)\}$/s.exec(template);
  if (!plural) return [flatReading(code, template, new Set())];
  const [, name, body] = plural as unknown as [string, string, string];
  return [...pluralBranches(body, template)].map(([selector, branch]) => {
    const printed = branch.includes('#');
    const reading = flatReading(code, branch.replaceAll('#', `{${name}}`), new Set([name]));
    return printed ? reading : { ...reading, fixed: { name, selector } };
  });
}

function flatReading(code: RefusalCode, template: string, numbers: Set<string>): Reading {
  return { code, ...templatePattern(template, numbers), numbers };
}

let readings: Reading[] | undefined;

/** English range names back to their ids ("a private address" → private). */
function rangeId(text: string): string | undefined {
  const known = Object.entries(RANGE_KEYS).find(([, key]) => ENGLISH_MESSAGES[key] === text);
  if (known) return known[0];
  const special = /^a special-purpose \((\w+)\) address$/.exec(text);
  return special?.[1];
}

/**
 * The reason behind a refusal's English `error` (what server/guard.ts and server/app.ts write
 * from these same messages), so a client says it in the reader's language; undefined for
 * any other text (an older or newer backend), which is then shown as it is.
 */
export function readRefusal(error: string): RefusalReason | undefined {
  if (error.length > 1000) return undefined;
  readings ??= (Object.keys(REFUSAL_KEYS) as RefusalCode[]).flatMap((code) =>
    readingsOf(code, ENGLISH_MESSAGES[REFUSAL_KEYS[code]]),
  );
  for (const reading of readings) {
    const match = reading.pattern.exec(error);
    if (!match) continue;
    const params: Record<string, string | number> = {};
    reading.names.forEach((name, i) => {
      const value = match[i + 1]!;
      params[name] = reading.numbers.has(name) ? Number(value.replaceAll(',', '')) : value;
    });
    if (reading.fixed) params[reading.fixed.name] = pluralNumber(reading.fixed.selector, params);
    if (typeof params.range === 'string') {
      const id = rangeId(params.range);
      if (id === undefined) continue;
      params.range = id;
    }
    // Said again, the reason must give back the very text (no reading stretched to fit).
    const reason = { code: reading.code, params };
    if (sayable(reason) !== error) continue;
    return reason;
  }
  return undefined;
}

/** A plural branch that does not print its number: "=2" is 2, "one" is 1, "other" counts the ports listed. */
function pluralNumber(selector: string, params: Record<string, string | number>): number {
  if (selector.startsWith('=')) return Number(selector.slice(1));
  if (selector === 'one') return 1;
  return String(params.ports ?? '').split(',').length;
}

function sayable(reason: RefusalReason): string | undefined {
  try {
    return refusalText(reason);
  } catch {
    return undefined;
  }
}
