/** The languages whose translations the catalog holds (BCP 47 tags). */
export type CatalogLanguage = 'de' | 'fr' | 'es' | 'pt-BR' | 'ru';

/**
 * Where a translation comes from: glibc's strerror/gai_strerror, msmtp, mutt (gettext
 * catalogs) or Roundcube's messages.inc. ('winsock' is reserved for the Windows socket
 * messages, which have no sourced translation in the catalog yet.)
 */
export type CatalogSource = 'glibc' | 'msmtp' | 'mutt' | 'roundcube' | 'winsock';

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
