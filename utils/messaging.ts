import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CategoryId } from '../lib/categories';
import type { CatalogLanguage } from '../lib/rules/localized/types';
import type { PageKind } from '../lib/vantage';

/**
 * Content script ⇄ background. The content script carries only the cheap prefilter;
 * the text that survives it goes to the background, which holds the rule table,
 * classifies, keeps what is a send error and answers where the error sits, so the
 * page can be marked. The background trusts nothing in these messages: shapes are
 * checked and sizes capped there.
 */

/** Texts per message, and characters per text. */
export const MAX_BATCH_TEXTS = 32;
export const MAX_TEXT_LENGTH = 16_384;

export interface TextBatch {
  /** Page text that passed the prefilter, one block of text each. */
  texts: string[];
  /**
   * Per text, where the block itself starts: what comes before is a line of context
   * (a label such as "The response from the remote server was:"), and an error found
   * only there belongs to another block.
   */
  focus: number[];
  /** The frame's origin and path (no query or fragment: they may hold session ids). */
  frameUrl: string;
  /** The kind of page the watcher recognised: it tells whose server made the failing connection. */
  page?: PageKind;
  /**
   * The page's language when the catalog of translated errors knows it: the background
   * then reads the texts' known localized messages in English first. Absent on other pages.
   */
  language?: CatalogLanguage;
}

/** The background's verdict on one text of a batch. */
export type TextVerdict =
  | { match: false }
  | {
      match: true;
      /** The finding's key (lib/findings findingKey): one finding, one marker. */
      key: string;
      category: CategoryId;
      /** Offset of the evidence in the text: the marker goes beside it. */
      at: number;
    };

/** The answer to a batch: one verdict per text, and findings that no longer stand. */
export interface ClassifyAnswer {
  verdicts: TextVerdict[];
  /**
   * Keys of earlier findings of this frame that were dropped: a generic "delivery
   * failed" line gives way to a specific error found beside it.
   */
  retired: string[];
}

interface ProtocolMap {
  /** Classify page text; send errors become findings of the sender's tab. */
  classifyTexts(batch: TextBatch): ClassifyAnswer;
  /** The document that watched is going away (navigation, reload). */
  documentGone(info: { top: boolean }): void;
  /**
   * Marked errors of this frame whose text left the page (no keys: recount the badge).
   * The answer: in how many ms a gone finding stops counting (null: none), to ask again then.
   */
  findingsGone(info: { keys: string[] }): { recountInMs: number | null };
  /** The in-page marker was clicked: show the explanation for this tab. */
  openExplanation(): void;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
