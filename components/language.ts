import { browser } from '#imports';
import { ENGLISH, loadTranslator, type Translator } from '../lib/i18n/translator';
import { isLocale, pickLocale, REMEMBERED_LOCALE, type Locale } from '../lib/i18n/locales';
import { languageOf, type LanguageSetting } from './settings';
import { loadSettings, watchSettings, type SettingsSource } from './settings-store';

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

/**
 * The language a page of the extension last resolved, kept in the extension origin's
 * localStorage: the next popup starts in it at once instead of waiting for the settings read
 * in front of its first card, and the setting read after it corrects a stale one (see
 * followLanguage). Service workers have no localStorage; they wait for the setting.
 */

function rememberedLocale(): Locale | undefined {
  try {
    const value = globalThis.localStorage?.getItem(REMEMBERED_LOCALE);
    return isLocale(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function rememberLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(REMEMBERED_LOCALE, locale);
  } catch {
    // Storage refused (quota, privacy mode): the next page waits for the setting again.
  }
}

async function storedLocale(source?: SettingsSource): Promise<Locale> {
  const { settings } = await loadSettings(source);
  const locale = localeOf(languageOf(settings));
  rememberLocale(locale);
  return locale;
}

/** The setting read behind a start from the remembered language, for followLanguage to check. */
let settingBehindStart: Promise<Locale> | undefined;

/** The translator a page renders its first screen in (`settings`: a read it shares). */
export async function startTranslator(settings?: SettingsSource): Promise<Translator> {
  const stored = storedLocale(settings);
  const remembered = rememberedLocale();
  if (remembered === undefined) return translatorFor(await stored);
  settingBehindStart = stored;
  return translatorFor(remembered);
}

/**
 * Calls `onChange` with the new translator whenever the language setting changes the
 * language (`current` is the language in use now). Returns the unwatch function.
 */
export function followLanguage(current: Locale, onChange: (translator: Translator) => void): () => void {
  let wanted = current;
  let live = true;
  const follow = (locale: Locale) => {
    if (locale === wanted) return;
    wanted = locale;
    void Promise.resolve(translatorFor(locale)).then((next) => {
      if (live && wanted === locale) onChange(next);
    });
  };
  const unwatch = watchSettings(({ settings }) => {
    const locale = localeOf(languageOf(settings));
    rememberLocale(locale);
    follow(locale);
  });
  // A page that started in the remembered language switches if the setting names another.
  void settingBehindStart?.then((locale) => live && follow(locale));
  return () => {
    live = false;
    unwatch();
  };
}
