import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classify } from '../../lib/rules/index';
import type { ExtensionBrowser } from './support/browser';
import { evaluateInContentScript } from './support/isolated-world';
import { clickMarker, MARKER, markerButtons } from './support/marker';
import { openExtensionSuite, type ExtensionSuite } from './support/suite';
import { until } from './support/until';
import { FRAME_TEXT_PER_MINUTE, MIN_TEXT_COST } from '../../utils/text-budget';

/**
 * The page is the attacker: everything a page's own script can do (dispatch events,
 * restyle the DOM, choose its URL, print text without end) must neither switch the
 * watcher off, nor turn the marker into a trap, nor skip site confirmation, nor make
 * the extension work without bound.
 */

const EXTENSION_NAME = 'SMTP Doctor';
const ERROR = 'SMTP Error (535): Authentication failed.';

/** Webmail pages with no error of their own (the tests print one), one per test. */
const QUIET = {
  handOver: 'https://mail.google.com/mail/u/1/',
  marker: 'https://mail.google.com/mail/u/2/',
  flood: 'https://mail.google.com/mail/u/3/',
  budget: 'https://mail.google.com/mail/u/4/',
};
/** The same quiet page with a form named "browser" whose field is named "runtime". */
const CLOBBERED = 'https://mail.google.com/mail/u/5/';
/** Roundcube, served under its path. */
const ROUNDCUBE = 'https://mail.example.net/roundcube/?_task=mail&_mbox=INBOX';
/** A blog on a host no pattern names, quoting a send error, with "webmail" in its title. */
const ARTICLE = {
  fragment: 'https://evil.example/article#x:8443/',
  query: 'https://evil.example/login?next=http://x:2083/',
};

let suite: ExtensionSuite;
let browser: ExtensionBrowser;

interface ContentStats {
  count: number;
  findings: number;
  sent: number;
  answered: number;
  busy: boolean;
}

const contentStats = (page: Page) =>
  evaluateInContentScript<ContentStats | null>(
    browser.context,
    page,
    EXTENSION_NAME,
    `(() => {
      const s = globalThis.__smtpDoctorStats;
      return s ? { count: s.count, findings: s.findings, sent: s.sent, answered: s.answered, busy: s.busy } : null;
    })()`,
  );

const badgeIs = (tabId: number, text: string, timeoutMs?: number) =>
  until(
    () => browser.badgeText(tabId),
    (t) => t === text,
    timeoutMs,
  );

/** Print a block of text at the end of the page, from the page's own script. */
const print = (page: Page, text: string) =>
  page.evaluate((t) => {
    const p = document.createElement('p');
    p.textContent = t;
    document.body.append(p);
  }, text);

/** Explanation windows opened for a tab: toolbar popups, or popup.html?tabId=N in a tab. */
async function explanationsOpened(tabId: number): Promise<number> {
  const worker = await browser.worker();
  const popups = await worker.evaluate(async () => {
    const runtime = (
      globalThis as unknown as {
        chrome: { runtime: { getContexts(f: object): Promise<unknown[]> } };
      }
    ).chrome.runtime;
    return (await runtime.getContexts({ contextTypes: ['POPUP'] })).length;
  });
  const tabs = browser.context.pages().filter((p) => p.url().includes(`popup.html?tabId=${tabId}`));
  return popups + tabs.length;
}

beforeAll(async () => {
  suite = await openExtensionSuite([
    ...Object.values(QUIET).map((url) => ({ url, file: 'gmail-discussion.html' })),
    { url: CLOBBERED, file: 'gmail-clobbered.html' },
    { url: ROUNDCUBE, file: 'roundcube-inbox.html' },
    { url: 'https://evil.example/article', file: 'hostile-article.html' },
    { url: 'https://evil.example/login', file: 'hostile-article.html' },
  ]);
  ({ browser } = suite);
});

afterAll(() => suite?.close());

describe('a page cannot switch the watcher off', () => {
  it("ignores WXT's content-script-started event dispatched by the page", async () => {
    const { page, tabId } = await browser.openTab(QUIET.handOver);
    await until(
      () => contentStats(page),
      (s) => (s?.count ?? 0) > 0,
    );
    // The event WXT's copies hand over with, named after the (public) extension id,
    // both as a DOM event and as a window message.
    await page.evaluate((id) => {
      const type = `${id}:content:wxt:content-script-started`;
      const detail = { contentScriptName: 'content', messageId: 'from-the-page' };
      document.dispatchEvent(new CustomEvent(type, { detail }));
      window.postMessage({ type, ...detail }, '*');
    }, browser.extensionId);
    await print(page, ERROR);
    await badgeIs(tabId, '1');
    expect((await browser.findings(tabId)).map((f) => f.category)).toEqual([classify(ERROR).category]);
    expect(await page.locator(MARKER).count()).toBe(1);
    await page.close();
  });
});

describe('a page cannot stand in for the extension API', () => {
  it('finds the error on a page whose form is named "browser" with a field named "runtime"', async () => {
    const { page, tabId } = await browser.openTab(CLOBBERED);
    // The form is what the content script sees as `globalThis.browser` in its world.
    expect(
      await evaluateInContentScript<string>(
        browser.context,
        page,
        EXTENSION_NAME,
        'String(globalThis.browser?.runtime?.id)',
      ),
    ).toBe('clobbered');
    await print(page, ERROR);
    await badgeIs(tabId, '1');
    expect((await browser.findings(tabId)).map((f) => f.category)).toEqual([classify(ERROR).category]);
    await page.close();
  });
});

describe('single-page navigation, without WXT’s context', () => {
  it('stops the watch when the app moves to an address no pattern matches, and starts it again on return', async () => {
    const { page, tabId } = await browser.openTab(ROUNDCUBE);
    await print(page, ERROR);
    await badgeIs(tabId, '1');
    const markers = (n: number) =>
      until(
        () => page.locator(MARKER).count(),
        (count) => count === n,
      );
    await markers(1);
    await page.evaluate(() => history.pushState(null, '', '/calendar/'));
    await markers(0);
    await page.evaluate(() => history.pushState(null, '', '/roundcube/?_task=mail'));
    await markers(1);
    await page.close();
  });
});

describe('a page cannot hijack the marker', () => {
  it('keeps the button in a closed shadow root and ignores clicks when it is not its own size and place', async () => {
    const { page, tabId } = await browser.openTab(QUIET.marker);
    await print(page, ERROR);
    await badgeIs(tabId, '1');
    expect(await page.locator(MARKER).count()).toBe(1);

    // The page's script: make the marker a transparent overlay over the whole viewport
    // (through the shadow root if it can reach it, else by scaling the host), and count
    // the clicks its own handler receives.
    const reachable = await page.evaluate((tag) => {
      const host = document.querySelector<HTMLElement>(tag)!;
      Object.assign(window, { ownStyle: host.getAttribute('style') });
      const button = host.shadowRoot?.querySelector('button');
      if (button)
        button.style.cssText =
          'position:fixed;left:0;top:0;width:100vw;height:100vh;opacity:0;pointer-events:auto';
      host.style.cssText =
        'position:fixed;left:0;top:0;transform:scale(80);transform-origin:0 0;z-index:2147483647';
      Object.assign(window, { pageClicks: 0 });
      document.addEventListener('click', (event) => {
        if (!event.defaultPrevented) (window as unknown as { pageClicks: number }).pageClicks++;
      });
      return host.shadowRoot !== null;
    }, MARKER);

    // A click on blank page area, far from the error: the page's, not the extension's.
    await page.mouse.click(700, 600);
    expect(await page.evaluate(() => (window as unknown as { pageClicks: number }).pageClicks)).toBe(1);
    expect(await explanationsOpened(tabId)).toBe(0);
    // The button was out of the page's reach all along.
    expect(reachable).toBe(false);
    expect((await markerButtons(browser.context, page)).map((b) => b.rootMode)).toEqual(['closed']);

    // Back in its own place, on a page that zooms its own content a little (CSS zoom),
    // the marker still opens the explanation.
    await page.evaluate((tag) => {
      const host = document.querySelector<HTMLElement>(tag)!;
      host.setAttribute('style', (window as unknown as { ownStyle: string }).ownStyle);
      document.body.style.zoom = '1.25';
    }, MARKER);
    await clickMarker(page);
    await until(
      () => explanationsOpened(tabId),
      (n) => n > 0,
    );
    await page.close();
  });
});

describe('a URL cannot skip site confirmation', () => {
  const injectedButIdle = async (url: string) => {
    const { page, tabId } = await browser.openTab(url);
    // The port entry's glob sees the whole URL, so the script is injected …
    await until(
      () => evaluateInContentScript(browser.context, page, EXTENSION_NAME, '1'),
      (v) => v === 1,
    );
    // … and, on a page that is no panel by its real origin and path, does no work.
    expect(await contentStats(page)).toBeNull();
    expect(await page.locator(MARKER).count()).toBe(0);
    expect(await browser.badgeText(tabId)).toBe('');
    await page.close();
  };

  it('a port in the fragment (#x:8443/) is no panel port', () => injectedButIdle(ARTICLE.fragment));

  it('a port in the query (?next=http://x:2083/) is no panel port', () => injectedButIdle(ARTICLE.query));
});

describe('a page cannot make the extension work without bound', () => {
  it('10,000 distinct errors: the frame stops at the findings cap, the worker classifies a bounded number', async () => {
    const worker = await browser.worker();
    // The worker's longest stall while it serves the page: a 10 ms heartbeat's worst lateness.
    await worker.evaluate(() => {
      const lag = { worst: 0 };
      let last = performance.now();
      setInterval(() => {
        const now = performance.now();
        lag.worst = Math.max(lag.worst, now - last - 10);
        last = now;
      }, 10);
      Object.assign(globalThis, { e2eLag: lag });
    });
    const counts = () =>
      worker.evaluate(() => {
        const g = globalThis as unknown as {
          __smtpDoctorBackground: {
            classifyCounts: { messages: number; texts: number; totalMs: number; worstMs: number };
          };
          e2eLag: { worst: number };
        };
        return { ...g.__smtpDoctorBackground.classifyCounts, worstStallMs: g.e2eLag.worst };
      });

    const { page, tabId } = await browser.openTab(QUIET.flood);
    await until(
      () => contentStats(page),
      (s) => (s?.count ?? 0) > 0,
    );
    const before = await counts();
    const line = (i: number) =>
      `550 5.1.1 <user${i}@example.org>: Recipient address rejected: User unknown in virtual mailbox table`;
    expect(classify(line(1)).match).toBe(true);
    await page.evaluate((n) => {
      const box = document.createElement('div');
      for (let i = 0; i < n; i++) {
        const row = document.createElement('div');
        row.textContent = `550 5.1.1 <user${i}@example.org>: Recipient address rejected: User unknown in virtual mailbox table`;
        box.append(row);
      }
      document.body.append(box);
    }, 10_000);

    // Done: the whole page scanned, every text handed on answered.
    const stats = await until(
      () => contentStats(page),
      (s) => s !== null && s.findings >= 50 && !s.busy && s.sent === s.answered,
      120_000,
    );
    const after = await counts();
    const classified = after.texts - before.texts;
    const messages = after.messages - before.messages;
    console.log(
      `10,000 distinct errors: ${classified} classifications in ${messages} messages, ` +
        `frame sent ${stats!.sent} texts, worst worker stall ${after.worstStallMs.toFixed(1)} ms, ` +
        `classifying took ${(after.totalMs - before.totalMs).toFixed(1)} ms (worst message ${after.worstMs.toFixed(1)} ms)`,
    );
    expect(await browser.badgeText(tabId)).toBe('50');
    expect(await page.locator(MARKER).count()).toBe(50);
    // Past the findings cap the frame sends nothing new: every message but the last
    // brings at least one new finding, and the last at most one batch.
    expect(stats!.sent).toBeLessThanOrEqual(50 + 32);
    expect(messages).toBeLessThanOrEqual(50);
    expect(classified).toBeLessThanOrEqual(stats!.sent);
    await page.close();
  }, 180_000);

  it('10,000 distinct lines that only look like errors: the frame hands on a text budget per minute', async () => {
    const worker = await browser.worker();
    const classified = () =>
      worker.evaluate(
        () =>
          (globalThis as unknown as { __smtpDoctorBackground: { classifyCounts: { texts: number } } })
            .__smtpDoctorBackground.classifyCounts.texts,
      );
    const { page, tabId } = await browser.openTab(QUIET.budget);
    const started = await until(
      () => contentStats(page),
      (s) => (s?.count ?? 0) > 0,
    );
    const before = await classified();
    const line = (i: number) =>
      `SMTP relay note ${i}: the queue to smtp.example.org is flowing normally today`;
    expect(classify(line(1)).match).toBe(false);
    const t0 = Date.now();
    await page.evaluate((n) => {
      const box = document.createElement('div');
      for (let i = 0; i < n; i++) {
        const row = document.createElement('div');
        row.textContent = `SMTP relay note ${i}: the queue to smtp.example.org is flowing normally today`;
        box.append(row);
      }
      document.body.append(box);
    }, 10_000);
    // Done: a flush after the rows came, the whole page scanned, nothing in flight.
    const stats = await until(
      () => contentStats(page),
      (s) => s !== null && s.count > started!.count && !s.busy && s.sent === s.answered,
      120_000,
    );
    const minutes = (Date.now() - t0) / 60_000;
    const count = (await classified()) - before;
    console.log(
      `10,000 distinct non-errors: ${count} classifications, frame sent ${stats!.sent} texts ` +
        `in ${(minutes * 60).toFixed(1)} s`,
    );
    // The budget, and what it refilled while the page was scanned.
    const budget = Math.ceil((FRAME_TEXT_PER_MINUTE / MIN_TEXT_COST) * (1 + minutes));
    expect(stats!.sent).toBeLessThanOrEqual(budget);
    expect(count).toBeLessThanOrEqual(stats!.sent);
    expect(await browser.badgeText(tabId)).toBe('');
    await page.close();
  }, 180_000);
});
