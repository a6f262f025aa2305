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

/** Where the classifier's first evidence starts in the text (0 when unknown). */
export function evidenceOffset(text: string, evidence: readonly string[]): number {
  const first = evidence[0];
  if (!first) return 0;
  return Math.max(0, text.indexOf(first));
}
