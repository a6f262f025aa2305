import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { chromiumIdFromKey } from '../../../server/native/install';

/** The few chrome.* calls the helpers evaluate inside the extension. */
declare const chrome: {
  tabs: { query(query: object): Promise<Array<{ id?: number }>> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
};

/**
 * Debian's Chromium (or CHROME_PATH) with the built extension loaded. Every host
 * name resolves to the loopback fixture server, so fixture pages load under the
 * sites' real URLs and no request can leave the machine.
 */

export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  throw new Error(
    'END-TO-END TESTS CANNOT RUN: no Chromium found (looked at CHROME_PATH, /usr/bin/chromium, ' +
      '/usr/bin/chromium-browser). Install it with `apt-get install -y chromium` or set CHROME_PATH.',
  );
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The running service worker (waits for a new one after a stop). */
  worker(): Promise<Worker>;
  /** Chrome's tab id of a page (the id the badge and findings are keyed by). */
  tabIdOf(page: Page): Promise<number>;
  /** A new tab showing `url`, and its tab id. */
  openTab(url: string): Promise<{ page: Page; tabId: number }>;
  badgeText(tabId: number): Promise<string>;
  /** The tab's findings as stored by the background (storage.session). */
  findings(
    tabId: number,
  ): Promise<Array<{ category: string; excerpt: string; frameId: number; key: string }>>;
  /** Stop the extension's service worker, as Chrome does after ~30 s idle; resolves once it is gone. */
  stopServiceWorker(): Promise<void>;
  /** An extension page that stays open: chrome.* from a page, whatever the worker does. */
  extensionPage(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Chromium's id for an unpacked extension: from its manifest `key` when it has one,
 * else SHA-256 of its absolute path, first 32 hex digits as a–p.
 */
export function unpackedExtensionId(extensionDir: string): string {
  const { key } = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as { key?: string };
  if (key) return chromiumIdFromKey(key);
  const hex = createHash('sha256').update(realpathSync(extensionDir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/**
 * A new profile in which the user once granted `origins` (and API `permissions`) to
 * the extension and the extension gave them back (permissions.remove keeps them in the profile's
 * "runtime granted" set): Chromium then grants a later permissions.request for
 * them without showing its prompt, which a headless browser could not answer.
 * Everything after the prompt runs as it would for a person.
 */
function profileWithGrants(
  extensionDir: string,
  origins: readonly string[],
  permissions: readonly string[],
): string {
  const dir = mkdtempSync(join(tmpdir(), 'smtp-doctor-e2e-profile-'));
  mkdirSync(join(dir, 'Default'));
  const granted = { api: permissions, explicit_host: origins, manifest_permissions: [], scriptable_host: [] };
  const prefs = {
    extensions: {
      settings: { [unpackedExtensionId(extensionDir)]: { runtime_granted_permissions: granted } },
    },
  };
  writeFileSync(join(dir, 'Default', 'Preferences'), JSON.stringify(prefs));
  return dir;
}

export interface LaunchOptions {
  /** Origins the profile has already granted once (see profileWithGrants). */
  grantedOrigins?: readonly string[];
  /** API permissions granted once the same way (e.g. nativeMessaging). */
  grantedPermissions?: readonly string[];
  /** Called with the new profile (user-data) directory before the browser starts. */
  prepareProfile?: (userDataDir: string) => void;
}

export async function launchWithExtension(
  extensionDir: string,
  fixturePort: number,
  options: LaunchOptions = {},
): Promise<ExtensionBrowser> {
  const profile =
    options.grantedOrigins?.length || options.grantedPermissions?.length || options.prepareProfile
      ? profileWithGrants(extensionDir, options.grantedOrigins ?? [], options.grantedPermissions ?? [])
      : '';
  if (profile) options.prepareProfile?.(profile);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1200, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Loopback stays loopback: the probe backend listens there.
      `--host-resolver-rules=MAP * 127.0.0.1:${fixturePort}, EXCLUDE localhost, EXCLUDE 127.0.0.1`,
      '--ignore-certificate-errors',
    ],
  });

  // Playwright keeps one Worker object for the extension's service worker: after a
  // stop, evaluating on it reaches the restarted worker.
  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  const worker = async () =>
    context.serviceWorkers().find(isOurs) ??
    (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }));
  const extensionId = new URL((await worker()).url()).host;
  if (profile && extensionId !== unpackedExtensionId(extensionDir)) {
    await context.close();
    throw new Error(`the extension loaded as ${extensionId}, not under the id its profile was prepared for`);
  }

  let helper: Page | undefined;
  const extensionPage = async () => {
    if (!helper || helper.isClosed()) {
      helper = await context.newPage();
      await helper.goto(`chrome-extension://${extensionId}/popup.html?tabId=0`);
    }
    return helper;
  };

  const tabIdOf = async (page: Page): Promise<number> => {
    const helperPage = await extensionPage();
    await page.bringToFront();
    // Without the "tabs" permission no URLs are visible; the active tab is the page just brought to front.
    return helperPage.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab!.id!;
    });
  };

  return {
    context,
    extensionId,
    worker,
    async openTab(url) {
      const page = await context.newPage();
      await page.goto(url);
      return { page, tabId: await tabIdOf(page) };
    },
    tabIdOf,
    async badgeText(tabId) {
      const page = await extensionPage();
      return page.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    },
    async findings(tabId) {
      const page = await extensionPage();
      return page.evaluate(async (id) => {
        const key = `findings:${id}`;
        const stored = await chrome.storage.session.get(key);
        return (stored[key] ?? []) as Array<{
          category: string;
          excerpt: string;
          frameId: number;
          key: string;
        }>;
      }, tabId);
    },
    async stopServiceWorker() {
      const page = await extensionPage();
      const cdp = await context.newCDPSession(page);
      try {
        const stopped = new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error('the service worker did not stop')), 10_000);
          cdp.on(
            'ServiceWorker.workerVersionUpdated',
            (event: { versions: Array<{ runningStatus: string }> }) => {
              if (event.versions.some((v) => v.runningStatus === 'stopped')) {
                clearTimeout(timer);
                resolve();
              }
            },
          );
        });
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.stopAllWorkers');
        await stopped;
      } finally {
        await cdp.detach();
      }
    },
    extensionPage,
    async close() {
      await context.close();
      if (profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}
