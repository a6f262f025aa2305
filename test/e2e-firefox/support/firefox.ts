import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { builtExtension } from '../../e2e/support/build';
import { startFixtureServer, type FixtureRoute, type FixtureServer } from '../../e2e/support/fixture-server';
import { hostPortOf, startLoopbackProxy, type LoopbackProxy } from './loopback-proxy';

/**
 * The built Firefox extension (.output/firefox-mv3) in Debian's Firefox ESR,
 * headless, driven over WebDriver BiDi by puppeteer-core. Every http(s) request
 * goes through the loopback proxy to the fixture server, so fixture pages load
 * under the sites' real URLs and no request can leave the machine.
 */

/** A fixed moz-extension UUID (Firefox picks a random one per profile otherwise). */
export const EXTENSION_UUID = '3b1f6d2a-7c4e-4f8a-9d21-5e0c7a9b4f61';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  throw new Error(
    'FIREFOX END-TO-END TESTS CANNOT RUN: no Firefox found (looked at FIREFOX_PATH, /usr/bin/firefox-esr, ' +
      '/usr/bin/firefox). Install it with `apt-get install -y firefox-esr` or set FIREFOX_PATH.',
  );
}

export interface StoredFinding {
  category: string;
  excerpt: string;
  frameId: number;
  key: string;
}

/** The few WebExtension calls the helpers evaluate inside extension pages. */
declare const browser: {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
};

export interface FirefoxSuite {
  browser: Browser;
  server: FixtureServer;
  proxy: LoopbackProxy;
  geckoId: string;
  /** A new tab on an extension page (moz-extension://…/<path>), loaded. */
  openExtensionPage(path: string): Promise<Page>;
  /** An extension page that stays open: WebExtension calls from a page, whatever the event page does. */
  extensionPage(): Promise<Page>;
  /** A new tab showing `url`, and Firefox's tab id for it. */
  openTab(url: string): Promise<{ page: Page; tabId: number }>;
  badgeText(tabId: number): Promise<string>;
  findings(tabId: number): Promise<StoredFinding[]>;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  /** Extra prefs for this suite (say, the event page's idle timeout). */
  prefs?: Record<string, unknown>;
}

/** Navigation to moz-extension:// URLs: puppeteer's page.goto waits forever there, the BiDi command does not. */
async function navigateBidi(page: Page, url: string): Promise<void> {
  const frame = page.mainFrame() as unknown as {
    browsingContext: { navigate(url: string, wait: 'complete'): Promise<void> };
  };
  await frame.browsingContext.navigate(url, 'complete');
}

export async function openFirefoxSuite(
  routes: readonly FixtureRoute[],
  options: FirefoxOptions = {},
): Promise<FirefoxSuite> {
  const executablePath = firefoxPath();
  const extensionDir = builtExtension('firefox-mv3');
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const geckoId = manifest.browser_specific_settings.gecko.id;

  const server = await startFixtureServer(routes);
  const proxy = await startLoopbackProxy(server.port, new Set(routes.map((r) => hostPortOf(new URL(r.url)))));
  let firefox: Browser;
  try {
    firefox = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      acceptInsecureCerts: true,
      // Extension pages are system pages to the remote agent.
      args: ['--remote-allow-system-access'],
      env: { ...process.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
        // Every http(s) request through the loopback proxy; no DNS of Firefox's own.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': false,
        'network.dns.disabled': true,
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        ...options.prefs,
      },
    });
  } catch (error) {
    await proxy.close();
    await server.close();
    throw error;
  }
  const firefoxPid = firefox.process()?.pid;

  const close = async () => {
    await firefox.close().catch(() => undefined);
    // Whatever puppeteer did, the Firefox this suite started is gone afterwards.
    if (firefoxPid) {
      try {
        process.kill(firefoxPid, 'SIGKILL');
      } catch {
        // Already exited.
      }
    }
    await proxy.close();
    await server.close();
  };

  try {
    const installed = await firefox.installExtension(extensionDir);
    if (installed !== geckoId) throw new Error(`the extension installed as ${installed}, not ${geckoId}`);
  } catch (error) {
    await close();
    throw error;
  }

  const openExtensionPage = async (path: string) => {
    const page = await firefox.newPage();
    await navigateBidi(page, `${EXTENSION_ORIGIN}/${path}`);
    return page;
  };

  let helper: Page | undefined;
  const extensionPage = async () => {
    if (!helper || helper.isClosed()) helper = await openExtensionPage('popup.html?tabId=0');
    return helper;
  };

  return {
    browser: firefox,
    server,
    proxy,
    geckoId,
    openExtensionPage,
    extensionPage,
    async openTab(url) {
      // The helper first: opening it later would make it the active tab.
      const helperPage = await extensionPage();
      const page = await firefox.newPage();
      await page.goto(url);
      await page.bringToFront();
      // The extension sees the URL of tabs on sites it has access to; the page just
      // brought to front is the active one.
      const tabId = await helperPage.evaluate(async () => {
        const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
        return { id: tab?.id ?? -1, url: tab?.url ?? '' };
      });
      if (tabId.id < 0) throw new Error(`no tab id for ${url}`);
      if (tabId.url && tabId.url !== page.url())
        throw new Error(`the active tab shows ${tabId.url}, not ${page.url()}`);
      return { page, tabId: tabId.id };
    },
    async badgeText(tabId) {
      const page = await extensionPage();
      return page.evaluate((id) => browser.action.getBadgeText({ tabId: id }), tabId);
    },
    async findings(tabId) {
      const page = await extensionPage();
      return page.evaluate(async (id) => {
        const key = `findings:${id}`;
        return ((await browser.storage.session.get(key))[key] ?? []) as StoredFinding[];
      }, tabId);
    },
    close,
  };
}
