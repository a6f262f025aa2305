import { browser } from '#imports';
import { ENGLISH, loadTranslator, type Translator } from '../lib/i18n/translator';
import { pickLocale, type Locale } from '../lib/i18n/locales';
import { languageOf, type LanguageSetting } from './settings';
import { loadSettings, watchSettings } from './settings-store';

/**
 * The reader's language in the popup, the options page and the background: the language
 * setting, or with 'auto' the browser's UI language and then the user's preferred ones.
 * No React here: the background uses it too.
 */
export function browserLocale(): Locale {
  let ui: string | undefined;
  try {
    ui = browser.i18n.getUILanguage();
  } catch {
    // Test doubles have no i18n API; navigator.languages still tells.
  }
  return pickLocale([ui, ...(globalThis.navigator?.languages ?? [])]);
}

export function localeOf(language: LanguageSetting): Locale {
  return language === 'auto' ? browserLocale() : language;
}

/** English is in every bundle: only another language waits for its chunk. */
export function translatorFor(language: LanguageSetting): Promise<Translator> | Translator {
  const locale = localeOf(language);
  return locale === ENGLISH.locale ? ENGLISH : loadTranslator(locale);
}

/** The translator of the stored language setting (a page loads it before its first render). */
export async function startTranslator(): Promise<Translator> {
  const { settings } = await loadSettings();
  return translatorFor(languageOf(settings));
}

/**
 * Calls `onChange` with the new translator whenever the language setting changes the
 * language (`current` is the language in use now). Returns the unwatch function.
 */
export function followLanguage(current: Locale, onChange: (translator: Translator) => void): () => void {
  let wanted = current;
  let live = true;
  const unwatch = watchSettings(({ settings }) => {
    const locale = localeOf(languageOf(settings));
    if (locale === wanted) return;
    wanted = locale;
    void Promise.resolve(translatorFor(locale)).then((next) => {
      if (live && wanted === locale) onChange(next);
    });
  });
  return () => {
    live = false;
    unwatch();
  };
}
