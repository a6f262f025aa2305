/**
 * Submission-settings discovery for an address or domain, in the order Thunderbird's account
 * set-up uses its sources (mozilla/releases-comm-central FindConfig.sys.mjs, FetchConfig.sys.mjs;
 * thunderbird/autoconfig docs/index.md), plus RFC 6186/8314 SRV records, which Thunderbird does not read:
 *
 *   preset → ISPDB → autoconfig.<domain> → <domain>/.well-known → SRV → MX-based guess
 *
 * Network steps start together and the highest-priority one that succeeds wins, as in Thunderbird.
 * Only https is used. Every network call goes through the injected fetch and DoH resolver.
 */
import { ENGLISH, type Translator } from '../i18n';
import { findProviderByDomain, findProviderByMx, serversFor, usernameFor } from '../providers/lookup';
import { domainOf, isValidHostname } from '../providers/hostnames';
import { localizeProvider } from '../providers/prose';
import type { ProviderRecord, Security, UsernameRule } from '../providers/types';
import { securityOf } from './autoconfig-export';
import { parseAutoconfig, type ClientConfig } from './autoconfig-xml';
import { withTimeout, type DohResolver, type FetchLike } from './doh';

export type DiscoverySource = 'preset' | 'ispdb' | 'autoconfig' | 'well-known' | 'srv' | 'mx-guess';

export const DEFAULT_ORDER: readonly DiscoverySource[] = [
  'preset',
  'ispdb',
  'autoconfig',
  'well-known',
  'srv',
  'mx-guess',
];

export const ISPDB_URL = 'https://autoconfig.thunderbird.net/v1.1/';

export interface DiscoveredServer {
  host: string;
  port: number;
  security: Security | 'plain';
  /** The user name for the address asked about, when it can be formed. */
  username?: string;
  /** How the user name is formed (for display when there is no address). */
  usernameForm: string;
  authentication?: string[];
  note?: string;
  verified?: false;
}

export interface DiscoveryAttempt {
  source: DiscoverySource;
  /** URL fetched or DNS name asked. */
  target: string;
  outcome: 'found' | 'not-found' | 'error' | 'skipped';
  detail?: string;
}

export interface DiscoveryResult {
  input: string;
  domain: string | null;
  address?: string;
  found: boolean;
  source?: DiscoverySource;
  /** The URL or DNS name the winning answer came from. */
  sourceTarget?: string;
  provider?: { id: string; name: string; variant?: string };
  /** Recommended first. */
  servers: DiscoveredServer[];
  notes: string[];
  attempts: DiscoveryAttempt[];
  /** Whether network look-ups ran: 'skipped' offline, 'failed' when every one errored. */
  network: 'used' | 'skipped' | 'failed';
  /** Milliseconds since the epoch when the answer was produced (cached answers keep theirs). */
  at: number;
}

export interface DiscoveryOptions {
  fetch?: FetchLike;
  doh?: DohResolver;
  /** Skip every network step: presets only. */
  offline?: boolean;
  /** Per-request time limit in ms (default 5000). */
  timeoutMs?: number;
  cache?: DiscoveryCache;
  /** Source order; defaults to DEFAULT_ORDER. */
  order?: readonly DiscoverySource[];
  /** Add ?emailaddress= to the domain's own autoconfig URLs, as Thunderbird does (default true). */
  sendEmailAddress?: boolean;
  now?: () => number;
  /** The reader's language for the notes (defaults to English); provider data stays as it is. */
  translator?: Translator;
}

// ------------------------------------------------------------------ cache

interface CacheEntry {
  expires: number;
  result: DomainAnswer;
}

export interface DiscoveryCache {
  get(key: string): DomainAnswer | undefined;
  set(key: string, value: DomainAnswer): void;
  readonly size: number;
}

/**
 * Answers per domain with an expiry; a miss (nothing found) expires sooner so a fixed DNS
 * record shows up soon. The clock is injectable for tests.
 */
export function createDiscoveryCache(
  options: { ttlMs?: number; negativeTtlMs?: number; maxEntries?: number; now?: () => number } = {},
): DiscoveryCache {
  const ttl = options.ttlMs ?? 24 * 60 * 60 * 1000;
  const negativeTtl = options.negativeTtlMs ?? 10 * 60 * 1000;
  const max = options.maxEntries ?? 200;
  const now = options.now ?? (() => Date.now());
  const entries = new Map<string, CacheEntry>();
  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expires <= now()) {
        entries.delete(key);
        return undefined;
      }
      return entry.result;
    },
    set(key, result) {
      if (entries.size >= max && !entries.has(key)) entries.delete(entries.keys().next().value!);
      entries.set(key, { expires: now() + (result.found ? ttl : negativeTtl), result });
    },
    get size() {
      return entries.size;
    },
  };
}

// ------------------------------------------------------------------ steps

/** What one source says about a domain, before the user name is filled in for an address. */
interface DomainAnswer {
  found: boolean;
  source?: DiscoverySource;
  sourceTarget?: string;
  provider?: { id: string; name: string; variant?: string };
  servers: Array<Omit<DiscoveredServer, 'username'> & { usernameTemplate?: string }>;
  notes: string[];
  attempts: DiscoveryAttempt[];
  network: DiscoveryResult['network'];
  at: number;
}

type StepOutcome =
  | { found: true; target: string; answer: Pick<DomainAnswer, 'servers' | 'provider' | 'notes'> }
  | { found: false; target: string; outcome: 'not-found' | 'error' | 'skipped'; detail: string };

function fromPreset(
  record: ProviderRecord,
  variantId: string | undefined,
  translator: Translator,
  domain?: string,
): Pick<DomainAnswer, 'servers' | 'provider' | 'notes'> {
  const provider = localizeProvider(record, translator);
  const variant = variantId ? provider.variants?.find((v) => v.id === variantId) : undefined;
  const template = templateFor(provider.username);
  const notes = [...(provider.notes ?? [])];
  for (const auth of provider.auth)
    notes.push(
      auth.verified === false
        ? translator.t('providers.discovery.notConfirmed', { text: auth.text })
        : auth.text,
    );
  return {
    provider: variant
      ? { id: provider.id, name: provider.name, variant: variant.label }
      : { id: provider.id, name: provider.name },
    notes,
    servers: serversFor(provider, { variantId, domain }).map((s) => {
      const out: DomainAnswer['servers'][number] = {
        host: s.host,
        port: s.port,
        security: s.security,
        usernameForm: usernameFor(provider.username, undefined, translator).description,
      };
      if (template) out.usernameTemplate = template;
      if (s.note) out.note = s.note;
      if (s.verified === false) out.verified = false;
      return out;
    }),
  };
}

function templateFor(rule: UsernameRule): string | undefined {
  if (rule.form === 'email') return '%EMAILADDRESS%';
  if (rule.form === 'localpart') return '%EMAILLOCALPART%';
  if (rule.form === 'literal') return rule.value;
  return undefined;
}

function describeTemplate(template: string | undefined, { t }: Translator): string {
  if (!template) return t('providers.discovery.username.asGiven');
  if (template === '%EMAILADDRESS%') return t('providers.username.email');
  if (template === '%EMAILLOCALPART%') return t('providers.username.localpart');
  return template.includes('%')
    ? t('providers.discovery.username.formed', { template })
    : t('providers.username.literal', { value: template });
}

function fromClientConfig(
  config: ClientConfig,
  domain: string,
  translator: Translator,
): Pick<DomainAnswer, 'servers' | 'provider' | 'notes'> {
  const { t } = translator;
  // Implicit TLS first, then STARTTLS, plain last (RFC 8314; Thunderbird sorts the same way).
  const rank = { SSL: 0, STARTTLS: 1, plain: 2 } as const;
  const servers = [...config.outgoing]
    .sort((a, b) => rank[a.socketType] - rank[b.socketType])
    .map((s) => {
      const out: DomainAnswer['servers'][number] = {
        host: s.hostname.split('%emaildomain%').join(domain).split('%EMAILDOMAIN%').join(domain),
        port: s.port,
        security: securityOf(s.socketType),
        usernameForm: describeTemplate(s.username, translator),
        authentication: s.authentication,
      };
      if (s.username) out.usernameTemplate = s.username;
      return out;
    })
    .filter((s) => isValidHostname(s.host) || s.host === 'localhost');
  const notes: string[] = [];
  if (servers.some((s) => s.security === 'plain')) notes.push(t('providers.discovery.plainLast'));
  if (
    servers.every(
      (s) => s.authentication?.length && s.authentication.every((a) => a.toLowerCase() === 'oauth2'),
    )
  ) {
    notes.push(t('providers.discovery.oauthOnly'));
  }
  const answer: Pick<DomainAnswer, 'servers' | 'provider' | 'notes'> = { servers, notes };
  if (config.displayName || config.id)
    answer.provider = { id: config.id, name: config.displayName ?? config.id };
  return answer;
}

async function fetchAutoconfig(
  fetch: FetchLike,
  url: string,
  timeoutMs: number,
  domain: string,
  translator: Translator,
): Promise<StepOutcome> {
  try {
    return await withTimeout(timeoutMs, async (signal) => {
      const res = await fetch(url, {
        headers: { accept: 'application/xml, text/xml' },
        signal,
        redirect: 'follow',
      });
      if (!res.ok) return { found: false, target: url, outcome: 'not-found', detail: `HTTP ${res.status}` };
      const parsed = parseAutoconfig(await res.text());
      if (!parsed.ok) return { found: false, target: url, outcome: 'not-found', detail: parsed.reason };
      const answer = fromClientConfig(parsed.config, domain, translator);
      if (answer.servers.length === 0)
        return {
          found: false,
          target: url,
          outcome: 'not-found',
          detail: translator.t('providers.discovery.detail.noUsableServer'),
        };
      return { found: true, target: url, answer };
    });
  } catch (e) {
    return {
      found: false,
      target: url,
      outcome: 'error',
      detail: e instanceof Error ? e.message : String(e),
    };
  }
}

async function srvStep(doh: DohResolver, domain: string, { t }: Translator): Promise<StepOutcome> {
  const names = [`_submissions._tcp.${domain}`, `_submission._tcp.${domain}`];
  const target = names.join(', ');
  const [tls, starttls] = await Promise.all(names.map((n) => doh.srv(n)));
  if (!tls!.ok && !starttls!.ok) return { found: false, target, outcome: 'error', detail: tls!.error };
  const servers: DomainAnswer['servers'] = [];
  const notes: string[] = [];
  const add = (lookup: typeof tls, security: Security, label: string) => {
    if (!lookup?.ok) return;
    for (const r of lookup.value) {
      if (r.target === '') {
        notes.push(t('providers.discovery.srvNotOffered', { label }));
        continue;
      }
      if (!isValidHostname(r.target) || r.port === 0) continue;
      servers.push({
        host: r.target,
        port: r.port,
        security,
        usernameForm: t('providers.discovery.username.srv'),
      });
    }
  };
  // RFC 8314 prefers implicit TLS (_submissions) over STARTTLS (_submission).
  add(tls, 'ssl', '_submissions (implicit TLS)');
  add(starttls, 'starttls', '_submission (STARTTLS)');
  if (servers.length === 0)
    return {
      found: false,
      target,
      outcome: 'not-found',
      detail: notes[0] ?? t('providers.discovery.detail.noSrv'),
    };
  return { found: true, target, answer: { servers, notes } };
}

/** Naive registrable domain of a host: the last two labels, three under common two-label public suffixes. */
export function baseDomain(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  const lastTwo = labels.slice(-2).join('.');
  const secondLevel = /^(?:co|com|net|org|ac|gov|edu|ne|or)\.[a-z]{2}$/;
  return labels.length >= 3 && secondLevel.test(lastTwo) ? labels.slice(-3).join('.') : lastTwo;
}

async function mxStep(
  doh: DohResolver,
  fetch: FetchLike | undefined,
  domain: string,
  timeoutMs: number,
  translator: Translator,
): Promise<StepOutcome> {
  const { t } = translator;
  const mx = await doh.mx(domain);
  if (!mx.ok) return { found: false, target: `MX ${domain}`, outcome: 'error', detail: mx.error };
  const first = mx.value[0];
  if (!first)
    return {
      found: false,
      target: `MX ${domain}`,
      outcome: 'not-found',
      detail: mx.nxdomain ? t('providers.discovery.detail.noDomain') : t('providers.discovery.detail.noMx'),
    };
  const target = `MX ${domain} → ${first.exchange}`;
  const match = findProviderByMx(first.exchange);
  if (match) {
    const answer = fromPreset(match.provider, match.variant?.id, translator);
    answer.notes.unshift(
      t('providers.discovery.mxProvider', { provider: match.provider.name, mx: first.exchange }),
    );
    return { found: true, target, answer };
  }
  // Thunderbird's forMX: look the MX host's base domain up in the ISPDB, unless it is the domain itself.
  const base = baseDomain(first.exchange);
  if (!fetch || base === domain)
    return { found: false, target, outcome: 'not-found', detail: t('providers.discovery.detail.mxUnknown') };
  const viaIspdb = await fetchAutoconfig(
    fetch,
    ISPDB_URL + encodeURIComponent(base),
    timeoutMs,
    domain,
    translator,
  );
  if (!viaIspdb.found)
    return {
      found: false,
      target,
      outcome: 'not-found',
      detail: t('providers.discovery.detail.mxUnknownIspdb', { base, detail: viaIspdb.detail }),
    };
  viaIspdb.answer.notes.unshift(t('providers.discovery.mxIspdb', { base }));
  return { found: true, target: `${target} → ISPDB ${base}`, answer: viaIspdb.answer };
}

// ------------------------------------------------------------------ main

function parseInput(input: string): { domain: string | null; address?: string } {
  const trimmed = input.trim();
  const domain = domainOf(trimmed);
  const at = trimmed.lastIndexOf('@');
  return at > 0 && domain ? { domain, address: trimmed } : { domain };
}

function fillUsername(
  template: string | undefined,
  address: string | undefined,
  domain: string,
): string | undefined {
  if (!template) return undefined;
  if (template.includes('%') && !address) return undefined;
  const at = address ? address.lastIndexOf('@') : -1;
  const local = address && at > 0 ? address.slice(0, at) : '';
  return template
    .split('%EMAILADDRESS%')
    .join(address ?? '')
    .split('%EMAILLOCALPART%')
    .join(local)
    .split('%EMAILDOMAIN%')
    .join(domain);
}

function materialise(
  input: string,
  answer: DomainAnswer,
  domain: string | null,
  address: string | undefined,
): DiscoveryResult {
  const result: DiscoveryResult = {
    input,
    domain,
    found: answer.found,
    servers: answer.servers.map(({ usernameTemplate, ...s }) => {
      const username = domain ? fillUsername(usernameTemplate, address, domain) : undefined;
      return username === undefined ? { ...s } : { ...s, username };
    }),
    notes: answer.notes,
    attempts: answer.attempts,
    network: answer.network,
    at: answer.at,
  };
  if (address) result.address = address;
  if (answer.source) result.source = answer.source;
  if (answer.sourceTarget) result.sourceTarget = answer.sourceTarget;
  if (answer.provider) result.provider = answer.provider;
  return result;
}

/** Discovers submission settings for an address or a domain. Never throws. */
export async function discoverSettings(
  input: string,
  options: DiscoveryOptions = {},
): Promise<DiscoveryResult> {
  const now = options.now ?? (() => Date.now());
  const translator = options.translator ?? ENGLISH;
  const { domain, address } = parseInput(input);
  if (!domain) {
    return {
      input,
      domain: null,
      found: false,
      servers: [],
      notes: [translator.t('providers.discovery.notAnAddress')],
      attempts: [],
      network: 'skipped',
      at: now(),
    };
  }
  const offline = options.offline || (!options.fetch && !options.doh);
  // The notes are in the reader's language: a cached answer is kept per language.
  const language = translator.locale === 'en' ? '' : `|${translator.locale}`;
  const cacheKey = `${domain}${offline ? '|offline' : ''}${language}`;
  const cached = options.cache?.get(cacheKey);
  if (cached) return materialise(input, cached, domain, address);

  const answer = await discoverDomain(domain, address, offline, options, translator);
  answer.at = now();
  options.cache?.set(cacheKey, answer);
  return materialise(input, answer, domain, address);
}

async function discoverDomain(
  domain: string,
  address: string | undefined,
  offline: boolean,
  options: DiscoveryOptions,
  translator: Translator,
): Promise<DomainAnswer> {
  const { t } = translator;
  const order = options.order ?? DEFAULT_ORDER;
  const timeoutMs = options.timeoutMs ?? 5000;
  const attempts: DiscoveryAttempt[] = [];
  const query =
    address && options.sendEmailAddress !== false ? `?emailaddress=${encodeURIComponent(address)}` : '';

  const preset = findProviderByDomain(domain);
  const networkSteps: Partial<Record<DiscoverySource, () => Promise<StepOutcome>>> = {};
  const fetch = options.fetch;
  const doh = options.doh;
  if (fetch) {
    networkSteps.ispdb = () =>
      fetchAutoconfig(fetch, ISPDB_URL + encodeURIComponent(domain), timeoutMs, domain, translator);
    networkSteps.autoconfig = () =>
      fetchAutoconfig(
        fetch,
        `https://autoconfig.${domain}/mail/config-v1.1.xml${query}`,
        timeoutMs,
        domain,
        translator,
      );
    networkSteps['well-known'] = () =>
      fetchAutoconfig(
        fetch,
        `https://${domain}/.well-known/autoconfig/mail/config-v1.1.xml${query}`,
        timeoutMs,
        domain,
        translator,
      );
  }
  if (doh) {
    networkSteps.srv = () => srvStep(doh, domain, translator);
    networkSteps['mx-guess'] = () => mxStep(doh, fetch, domain, timeoutMs, translator);
  }

  // A preset answers at once: no network for well-known providers (Thunderbird's fromDisk).
  const presetIndex = order.indexOf('preset');
  if (preset && presetIndex === 0) {
    return {
      found: true,
      source: 'preset',
      sourceTarget: domain,
      ...fromPreset(preset.provider, preset.variant?.id, translator),
      attempts: [{ source: 'preset', target: domain, outcome: 'found' }],
      network: 'skipped',
      at: 0,
    };
  }

  const running = new Map<DiscoverySource, Promise<StepOutcome>>();
  if (!offline) {
    for (const source of order) {
      const step = networkSteps[source];
      if (step) running.set(source, step());
    }
  }

  let networkTried = 0;
  let networkErrored = 0;
  for (const source of order) {
    if (source === 'preset') {
      if (preset) {
        attempts.push({ source, target: domain, outcome: 'found' });
        return {
          found: true,
          source,
          sourceTarget: domain,
          ...fromPreset(preset.provider, preset.variant?.id, translator),
          attempts,
          network: networkTried ? 'used' : 'skipped',
          at: 0,
        };
      }
      attempts.push({
        source,
        target: domain,
        outcome: 'not-found',
        detail: translator.t('providers.discovery.detail.noPreset'),
      });
      continue;
    }
    const pending = running.get(source);
    if (!pending) {
      attempts.push({
        source,
        target: domain,
        outcome: 'skipped',
        detail: offline
          ? translator.t('providers.discovery.detail.offline')
          : translator.t('providers.discovery.detail.noNetwork'),
      });
      continue;
    }
    const outcome = await pending;
    networkTried++;
    if (outcome.found) {
      attempts.push({ source, target: outcome.target, outcome: 'found' });
      return {
        found: true,
        source,
        sourceTarget: outcome.target,
        ...outcome.answer,
        attempts,
        network: 'used',
        at: 0,
      };
    }
    if (outcome.outcome === 'error') networkErrored++;
    attempts.push({ source, target: outcome.target, outcome: outcome.outcome, detail: outcome.detail });
  }

  const network: DiscoveryResult['network'] =
    networkTried === 0 ? 'skipped' : networkErrored === networkTried ? 'failed' : 'used';
  const notes =
    network === 'skipped'
      ? [t('providers.discovery.skipped')]
      : network === 'failed'
        ? [t('providers.discovery.failed')]
        : [t('providers.discovery.nothing')];
  return { found: false, servers: [], notes, attempts, network, at: 0 };
}
