import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classify } from '../../lib/rules/index';
import { SITES } from '../e2e/support/sites';
import { until } from '../e2e/support/until';
import { openFirefoxSuite, type FirefoxSuite } from './support/firefox';
import { popupCategories } from './support/pages';

/**
 * Firefox runs an MV3 background as an event page (a document, not a service
 * worker) and suspends it when idle. Here it is suspended after one idle second, so
 * it goes away between any two steps of the test; the findings live in
 * storage.session and nothing may be lost on the way.
 */

const IDLE_TIMEOUT_MS = 1000;

let ff: FirefoxSuite;

interface Extension {
  runtime: {
    getContexts(filter: object): Promise<Array<{ contextType: string }>>;
    getBackgroundPage(): Promise<Window & { e2eMark?: string }>;
  };
}
/** In extension pages (evaluated there). */
declare const browser: Extension;

/** Is the event page loaded right now? (runtime.getContexts does not wake it.) */
async function backgroundRunning(): Promise<boolean> {
  const helper = await ff.extensionPage();
  return helper.evaluate(
    async () => (await browser.runtime.getContexts({ contextTypes: ['BACKGROUND'] })).length > 0,
  );
}

beforeAll(async () => {
  ff = await openFirefoxSuite(Object.values(SITES), {
    prefs: { 'extensions.background.idle.timeout': IDLE_TIMEOUT_MS },
  });
});

afterAll(() => ff?.close());

describe('event page suspended between findings', () => {
  it('keeps the findings and the badge, and adds a new error to them', async () => {
    const site = SITES.roundcubeCompose;
    const [connect, auth] = site.errors.map((text) => classify(text).category);
    const { page, tabId } = await ff.openTab(site.url);

    await page.click('#send');
    await until(
      () => ff.badgeText(tabId),
      (text) => text === '1',
    );
    const helper = await ff.extensionPage();
    // A mark in the running event page's memory (waking it if it slept).
    await helper.evaluate(async () => {
      (await browser.runtime.getBackgroundPage()).e2eMark = 'before the suspension';
    });

    // Idle: Firefox suspends it.
    await until(backgroundRunning, (running) => !running, 20_000);
    expect(await ff.badgeText(tabId)).toBe('1');
    expect((await ff.findings(tabId)).map((f) => f.category)).toEqual([connect]);

    // A new error wakes a fresh event page, which adds to what was kept.
    await page.click('#send-auth');
    await until(
      () => ff.badgeText(tabId),
      (text) => text === '2',
    );
    expect((await ff.findings(tabId)).map((f) => f.category)).toEqual([connect, auth]);
    const mark = await helper.evaluate(
      async () => (await browser.runtime.getBackgroundPage()).e2eMark ?? null,
    );
    expect(mark).toBeNull();
    expect(await popupCategories(ff, tabId)).toEqual([connect, auth]);
    await page.close();
  });
});
