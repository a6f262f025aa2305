import type { Catalog, TranslationOf } from './catalog';
import type { Locale } from './locales';

/**
 * An area of messages that only some surfaces show (the CLI's, the options page's), kept out
 * of the shared catalog so that the popup's bundle never holds it. A surface that shows it
 * adds it with `speakAlso` (lib/i18n/translator.ts) before it speaks.
 */
export interface SurfaceArea<C extends Catalog = Catalog> {
  readonly english: C;
  /** The area in another language: a chunk of its own, loaded with that language. */
  load(locale: Exclude<Locale, 'en'>): Promise<TranslationOf<C>>;
}
