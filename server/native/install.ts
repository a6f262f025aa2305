/**
 * Registers `smtp-doctor native host` with the browsers, at the user level: one host
 * manifest per browser in the place each browser documents, naming a launcher script
 * and the extension ids allowed to start it.
 *
 * The launcher is written at install time with absolute paths to this Node and this
 * checkout's CLI: a browser starts hosts without the user's shell, so neither PATH
 * (nvm, volta …) nor the working directory can be relied on.
 */
import { createHash } from 'node:crypto';
import {
  accessSync,
  chmodSync,
  constants,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROME_DEV_KEY, CHROME_STORE_IDS, GECKO_ID } from '../../lib/extension-identity.ts';
import { NATIVE_HOST_NAME } from '../../lib/probe/native.ts';
import type { MessageParams } from '../../lib/i18n/format.ts';
import type { MessageKey } from '../../lib/i18n/messages.ts';
import { MessageError } from '../message-error.ts';

export const NATIVE_BROWSERS = ['chromium', 'chrome', 'firefox'] as const;
export type NativeBrowser = (typeof NATIVE_BROWSERS)[number];

const CLI_ENTRY = fileURLToPath(new URL('../../bin/smtp-doctor.js', import.meta.url));

/** Chromium's id for an extension with this manifest `key`: SHA-256 of the DER key, 32 hex digits as a–p. */
export function chromiumIdFromKey(base64Key: string): string {
  const hex = createHash('sha256').update(Buffer.from(base64Key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/** The development build's Chromium id (from the manifest key in lib/extension-identity.ts). */
export const CHROMIUM_DEV_ID = chromiumIdFromKey(CHROME_DEV_KEY);

const CHROMIUM_ID = /^[a-p]{32}$/;

export interface NativeInstallOptions {
  /** The user's home (default: os.homedir(), i.e. $HOME). */
  home?: string;
  platform?: NodeJS.Platform;
  /**
   * Write the manifest into this one directory instead of the browsers' places (e.g. a
   * Chromium profile's `<userDataDir>/NativeMessagingHosts`), with the launcher beside it.
   */
  dir?: string;
  /** The manifest format for `dir` (default chromium). */
  dirBrowser?: NativeBrowser;
  /** More Chromium extension ids to allow (a store build). */
  extensionIds?: readonly string[];
  /** Let the host probe loopback targets (tests only; written into the launcher). */
  lab?: boolean;
  /** Ports the host probes besides 25, 465, 587, 2525 (written into the launcher). */
  allowPorts?: readonly number[];
  /** The Node the launcher runs (default: the one running this install). */
  nodePath?: string;
}

export interface HostManifestLocation {
  browser: NativeBrowser;
  path: string;
}

function platformOf(options: NativeInstallOptions): NodeJS.Platform {
  const platform = options.platform ?? process.platform;
  if (platform === 'win32') {
    throw new MessageError('cli.native.error.windows');
  }
  return platform;
}

function homeOf(options: NativeInstallOptions): string {
  return options.home ?? homedir();
}

/** Each browser's documented user-level directory for host manifests. */
export function userManifestDir(browser: NativeBrowser, home: string, platform: NodeJS.Platform): string {
  if (platform === 'darwin') {
    const support = join(home, 'Library', 'Application Support');
    return {
      chromium: join(support, 'Chromium', 'NativeMessagingHosts'),
      chrome: join(support, 'Google', 'Chrome', 'NativeMessagingHosts'),
      firefox: join(support, 'Mozilla', 'NativeMessagingHosts'),
    }[browser];
  }
  return {
    chromium: join(home, '.config', 'chromium', 'NativeMessagingHosts'),
    chrome: join(home, '.config', 'google-chrome', 'NativeMessagingHosts'),
    firefox: join(home, '.mozilla', 'native-messaging-hosts'),
  }[browser];
}

export function manifestLocations(options: NativeInstallOptions = {}): HostManifestLocation[] {
  const file = `${NATIVE_HOST_NAME}.json`;
  if (options.dir) return [{ browser: options.dirBrowser ?? 'chromium', path: join(options.dir, file) }];
  const platform = platformOf(options);
  return NATIVE_BROWSERS.map((browser) => ({
    browser,
    path: join(userManifestDir(browser, homeOf(options), platform), file),
  }));
}

/** Where the launcher goes: beside a `dir` manifest, else in the user's data folder. */
export function launcherPath(options: NativeInstallOptions = {}): string {
  if (options.dir) return join(options.dir, `${NATIVE_HOST_NAME}-host`);
  const home = homeOf(options);
  const base =
    platformOf(options) === 'darwin'
      ? join(home, 'Library', 'Application Support', 'smtp-doctor')
      : join(home, '.local', 'share', 'smtp-doctor');
  return join(base, 'native-host');
}

function chromiumIds(options: NativeInstallOptions): string[] {
  const ids = [CHROMIUM_DEV_ID, ...CHROME_STORE_IDS, ...(options.extensionIds ?? [])];
  for (const id of ids) if (!CHROMIUM_ID.test(id)) throw new MessageError('cli.native.error.notAnId', { id });
  return [...new Set(ids)];
}

/** What a browser's manifest must allow. */
function allowed(browser: NativeBrowser, options: NativeInstallOptions): string[] {
  return browser === 'firefox' ? [GECKO_ID] : chromiumIds(options).map((id) => `chrome-extension://${id}/`);
}

export function hostManifest(browser: NativeBrowser, launcher: string, options: NativeInstallOptions) {
  return {
    name: NATIVE_HOST_NAME,
    description: 'SMTP Doctor: tests SMTP ports from this computer',
    path: launcher,
    type: 'stdio' as const,
    ...(browser === 'firefox'
      ? { allowed_extensions: allowed(browser, options) }
      : { allowed_origins: allowed(browser, options) }),
  };
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

export function launcherScript(options: NativeInstallOptions): string {
  const args = [options.nodePath ?? process.execPath, CLI_ENTRY, 'native', 'host'];
  if (options.lab) args.push('--lab');
  if (options.allowPorts?.length) args.push('--allow-ports', options.allowPorts.join(','));
  return [
    '#!/bin/sh',
    '# Written by `smtp-doctor native install`: the browser runs this to start the SMTP Doctor host.',
    `exec ${args.map(shellQuote).join(' ')} "$@"`,
    '',
  ].join('\n');
}

export interface InstallResult {
  launcher: string;
  manifests: HostManifestLocation[];
}

export function installNativeHost(options: NativeInstallOptions = {}): InstallResult {
  const launcher = launcherPath(options);
  const manifests = manifestLocations(options);
  mkdirSync(dirname(launcher), { recursive: true });
  writeFileSync(launcher, launcherScript(options), { mode: 0o755 });
  chmodSync(launcher, 0o755);
  for (const { browser, path } of manifests) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${JSON.stringify(hostManifest(browser, launcher, options), null, 2)}\n`);
  }
  return { launcher, manifests };
}

export type HostState = 'installed' | 'missing' | 'broken';

export interface HostStatus extends HostManifestLocation {
  state: HostState;
  /** Why it is broken, or what it allows: a message, said in the reader's language where it is shown. */
  detail: { key: MessageKey; params?: MessageParams };
  /** The launcher the manifest names. */
  launcher?: string;
}

function readManifest(path: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function nativeHostStatus(options: NativeInstallOptions = {}): HostStatus[] {
  return manifestLocations(options).map((location): HostStatus => {
    if (!existsSync(location.path))
      return { ...location, state: 'missing', detail: { key: 'cli.native.status.noManifest' } };
    const manifest = readManifest(location.path);
    if (!manifest) return { ...location, state: 'broken', detail: { key: 'cli.native.status.notJson' } };
    const launcher = typeof manifest.path === 'string' ? manifest.path : undefined;
    const listed = manifest[location.browser === 'firefox' ? 'allowed_extensions' : 'allowed_origins'];
    const ids = Array.isArray(listed) ? listed.filter((v): v is string => typeof v === 'string') : [];
    const broken = (detail: HostStatus['detail']): HostStatus => ({
      ...location,
      state: 'broken',
      detail,
      launcher,
    });
    if (manifest.name !== NATIVE_HOST_NAME || manifest.type !== 'stdio')
      return broken({ key: 'cli.native.status.notOurs' });
    if (!launcher) return broken({ key: 'cli.native.status.noLauncher' });
    if (!isExecutable(launcher))
      return broken({ key: 'cli.native.status.notExecutable', params: { launcher } });
    const missing = allowed(location.browser, options).filter((id) => !ids.includes(id));
    if (missing.length)
      return broken({ key: 'cli.native.status.notAllowed', params: { ids: missing.join(', ') } });
    return {
      ...location,
      state: 'installed',
      detail: { key: 'cli.native.status.allows', params: { ids: ids.join(', ') } },
      launcher,
    };
  });
}

/** Removes the manifests that are SMTP Doctor's and the launcher; returns what was removed. */
export function uninstallNativeHost(options: NativeInstallOptions = {}): string[] {
  const removed: string[] = [];
  for (const { path } of manifestLocations(options)) {
    if (!existsSync(path)) continue;
    // Never remove a file of the same name that some other program wrote.
    if (readManifest(path)?.name !== NATIVE_HOST_NAME) continue;
    rmSync(path);
    removed.push(path);
  }
  const launcher = launcherPath(options);
  if (existsSync(launcher)) {
    rmSync(launcher);
    removed.push(launcher);
  }
  return removed;
}
