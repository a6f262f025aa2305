import type { MessageKey } from '../i18n';
import type { ExplainContext } from './context';

/**
 * How long a reply asked the sender to wait, as a plural message's parameters: whole minutes
 * from two minutes up, seconds otherwise ("300 seconds" reads "5 minutes"). The catalogs
 * hold the sentence around it, so each language words the duration in its own grammar.
 */
export type WaitUnit = 'seconds' | 'minutes';

export function waitOf(seconds: number): { unit: WaitUnit; count: number } {
  if (seconds >= 120 && seconds % 60 === 0) return { unit: 'minutes', count: seconds / 60 };
  return { unit: 'seconds', count: seconds };
}

/** "Wait 5 minutes, then …": the reply's own wait, else the sentence's fallback wording. */
export function waitText(
  c: Pick<ExplainContext, 't' | 'retrySeconds'>,
  keys: { seconds: MessageKey; minutes: MessageKey; fallback: MessageKey },
): string {
  if (c.retrySeconds === undefined) return c.t(keys.fallback);
  const { unit, count } = waitOf(c.retrySeconds);
  return c.t(keys[unit], { count });
}
