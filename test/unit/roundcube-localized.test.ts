import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CategoryId } from '../../lib/categories';
import { classify, mayContainSendError } from '../../lib/rules';
import { mayContainLocalizedError } from '../../lib/rules/localized/gate';
import { toEnglish } from '../../lib/rules/localized/translate-back';

/**
 * Roundcube's send-error toasts in English and five languages
 * (test/fixtures/webmail/roundcube-localized/toasts.jsonl, written by
 * scripts/localized-signals/roundcube-toasts.mjs from roundcube-core's messages.inc).
 * A toast is found when it passes the prefilter and the rule table calls it a send
 * error. Localized, the way the extension is to read it: the content script lets it
 * through when the prefilter or the localized gate does, and the background reads it
 * through toEnglish.
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

/** The content script's gates, then the background's reading. */
function readLocalized(text: string): { found: boolean; category: CategoryId | null } {
  if (!mayContainSendError(text) && !mayContainLocalizedError(text)) return { found: false, category: null };
  return read(toEnglish(text));
}

const localized = toasts.filter((t) => t.lang !== 'en');
const blind = localized.filter((t) => t.split === 'blind');

describe('localized Roundcube toasts', () => {
  it('cover five languages, each with a blind part', () => {
    expect(new Set(localized.map((t) => t.lang))).toEqual(new Set(['de', 'fr', 'es', 'pt-BR', 'ru']));
    for (const lang of ['de', 'fr', 'es', 'pt-BR', 'ru']) {
      expect(blind.filter((t) => t.lang === lang).length, lang).toBeGreaterThan(0);
    }
  });

  it.each(localized.map((t) => [`${t.lang} ${t.scenario} (${t.split})`, t] as const))(
    '%s reads as its English twin',
    (_name, t) => {
      expect(read(toEnglish(t.text))).toEqual(read(t.english));
      expect(readLocalized(t.text)).toEqual(read(t.english));
    },
  );

  it('finds a send error in every blind localized toast whose English twin is one', () => {
    const errors = blind.filter((t) => t.category !== null && read(t.english).found);
    expect(errors.length).toBeGreaterThan(20);
    const missed = errors.filter((t) => !readLocalized(t.text).found).map((t) => `${t.lang} ${t.text}`);
    expect(missed).toEqual([]);
  });

  it('calls no localized success or filing text a send error', () => {
    const negatives = localized.filter((t) => t.category === null);
    expect(negatives.length).toBeGreaterThan(0);
    for (const t of negatives) expect(readLocalized(t.text).found, t.text).toBe(false);
  });

  it('needs the translation: most localized toasts are missed without it', () => {
    const errors = localized.filter((t) => t.category !== null && read(t.english).found);
    const foundRaw = errors.filter((t) => read(t.text).found).length;
    expect(foundRaw / errors.length).toBeLessThan(0.8);
  });
});
