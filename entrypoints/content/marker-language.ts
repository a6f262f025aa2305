import { browser } from '#imports';
import { isLocale, pickLocale, type Locale } from '../../lib/i18n/locales';
import { content as en } from '../../lib/i18n/messages/en/content';
import { content as de } from '../../lib/i18n/messages/de/content';
import { content as fr } from '../../lib/i18n/messages/fr/content';
import { content as es } from '../../lib/i18n/messages/es/content';
import { content as ptBR } from '../../lib/i18n/messages/pt-BR/content';
import { content as ru } from '../../lib/i18n/messages/ru/content';
import { SETTINGS_KEY } from '../../components/settings-key';

/**
 * The marker's words in the reader's language. The content script carries only the
 * content area of each language (a few short messages), never the whole catalogs.
 */
const CATALOGS: Readonly<Record<Locale, Readonly<Record<keyof typeof en, string>>>> = {
  en,
  de,
  fr,
  es,
  'pt-BR': ptBR,
  ru,
};

export type ContentKey = keyof typeof en;
export type ContentT = (key: ContentKey, params?: Readonly<Record<string, string>>) => string;

/**
 * The marker's messages have plain `{name}` placeholders only (no plurals: a test holds every
 * language to that), so the content script does without the ICU formatter's bytes.
 */
export function contentTranslator(locale: Locale): ContentT {
  return (key, params = {}) =>
    CATALOGS[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/** The browser's languages: the 'auto' setting, and the answer until the setting is read. */
export function pageLocale(): Locale {
  return pickLocale(globalThis.navigator?.languages ?? []);
}

let chosen: Promise<Locale> | undefined;

/** The language setting (or the browser's languages for 'auto'), read once per page. */
export function markerLocale(): Promise<Locale> {
  chosen ??= browser.storage.local.get(SETTINGS_KEY).then(
    (stored) => {
      const language = (stored[SETTINGS_KEY] as { language?: unknown } | undefined)?.language;
      return isLocale(language) ? language : pageLocale();
    },
    () => pageLocale(),
  );
  return chosen;
}
