import type { Catalog } from './catalog';
import { formatMessage, type MessageParams } from './format';
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';
import { ENGLISH_MESSAGES, type MessageKey, type Messages } from './messages';

/** Speaks one language: `t('ui.findings.count', { count: 3 })`. */
export interface Translator {
  readonly locale: Locale;
  t(key: MessageKey, params?: MessageParams): string;
  /**
   * Prose kept as data in English beside its sources (the provider records), in this
   * language when translated: plain text, never formatted (lib/providers/prose.ts).
   */
  dataText(key: string, english: string): string;
}

/**
 * A translation that cannot be formatted (a broken plural, a missing parameter) falls back
 * to the English message, then to the key itself: a bad catalog entry must never blank the
 * popup. The catalog test keeps this path for mistakes it cannot see.
 */
export function createTranslator(locale: Locale, messages: Messages, data: Catalog = {}): Translator {
  const say = (key: MessageKey, params: MessageParams): string => {
    try {
      return formatMessage(messages[key], params, locale);
    } catch (error) {
      console.error(`SMTP Doctor: message ${String(key)} (${locale}):`, error);
      return messages === ENGLISH_MESSAGES ? String(key) : englishSay(key, params);
    }
  };
  return {
    locale,
    t: (key, params = {}) => say(key, params),
    dataText: (key, english) => (Object.hasOwn(data, key) ? data[key]! : english),
  };
}

function englishSay(key: MessageKey, params: MessageParams): string {
  try {
    return formatMessage(ENGLISH_MESSAGES[key], params, DEFAULT_LOCALE);
  } catch {
    return String(key);
  }
}

/** The source language, always loaded: the default of every function that speaks. */
export const ENGLISH: Translator = createTranslator(DEFAULT_LOCALE, ENGLISH_MESSAGES);

/**
 * A language's translator. English is in every bundle; the others are separate chunks
 * loaded on demand, so a page that speaks English loads no other language.
 */
export async function loadTranslator(locale: Locale): Promise<Translator> {
  if (!isLocale(locale)) return ENGLISH;
  if (locale === 'en') return ENGLISH;
  const { messages, providerData } = await loadLanguage(locale);
  return createTranslator(locale, messages, providerData);
}

function loadLanguage(locale: Exclude<Locale, 'en'>): Promise<{ messages: Messages; providerData: Catalog }> {
  switch (locale) {
    case 'de':
      return import('./messages/de');
    case 'fr':
      return import('./messages/fr');
    case 'es':
      return import('./messages/es');
    case 'pt-BR':
      return import('./messages/pt-BR');
    case 'ru':
      return import('./messages/ru');
  }
}
