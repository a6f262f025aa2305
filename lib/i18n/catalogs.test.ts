import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalog } from './catalog';
import { formatMessage, placeholdersOf, pluralBranches } from './format';
import { LOCALES, type Locale } from './locales';
import { areas as englishShared } from './messages/en';
import { areas as de } from './messages/de';
import { areas as es } from './messages/es';
import { areas as fr } from './messages/fr';
import { areas as ptBR } from './messages/pt-BR';
import { areas as ru } from './messages/ru';
import { SURFACE_AREAS } from './surfaces';

type Translated = Exclude<Locale, 'en'>;

/** A language's every area: the shared ones and every surface area, by name. */
async function allAreas(
  locale: Translated,
  shared: Record<string, Catalog>,
): Promise<Record<string, Catalog>> {
  const surface = await Promise.all(
    Object.entries(SURFACE_AREAS).map(async ([name, area]) => [name, await area.load(locale)] as const),
  );
  return { ...shared, ...Object.fromEntries(surface) };
}

/**
 * Every language has every message of every area, with the same placeholders, and every
 * message formats. (The type checker finds missing keys too; this test also catches a
 * translation that drops or renames a placeholder, or breaks a plural.)
 */
const translations: Record<Translated, Record<string, Catalog>> = {
  de: await allAreas('de', de),
  fr: await allAreas('fr', fr),
  es: await allAreas('es', es),
  'pt-BR': await allAreas('pt-BR', ptBR),
  ru: await allAreas('ru', ru),
};
const english: Record<string, Catalog> = {
  ...englishShared,
  ...Object.fromEntries(Object.entries(SURFACE_AREAS).map(([name, area]) => [name, area.english])),
};
const DIR = join(import.meta.dirname, 'messages');

/** Numbers that reach every plural form of the six languages (Russian one/few/many/other). */
const SAMPLE_COUNTS = [0, 1, 2, 3, 5, 11, 21, 22, 25, 1.5];
const PLURAL_SELECTORS = /^(?:=\d+|zero|one|two|few|many|other)$/;

/** Every plural in a message has an "other" branch and only selectors Intl.PluralRules knows. */
function checkPlurals(message: string, where: string): void {
  for (const m of message.matchAll(/\{\s*\w+\s*,\s*plural\s*,/g)) {
    let depth = 0;
    let end = m.index;
    for (; end < message.length; end++) {
      if (message[end] === '{') depth++;
      else if (message[end] === '}' && --depth === 0) break;
    }
    const body = message.slice(m.index + m[0].length, end);
    const branches = pluralBranches(body, message);
    expect(branches.has('other'), `${where}: plural without "other"`).toBe(true);
    for (const selector of branches.keys())
      expect(selector, `${where}: plural selector`).toMatch(PLURAL_SELECTORS);
  }
}

describe('message catalogs', () => {
  it('have one directory per language, each with the same area files', () => {
    expect(readdirSync(DIR).sort()).toEqual([...LOCALES].sort());
    const files = readdirSync(join(DIR, 'en')).sort();
    // The provider records' English stays in the records (lib/providers/prose.ts); only the
    // other languages have a provider-data file, checked by lib/providers/prose.i18n.test.ts.
    const translated = [...files, 'provider-data.ts'].sort();
    for (const locale of LOCALES)
      expect(readdirSync(join(DIR, locale)).sort(), locale).toEqual(locale === 'en' ? files : translated);
  });

  it('give each area a key prefix of its own, shared by all its keys', () => {
    const areaOfPrefix = new Map<string, string>();
    for (const [area, catalog] of Object.entries(english)) {
      const prefixes = new Set(Object.keys(catalog).map((key) => key.split('.')[0]!));
      expect([...prefixes], area).toHaveLength(1);
      const [prefix] = prefixes;
      expect(
        areaOfPrefix.get(prefix!),
        `${prefix} in ${area} and ${areaOfPrefix.get(prefix!)}`,
      ).toBeUndefined();
      areaOfPrefix.set(prefix!, area);
    }
  });

  it('keep the surface areas apart from the shared ones, and every area file in one of them', () => {
    const shared = Object.keys(englishShared);
    const surface = Object.keys(SURFACE_AREAS);
    expect(shared.filter((area) => surface.includes(area))).toEqual([]);
    // One module per area in each language's directory, besides index.ts.
    expect(readdirSync(join(DIR, 'en')).length - 1).toBe(shared.length + surface.length);
  });

  it.each(Object.entries(translations))('%s has every English key and no other', (_locale, areas) => {
    expect(Object.keys(areas).sort()).toEqual(Object.keys(english).sort());
    for (const [area, catalog] of Object.entries(english)) {
      expect(Object.keys(areas[area]!).sort(), area).toEqual(Object.keys(catalog).sort());
    }
  });

  it.each(Object.entries(translations))('%s uses the same placeholders as English', (_locale, areas) => {
    for (const [area, catalog] of Object.entries(english)) {
      for (const [key, message] of Object.entries(catalog)) {
        const translated = areas[area]![key]!;
        expect(translated.trim(), key).not.toBe('');
        expect(placeholdersOf(translated), key).toEqual(placeholdersOf(message));
      }
    }
  });

  it.each(LOCALES)('%s: every message formats', (locale) => {
    const areas = locale === 'en' ? english : translations[locale];
    for (const catalog of Object.values(areas)) {
      for (const [key, message] of Object.entries(catalog)) {
        checkPlurals(message, key);
        for (const n of SAMPLE_COUNTS) {
          const params = Object.fromEntries([...placeholdersOf(message)].map((name) => [name, n]));
          expect(() => formatMessage(message, params, locale), `${key} with ${n}`).not.toThrow();
        }
      }
    }
  });
});
