import { ENGLISH, type Translator } from '../i18n';
import { serversFor, usernameFor } from '../providers/lookup';
import type { ProviderRecord, Security } from '../providers/types';
import type { DiscoveryResult } from '../probe/discovery';
import type { FixSettings, SecretKind } from './types';

function secretKindOf(provider: ProviderRecord): { kind: SecretKind; url?: string } {
  const pick = (k: string) => provider.auth.find((a) => a.kind === k);
  const appPassword = pick('app-password');
  if (appPassword) return { kind: 'app-password', url: appPassword.helpUrl };
  const apiKey = pick('api-key');
  if (apiKey) return { kind: 'api-key', url: apiKey.helpUrl };
  const credentials = pick('smtp-credentials');
  if (credentials) return { kind: 'smtp-password', url: credentials.helpUrl };
  const bridge = pick('bridge-password');
  if (bridge) return { kind: 'bridge-password', url: bridge.helpUrl };
  return { kind: 'password' };
}

/**
 * The settings record for a preset: its recommended server (or the one at `serverIndex`), the
 * user name formed from the address, and where to get the app password or key.
 */
export function fixSettingsFromProvider(
  provider: ProviderRecord,
  options: {
    address?: string;
    variantId?: string;
    domain?: string;
    serverIndex?: number;
    /** The reader's language, for the description of the user name when there is no address. */
    translator?: Translator;
  } = {},
): FixSettings {
  const servers = serversFor(provider, { variantId: options.variantId, domain: options.domain });
  const server = servers[options.serverIndex ?? 0] ?? servers[0]!;
  const user = usernameFor(provider.username, options.address, options.translator);
  const secret = secretKindOf(provider);
  const settings: FixSettings = {
    host: server.host,
    port: server.port,
    security: server.security,
    username: user.value ?? user.description,
    providerName: provider.name,
    secretKind: secret.kind,
  };
  if (user.value === undefined) settings.usernameIsDescription = true;
  if (secret.url) settings.appPasswordUrl = secret.url;
  if (options.address) settings.fromAddress = options.address;
  return settings;
}

/** The settings record for a discovery answer, or null when it found no server with TLS. */
export function fixSettingsFromDiscovery(
  result: DiscoveryResult,
  serverIndex = 0,
  translator: Translator = ENGLISH,
): FixSettings | null {
  const withTls = result.servers.filter(
    (s): s is typeof s & { security: Security } => s.security !== 'plain',
  );
  const server = withTls[serverIndex] ?? withTls[0];
  if (!server) return null;
  const settings: FixSettings = {
    host: server.host,
    port: server.port,
    security: server.security,
    username: server.username ?? server.usernameForm,
    providerName: result.provider?.name ?? result.domain ?? translator.t('fix.providerFallback'),
  };
  if (server.username === undefined) settings.usernameIsDescription = true;
  if (result.address) settings.fromAddress = result.address;
  return settings;
}
