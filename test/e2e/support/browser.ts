import { existsSync } from 'node:fs';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

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
  badgeText(tabId: number): Promise<string>;
  /** The tab's findings as stored by the background (storage.session). */
  findings(
    tabId: number,
  ): Promise<Array<{ category: string; excerpt: string; frameId: number; key: string }>>;
  /** Stop the extension's service worker, as Chrome does after ~30 s idle. */
  stopServiceWorker(): Promise<void>;
  /** An extension page that stays open: chrome.* from a page, whatever the worker does. */
  extensionPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function launchWithExtension(
  extensionDir: string,
  fixturePort: number,
): Promise<ExtensionBrowser> {
  const context = await chromium.launchPersistentContext('', {
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
      `--host-resolver-rules=MAP * 127.0.0.1:${fixturePort}, EXCLUDE localhost`,
      '--ignore-certificate-errors',
    ],
  });

  let current: Worker | undefined;
  const track = (worker: Worker) => {
    if (!worker.url().startsWith('chrome-extension://')) return;
    current = worker;
    worker.on('close', () => {
      if (current === worker) current = undefined;
    });
  };
  context.on('serviceworker', track);
  context.serviceWorkers().forEach(track);
  if (!current) track(await context.waitForEvent('serviceworker'));
  const extensionId = new URL(current!.url()).host;

  let helper: Page | undefined;
  const extensionPage = async () => {
    if (!helper || helper.isClosed()) {
      helper = await context.newPage();
      await helper.goto(`chrome-extension://${extensionId}/popup.html?tabId=0`);
    }
    return helper;
  };

  const worker = async () => current ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));

  return {
    context,
    extensionId,
    worker,
    async tabIdOf(page) {
      await page.bringToFront();
      const w = await worker();
      // Without the "tabs" permission the worker sees no URLs; the active tab is the page just brought to front.
      return w.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab!.id!;
      });
    },
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
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
    },
    extensionPage,
    close: () => context.close(),
  };
}
