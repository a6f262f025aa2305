import type { Classification } from '../../lib/rules/types';
import type { ClientId, FixSettings, PortEvidence } from '../../lib/fix/index';
import { fixSettingsFromProvider } from '../../lib/fix/index';
import {
  ALL_PROVIDERS,
  detectHostContext,
  domainOf,
  findProviderByDomain,
  getPortPolicy,
  getProvider,
  serversFor,
  type PortPolicy,
} from '../../lib/providers/index';
import type { ProbeResponse } from '../../lib/probe/types';
import { localizeProvider } from '../../lib/providers/prose';
import { ENGLISH, type Translator } from '../../lib/i18n/index';
import type { LoginProvider } from '../../components/LoginCheck';
import type { Settings } from '../../components/settings';

/** Where the settings record of the guided fix came from. */
export type FixOrigin = 'chosen' | 'discovered' | 'error-host' | 'error-text';

/**
 * The one settings record every step and snippet is generated from: the provider chosen in
 * the options page, else the settings discovered for the user's address, else the provider
 * whose submission host the error names.
 */
export function fixRecord(
  settings: Settings,
  classification: Classification,
  /** The provider the error's wording names (Google's "BadCredentials"), when nothing else decides. */
  namedProviderId?: string,
  /** The reader's language: the provider's own notes and the user-name description are shown. */
  translator: Translator = ENGLISH,
): { fix: FixSettings; origin: FixOrigin; providerId?: string } | null {
  const own = settingsRecord(settings, translator);
  if (own) return own;
  const { address, domain } = addressParts(settings);
  const host = classification.extracted.host?.toLowerCase();
  const byHost = host
    ? ALL_PROVIDERS.find(
        (p) => p.submission.some((s) => s.host === host) || p.variants?.some((v) => v.host === host),
      )
    : undefined;
  if (byHost) {
    const variantId = byHost.variants?.find((v) => v.host === host)?.id;
    return {
      fix: fixSettingsFromProvider(localizeProvider(byHost, translator), {
        address,
        domain,
        variantId,
        translator,
      }),
      origin: 'error-host',
      providerId: byHost.id,
    };
  }
  const named = namedProviderId ? getProvider(namedProviderId) : undefined;
  if (named)
    return {
      fix: fixSettingsFromProvider(localizeProvider(named, translator), { address, domain, translator }),
      origin: 'error-text',
      providerId: named.id,
    };
  return null;
}

function addressParts(settings: Settings): { address?: string; domain?: string } {
  const address = settings.provider.address.trim() || undefined;
  return { address, domain: address ? (domainOf(address) ?? undefined) : undefined };
}

/** The record the user set up in the options page: a chosen preset, else discovered settings. */
function settingsRecord(
  settings: Settings,
  translator: Translator = ENGLISH,
): { fix: FixSettings; origin: 'chosen' | 'discovered'; providerId?: string } | null {
  const { provider } = settings;
  const { address, domain } = addressParts(settings);
  const chosen = provider.id ? getProvider(provider.id) : undefined;
  if (chosen) {
    return {
      fix: fixSettingsFromProvider(localizeProvider(chosen, translator), {
        address,
        domain,
        variantId: provider.variant ?? undefined,
        translator,
      }),
      origin: 'chosen',
      providerId: chosen.id,
    };
  }
  const found = provider.discovered;
  if (found && found.security !== 'plain') {
    const fix: FixSettings = {
      host: found.host,
      port: found.port,
      security: found.security,
      username: found.username ?? address ?? translator.t('providers.username.email'),
      providerName: domain ?? found.host,
    };
    if (address) fix.fromAddress = address;
    if (!found.username && !address) fix.usernameIsDescription = true;
    return { fix, origin: 'discovered' };
  }
  return null;
}

/**
 * The login check's target comes from the user's own settings only, never from the
 * error text: a page can write any host into its text, and the password would follow.
 */
export function loginTarget(settings: Settings): LoginProvider | null {
  const record = settingsRecord(settings);
  if (!record) return null;
  const { host, port } = record.fix;
  const { domain } = addressParts(settings);
  // A discovered server for an address of a known mailbox provider (an imported file can
  // say anything) is that provider's own only when it is one of the provider's servers.
  const owner = record.providerId
    ? getProvider(record.providerId)
    : domain
      ? findProviderByDomain(domain)?.provider
      : undefined;
  if (!owner) return { host, port, providerName: record.fix.providerName, hosts: [host.toLowerCase()] };
  // Every server of the provider counts as its own, in any region or product line.
  const hosts = new Set<string>();
  for (const variantId of [undefined, ...(owner.variants ?? []).map((v) => v.id)]) {
    for (const server of serversFor(owner, { variantId, domain })) hosts.add(server.host.toLowerCase());
  }
  return { host, port, providerName: owner.name, hosts: [...hosts] };
}

/** The sender's network: chosen in the options page, else recognised from the text or page. */
export function senderPolicy(
  settings: Settings,
  classification: Classification,
  context: string,
): PortPolicy | null {
  if (settings.sendingFrom.hostId) return getPortPolicy(settings.sendingFrom.hostId) ?? null;
  const exclude = classification.extracted.host ? [classification.extracted.host] : [];
  return detectHostContext(context, { exclude })?.policy ?? null;
}

export function probeEvidence(response: ProbeResponse | undefined): PortEvidence[] {
  if (!response) return [];
  return response.results.map((r) => {
    const e: PortEvidence = { port: r.port, tcp: r.tcp, ms: r.ms, host: response.host };
    if (r.banner) e.banner = r.banner;
    return e;
  });
}

/** The app the error most likely came from, so its tab opens first. */
export function guessClient(text: string, frameUrl = ''): ClientId | undefined {
  const t = text;
  if (/phpmailer|SMTP connect\(\) failed|SMTP Error:/i.test(t)) return 'phpmailer';
  if (/\/wp-admin\//i.test(frameUrl) || /wordpress|wp mail smtp|wp_mail/i.test(t)) return 'wp-mail-smtp';
  if (/smtplib|Traceback \(most recent call last\)|SMTPAuthenticationError|SMTPServerDisconnected/.test(t)) {
    return 'python-smtplib';
  }
  if (/laravel|symfony|TransportException|Swift_/i.test(t)) return 'laravel-env';
  if (
    /nodemailer|\bE(?:AUTH|ENVELOPE|SOCKET|CONNECTION|TIMEDOUT|CONNREFUSED)\b|getaddrinfo ENOTFOUND/.test(t)
  ) {
    return 'nodemailer';
  }
  if (/postfix|status=(?:deferred|bounced)|relay=/i.test(t)) return 'postfix';
  if (/thunderbird/i.test(t)) return 'thunderbird';
  if (/^https:\/\/mail\.google\.com\//.test(frameUrl)) return 'gmail-send-as';
  if (/outlook/i.test(t) || /^https:\/\/outlook\./.test(frameUrl)) return 'outlook';
  return undefined;
}
