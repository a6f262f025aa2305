import { isCatalogLanguage } from '../../lib/rules/localized/types';
import { isPageKind } from '../../lib/vantage';
import { MAX_BATCH_TEXTS, MAX_TEXT_LENGTH, type TextBatch } from '../../utils/messaging';

/**
 * A batch comes from a content script that reads arbitrary pages: accept only the
 * expected shape and cap every size. Nothing else in it is trusted: the background
 * classifies the text itself.
 */

const MAX_URL = 2048;

export function parseTextBatch(data: unknown): TextBatch | null {
  if (typeof data !== 'object' || data === null) return null;
  const raw = data as Record<string, unknown>;
  if (!Array.isArray(raw.texts) || typeof raw.frameUrl !== 'string') return null;
  const frameUrl = cleanFrameUrl(raw.frameUrl);
  if (!frameUrl) return null;
  // Keep positions: the answer is one verdict per text, in order.
  const texts = raw.texts
    .slice(0, MAX_BATCH_TEXTS)
    .map((text: unknown) => (typeof text === 'string' ? text.slice(0, MAX_TEXT_LENGTH) : ''));
  const focus = texts.map((text, i) => {
    const value = Array.isArray(raw.focus) ? raw.focus[i] : 0;
    return Number.isInteger(value) && (value as number) >= 0 ? Math.min(value as number, text.length) : 0;
  });
  const batch: TextBatch = { texts, focus, frameUrl };
  if (isPageKind(raw.page)) batch.page = raw.page;
  if (isCatalogLanguage(raw.language)) batch.language = raw.language;
  return batch;
}

/** http(s) origin + path only, capped. */
export function cleanFrameUrl(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value.slice(0, MAX_URL));
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return `${url.origin}${url.pathname}`.slice(0, MAX_URL);
}

/** Keys a frame can hold at most (its marker cap), and a key's length (lib/findings findingKey). */
const MAX_GONE_KEYS = 50;
const MAX_KEY_LENGTH = 256;

/** The keys of a findingsGone message: strings only, capped; null when the shape is wrong. */
export function parseGoneKeys(data: unknown): string[] | null {
  if (typeof data !== 'object' || data === null) return null;
  const keys = (data as { keys?: unknown }).keys;
  if (!Array.isArray(keys)) return null;
  return keys
    .slice(0, MAX_GONE_KEYS)
    .filter((key): key is string => typeof key === 'string' && key.length <= MAX_KEY_LENGTH);
}
