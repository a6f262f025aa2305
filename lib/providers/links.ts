import type { Source } from './types';

/**
 * Is this a page the extension may send a user to? Only https: a user about to type a password
 * is not sent to a page anyone on the path could rewrite. Other addresses stay in the data as
 * citations for the facts, and in copyable text.
 */
export function isLinkable(url: string): boolean {
  return url.startsWith('https://');
}

/**
 * The sources a user is sent to from the popup: the provider's own pages over https. Third-party
 * copies (pastes, tutorials) are left out too: anyone could have changed them since.
 */
export function sourcesToLink(sources: readonly Source[]): Source[] {
  return sources.filter((s) => !s.secondary && isLinkable(s.url));
}
