import type { CategoryId } from '../../lib/categories';
import { readInEnglish } from '../../lib/rules/localized/page-text';
import type { CatalogLanguage } from '../../lib/rules/localized/types';
import type { Classification } from '../../lib/rules/types';
import { evidenceOffset } from '../../utils/excerpt';

/** A send error found in a block of page text, and where its evidence sits in that text. */
export interface BlockVerdict {
  classification: Classification;
  category: CategoryId;
  at: number;
}

/**
 * Classify one block, with its line of context first. When the decisive evidence
 * lies in the context line alone (a bounce's "The response from the remote server
 * was:"), the block is classified on its own: the context may help, never hide.
 */
export function classifyBlock(
  text: string,
  focus: number,
  classify: (text: string) => Classification,
): BlockVerdict | null {
  const withContext = classify(text);
  if (withContext.match && withContext.category) {
    const at = evidenceOffset(text, withContext.evidence, focus);
    if (at >= 0) return { classification: withContext, category: withContext.category, at };
  }
  if (focus === 0) return null;
  const block = text.slice(focus);
  const alone = classify(block);
  if (!alone.match || !alone.category) return null;
  return {
    classification: alone,
    category: alone.category,
    at: focus + evidenceOffset(block, alone.evidence),
  };
}

/**
 * A block of page text from a page in `language` (one the catalog knows; none: an
 * English page, read as it is). Its known localized messages are read in English
 * first; `at` is then an offset into the page's own text, for the marker and the
 * excerpt, which stay in the page's language. `afford` is asked, after the reading,
 * whether the rule table may read the English text (up to 1.47 times as long as the
 * page's: Russian "Сеть недоступна" reads "Network is unreachable"); no: no verdict.
 */
export function classifyPageBlock(
  text: string,
  focus: number,
  language: CatalogLanguage | undefined,
  classify: (text: string) => Classification,
  afford: (english: string) => boolean = () => true,
): BlockVerdict | null {
  if (!language) return classifyBlock(text, focus, classify);
  const english = readInEnglish(text, focus, language);
  if (!afford(english.text)) return null;
  if (!english.replaced) return classifyBlock(text, focus, classify);
  const found = classifyBlock(english.text, english.focus, classify);
  // A message that began in the context line maps back to the context's start: keep it in the block.
  return found && { ...found, at: Math.max(focus, english.toOriginal(found.at)) };
}
