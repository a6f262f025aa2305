import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CategoryId } from '../../lib/categories';
import { classifyPageBlock } from '../../entrypoints/background/classify-block';
import { gatesFor } from '../../entrypoints/content/page-language';
import { classify, mayContainSendError } from '../../lib/rules';
import { toEnglish } from '../../lib/rules/localized/translate-back';
import { CATALOG_LANGUAGES, catalogLanguageOf } from '../../lib/rules/localized/types';

/**
 * Roundcube's send-error toasts in English and five languages
 * (test/fixtures/webmail/roundcube-localized/toasts.jsonl, written by
 * scripts/localized-signals/roundcube-toasts.mjs from roundcube-core's messages.inc).
 * A toast is found when it passes the prefilter and the rule table calls it a send
 * error. Localized, the way the extension reads it on a page in that language: the
 * content script's gates for the page (entrypoints/content/page-language.ts), then the
 * background's reading of a block (entrypoints/background/classify-block.ts), which puts
 * its known messages back in English before the scan-mode rule table.
 */
interface Toast {
  lang: string;
  scenario: string;
  text: string;
  english: string;
  category: CategoryId | null;
  split: 'tuning' | 'blind';
  source: string;
}

const toasts: Toast[] = readFileSync(
  join(import.meta.dirname, '..', 'fixtures', 'webmail', 'roundcube-localized', 'toasts.jsonl'),
  'utf8',
)
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Toast);

function read(text: string): { found: boolean; category: CategoryId | null } {
  if (!mayContainSendError(text)) return { found: false, category: null };
  const got = classify(text);
  return got.match ? { found: true, category: got.category } : { found: false, category: null };
}

/** A toast on a page in its language: the content script's gates, then the background's reading. */
function readOnPage(t: Toast): { found: boolean; category: CategoryId | null } {
  const language = catalogLanguageOf(t.lang);
  if (!gatesFor(language).prefilter(t.text)) return { found: false, category: null };
  const found = classifyPageBlock(t.text, 0, language ?? undefined, classify);
  return found ? { found: true, category: found.category } : { found: false, category: null };
}

const localized = toasts.filter((t) => t.lang !== 'en');
const blind = localized.filter((t) => t.split === 'blind');

describe('localized Roundcube toasts', () => {
  it('cover five languages, each with a blind part', () => {
    expect(new Set(localized.map((t) => t.lang))).toEqual(new Set(CATALOG_LANGUAGES));
    for (const lang of CATALOG_LANGUAGES) {
      expect(blind.filter((t) => t.lang === lang).length, lang).toBeGreaterThan(0);
    }
  });

  it.each(localized.map((t) => [`${t.lang} ${t.scenario} (${t.split})`, t] as const))(
    '%s reads as its English twin',
    (_name, t) => {
      expect(read(toEnglish(t.text))).toEqual(read(t.english));
      expect(readOnPage(t)).toEqual(read(t.english));
    },
  );

  it('finds a send error in every blind localized toast whose English twin is one', () => {
    const errors = blind.filter((t) => t.category !== null && read(t.english).found);
    expect(errors.length).toBeGreaterThan(20);
    const missed = errors.filter((t) => !readOnPage(t).found).map((t) => `${t.lang} ${t.text}`);
    const perLanguage = Object.fromEntries(
      CATALOG_LANGUAGES.map((lang) => {
        const mine = errors.filter((t) => t.lang === lang);
        const found = mine.filter((t) => readOnPage(t).found).length;
        const same = mine.filter((t) => readOnPage(t).category === read(t.english).category).length;
        return [lang, `found ${found}/${mine.length}, category as in English ${same}/${mine.length}`];
      }),
    );
    console.log('blind localized Roundcube toasts, on a page in their language:');
    console.table(perLanguage);
    expect(missed).toEqual([]);
  });

  it('reads English toasts on an English page exactly as before', () => {
    const english = toasts.filter((t) => t.lang === 'en');
    expect(english.length).toBeGreaterThan(10);
    for (const t of english) expect(readOnPage(t), t.text).toEqual(read(t.text));
  });

  it('calls no localized success or filing text a send error', () => {
    const negatives = localized.filter((t) => t.category === null);
    expect(negatives.length).toBeGreaterThan(0);
    for (const t of negatives) expect(readOnPage(t).found, t.text).toBe(false);
  });

  it('needs the translation: most localized toasts are missed without it', () => {
    const errors = localized.filter((t) => t.category !== null && read(t.english).found);
    const foundRaw = errors.filter((t) => read(t.text).found).length;
    expect(foundRaw / errors.length).toBeLessThan(0.8);
  });
});
