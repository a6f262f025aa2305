export { formatMessage, placeholdersOf, type MessageParams } from './format';
export {
  DEFAULT_LOCALE,
  LOCALES,
  LOCALE_NAMES,
  isLocale,
  localeFromEnv,
  pickLocale,
  type Locale,
} from './locales';
export type { LoadedMessages, MessageKey, SharedMessages } from './messages';
export { ENGLISH, createTranslator, loadTranslator, speakAlso, type Translator } from './translator';
