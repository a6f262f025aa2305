import { DEFAULT_BACKEND_URL } from '../lib/probe/types';
import { LOCALES, type Locale } from '../lib/i18n/locales';
import { ENGLISH, type Translator } from '../lib/i18n/translator';

/**
 * The user's settings: their shape, defaults, validation and the v1 → v2 migration.
 * Pure data handling (no storage, no browser API) so every rule here is unit-testable.
 */

export const SETTINGS_VERSION = 2;
/** The storage.local key of the settings item. */
export { SETTINGS_KEY } from './settings-key';

export const SENDING_FROM_KINDS = ['unknown', 'home', 'office', 'hosting-panel', 'cloud'] as const;
export type SendingFromKind = (typeof SENDING_FROM_KINDS)[number];

export const DOH_CHOICES = ['cloudflare', 'google', 'off'] as const;
export type DohChoice = (typeof DOH_CHOICES)[number];

/** Where probes run: this computer through native messaging, or a probe server over HTTP. */
export const PROBE_VIA = ['native', 'http'] as const;
export type ProbeVia = (typeof PROBE_VIA)[number];

export const SECURITY_MODES = ['ssl', 'starttls', 'plain'] as const;
export type SecurityMode = (typeof SECURITY_MODES)[number];

/** The language of the UI: the browser's ('auto') or one the user chose. */
export const LANGUAGE_CHOICES = ['auto', ...LOCALES] as const;
export type LanguageSetting = 'auto' | Locale;

/** Submission settings found by discovery for a provider the presets do not know. */
export interface DiscoveredServer {
  host: string;
  port: number;
  security: SecurityMode;
  /** Username form, e.g. "%EMAILADDRESS%". */
  username?: string;
  /** Where the settings came from, e.g. "ispdb", "autoconfig", "srv", "mx-guess". */
  source: string;
}

/** A site the user asked the extension to watch, beyond the built-in ones. */
export interface WatchedSite {
  /** Match pattern, e.g. "*://panel.example.org/*". */
  pattern: string;
  /** Id of the registered content script. */
  scriptId: string;
  addedAt: number;
}

export interface Settings {
  provider: {
    /** Preset id from lib/providers, or null when none is chosen. */
    id: string | null;
    /** Host variant of the preset (a region, a product line), or null for the main host. */
    variant: string | null;
    /** The user's address, kept to fill the username in the fix steps. */
    address: string;
    /** Settings discovered for a provider that is no preset. */
    discovered: DiscoveredServer | null;
  };
  sendingFrom: {
    kind: SendingFromKind;
    /** Host-policy id from lib/providers (cloud or ISP), or null. */
    hostId: string | null;
  };
  backend: { url: string; token: string };
  probeVia: ProbeVia;
  sites: WatchedSite[];
  privacy: { doh: DohChoice };
  /** Absent means 'auto' (the browser's language): see languageOf. */
  language?: LanguageSetting;
}

/** The flat layout of the first release (storage version 1). */
export interface SettingsV1 {
  providerId?: string | null;
  address?: string;
  sendingFrom?: string;
  hostId?: string | null;
  backendUrl?: string;
  backendToken?: string;
  watchedSites?: string[];
  doh?: string;
}

export { DEFAULT_BACKEND_URL };

export function defaultSettings(): Settings {
  return {
    provider: { id: null, variant: null, address: '', discovered: null },
    sendingFrom: { kind: 'unknown', hostId: null },
    backend: { url: DEFAULT_BACKEND_URL, token: '' },
    // The probe server stays the default: native messaging needs `smtp-doctor native install` first.
    probeVia: 'http',
    sites: [],
    privacy: { doh: 'cloudflare' },
  };
}

/** Why a stored or imported value was not used as it was. */
export interface SettingsIssue {
  field: string;
  problem: string;
}

export interface ValidatedSettings {
  settings: Settings;
  /** Empty when the value was used as it was. */
  issues: SettingsIssue[];
}

const MAX_TEXT = 500;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

function text(value: unknown, max = MAX_TEXT): string | undefined {
  return typeof value === 'string' && value.length <= max ? value : undefined;
}

/**
 * Check every field; keep the good ones, replace the bad ones by defaults, and say which.
 * Never throws: a corrupt value must not break a page.
 */
export function validateSettings(value: unknown, { t }: Translator = ENGLISH): ValidatedSettings {
  const defaults = defaultSettings();
  const issues: SettingsIssue[] = [];
  if (value === null || value === undefined) return { settings: defaults, issues };
  if (!isRecord(value)) {
    return { settings: defaults, issues: [{ field: 'settings', problem: t('options.problem.notObject') }] };
  }
  const bad = (field: string, problem: string) => issues.push({ field, problem });
  const notText = t('options.problem.notText');
  const notObject = t('options.problem.notObject');

  const provider = { ...defaults.provider };
  if (isRecord(value.provider)) {
    const p = value.provider;
    if (p.id === null || p.id === undefined) provider.id = null;
    else if (text(p.id, 100) !== undefined) provider.id = p.id as string;
    else bad('provider.id', notText);
    if (p.variant === null || p.variant === undefined) provider.variant = null;
    else if (text(p.variant, 100) !== undefined) provider.variant = p.variant as string;
    else bad('provider.variant', notText);
    if (p.address !== undefined) {
      const address = text(p.address, 320);
      if (address !== undefined) provider.address = address;
      else bad('provider.address', notText);
    }
    if (p.discovered !== undefined && p.discovered !== null) {
      const discovered = validateDiscovered(p.discovered);
      if (discovered) provider.discovered = discovered;
      else bad('provider.discovered', t('options.problem.incompleteServer'));
    }
  } else if (value.provider !== undefined) bad('provider', notObject);

  const sendingFrom = { ...defaults.sendingFrom };
  if (isRecord(value.sendingFrom)) {
    const s = value.sendingFrom;
    if (oneOf(SENDING_FROM_KINDS, s.kind)) sendingFrom.kind = s.kind;
    else if (s.kind !== undefined) bad('sendingFrom.kind', t('options.problem.unknownPlace'));
    if (s.hostId === null || s.hostId === undefined) sendingFrom.hostId = null;
    else if (text(s.hostId, 100) !== undefined) sendingFrom.hostId = s.hostId as string;
    else bad('sendingFrom.hostId', notText);
  } else if (value.sendingFrom !== undefined) bad('sendingFrom', notObject);

  const backend = { ...defaults.backend };
  if (isRecord(value.backend)) {
    const b = value.backend;
    if (b.url !== undefined) {
      if (typeof b.url === 'string' && isHttpUrl(b.url)) backend.url = b.url;
      else bad('backend.url', t('options.problem.notHttp'));
    }
    if (b.token !== undefined) {
      const token = text(b.token, 200);
      if (token !== undefined) backend.token = token;
      else bad('backend.token', notText);
    }
  } else if (value.backend !== undefined) bad('backend', notObject);

  let probeVia = defaults.probeVia;
  if (oneOf(PROBE_VIA, value.probeVia)) probeVia = value.probeVia;
  else if (value.probeVia !== undefined) bad('probeVia', t('options.problem.unknownRoute'));

  const sites: WatchedSite[] = [];
  if (Array.isArray(value.sites)) {
    value.sites.forEach((site: unknown, i) => {
      if (
        isRecord(site) &&
        typeof site.pattern === 'string' &&
        isMatchPattern(site.pattern) &&
        typeof site.scriptId === 'string' &&
        typeof site.addedAt === 'number'
      ) {
        sites.push({ pattern: site.pattern, scriptId: site.scriptId, addedAt: site.addedAt });
      } else {
        const pattern = isRecord(site) && typeof site.pattern === 'string' ? site.pattern : undefined;
        bad(
          `sites[${i}]`,
          pattern === undefined
            ? t('options.problem.notSite')
            : t('options.problem.notSitePattern', { pattern: JSON.stringify(pattern.slice(0, 80)) }),
        );
      }
    });
  } else if (value.sites !== undefined) bad('sites', t('options.problem.notList'));

  const privacy = { ...defaults.privacy };
  if (isRecord(value.privacy)) {
    if (oneOf(DOH_CHOICES, value.privacy.doh)) privacy.doh = value.privacy.doh;
    else if (value.privacy.doh !== undefined) bad('privacy.doh', t('options.problem.unknownResolver'));
  } else if (value.privacy !== undefined) bad('privacy', notObject);

  const settings: Settings = { provider, sendingFrom, backend, probeVia, sites, privacy };
  if (oneOf(LANGUAGE_CHOICES, value.language)) settings.language = value.language;
  else if (value.language !== undefined) {
    // A bad value leaves the language to the browser ('auto').
    bad(
      'language',
      t('options.problem.unknownLanguage', { value: JSON.stringify(String(value.language).slice(0, 20)) }),
    );
  }

  return { settings, issues };
}

/** The language setting; a value stored before the setting existed reads 'auto'. */
export function languageOf(settings: Pick<Settings, 'language'>): LanguageSetting {
  return settings.language ?? 'auto';
}

function validateDiscovered(value: unknown): DiscoveredServer | null {
  if (!isRecord(value)) return null;
  const host = text(value.host, 253);
  const port = value.port;
  if (!host || typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535) return null;
  if (!oneOf(SECURITY_MODES, value.security)) return null;
  const source = text(value.source, 50) ?? 'unknown';
  const username = text(value.username, 100);
  return { host, port, security: value.security, source, ...(username ? { username } : {}) };
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Match patterns this extension writes itself: `*://host/*` with an optional `*.` wildcard. */
const SITE_PATTERN = /^\*:\/\/(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\/\*$/;

export function isMatchPattern(value: string): boolean {
  return value.length <= 270 && SITE_PATTERN.test(value);
}

/**
 * Turn what a user types ("panel.example.org", "https://mail.example.org:2083/cpsess1/",
 * "*.example.org") into a match pattern for every scheme and port of that host.
 * Returns null for something that is not a host.
 */
export function sitePatternFromInput(input: string): string | null {
  let raw = input.trim().toLowerCase();
  if (!raw) return null;
  raw = raw.replace(/^[a-z*]+:\/\//, '');
  raw = raw.split(/[/?#]/, 1)[0] ?? '';
  raw = raw.replace(/:\d+$/, '');
  raw = raw.replace(/\.$/, '');
  const wildcard = raw.startsWith('*.');
  const host = wildcard ? raw.slice(2) : raw;
  if (!/^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/.test(host) || host.length > 253) return null;
  if (host.split('.').some((label) => label.length > 63 || label.startsWith('-') || label.endsWith('-'))) {
    return null;
  }
  // A bare wildcard over a public suffix-like name ("*.com") would watch a whole TLD.
  if (wildcard && !host.includes('.')) return null;
  return `*://${wildcard ? '*.' : ''}${host}/*`;
}

// The origins asked for and matched for a watched site: its https and http forms.
// Chromium checks each requested origin against each optional pattern on its own, so
// "*://host/*" is within neither "https://*/*" nor "http://*/*" (it was granted only
// as part of a manifest content-script pattern, which lets no registered script run);
// a registered content script runs only where an explicit host permission allows it.
export function siteOrigins(pattern: string): string[] {
  const rest = pattern.startsWith('*://') ? pattern.slice('*://'.length) : null;
  return rest === null ? [pattern] : [`https://${rest}`, `http://${rest}`];
}

/** The host part of a pattern, for display ("*.example.org"). */
export function siteLabel(pattern: string): string {
  return pattern.replace(/^\*:\/\//, '').replace(/\/\*$/, '');
}

/** Content-script ids: letters, digits and dashes, never starting with "_". */
export function scriptIdFor(pattern: string): string {
  return `watch-${siteLabel(pattern)
    .replace(/\*/g, 'any')
    .replace(/[^a-z0-9-]/g, '-')}`;
}

/** The groups of the v2 layout, each with the type it must have to count as v2. */
const V2_GROUPS = {
  provider: isRecord,
  sendingFrom: isRecord,
  backend: isRecord,
  probeVia: (value: unknown) => typeof value === 'string',
  sites: Array.isArray,
  privacy: isRecord,
  language: (value: unknown) => typeof value === 'string',
} as const satisfies Record<keyof Settings, (value: unknown) => boolean>;

/** A value in the v2 layout (whatever its version marker says): one v2 group is enough. */
function looksLikeV2(value: unknown): boolean {
  return isRecord(value) && Object.entries(V2_GROUPS).some(([key, test]) => test(value[key]));
}

/**
 * v1 (flat) → v2 (grouped). Drops nothing: each group already in the v2 layout is kept as it
 * is (a v2 value without its version marker comes through unchanged), the v1 fields are moved
 * into their groups as they are, and validation afterwards replaces, and names, the ones that
 * are not valid. Never throws (a throw would leave the old value in place).
 */
export function migrateV1toV2(old: unknown): unknown {
  if (!isRecord(old)) return old;
  const v1 = old as SettingsV1 & Record<string, unknown>;
  const fromV1: Record<keyof Settings, () => unknown> = {
    provider: () => ({
      id: v1.providerId ?? null,
      variant: null,
      address: v1.address ?? '',
      discovered: null,
    }),
    sendingFrom: () => ({ kind: v1.sendingFrom ?? 'unknown', hostId: v1.hostId ?? null }),
    backend: () => ({ url: v1.backendUrl ?? DEFAULT_BACKEND_URL, token: v1.backendToken ?? '' }),
    sites: () =>
      Array.isArray(v1.watchedSites)
        ? v1.watchedSites.map((entry: unknown) => {
            // An entry that is no host stays as written, so validation names it.
            const pattern = typeof entry === 'string' ? (sitePatternFromInput(entry) ?? entry) : entry;
            return typeof pattern === 'string'
              ? { pattern, scriptId: scriptIdFor(pattern), addedAt: 0 }
              : { pattern };
          })
        : v1.watchedSites,
    // v1 knew only the probe server.
    probeVia: () => 'http',
    privacy: () => ({ doh: v1.doh ?? 'cloudflare' }),
    // v1 had no language choice: the default ('auto') applies.
    language: () => undefined,
  };
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(V2_GROUPS) as Array<keyof Settings>) {
    const value = V2_GROUPS[key](old[key]) ? old[key] : fromV1[key]();
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** The export file: a marked, versioned wrapper so an import can tell it from other JSON. */
export interface SettingsExport {
  format: 'smtp-doctor-settings';
  version: number;
  exportedAt: string;
  settings: Settings;
}

export function exportSettings(settings: Settings, now = new Date()): string {
  const file: SettingsExport = {
    format: 'smtp-doctor-settings',
    version: SETTINGS_VERSION,
    exportedAt: now.toISOString(),
    settings,
  };
  return JSON.stringify(file, null, 2);
}

export type ImportResult =
  { ok: true; settings: Settings; issues: SettingsIssue[] } | { ok: false; error: string };

/**
 * Read an export file (this version or v1). The watched sites in it are returned but the
 * caller must not apply them blindly: each needs its own permission grant in a user gesture.
 */
export function importSettings(json: string, translator: Translator = ENGLISH): ImportResult {
  const { t } = translator;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { ok: false, error: t('options.import.notJson') };
  }
  if (!isRecord(parsed) || parsed.format !== 'smtp-doctor-settings') {
    return { ok: false, error: t('options.import.notOurs') };
  }
  const version = fileVersion(parsed.version, parsed.settings);
  if (version === null) return { ok: false, error: t('options.import.unknownVersion') };
  if (version > SETTINGS_VERSION) {
    return {
      ok: false,
      error: t('options.import.newer', { version }),
    };
  }
  const raw = version < SETTINGS_VERSION ? migrateV1toV2(parsed.settings) : parsed.settings;
  if (!isRecord(raw)) return { ok: false, error: t('options.import.empty') };
  const { settings, issues } = validateSettings(raw, translator);
  return { ok: true, settings, issues };
}

/**
 * The settings version of an export file: a number, or a number written as text; without
 * one, v2 when the settings are in the v2 layout, else v1. Null for anything else.
 */
function fileVersion(version: unknown, settings: unknown): number | null {
  if (version === undefined || version === null) return looksLikeV2(settings) ? SETTINGS_VERSION : 1;
  const n = typeof version === 'string' && /^\s*\d{1,4}\s*$/.test(version) ? Number(version) : version;
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 ? n : null;
}
