/**
 * The prober's details for a port (why the connection, the greeting or TLS failed; what is wrong
 * with a certificate) as messages. The backend writes them in English from these messages (the
 * wire keeps its `error` strings); a reader says a detail in its language by reading the key and
 * facts back from the English. Text no message wrote (another version, a library's own words)
 * is shown as it is.
 */
import type { MessageParams } from '../i18n/format';
import { ENGLISH_MESSAGES, type MessageKey } from '../i18n/messages';
import { templatePattern } from '../i18n/read-back';
import { ENGLISH, type Translator } from '../i18n/translator';

export type DetailKey = Extract<MessageKey, `probes.detail.${string}`>;

/** A detail in English, as the backend writes it. */
export function detail(key: DetailKey, params?: MessageParams): string {
  return ENGLISH.t(key, params);
}

interface Reading {
  key: DetailKey;
  pattern: RegExp;
  names: string[];
}

let readings: Reading[] | undefined;

function allReadings(): Reading[] {
  readings ??= (Object.keys(ENGLISH_MESSAGES) as MessageKey[])
    .filter((key): key is DetailKey => key.startsWith('probes.detail.'))
    .map((key) => ({ key, ...templatePattern(ENGLISH_MESSAGES[key]) }));
  return readings;
}

/** One detail read back, or undefined when no message writes exactly this text. */
function readOne(text: string): { key: DetailKey; params: Record<string, string> } | undefined {
  for (const { key, pattern, names } of allReadings()) {
    const match = pattern.exec(text);
    if (!match) continue;
    const params = Object.fromEntries(names.map((name, i) => [name, match[i + 1]!]));
    if (detail(key, params) !== text) continue;
    return { key, params };
  }
  return undefined;
}

/**
 * A detail from the wire in the reader's language. Certificate problems come joined by "; ":
 * each is read on its own. Longer text than any detail is shown as it is.
 */
export function localDetail(text: string, translator: Translator = ENGLISH): string {
  if (translator.locale === 'en' || text.length > 2000) return text;
  const whole = sayOne(text, translator);
  return (
    whole ??
    text
      .split('; ')
      .map((part) => sayOne(part, translator) ?? part)
      .join('; ')
  );
}

/** One detail in the reader's language; a fact that is itself a detail ("why") is said too. */
function sayOne(text: string, translator: Translator): string | undefined {
  const read = readOne(text);
  if (!read) return undefined;
  const params = Object.fromEntries(
    Object.entries(read.params).map(([name, value]) => [name, localDetail(value, translator)]),
  );
  return translator.t(read.key, params);
}
