import { mkdirSync } from 'node:fs';
import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classify } from '../../lib/rules/index';
import type { ExtensionBrowser } from './support/browser';
import { evaluateInContentScript, pastDocumentIdle } from './support/isolated-world';
import { SITES, type Site } from './support/sites';
import { openExtensionSuite, type ExtensionSuite } from './support/suite';
import { until } from './support/until';
import { clickExplainMenu, explainSelection } from './support/context-menu';
import { clickMarker, layoutWithAndWithoutMarker, MARKER, markerButtons } from './support/marker';

/**
 * The built extension in Debian's Chromium, driven like a person: fixture pages
 * written after how each product shows a send error, served under the products'
 * real URLs (every host name resolves to the loopback fixture server).
 */

const EXTENSION_NAME = 'SMTP Doctor';
const RESULTS = new URL('../../test-results/', import.meta.url).pathname;
/** A send error added to a page to prove the page itself gave no finding (see expectOnlyAddedErrorFound). */
const ADDED_ERROR = SITES.gmailBounce.errors[0]!;

let suite: ExtensionSuite;
let browser: ExtensionBrowser;

const badgeIs = (tabId: number, text: string) =>
  until(
    () => browser.badgeText(tabId),
    (t) => t === text,
  );

/**
 * The page (or frame) shows `n` markers. Waited for: the background sets the badge
 * before its answer reaches the page, which then places the marker.
 */
const markersAre = (root: Page | FrameLocator, n: number) =>
  until(
    () => root.locator(MARKER).count(),
    (count) => count === n,
  );

/** What the classifier says about the page's error text, read straight from the fixture. */
const expectedCategories = (site: Site) =>
  site.errors.map((text) => {
    const verdict = classify(text);
    expect(verdict.match, `the classifier should recognise: ${text}`).toBe(true);
    return verdict.category;
  });

/** The popup for a tab (`popup.html?tabId=N`): the categories of its cards, with screenshots. */
async function popupCategories(tabId: number, shots?: string): Promise<string[]> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 420, height: 720 });
  try {
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.locator('[data-category]').first().waitFor({ timeout: 10_000 });
    const categories = await popup
      .locator('[data-category]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-category') ?? ''));
    if (shots) {
      mkdirSync(RESULTS, { recursive: true });
      await popup.emulateMedia({ colorScheme: 'light' });
      await popup.screenshot({ path: `${RESULTS}popup-${shots}-light.png`, fullPage: true });
      await popup.emulateMedia({ colorScheme: 'dark' });
      await popup.screenshot({ path: `${RESULTS}popup-${shots}-dark.png`, fullPage: true });
    }
    return categories;
  } finally {
    await popup.close();
  }
}

const watcherStats = (page: Page) =>
  evaluateInContentScript<{ count: number; findings: number } | null>(
    browser.context,
    page,
    EXTENSION_NAME,
    'globalThis.__smtpDoctorStats ? { count: __smtpDoctorStats.count, findings: __smtpDoctorStats.findings } : null',
  );

/**
 * Proves that a watched page gave no finding without waiting "long enough": once the
 * watcher has scanned the page, a known send error is added at its end. The watcher
 * sends text in page order and each batch only after the answer to the one before,
 * so once the added error is marked, all the page's own text has been answered: the
 * added error must be the only finding, in the page and in the background.
 */
async function expectOnlyAddedErrorFound(page: Page, tabId: number): Promise<void> {
  // The watcher runs here and has scanned the page.
  await until(
    () => watcherStats(page),
    (stats) => (stats?.count ?? 0) > 0,
  );
  await page.evaluate((text) => {
    const added = document.createElement('p');
    added.id = 'e2e-added-error';
    added.textContent = text;
    document.body.append(added);
  }, ADDED_ERROR);
  const stats = await until(
    () => watcherStats(page),
    (value) => (value?.findings ?? 0) > 0,
  );
  expect(stats?.findings).toBe(1);
  expect(await page.locator(MARKER).count()).toBe(1);
  // At the end of the added paragraph's text.
  expect(await page.locator(MARKER).evaluate((host) => host.parentElement?.id)).toBe('e2e-added-error');
  const findings = await until(
    () => browser.findings(tabId),
    (list) => list.length > 0,
  );
  expect(findings).toHaveLength(1);
  expect(findings[0]?.excerpt).toContain('550 5.1.1');
  expect(await browser.badgeText(tabId)).toBe('1');
}

beforeAll(async () => {
  suite = await openExtensionSuite(Object.values(SITES));
  ({ browser } = suite);
});

afterAll(() => suite?.close());

describe('hosted webmail', () => {
  it('Gmail: finds a bounce that the single-page app renders after load, when it is opened', async () => {
    const site = SITES.gmailBounce;
    const { page, tabId } = await browser.openTab(site.url);
    // The shell is up with the bounce in the list, the watcher runs; the message is not
    // open, so nothing is found (it opens only when clicked: a state, not a race).
    await page.waitForSelector('#app:not([hidden])');
    await until(
      () => watcherStats(page),
      (stats) => (stats?.count ?? 0) > 0,
    );
    expect(await browser.badgeText(tabId)).toBe('');
    expect(await page.locator(MARKER).count()).toBe(0);

    // The single-page app renders the message after load, when the reader opens it.
    await page.click('#bounce-row');
    await badgeIs(tabId, '1');
    // The list was on the page before the message: its text was answered first, so one
    // finding here means the list gave none.
    const findings = await browser.findings(tabId);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding?.category).toBe(expectedCategories(site)[0]);
    expect(finding?.excerpt).toContain('550 5.1.1 The email account that you tried to reach does not exist.');
    // One marker, at the end of the paragraph with the error.
    await markersAre(page, 1);
    const markedText = await page.locator(MARKER).evaluate((host) => host.parentElement?.textContent ?? '');
    expect(markedText).toContain('550 5.1.1');
    const buttons = await markerButtons(browser.context, page);
    expect(buttons.map((b) => b.attributes['aria-label'])).toEqual(['Why? Explain this email error']);
    // The marker moves nothing: the message's layout is the same with it and without it
    // (it takes room only at the end of the error's last line: marker-and-earlier.test.ts).
    const { withMarker, withoutMarker } = await layoutWithAndWithoutMarker(page, '.a3s > *, #main > *');
    expect(withMarker.filter(([name]) => name !== MARKER)).toEqual(
      withoutMarker.filter(([name]) => name !== MARKER),
    );

    expect(await popupCategories(tabId, 'gmail')).toEqual(expectedCategories(site));
    await page.close();
  });

  it('Outlook on the web: finds the error in a non-delivery report', async () => {
    const site = SITES.outlookNdr;
    const { page, tabId } = await browser.openTab(site.url);
    await badgeIs(tabId, '1');
    expect((await browser.findings(tabId)).map((f) => f.category)).toEqual(expectedCategories(site));
    await markersAre(page, 1);
    expect(await popupCategories(tabId)).toEqual(expectedCategories(site));
    await page.close();
  });

  it('stays silent on a message that only discusses SMTP', async () => {
    const { page, tabId } = await browser.openTab(SITES.gmailDiscussion.url);
    // The watcher runs here (Gmail) and finds nothing in the discussion.
    await expectOnlyAddedErrorFound(page, tabId);
    await page.close();
  });
});

describe('Roundcube', () => {
  it('keeps a transient toast as one finding, survives a worker restart, and clears on navigation', async () => {
    const site = SITES.roundcubeCompose;
    const [connect, auth] = expectedCategories(site);
    const { page, tabId } = await browser.openTab(site.url);

    await page.click('#send');
    await badgeIs(tabId, '1');
    await markersAre(page, 1);

    // Roundcube hides the toast after four seconds: the marker goes, the finding stays, and
    // the badge still counts it (a toast seen in the last minutes).
    await page.locator('#messagestack .alert').waitFor({ state: 'detached', timeout: 10_000 });
    await until(
      () => page.locator(MARKER).count(),
      (n) => n === 0,
    );
    expect(await browser.badgeText(tabId)).toBe('1');
    expect((await browser.findings(tabId)).map((f) => f.category)).toEqual([connect]);

    // The same error again: still one finding, one marker.
    await page.click('#send');
    await page.locator('#messagestack .alert').waitFor();
    await until(
      () => page.locator(MARKER).count(),
      (n) => n === 1,
    );
    expect(await browser.findings(tabId)).toHaveLength(1);

    // Chrome stops idle workers; the findings live in storage.session. A new error
    // after the restart is added to the kept one.
    const before = await browser.worker();
    await before.evaluate(() => Object.assign(globalThis, { e2eMark: 'before the restart' }));
    await browser.stopServiceWorker();
    await page.click('#send-auth');
    await badgeIs(tabId, '2');
    // Answered by a new worker: nothing of the old one's memory is left.
    const after = await browser.worker();
    expect(await after.evaluate(() => (globalThis as { e2eMark?: string }).e2eMark ?? null)).toBeNull();
    expect((await browser.findings(tabId)).map((f) => f.category)).toEqual([connect, auth]);
    expect(await popupCategories(tabId, 'roundcube')).toEqual([connect, auth]);

    // Another document in the tab: the findings and the badge go.
    await page.goto(SITES.blogArticle.url);
    await badgeIs(tabId, '');
    expect(await browser.findings(tabId)).toEqual([]);
    await page.close();
  });

  it('opens the explanation from the in-page marker', async () => {
    const { page, tabId } = await browser.openTab(SITES.roundcubeCompose.url);
    await page.click('#send');
    await badgeIs(tabId, '1');
    await clickMarker(page);
    // The toolbar popup where Chromium allows it, else popup.html?tabId=N in a tab.
    const worker = await browser.worker();
    await until(
      async () => {
        const popups = await worker.evaluate(async () => {
          const contexts = await (
            globalThis as unknown as {
              chrome: { runtime: { getContexts(f: object): Promise<Array<{ documentUrl?: string }>> } };
            }
          ).chrome.runtime.getContexts({ contextTypes: ['POPUP'] });
          return contexts.length;
        });
        const tabs = browser.context.pages().filter((p) => p.url().includes(`popup.html?tabId=${tabId}`));
        return popups + tabs.length;
      },
      (opened) => opened > 0,
      5000,
    );
    await page.close();
  });

  it('stays silent in an inbox with no error', async () => {
    const { page, tabId } = await browser.openTab(SITES.roundcubeInbox.url);
    await expectOnlyAddedErrorFound(page, tabId);
    await page.close();
  });
});

describe('hosting panels and web apps', () => {
  it('cPanel on :2083: finds the failure in a delivery report loaded after the page', async () => {
    const site = SITES.cpanelTrackDelivery;
    const { page, tabId } = await browser.openTab(site.url);
    await badgeIs(tabId, '1');
    expect((await browser.findings(tabId)).map((f) => f.category)).toEqual(expectedCategories(site));
    await markersAre(page, 1);
    await page.close();
  });

  it('Plesk on :8443: finds an error shown inside an iframe, marked in that frame', async () => {
    const site = SITES.pleskMailSettings;
    const { page, tabId } = await browser.openTab(site.url);
    await badgeIs(tabId, '1');
    const [finding] = await browser.findings(tabId);
    expect(finding?.category).toBe(expectedCategories(site)[0]);
    expect(finding?.frameId).not.toBe(0);
    await markersAre(page.frameLocator('#result'), 1);
    expect(await page.locator(MARKER).count()).toBe(0);
    await page.close();
  });

  it('WordPress admin: finds the failed "send test email" result', async () => {
    const site = SITES.wordpressTestEmail;
    const { page, tabId } = await browser.openTab(site.url);
    await page.click('#send-test');
    await badgeIs(tabId, '1');
    const [finding] = await browser.findings(tabId);
    expect(finding?.category).toBe(expectedCategories(site)[0]);
    await markersAre(page, 1);
    expect(await popupCategories(tabId, 'wordpress')).toEqual(expectedCategories(site));
    await page.close();
  });

  it('stays out of sites it does not watch, and silent where a watched URL is no such product', async () => {
    const blog = await browser.openTab(SITES.blogArticle.url);
    const forum = await browser.openTab(SITES.notWordpress.url);
    // Not injected at all on the blog (looked at once Chromium is past injecting it) …
    await pastDocumentIdle(blog.page);
    expect(await evaluateInContentScript(browser.context, blog.page, EXTENSION_NAME, '1')).toBeNull();
    // … injected on …/wp-admin/… but not confirmed there: the script decides at once on
    // injection, so no watcher means none will run.
    await until(
      () => evaluateInContentScript(browser.context, forum.page, EXTENSION_NAME, '1'),
      (injected) => injected === 1,
    );
    expect(await watcherStats(forum.page)).toBeNull();
    for (const { page, tabId } of [blog, forum]) {
      expect(await browser.badgeText(tabId)).toBe('');
      expect(await page.locator(MARKER).count()).toBe(0);
      await page.close();
    }
  });
});

describe('context menu "Explain this email error"', () => {
  const explained = async (tabId: number) => {
    const page = await browser.extensionPage();
    return page.evaluate(async (id) => {
      const key = `explain:${id}`;
      const chrome = (
        globalThis as unknown as {
          chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } };
        }
      ).chrome;
      return (await chrome.storage.session.get(key))[key] as
        { text: string; classification: { match: boolean; category: string | null } } | undefined;
    }, tabId);
  };

  it('reads the selection in explain mode: a bare Python timeout is a connect failure', async () => {
    // Issue 10: as page text this is not enough (scan mode says no); a person asked about it.
    const text = 'TimeoutError: [Errno 110] Connection timed out';
    expect(classify(text).match).toBe(false);
    const { page, tabId } = await browser.openTab(SITES.forumThread.url);
    await clickExplainMenu(browser, page, tabId, text);
    const item = await until(
      () => explained(tabId),
      (v) => v !== undefined,
    );
    expect(item?.classification).toMatchObject({ match: true, category: 'port-blocked' });
    await page.close();
  });

  it('classifies a selection on any page and shows the explanation', async () => {
    const { page, tabId } = await browser.openTab(SITES.forumThread.url);
    const selected = await explainSelection(browser, page, tabId, '#log');
    const item = await until(
      () => explained(tabId),
      (v) => v !== undefined,
    );
    expect(item?.text).toBe(selected);
    expect(item?.classification).toMatchObject({
      match: true,
      category: classify(selected, { mode: 'explain' }).category,
    });

    // The popup for the tab shows the explained text as a card.
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}&explain=1`);
    const card = popup
      .locator(`[data-category="${classify(selected, { mode: 'explain' }).category}"]`)
      .first();
    await card.waitFor({ timeout: 10_000 });
    await popup.close();
    await page.close();
  });

  it('says when the selection is no send error', async () => {
    const { page, tabId } = await browser.openTab(SITES.forumThread.url);
    await explainSelection(browser, page, tabId, '#chatter');
    const item = await until(
      () => explained(tabId),
      (v) => v !== undefined,
    );
    expect(item?.classification.match).toBe(false);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}&explain=1`);
    await popup
      .getByText(/does not look like an email send error/i)
      .first()
      .waitFor({ timeout: 10_000 });
    await popup.close();
    await page.close();
  });
});
