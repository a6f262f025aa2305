import type { Locale } from '../lib/i18n/locales';

const formats = new Map<Locale, Intl.DateTimeFormat>();

/** Hours and minutes in the reader's language; one formatter per language (building one is slow). */
export function timeOfDay(locale: Locale): Intl.DateTimeFormat {
  let format = formats.get(locale);
  if (!format)
    formats.set(locale, (format = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' })));
  return format;
}
