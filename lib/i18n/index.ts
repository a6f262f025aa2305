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
export type { MessageKey, Messages } from './messages';
export { ENGLISH, createTranslator, loadTranslator, type Translator } from './translator';
