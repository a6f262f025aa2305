import type { Translator } from '../../lib/i18n/translator';
import { followLanguage, startTranslator } from '../../components/language';

/**
 * The reader's language in the background (badge titles, the context menu). Read once
 * per worker start, then kept current as the setting changes.
 */
let current: Promise<Translator> | undefined;
let unfollow: (() => void) | undefined;

export function backgroundTranslator(): Promise<Translator> {
  current ??= startTranslator();
  return current;
}

/** Follows the language setting; `onChange` re-labels what the browser keeps (the menu). */
export function followBackgroundLanguage(onChange: (translator: Translator) => void): void {
  unfollow?.();
  void backgroundTranslator().then((translator) => {
    unfollow = followLanguage(translator.locale, (next) => {
      current = Promise.resolve(next);
      onChange(next);
    });
  });
}
