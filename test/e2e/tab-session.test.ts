import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './support/browser';
import { SITES } from './support/sites';
import { openExtensionSuite, type ExtensionSuite } from './support/suite';
import { until } from './support/until';

/**
 * What the extension keeps per tab in storage.session (findings, the popup's probe runs)
 * goes with the tab's document: on navigation and when the tab closes, in the real
 * browser, whose worker learns of both only through its own events and messages.
 */

declare const chrome: {
  storage: {
    session: {
      get(keys: null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
};

let suite: ExtensionSuite;
let browser: ExtensionBrowser;

beforeAll(async () => {
  suite = await openExtensionSuite([SITES.pleskMailSettings, SITES.pleskTestResult]);
  ({ browser } = suite);
});

afterAll(() => suite?.close());

/** Every storage.session key that names this tab. */
async function keysOf(tabId: number): Promise<string[]> {
  const page = await browser.extensionPage();
  const all = await page.evaluate(() => chrome.storage.session.get(null));
  return Object.keys(all)
    .filter((key) => key.endsWith(`:${tabId}`))
    .sort();
}

/** The tab's one finding, with a probe run stored for it the way the popup stores one. */
async function openWithProbeRun(url: string) {
  const opened = await browser.openTab(url);
  const [finding] = await until(
    () => browser.findings(opened.tabId),
    (list) => list.length === 1,
  );
  const page = await browser.extensionPage();
  await page.evaluate(
    ([tabId, key]) =>
      chrome.storage.session.set({
        [`probes:${tabId}`]: {
          [key]: {
            at: Date.now(),
            response: {
              host: 'smtp.example.org',
              results: [{ port: 25, tcp: 'timeout', ms: 5000 }],
              verdict: { category: 'port-blocked', summary: '25 blocked from here' },
            },
          },
        },
      }),
    [opened.tabId, finding!.key] as const,
  );
  expect(await keysOf(opened.tabId)).toEqual([`findings:${opened.tabId}`, `probes:${opened.tabId}`]);
  return opened;
}

describe("a tab's session data", () => {
  it('goes when the tab navigates to another page', async () => {
    const { page, tabId } = await openWithProbeRun(SITES.pleskMailSettings.url);
    await page.goto(SITES.pleskTestResult.url);
    await until(
      () => keysOf(tabId),
      (keys) => keys.length === 0,
    );
    await page.close();
  });

  it('goes when the tab closes', async () => {
    const { page, tabId } = await openWithProbeRun(SITES.pleskMailSettings.url);
    await page.close();
    await until(
      () => keysOf(tabId),
      (keys) => keys.length === 0,
    );
  });
});
