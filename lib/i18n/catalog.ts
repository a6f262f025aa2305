/** A language's messages for one area of the product: key → ICU-style message (lib/i18n/format). */
export type Catalog = Readonly<Record<string, string>>;

/**
 * The same area in another language: exactly the English catalog's keys, each a string.
 * The type checker finds a missing or extra key; lib/i18n/catalogs.test.ts checks that
 * every translation uses the same placeholders as its English message.
 */
export type TranslationOf<C extends Catalog> = { readonly [K in keyof C]: string };
