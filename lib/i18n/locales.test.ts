import { describe, expect, it } from 'vitest';
import { localeFromEnv, pickLocale } from './locales';

describe('pickLocale', () => {
  it.each([
    [['de-AT', 'en'], 'de'],
    [['pt'], 'pt-BR'],
    [['pt-PT'], 'pt-BR'],
    [['pt_BR'], 'pt-BR'],
    [['ja', 'fr-CA'], 'fr'],
    [['ES'], 'es'],
    [['ru-RU'], 'ru'],
    [['ja', 'zh'], 'en'],
    [[' de '], 'de'],
    [['pt_br'], 'pt-BR'],
    [[undefined, ''], 'en'],
    [[], 'en'],
  ] as const)('%j → %s', (prefs, expected) => {
    expect(pickLocale(prefs)).toBe(expected);
  });
});

describe('localeFromEnv', () => {
  it.each([
    [{ LANG: 'de_DE.UTF-8' }, 'de'],
    [{ LANG: 'en_US.UTF-8', LC_MESSAGES: 'ru_RU.UTF-8' }, 'ru'],
    [{ LANG: 'fr_FR.UTF-8', LC_ALL: 'C' }, 'en'],
    [{ LC_ALL: '', LANG: 'pt_BR.UTF-8' }, 'pt-BR'],
    [{ LANG: 'es_ES@euro' }, 'es'],
    [{ LANG: 'POSIX' }, 'en'],
    [{ LANG: 'en_US.UTF-8', LANGUAGE: 'ja:fr:en' }, 'fr'],
    [{ LANG: 'C', LANGUAGE: 'de' }, 'en'],
    [{}, 'en'],
  ] as const)('%j → %s', (env, expected) => {
    expect(localeFromEnv(env)).toBe(expected);
  });
});
