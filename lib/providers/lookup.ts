import { ENGLISH, type Translator } from '../i18n';
import { hasSuffix } from './hostnames';
import { MAILBOX_PROVIDERS } from './mailbox';
import { DOMAIN_PLACEHOLDER, PANELS } from './panels';
import { RELAYS } from './relays';
import type { HostVariant, ProviderRecord, SubmissionServer, UsernameRule } from './types';

export const ALL_PROVIDERS: readonly ProviderRecord[] = [...MAILBOX_PROVIDERS, ...RELAYS, ...PANELS];

const byId = new Map(ALL_PROVIDERS.map((p) => [p.id, p]));

export function getProvider(id: string): ProviderRecord | undefined {
  return byId.get(id);
}

/** A provider, and the host variant that applies (a regional data centre), when one does. */
export interface ProviderMatch {
  provider: ProviderRecord;
  variant?: HostVariant;
}

/** The mailbox provider that owns an address domain ("gmx.de" → GMX, variant gmx.net). */
export function findProviderByDomain(domain: string): ProviderMatch | null {
  const d = domain.toLowerCase();
  for (const provider of MAILBOX_PROVIDERS) {
    const variant = provider.variants?.find((v) => v.domains?.includes(d));
    if (variant) return { provider, variant };
    if (provider.domains.includes(d)) return { provider };
  }
  return null;
}

/** The provider whose MX host names end in the given host's suffix; the longest suffix wins. */
export function findProviderByMx(mxHost: string): ProviderMatch | null {
  let best: { match: ProviderMatch; length: number } | null = null;
  const consider = (suffix: string, match: ProviderMatch) => {
    if (hasSuffix(mxHost, suffix) && (!best || suffix.length > best.length))
      best = { match, length: suffix.length };
  };
  for (const provider of MAILBOX_PROVIDERS) {
    for (const suffix of provider.mxSuffixes) consider(suffix, { provider });
    for (const variant of provider.variants ?? []) {
      for (const suffix of variant.mxSuffixes ?? []) consider(suffix, { provider, variant });
    }
  }
  return (best as { match: ProviderMatch } | null)?.match ?? null;
}

/**
 * The submission servers to use: the record's list with the variant's host swapped in and the
 * panel placeholder `{domain}` filled with the customer's domain.
 */
export function serversFor(
  provider: ProviderRecord,
  options: { variantId?: string; domain?: string } = {},
): SubmissionServer[] {
  const variant = options.variantId ? provider.variants?.find((v) => v.id === options.variantId) : undefined;
  return provider.submission.map((server) => {
    let host = variant ? variant.host : server.host;
    if (options.domain) host = host.split(DOMAIN_PLACEHOLDER).join(options.domain.toLowerCase());
    const out: SubmissionServer = { ...server, host };
    if (variant?.verified === false) out.verified = false;
    return out;
  });
}

/** The user name for an address under a rule, or a description when the provider issues one. */
export function usernameFor(
  rule: UsernameRule,
  address?: string,
  translator: Translator = ENGLISH,
): { value?: string; description: string } {
  const { t } = translator;
  const at = address ? address.lastIndexOf('@') : -1;
  switch (rule.form) {
    case 'email':
      return at > 0
        ? { value: address!.trim(), description: t('providers.username.email') }
        : { description: t('providers.username.email') };
    case 'localpart':
      return at > 0
        ? { value: address!.slice(0, at).trim(), description: t('providers.username.localpart') }
        : { description: t('providers.username.localpart') };
    case 'literal':
      return { value: rule.value, description: t('providers.username.literal', { value: rule.value }) };
    case 'credential':
      return { description: rule.note };
  }
}
