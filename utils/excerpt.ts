import { MAX_EXCERPT } from '../lib/findings';

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The excerpt kept with a finding: the whole text when short, else a window of
 * MAX_EXCERPT characters that starts a little before the evidence.
 */
export function excerptAround(text: string, at: number): string {
  if (text.length <= MAX_EXCERPT) return collapse(text);
  const start = Math.max(0, Math.min(at - 120, text.length - MAX_EXCERPT));
  return collapse(text.slice(start, start + MAX_EXCERPT));
}

/**
 * Where the classifier's first evidence starts in the text, at or after `from`.
 * -1 when it sits only before `from` (in a context line); `from` when it cannot
 * be found verbatim.
 */
export function evidenceOffset(text: string, evidence: readonly string[], from = 0): number {
  const first = evidence[0];
  if (!first) return from;
  const at = text.indexOf(first, from);
  if (at >= 0) return at;
  return text.includes(first) ? -1 : from;
}
