/**
 * Small text helpers shared by the bounce readers. Every pattern here is linear
 * (lib/rules/redos.test.ts checks them with the same automaton gate as the rule table).
 */

/** Bounces put their reasons near the top: nothing past this many characters is read. */
export const MAX_TEXT = 1 << 20;
/** Lines read by the line scanners (a bounce's human part and report are far shorter). */
export const MAX_LINES = 20_000;
/** Longest diagnostic kept (a reply line joined over several lines). */
export const MAX_DIAGNOSTIC = 2_000;
/** Longest human part kept. */
export const MAX_HUMAN_PART = 8_000;

/** Cap the input and give every line break the same shape. */
export function normalize(text: string): string {
  return text.slice(0, MAX_TEXT).replace(/\r\n?/g, '\n');
}

export function linesOf(text: string): string[] {
  return text.split('\n', MAX_LINES);
}

/** An RFC 3463 enhanced status code anywhere in the text. */
export const ENHANCED_CODE = /\b[245]\.\d{1,3}\.\d{1,3}\b/;

/** A status value as it stands at the start of a Status: field or qmail's "(#5.1.1)". */
const STATUS_VALUE = /^[245]\.\d{1,3}\.\d{1,3}(?!\d)/;

export function statusIn(value: string): string | undefined {
  return STATUS_VALUE.exec(value.trim())?.[0];
}

/** "550-5.1.1 " or "550 " at the start of a reply line: the code and its enhanced code. */
const REPLY_PREFIX = /^#?([245]\d\d)([ -])(?:#?([245]\.\d{1,3}\.\d{1,3}) ?)?/;

/** Does the line start with an SMTP reply code (RFC 5321 §4.2)? */
export function isReplyLine(line: string): boolean {
  return REPLY_PREFIX.test(line.trim());
}

/**
 * Join the lines of one multi-line SMTP reply ("550-5.7.26 Unauthenticated …" /
 * "550-5.7.26 DMARC policy …") or of one wrapped paragraph into a single line:
 * the code and enhanced code are kept once, continuation prefixes dropped.
 */
export function joinReply(lines: readonly string[]): string {
  const parts: string[] = [];
  let code: string | undefined;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const prefix = REPLY_PREFIX.exec(line);
    if (!code && prefix && parts.length === 0) {
      code = prefix[1];
      const enhanced = prefix[3] ? `${prefix[3]} ` : '';
      parts.push(`${code} ${enhanced}${line.slice(prefix[0].length)}`.trim());
    } else if (code && prefix && prefix[1] === code) {
      parts.push(line.slice(prefix[0].length));
    } else {
      parts.push(line);
    }
  }
  return clip(parts.join(' ').replace(/[ \t]{2,}/g, ' '), MAX_DIAGNOSTIC);
}

export function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text;
}

/** The lines from `start` up to the next blank line (or `limit` lines). */
export function paragraphFrom(lines: readonly string[], start: number, limit = 40): string[] {
  const out: string[] = [];
  for (let i = start; i < lines.length && out.length < limit; i++) {
    const line = lines[i] ?? '';
    if (!line.trim()) break;
    out.push(line);
  }
  return out;
}

/** Index of the first line (from `from`) that contains `needle`, ignoring case; -1 if none. */
export function lineIndexOf(lines: readonly string[], needle: string, from = 0): number {
  const lower = needle.toLowerCase();
  for (let i = from; i < lines.length; i++) {
    if ((lines[i] ?? '').toLowerCase().includes(lower)) return i;
  }
  return -1;
}

/** Index of the first non-blank line at or after `from`; -1 if none. */
export function nextNonBlank(lines: readonly string[], from: number): number {
  for (let i = from; i < lines.length; i++) if ((lines[i] ?? '').trim()) return i;
  return -1;
}
