import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './support/browser';
import { drawnMarkerButtons, layoutWithAndWithoutMarker, MARKER, markerOverlaps } from './support/marker';
import { SITES } from './support/sites';
import { openExtensionSuite, type ExtensionSuite } from './support/suite';
import { until } from './support/until';

/**
 * The in-page marker beside the error, never over the page's content, named by what
 * it shows; and findings that follow the page: a bounce whose text the app takes off
 * the page leaves the badge once its recent window is over, and the popup lists it
 * under "Earlier on this page".
 */

let suite: ExtensionSuite;
let browser: ExtensionBrowser;

beforeAll(async () => {
  suite = await openExtensionSuite([SITES.gmailBounce, SITES.roundcubeCompose]);
  ({ browser } = suite);
});

afterAll(() => suite?.close());

const badgeIs = (tabId: number, text: string) =>
  until(
    () => browser.badgeText(tabId),
    (t) => t === text,
  );

const markersAre = (page: Page, n: number) =>
  until(
    () => page.locator(MARKER).count(),
    (count) => count === n,
  );

/** The marker covers nothing of the page, sits right of the error's text, level with it, named by its label. */
async function expectBesideAndNamed(page: Page, errorSelector: string): Promise<void> {
  const [overlap, ...more] = await markerOverlaps(browser.context, page);
  expect(more).toEqual([]);
  process.stderr.write(`marker on ${page.url()}: ${JSON.stringify(overlap)}\n`);
  expect(overlap?.covers).toEqual([]);
  const error = await page.evaluate((selector) => {
    const el = document.querySelector(selector)!;
    const range = document.createRange();
    range.selectNodeContents(el.firstChild!);
    const lines = [...range.getClientRects()];
    const box = el.getBoundingClientRect();
    return { lastLineRight: lines[lines.length - 1]!.right, top: box.top, bottom: box.bottom };
  }, errorSelector);
  const button = overlap!.button;
  const middle = button.y + button.height / 2;
  // Right of the error's text, level with it (its last line in a paragraph; its middle in a toast's row).
  expect(button.x).toBeGreaterThanOrEqual(error.lastLineRight);
  expect(middle).toBeGreaterThanOrEqual(error.top);
  expect(middle).toBeLessThanOrEqual(error.bottom);
  const [drawn] = await drawnMarkerButtons(browser.context, page);
  expect(drawn?.visibleText.trim()).toBe('Why?');
  expect(drawn?.name).toContain(drawn!.visibleText.trim());
  expect(drawn?.name).toBe('Why? Explain this email error');
}

describe('the in-page marker', () => {
  it('Roundcube: sits in the toast beside the error, over none of its text or icons', async () => {
    const { page, tabId } = await browser.openTab(SITES.roundcubeCompose.url);
    // Roundcube's message_time 0: the toast stays until closed, so it is measured standing.
    await page.evaluate(
      () =>
        ((window as unknown as { rcmail: { env: { message_time: number } } }).rcmail.env.message_time = 0),
    );
    await page.click('#send');
    await badgeIs(tabId, '1');
    await markersAre(page, 1);
    await expectBesideAndNamed(page, '#messagestack .content');
    // The toast's icons stay inside the toast, in their order: status icon, text, marker, close.
    const order = await page.evaluate((tag) => {
      const toast = document.querySelector('#messagestack .alert')!;
      const box = toast.getBoundingClientRect();
      return [...toast.children].map((el) => {
        const r = el.getBoundingClientRect();
        const inside =
          r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom;
        return `${el.localName === tag ? 'marker' : el.className}${inside ? '' : ' (outside)'}`;
      });
    }, MARKER);
    expect(order).toEqual(['icon', 'content', 'marker', 'close']);
    await page.close();
  });

  it('Gmail: sits at the end of the bounce paragraph and moves nothing of the message', async () => {
    const { page, tabId } = await browser.openTab(SITES.gmailBounce.url);
    await page.waitForSelector('#app:not([hidden])');
    await page.click('#bounce-row');
    await badgeIs(tabId, '1');
    await markersAre(page, 1);
    await page.evaluate(() =>
      document.querySelectorAll('.a3s > p')[2]!.setAttribute('id', 'e2e-bounce-text'),
    );
    await expectBesideAndNamed(page, '#e2e-bounce-text');
    // It takes room only at the end of the error's last line: every element of the
    // message keeps its place and size with it and without it.
    const { withMarker, withoutMarker } = await layoutWithAndWithoutMarker(page, '.a3s > *, #main > *');
    expect(withMarker).toEqual(withoutMarker);
    await page.close();
  });
});

describe('findings follow the page', () => {
  /** The background's recent window (test hook), in ms. */
  const setRecentWindow = async (ms: number) => {
    const worker = await browser.worker();
    await worker.evaluate((value) => {
      (
        globalThis as unknown as { __smtpDoctorBackground: { recentWindow: { ms: number } } }
      ).__smtpDoctorBackground.recentWindow.ms = value;
    }, ms);
  };
  const storedBounce = async (tabId: number) =>
    (await browser.findings(tabId))[0] as
      { leftPageAt?: number; countUntil?: number; excerpt: string } | undefined;

  it('Gmail: a bounce the app takes off the page counts for the recent window, then is listed as earlier', async () => {
    const { page, tabId } = await browser.openTab(SITES.gmailBounce.url);
    await page.waitForSelector('#app:not([hidden])');
    try {
      // A window far longer than this test: the bounce must still count once it has left.
      await setRecentWindow(10 * 60_000);
      await page.click('#bounce-row');
      await badgeIs(tabId, '1');
      await markersAre(page, 1);
      await page.click('a[href="#inbox"]');
      const left = await until(
        () => storedBounce(tabId),
        (f) => f?.leftPageAt !== undefined,
      );
      expect(left!.countUntil! - left!.leftPageAt!).toBe(10 * 60_000);
      expect(await page.locator(MARKER).count()).toBe(0);
      expect(await browser.badgeText(tabId)).toBe('1');

      // Opened again: on the page again.
      await page.click('#bounce-row');
      await until(
        () => storedBounce(tabId),
        (f) => f !== undefined && f.leftPageAt === undefined,
      );
      await markersAre(page, 1);

      // A short window this time: once it is over, the page's own recount drops the badge.
      await setRecentWindow(1500);
      await page.click('a[href="#inbox"]');
      const again = await until(
        () => storedBounce(tabId),
        (f) => f?.leftPageAt !== undefined,
      );
      expect(again!.countUntil! - again!.leftPageAt!).toBe(1500);
      await badgeIs(tabId, '');
      expect(await browser.findings(tabId)).toHaveLength(1);

      // The popup: no card for it, and the bounce under "Earlier on this page", with its times.
      const popup = await browser.context.newPage();
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
      const earlier = popup.locator('details.earlier');
      await earlier.waitFor({ timeout: 10_000 });
      expect(await earlier.locator('summary').textContent()).toBe('Earlier on this page (1)');
      await earlier.locator('summary').click();
      const item = earlier.locator('li');
      expect(await item.count()).toBe(1);
      expect(await item.textContent()).toContain('550 5.1.1');
      expect(await item.locator('time').count()).toBe(2);
      expect(await popup.locator('[data-category]').count()).toBe(0);
      await popup.close();
    } finally {
      await setRecentWindow(5 * 60_000);
      await page.close();
    }
  });
});
