import { storage } from '#imports';
import type { Classification } from '../lib/rules/types';
import { explainSessionKey } from './session-keys';

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

// Plain key reads and writes (see findings-store.ts: a defined item reads its value once more).
const keyFor = (tabId: number) => `session:${explainSessionKey(tabId)}` as const;

export function getExplained(tabId: number): Promise<ExplainedText | null> {
  return storage.getItem<ExplainedText>(keyFor(tabId));
}

export function setExplained(tabId: number, value: ExplainedText): Promise<void> {
  return storage.setItem(keyFor(tabId), value);
}

export function clearExplained(tabId: number): Promise<void> {
  return storage.removeItem(keyFor(tabId));
}

export function watchExplained(tabId: number, onChange: (value: ExplainedText | null) => void): () => void {
  return storage.watch<ExplainedText>(keyFor(tabId), (value) => onChange(value ?? null));
}
