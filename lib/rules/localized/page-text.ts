/**
 * Page text of a page in a language the catalog knows, as the scan-mode rule table
 * reads it: its known localized messages put back in English (./translate-back.ts),
 * with the way back to the page's own offsets, so the marker and the finding's excerpt
 * stay with the text the page shows.
 */
import { originalOffset, translateBack } from './translate-back';
import type { CatalogLanguage } from './types';

export interface EnglishReading {
  /** The text with its known localized messages in English (the text itself when none). */
  readonly text: string;
  /** Where the block itself starts in `text` (the original's focus, moved). */
  readonly focus: number;
  /** How many messages were put back in English. */
  readonly replaced: number;
  /** Steps of matching the reading took (./translate-back.ts): in proportion to the text's length. */
  readonly steps: number;
  /** An offset into `text` as an offset into the original. */
  toOriginal(at: number): number;
}

/**
 * Read `text`, from a page in `language`, in English: that language's messages only,
 * in steps in proportion to its length (every block of such a page comes this way). `focus` (where the block starts after its line of context)
 * moves with the replacements before it; inside a replaced message it moves to the
 * message's start, so the whole message stays in the block.
 */
export function readInEnglish(text: string, focus: number, language: CatalogLanguage): EnglishReading {
  const result = translateBack(text, { language });
  let shift = 0;
  let englishFocus: number | null = null;
  for (const span of result.spans) {
    if (focus < span.originalStart) break;
    if (focus < span.originalEnd) {
      englishFocus = span.englishStart;
      break;
    }
    shift = span.englishEnd - span.originalEnd;
  }
  return {
    text: result.text,
    focus: englishFocus ?? focus + shift,
    replaced: result.replaced,
    steps: result.steps,
    toOriginal: (at) => originalOffset(result, at),
  };
}
