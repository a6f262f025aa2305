/**
 * The content script's gate for localized errors: could this text hold a translated
 * error message the catalog knows, one whose English the prefilter would let through?
 * True when one of its language's ./anchors.ts starts a word in it: windows of up to
 * 24 characters (a few words: a single word of an error message is an everyday word too) of those
 * translations, the ones rarest in everyday text of their language
 * (scripts/localized-signals/anchors.ts). Small
 * enough for the content script; the background then reads the text through toEnglish
 * (./translate-back.ts), which holds the whole catalog.
 */
import { ANCHORS } from './anchors';
import { matchFolded, indexLiterals, visitStarts, type StartIndex } from './scan';
import type { CatalogLanguage } from './types';

/** Length of the windows in ./anchors.ts. */
export const ANCHOR_LENGTH = 24;

/** Each language's anchors, indexed on first use: a page's gate looks for its own language's only. */
const indexes = new Map<CatalogLanguage, StartIndex>();

function holdsAnchor(text: string, language: CatalogLanguage, inWords: boolean): boolean {
  if (typeof text !== 'string' || text.length < 2) return false;
  const anchors = ANCHORS[language];
  let index = indexes.get(language);
  if (!index) indexes.set(language, (index = indexLiterals(anchors)));
  // No budget needed: each start costs at most its bucket times ANCHOR_LENGTH units.
  const unbounded = { steps: Number.MAX_SAFE_INTEGER };
  return visitStarts(
    text,
    index,
    (at, bucket) => {
      for (const i of bucket) if (matchFolded(text, at, anchors[i]!, unbounded) >= 0) return true;
      return false;
    },
    inWords,
  );
}

/** Could `text`, on a page in `language`, hold one of that language's known error messages? */
export function mayContainLocalizedError(text: string, language: CatalogLanguage): boolean {
  return holdsAnchor(text, language, false);
}

/**
 * The longest joined text the subtree gate reads in one call. The watcher's first scan
 * hands it a whole page's text, in one call its time slices cannot split; past this it
 * answers true unread, and the watcher looks inside, block by block, slice by slice.
 */
export const MAX_SUBTREE_CHARS = 64 * 1024;

/**
 * The gate for the joined text of a whole subtree (`textContent` runs its blocks
 * together, so a block's first word may go on from the last of the one before): true
 * whenever any block inside passes `mayContainLocalizedError`, since a window is looked
 * for at every place, not only at word starts (and a text too long to read at once passes).
 */
export function mayContainLocalizedErrorInSubtree(text: string, language: CatalogLanguage): boolean {
  if (typeof text === 'string' && text.length > MAX_SUBTREE_CHARS) return true;
  return holdsAnchor(text, language, true);
}
