import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classify } from '../../lib/rules/index';
import { SITES, type Site } from '../e2e/support/sites';
import { until } from '../e2e/support/until';
import { openFirefoxSuite, type FirefoxSuite } from './support/firefox';
import { explainSelection, MARKER, markerCount, popupCategories } from './support/pages';

/**
 * The built Firefox extension in Firefox ESR, on the paths a Firefox user takes:
 * a webmail page with a send error (found, marked once, counted on the badge), the
 * popup for that tab, and "Explain this email error" on selected text. Pages load
 * under the products' real URLs through the loopback proxy.
 */

let ff: FirefoxSuite;

const badgeIs = (tabId: number, text: string) =>
  until(
    () => ff.badgeText(tabId),
    (t) => t === text,
  );

const expectedCategories = (site: Site) =>
  site.errors.map((text) => {
    const verdict = classify(text);
    expect(verdict.match, `the classifier should recognise: ${text}`).toBe(true);
    return verdict.category;
  });

beforeAll(async () => {
  ff = await openFirefoxSuite(Object.values(SITES));
});

afterAll(() => ff?.close());

describe('Gmail in Firefox', () => {
  it('finds the bounce the app renders when the message is opened, marks it once, counts it, and the popup shows it', async () => {
    const site = SITES.gmailBounce;
    const { page, tabId } = await ff.openTab(site.url);
    // The message opens when the reader clicks it in the list (drawn after load).
    await page.waitForSelector('#bounce-row');
    await page.click('#bounce-row');
    await badgeIs(tabId, '1');
    const [finding, ...rest] = await ff.findings(tabId);
    expect(rest).toEqual([]);
    expect(finding?.category).toBe(expectedCategories(site)[0]);
    expect(finding?.excerpt).toContain('550 5.1.1 The email account that you tried to reach does not exist.');
    expect(await markerCount(page)).toBe(1);
    const marked = await page.$eval(MARKER, (host) => host.parentElement?.textContent ?? '');
    expect(marked).toContain('550 5.1.1');
    // The marker's button lives in a closed shadow root: the page (and so this script,
    // which runs as the page) cannot reach it. The Chromium tests read its label over CDP.
    expect(await page.$eval(MARKER, (host) => host.shadowRoot === null)).toBe(true);

    expect(await popupCategories(ff, tabId)).toEqual(expectedCategories(site));
    await page.close();
  });

  it('stays silent on a message that only discusses SMTP, then counts a bounce added to it', async () => {
    // The discussion is in the document from the start; a bounce the app adds later
    // is the state to wait for. Every scan of the page sees the discussion: if it
    // were taken for an error, it would be among the findings.
    const { page, tabId } = await ff.openTab(SITES.gmailDiscussion.url);
    const bounce = SITES.gmailBounce.errors[0]!;
    await page.evaluate((text) => {
      const paragraph = document.createElement('p');
      paragraph.textContent = text;
      document.querySelector('.a3s')!.append(paragraph);
    }, bounce);
    await badgeIs(tabId, '1');
    const findings = await ff.findings(tabId);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.excerpt).toContain('550 5.1.1');
    expect(await markerCount(page)).toBe(1);
    await page.close();
  });
});

describe('Roundcube in Firefox', () => {
  it('keeps a transient toast as one finding, shows it in the popup, and clears on navigation', async () => {
    const site = SITES.roundcubeCompose;
    const [connect] = expectedCategories(site);
    const { page, tabId } = await ff.openTab(site.url);

    await page.click('#send');
    await badgeIs(tabId, '1');
    expect(await markerCount(page)).toBe(1);

    // The toast hides itself: the marker goes, the finding and badge stay.
    await page.waitForSelector('#messagestack .alert', { hidden: true, timeout: 10_000 });
    await until(
      () => markerCount(page),
      (n) => n === 0,
    );
    expect(await ff.badgeText(tabId)).toBe('1');
    expect((await ff.findings(tabId)).map((f) => f.category)).toEqual([connect]);

    // The same error again: still one finding, one marker.
    await page.click('#send');
    await page.waitForSelector('#messagestack .alert');
    await until(
      () => markerCount(page),
      (n) => n === 1,
    );
    expect(await ff.findings(tabId)).toHaveLength(1);
    expect(await popupCategories(ff, tabId)).toEqual([connect]);

    // Another document in the tab: the findings and the badge go.
    await page.goto(SITES.blogArticle.url);
    await badgeIs(tabId, '');
    expect(await ff.findings(tabId)).toEqual([]);
    await page.close();
  });
});

describe('context menu "Explain this email error" in Firefox', () => {
  const explained = async (tabId: number) => {
    const helper = await ff.extensionPage();
    return helper.evaluate(async (id) => {
      const key = `explain:${id}`;
      const stored = await (
        globalThis as unknown as {
          browser: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } };
        }
      ).browser.storage.session.get(key);
      return stored[key] as
        { text: string; classification: { match: boolean; category: string | null } } | undefined;
    }, tabId);
  };

  /**
   * The cards of the explanation the handler opened: Firefox's toolbar popup (an
   * extension view, read through extension.getViews) or, where openPopup is refused,
   * popup.html?tabId=N&explain=1 in a tab.
   */
  const openedExplanationCategories = async (tabId: number) => {
    const helper = await ff.extensionPage();
    return helper.evaluate((id) => {
      const ext = (
        globalThis as unknown as {
          browser: { extension: { getViews(f: object): Window[] } };
        }
      ).browser.extension;
      const views = [
        ...ext.getViews({ type: 'popup' }),
        ...ext.getViews({ type: 'tab' }).filter((w) => w.location.search.includes(`tabId=${id}&explain=1`)),
      ];
      return views.flatMap((w) =>
        [...w.document.querySelectorAll('[data-category]')].map((el) => el.getAttribute('data-category')),
      );
    }, tabId);
  };

  it('classifies a selection on any page, opens the explanation, and the popup shows the card', async () => {
    const { page, tabId } = await ff.openTab(SITES.forumThread.url);
    const selected = await explainSelection(ff, page, tabId, '#log');
    const item = await until(
      () => explained(tabId),
      (v) => v !== undefined,
    );
    expect(item?.text).toBe(selected);
    const category = classify(selected).category;
    expect(category).not.toBeNull();
    expect(item?.classification).toMatchObject({ match: true, category });
    // The handler opened the explanation, and it shows the card.
    await until(
      () => openedExplanationCategories(tabId),
      (categories) => categories.includes(category),
    );
    expect(await popupCategories(ff, tabId, '&explain=1')).toContain(category);
    await page.close();
  });

  it('says when the selection is no send error', async () => {
    const { page, tabId } = await ff.openTab(SITES.forumThread.url);
    await explainSelection(ff, page, tabId, '#chatter');
    const item = await until(
      () => explained(tabId),
      (v) => v !== undefined,
    );
    expect(item?.classification.match).toBe(false);
    const popup = await ff.openExtensionPage(`popup.html?tabId=${tabId}&explain=1`);
    await popup.waitForSelector('::-p-text(does not look like an email send error)', { timeout: 10_000 });
    await popup.close();
    await page.close();
  });
});
