import {
  createContext,
  Fragment,
  useContext,
  useEffect,
  useLayoutEffect,
  useState,
  type ReactNode,
} from 'react';
import { ENGLISH, type Translator } from '../lib/i18n/translator';
import type { MessageKey } from '../lib/i18n/messages';
import type { MessageParams } from '../lib/i18n/format';
import type { Locale } from '../lib/i18n/locales';
import { followLanguage } from './language';

export { browserLocale, startTranslator } from './language';

/** `<html lang dir>` of a page: every supported language is written left to right. */
export function applyDocumentLanguage(locale: Locale, doc: Document = document): void {
  doc.documentElement.lang = locale;
  doc.documentElement.dir = 'ltr';
}

const I18n = createContext<Translator>(ENGLISH);

/** The reader's translator (English outside an I18nProvider, as in most component tests). */
export function useT(): Translator {
  return useContext(I18n);
}

/**
 * Gives its tree the translator it starts with, then follows the language setting: a
 * change in the options page re-renders the popup and the options page in the new language.
 */
export function I18nProvider({ initial, children }: { initial: Translator; children: ReactNode }) {
  const [translator, setTranslator] = useState(initial);
  useEffect(() => followLanguage(initial.locale, setTranslator), [initial]);
  // Before the browser paints: a screen reader and hyphenation read the right language at once.
  useLayoutEffect(() => applyDocumentLanguage(translator.locale), [translator]);
  return <I18n.Provider value={translator}>{children}</I18n.Provider>;
}

/**
 * A message whose placeholders hold elements (a <time>, a link) where the language puts
 * them: `withElements(translator, 'ui.earlier.seen', { seen: <Time … /> })`.
 */
export function withElements(
  { t }: Translator,
  key: MessageKey,
  elements: Readonly<Record<string, ReactNode>>,
  params: MessageParams = {},
): ReactNode[] {
  const names = Object.keys(elements);
  // Private-use characters mark the places: no message holds them.
  const marks = Object.fromEntries(names.map((name, i) => [name, `\uE000${i}\uE000`]));
  return t(key, { ...params, ...marks })
    .split(/\uE000(\d+)\uE000/)
    .map((part, i) => (i % 2 ? <Fragment key={i}>{elements[names[Number(part)]!]}</Fragment> : part));
}
