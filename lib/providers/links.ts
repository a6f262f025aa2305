import type { Source } from './types';

/**
 * The sources a user is sent to from the popup: the provider's own pages over https. Third-party
 * copies (pastes, tutorials) and http-only pages stay in the data as citations for the facts,
 * but a user about to type a password is not sent to a page anyone could have taken over.
 */
export function sourcesToLink(sources: readonly Source[]): Source[] {
  return sources.filter((s) => !s.secondary && s.url.startsWith('https://'));
}
