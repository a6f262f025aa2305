import { storage } from '#imports';
import type { Classification } from '../lib/rules/types';

/**
 * The text a person asked about with the context menu "Explain this email error",
 * with its classification, per tab. The popup shows it above the tab's findings
 * (and, when `classification.match` is false, says that the text does not look
 * like an email send error and offers the paste box). It lives in storage.session
 * (`session:explain:<tabId>`), is replaced by the next request, and is removed when
 * the tab navigates or closes.
 */
export interface ExplainedText {
  /** The selected text (capped at MAX_EXPLAIN_TEXT characters). */
  text: string;
  classification: Classification;
  /** ms since the epoch. */
  at: number;
}

export const MAX_EXPLAIN_TEXT = 20_000;

function itemFor(tabId: number) {
  return storage.defineItem<ExplainedText | null>(`session:explain:${tabId}`, { fallback: null });
}

export function getExplained(tabId: number): Promise<ExplainedText | null> {
  return itemFor(tabId).getValue();
}

export function setExplained(tabId: number, value: ExplainedText): Promise<void> {
  return itemFor(tabId).setValue(value);
}

export function clearExplained(tabId: number): Promise<void> {
  return itemFor(tabId).removeValue();
}

export function watchExplained(tabId: number, onChange: (value: ExplainedText | null) => void): () => void {
  return itemFor(tabId).watch((value) => onChange(value ?? null));
}
