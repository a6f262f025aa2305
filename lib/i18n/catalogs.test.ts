import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalog } from './catalog';
import { formatMessage, placeholdersOf, pluralBranches } from './format';
import { LOCALES, type Locale } from './locales';
import { areas as englishAreas } from './messages/en';
import { areas as de } from './messages/de';
import { areas as es } from './messages/es';
import { areas as fr } from './messages/fr';
import { areas as ptBR } from './messages/pt-BR';
import { areas as ru } from './messages/ru';

/**
 * Every language has every message of every area, with the same placeholders, and every
 * message formats. (The type checker finds missing keys too; this test also catches a
 * translation that drops or renames a placeholder, or breaks a plural.)
 */
const translations: Record<Exclude<Locale, 'en'>, Record<string, Catalog>> = {
  de,
  fr,
  es,
  'pt-BR': ptBR,
  ru,
};
const english = englishAreas as Record<string, Catalog>;
/** The first segment of every key of an area (lib/i18n/messages/en/index.ts). */
const AREA_PREFIX: Record<string, string> = {
  cli: 'cli',
  content: 'content',
  explainConnection: 'conn',
  explainPolicy: 'policy',
  fix: 'fix',
  optionsPage: 'options',
  probesUi: 'probes',
  providers: 'providers',
  ui: 'ui',
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

  it('give each key to one area, prefixed with the area', () => {
    const seen = new Map<string, string>();
    for (const [area, catalog] of Object.entries(english)) {
      for (const key of Object.keys(catalog)) {
        expect(key.split('.')[0], key).toBe(AREA_PREFIX[area]);
        expect(seen.get(key), `${key} in ${area} and ${seen.get(key)}`).toBeUndefined();
        seen.set(key, area);
      }
    }
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
