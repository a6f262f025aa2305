import { formatMessage, type MessageParams } from './format';
import { DEFAULT_LOCALE, type Locale } from './locales';
import { ENGLISH_MESSAGES, type MessageKey, type Messages } from './messages';

/** Speaks one language: `t('ui.findings.count', { count: 3 })`. */
export interface Translator {
  readonly locale: Locale;
  t(key: MessageKey, params?: MessageParams): string;
}

export function createTranslator(locale: Locale, messages: Messages): Translator {
  return {
    locale,
    t: (key, params = {}) => formatMessage(messages[key], params, locale),
  };
}

/** The source language, always loaded: the default of every function that speaks. */
export const ENGLISH: Translator = createTranslator(DEFAULT_LOCALE, ENGLISH_MESSAGES);

/**
 * A language's translator. English is in every bundle; the others are separate chunks
 * loaded on demand, so a page that speaks English loads no other language.
 */
export async function loadTranslator(locale: Locale): Promise<Translator> {
  return createTranslator(locale, await loadMessages(locale));
}

async function loadMessages(locale: Locale): Promise<Messages> {
  switch (locale) {
    case 'en':
      return ENGLISH_MESSAGES;
    case 'de':
      return (await import('./messages/de')).messages;
    case 'fr':
      return (await import('./messages/fr')).messages;
    case 'es':
      return (await import('./messages/es')).messages;
    case 'pt-BR':
      return (await import('./messages/pt-BR')).messages;
    case 'ru':
      return (await import('./messages/ru')).messages;
  }
}
