import { describe, expect, it } from 'vitest';
import { vi } from 'vitest';
import { ENGLISH_MESSAGES, type LoadedMessages } from './messages';
import { optionsPageArea } from './surfaces/options-page';
import { ENGLISH, createTranslator, loadTranslator, speakAlso } from './translator';

describe('translators', () => {
  it('speak English by default', () => {
    expect(ENGLISH.t('ui.badge.title', { count: 2 })).toBe('2 send errors on this page');
  });

  it('load another language on demand', async () => {
    const ru = await loadTranslator('ru');
    expect(ru.locale).toBe('ru');
    expect(ru.t('ui.badge.title', { count: 3 })).toBe('3 ошибки отправки на этой странице');
    expect(ru.t('ui.badge.title', { count: 5 })).toBe('5 ошибок отправки на этой странице');
  });

  it('fall back to English, then to the key, when a message cannot be formatted', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken: LoadedMessages = { ...ENGLISH_MESSAGES, 'ui.badge.title': '{count, plural, one {# x}}' };
    expect(createTranslator('de', broken).t('ui.badge.title', { count: 5 })).toBe(
      '5 send errors on this page',
    );
    // No count: the English message cannot be formatted either.
    expect(createTranslator('de', broken).t('ui.badge.title')).toBe('ui.badge.title');
    expect(error).toHaveBeenCalledTimes(2);
    error.mockRestore();
  });

  it('speak English for a language that is not one of ours', async () => {
    expect(await loadTranslator('xx' as never)).toBe(ENGLISH);
  });

  it('speak a surface area only once its surface adds it, in English and in the languages loaded after', async () => {
    // The only test here that adds an area: it changes ENGLISH for the rest of this file's module
    // instance (Vitest gives each file its own), so it checks the state before it first.
    // The popup adds none: a key of the options page's area reads as itself there, quietly.
    const error = vi.spyOn(console, 'error');
    expect(ENGLISH.t('options.detect.submit')).toBe('options.detect.submit');
    const germanBefore = await loadTranslator('de');
    expect(germanBefore.t('options.detect.submit')).toBe('options.detect.submit');
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();

    speakAlso(optionsPageArea);
    expect(ENGLISH.t('options.detect.submit')).toBe(optionsPageArea.english['options.detect.submit']);
    const german = await loadTranslator('de');
    expect(german.t('options.detect.submit')).toBe(
      (await optionsPageArea.load('de'))['options.detect.submit'],
    );
    expect(german.t('options.detect.submit')).not.toBe(ENGLISH.t('options.detect.submit'));
    // The shared areas are still there.
    expect(german.t('ui.badge.title', { count: 1 })).toBe(germanBefore.t('ui.badge.title', { count: 1 }));
  });
});
