import { mayContainLocalizedError, mayContainLocalizedErrorInSubtree } from '../../lib/rules/localized/gate';
import { catalogLanguageOf, type CatalogLanguage } from '../../lib/rules/localized/types';
import { mayContainSendError, mayContainSendErrorInSubtree } from '../../lib/rules/prefilter';

/**
 * Which gate the watcher puts page text through, decided once per page from its
 * language: on a page in a language whose translated errors the catalog holds, text the
 * English prefilter misses is also offered to that language's gate (its cost beside the
 * prefilter's: docs/performance.md, "localized"); on every other page only the English
 * prefilter runs, the gate never.
 */

/**
 * The page's catalog language: the root element's `lang`, else the first element that
 * declares one (a page whose root declares none), else the browser's language.
 */
export function pageLanguage(doc: Document, browserLanguage: string | undefined): CatalogLanguage | null {
  const declared =
    doc.documentElement?.getAttribute('lang')?.trim() ||
    doc.querySelector('[lang]:not([lang=""])')?.getAttribute('lang')?.trim() ||
    browserLanguage;
  return catalogLanguageOf(declared);
}

export interface PageGates {
  /** One block's text (see WatcherOptions.prefilter). */
  prefilter(text: string): boolean;
  /** Many blocks' joined text (see WatcherOptions.subtreePrefilter). */
  subtreePrefilter(text: string): boolean;
}

/** An English (or any other) page: the English prefilter itself, nothing around it. */
const ENGLISH_GATES: PageGates = {
  prefilter: mayContainSendError,
  subtreePrefilter: mayContainSendErrorInSubtree,
};

/** A page in a language the catalog knows: the English prefilter, then that language's gate. */
function localizedGates(language: CatalogLanguage): PageGates {
  return {
    prefilter: (text) => mayContainSendError(text) || mayContainLocalizedError(text, language),
    subtreePrefilter: (text) =>
      mayContainSendErrorInSubtree(text) || mayContainLocalizedErrorInSubtree(text, language),
  };
}

export function gatesFor(language: CatalogLanguage | null): PageGates {
  return language ? localizedGates(language) : ENGLISH_GATES;
}
