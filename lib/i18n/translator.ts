import type { Catalog } from './catalog';
import { formatMessage, type MessageParams } from './format';
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';
import { ENGLISH_MESSAGES, type LoadedMessages, type MessageKey, type SharedMessages } from './messages';
import type { SurfaceArea } from './surface-area';

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

/** The English of the shared areas, and of each surface area once its surface adds it. */
const english: Partial<Record<MessageKey, string>> = { ...ENGLISH_MESSAGES };
/** The surface areas this page (or the CLI) shows: every translator loaded from now on holds them. */
const surfaceAreas: SurfaceArea[] = [];

/**
 * A translation that cannot be formatted (a broken plural, a missing parameter) or is
 * missing falls back to the English message, then to the key itself: a bad catalog entry
 * must never blank the popup. The catalog test keeps this path for mistakes it cannot see.
 * A key of a surface area this page did not add reads as the key (the popup validates the
 * settings with the options page's wording of problems it never shows).
 */
export function createTranslator(locale: Locale, messages: LoadedMessages, data: Catalog = {}): Translator {
  const fallBack = (key: MessageKey, params: MessageParams): string =>
    messages === english ? String(key) : englishSay(key, params);
  const say = (key: MessageKey, params: MessageParams): string => {
    const message = messages[key];
    if (message === undefined) return fallBack(key, params);
    try {
      return formatMessage(message, params, locale);
    } catch (error) {
      console.error(`SMTP Doctor: message ${String(key)} (${locale}):`, error);
      return fallBack(key, params);
    }
  };
  return {
    locale,
    t: (key, params = {}) => say(key, params),
    dataText: (key, english) => (Object.hasOwn(data, key) ? data[key]! : english),
  };
}

function englishSay(key: MessageKey, params: MessageParams): string {
  const message = english[key];
  if (message === undefined) return String(key);
  try {
    return formatMessage(message, params, DEFAULT_LOCALE);
  } catch {
    return String(key);
  }
}

/** The source language, always loaded: the default of every function that speaks. */
export const ENGLISH: Translator = createTranslator(DEFAULT_LOCALE, english);

/**
 * Adds surface areas (lib/i18n/surfaces): ENGLISH speaks them from now on, and so does every
 * translator loaded after. A surface calls this before it speaks; the popup adds none, so the
 * CLI's and the options page's messages stay out of its bundle in every language.
 */
export function speakAlso(...areas: SurfaceArea[]): void {
  for (const area of areas) {
    if (surfaceAreas.includes(area)) continue;
    surfaceAreas.push(area);
    Object.assign(english, area.english);
  }
}

/**
 * A language's translator. English is in every bundle; the others are separate chunks
 * loaded on demand (the shared areas in one, each added surface area in one of its own),
 * so a page that speaks English loads no other language.
 */
export async function loadTranslator(locale: Locale): Promise<Translator> {
  if (!isLocale(locale) || locale === 'en') return ENGLISH;
  const [{ messages, providerData }, ...own] = await Promise.all([
    loadShared(locale),
    ...surfaceAreas.map((area) => area.load(locale)),
  ]);
  return createTranslator(locale, Object.assign({}, messages, ...own) as LoadedMessages, providerData);
}

/** A language's shared chunk: the shared areas and the provider records' prose. */
function loadShared(
  locale: Exclude<Locale, 'en'>,
): Promise<{ messages: SharedMessages; providerData: Catalog }> {
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
