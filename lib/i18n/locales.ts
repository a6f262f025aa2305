/**
 * The languages SMTP Doctor speaks. English is the source; the others are translations
 * of its catalog (lib/i18n/messages/<locale>/).
 */
export const LOCALES = ['en', 'de', 'fr', 'es', 'pt-BR', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/** The localStorage key under which the extension's pages remember the language they resolved (components/language.ts). */
export const REMEMBERED_LOCALE = 'smtp-doctor.locale';

/** Each language's own name, for the language picker. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  'pt-BR': 'Português (Brasil)',
  ru: 'Русский',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The first supported language among the user's preferences (BCP 47 tags such as
 * "de-AT", "pt", "pt_PT", "en-US"): an exact tag first, then the language alone
 * ("pt" and "pt-PT" read pt-BR, the only Portuguese we have). English when none fits.
 */
export function pickLocale(preferences: readonly (string | undefined)[]): Locale {
  for (const raw of preferences) {
    const tag = raw?.trim().replaceAll('_', '-').toLowerCase();
    if (!tag) continue;
    const exact = LOCALES.find((l) => l.toLowerCase() === tag);
    if (exact) return exact;
    const language = tag.split('-')[0];
    const byLanguage = LOCALES.find((l) => l.split('-')[0]!.toLowerCase() === language);
    if (byLanguage) return byLanguage;
  }
  return DEFAULT_LOCALE;
}

/**
 * The language of a POSIX locale environment, for the CLI, the way gettext reads it:
 * LC_ALL, else LC_MESSAGES, else LANG ("de_DE.UTF-8"); "C" and "POSIX" are English; when
 * the locale is not C, GNU's LANGUAGE list ("pt_BR:de") comes first.
 */
export function localeFromEnv(env: Readonly<Record<string, string | undefined>>): Locale {
  const value = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  if (value === undefined) return DEFAULT_LOCALE;
  const name = value.split('.')[0]!.split('@')[0]!;
  if (name === 'C' || name === 'POSIX') return DEFAULT_LOCALE;
  return pickLocale([...(env.LANGUAGE ?? '').split(':'), name]);
}
