// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings, languageOf, validateSettings } from './settings';
import { browserLocale, followLanguage, localeOf, startTranslator, translatorFor } from './language';
import { saveSettings } from './settings-store';
import { ENGLISH, speakAlso, type Translator } from '../lib/i18n/translator';
import { optionsPageArea } from '../lib/i18n/surfaces/options-page';

// The options page's own messages, as its main.tsx adds them.
speakAlso(optionsPageArea);

/** The browser's UI language, which fakeBrowser lacks. */
function browserLanguage(ui: string, preferred: string[] = []) {
  Object.assign(fakeBrowser, { i18n: { getUILanguage: () => ui } });
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(preferred);
}

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(fakeBrowser, 'i18n');
});

describe('the language setting', () => {
  it('is the browser’s language unless chosen', () => {
    expect(languageOf(defaultSettings())).toBe('auto');
    expect(languageOf(validateSettings({}).settings)).toBe('auto');
  });

  it.each(['auto', 'de', 'fr', 'es', 'pt-BR', 'ru', 'en'])('keeps %s', (language) => {
    const { settings, issues } = validateSettings({ language });
    expect(issues).toEqual([]);
    expect(languageOf(settings)).toBe(language);
  });

  it.each([['klingon'], ['pt'], [7], [null]])(
    'names a bad value (%j) and keeps the browser’s',
    (language) => {
      const { settings, issues } = validateSettings({ ...defaultSettings(), language });
      expect(languageOf(settings)).toBe('auto');
      expect(issues).toEqual([{ field: 'language', problem: expect.stringContaining('unknown language') }]);
    },
  );
});

describe('the reader’s language', () => {
  it('follows the browser’s UI language for auto', () => {
    browserLanguage('de-AT', ['en-US']);
    expect(browserLocale()).toBe('de');
    expect(localeOf('auto')).toBe('de');
  });

  it('falls back on the preferred languages when the UI language is not one of ours', () => {
    browserLanguage('ja', ['ja', 'pt-PT', 'en']);
    expect(localeOf('auto')).toBe('pt-BR');
  });

  it('is English when nothing fits', () => {
    browserLanguage('ja', ['zh-CN']);
    expect(localeOf('auto')).toBe('en');
  });

  it('is the chosen language whatever the browser speaks', () => {
    browserLanguage('de-DE', ['de']);
    expect(localeOf('ru')).toBe('ru');
  });

  it('gives English at once and another language from its chunk', async () => {
    expect(translatorFor('en')).toBe(ENGLISH);
    const ru = await translatorFor('ru');
    expect(ru.locale).toBe('ru');
    expect(ru.t('ui.popup.settings')).toBe('Настройки');
  });

  it('starts from the stored setting, then at once from the language it remembered', async () => {
    globalThis.localStorage.clear();
    browserLanguage('en-US', ['en-US']);
    // Nothing remembered: the first page waits for the setting.
    expect((await startTranslator()).locale).toBe('en');
    await saveSettings({ ...defaultSettings(), language: 'fr' });
    // The next page starts in the remembered language, and the setting read behind it switches it.
    const started = await startTranslator();
    expect(started.locale).toBe('en');
    const switched = await new Promise<Translator>((resolve) => {
      const stop = followLanguage(started.locale, (next) => {
        stop();
        resolve(next);
      });
    });
    expect(switched.locale).toBe('fr');
    // That read was remembered: the page after starts in French without waiting.
    expect((await startTranslator()).locale).toBe('fr');
  });
});
