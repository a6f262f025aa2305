/** The languages whose translations the catalog holds (BCP 47 tags), in catalog order. */
export const CATALOG_LANGUAGES = ['de', 'fr', 'es', 'pt-BR', 'ru'] as const;
export type CatalogLanguage = (typeof CATALOG_LANGUAGES)[number];

export function isCatalogLanguage(value: unknown): value is CatalogLanguage {
  return (CATALOG_LANGUAGES as readonly unknown[]).includes(value);
}

/**
 * The catalog language of a BCP 47 tag ("de-CH", "pt_BR", "RU"), or null: its primary
 * subtag's, Portuguese of any region reading Brazil's (the catalog's only Portuguese).
 */
export function catalogLanguageOf(tag: string | null | undefined): CatalogLanguage | null {
  const primary = tag?.trim().split(/[-_]/, 1)[0]?.toLowerCase() ?? '';
  return CATALOG_LANGUAGES.find((language) => language.split('-', 1)[0] === primary) ?? null;
}

/**
 * Where a translation comes from: glibc's strerror/gai_strerror, msmtp, mutt (gettext
 * catalogs) or Roundcube's messages.inc. (Windows' Winsock messages are not in the
 * catalog: no sourced translation of them was found; see scripts/localized-signals/README.md.)
 */
export type CatalogSource = 'glibc' | 'msmtp' | 'mutt' | 'roundcube';

export interface CatalogEntry {
  readonly lang: CatalogLanguage;
  readonly source: CatalogSource;
  /** The English source text, placeholders as in the source (printf `%s`/`%d`, Roundcube `$code`). */
  readonly msgid: string;
  /** Its translation, from the same file. */
  readonly msgstr: string;
  /** Package, version and file (and key) it was read from. */
  readonly origin: string;
}
