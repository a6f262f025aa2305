/** A language's messages for one area of the product: key → ICU-style message (lib/i18n/format). */
export type Catalog = Readonly<Record<string, string>>;

/**
 * The same area in another language: exactly the English catalog's keys, each a string.
 * The type checker finds a missing or extra key; lib/i18n/catalogs.test.ts checks that
 * every translation uses the same placeholders as its English message.
 */
export type TranslationOf<C extends Catalog> = { readonly [K in keyof C]: string };

type Intersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** One catalog holding every key of the given areas. */
export type MergedAreas<A extends Readonly<Record<string, Catalog>>> = Intersection<A[keyof A]>;

/** The areas' catalogs as one (their keys never collide: each starts with its area's prefix). */
export function mergeAreas<A extends Readonly<Record<string, Catalog>>>(areas: A): MergedAreas<A> {
  return Object.assign({}, ...Object.values(areas)) as MergedAreas<A>;
}
