/**
 * Provider presets ⇄ Thunderbird autoconfig documents, so users can export the settings they
 * chose and import a clientConfig file (from their provider, or from Thunderbird's ISPDB).
 */
import { serversFor } from '../providers/lookup';
import type { ProviderRecord, Security, UsernameRule } from '../providers/types';
import {
  parseAutoconfig,
  serializeAutoconfig,
  type AutoconfigOutgoing,
  type ClientConfig,
  type SocketType,
} from './autoconfig-xml';

export function socketTypeOf(security: Security): SocketType {
  return security === 'ssl' ? 'SSL' : 'STARTTLS';
}

export function securityOf(socketType: SocketType): Security | 'plain' {
  return socketType === 'SSL' ? 'ssl' : socketType === 'STARTTLS' ? 'starttls' : 'plain';
}

/** The autoconfig <username> for a rule: placeholders for address-derived names, nothing for issued credentials. */
export function usernameTemplate(rule: UsernameRule): string | undefined {
  switch (rule.form) {
    case 'email':
      return '%EMAILADDRESS%';
    case 'localpart':
      return '%EMAILLOCALPART%';
    case 'literal':
      return rule.value;
    case 'credential':
      return undefined;
  }
}

/** A preset as a clientConfig document's content. */
export function providerToClientConfig(
  provider: ProviderRecord,
  options: { variantId?: string; domain?: string } = {},
): ClientConfig {
  const oauthOnly = provider.auth.some((a) => a.kind === 'oauth2' && a.when === 'always');
  const oauthToo = provider.auth.some((a) => a.kind === 'oauth2');
  const authentication = oauthOnly
    ? ['OAuth2']
    : oauthToo
      ? ['OAuth2', 'password-cleartext']
      : ['password-cleartext'];
  const username = usernameTemplate(provider.username);
  const outgoing: AutoconfigOutgoing[] = serversFor(provider, options).map((s) => {
    const entry: AutoconfigOutgoing = {
      hostname: s.host,
      port: s.port,
      socketType: socketTypeOf(s.security),
      authentication,
    };
    if (username !== undefined) entry.username = username;
    return entry;
  });
  const variantDomains = options.variantId
    ? provider.variants?.find((v) => v.id === options.variantId)?.domains
    : undefined;
  const domains = options.domain ? [options.domain] : (variantDomains ?? provider.domains);
  return {
    id: provider.id,
    domains,
    displayName: provider.name,
    outgoing,
    documentation: [{ url: provider.helpUrl, description: `${provider.name} help` }],
  };
}

export function exportProviderAutoconfig(
  provider: ProviderRecord,
  options: { variantId?: string; domain?: string } = {},
): string {
  return serializeAutoconfig(providerToClientConfig(provider, options));
}

export { parseAutoconfig as importAutoconfig, serializeAutoconfig };
