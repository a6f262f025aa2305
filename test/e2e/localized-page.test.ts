import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './support/browser';
import { evaluateInContentScript } from './support/isolated-world';
import { MARKER } from './support/marker';
import { openExtensionSuite, type ExtensionSuite } from './support/suite';
import { until } from './support/until';

/**
 * A Roundcube page in German (`<html lang="de">`): the content script offers text the
 * English prefilter misses to the localized gate too, and the background reads the
 * German toast in English before the rule table. The finding keeps the German text.
 */

const EXTENSION_NAME = 'SMTP Doctor';
const COMPOSE = {
  url: 'https://webmail.example.de/?_task=mail&_action=compose',
  file: 'roundcube-compose-de.html',
};
const INBOX = {
  url: 'https://post.example.de/roundcube/?_task=mail&_mbox=INBOX',
  file: 'roundcube-inbox-de.html',
};

/** Roundcube's own German toasts, as the fixture of its translations holds them. */
const toast = (scenario: string): { text: string; english: string } => {
  const rows = readFileSync(
    new URL('../fixtures/webmail/roundcube-localized/toasts.jsonl', import.meta.url),
    'utf8',
  )
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { lang: string; scenario: string; text: string; english: string });
  const row = rows.find((r) => r.lang === 'de' && r.scenario === scenario);
  if (!row) throw new Error(`no German toast for ${scenario}`);
  return row;
};
const CONNECT = toast('connect-timeout');
const SENDING_FAILED = toast('sending-failed');

let suite: ExtensionSuite;
let browser: ExtensionBrowser;

beforeAll(async () => {
  suite = await openExtensionSuite([COMPOSE, INBOX]);
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

/** The popup for a tab: the categories of its cards, and its text (folded parts too). */
async function popupOf(tabId: number): Promise<{ categories: string[]; text: string }> {
  const popup = await browser.context.newPage();
  try {
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.locator('[data-category]').first().waitFor({ timeout: 10_000 });
    const categories = await popup
      .locator('[data-category]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-category') ?? ''));
    return { categories, text: (await popup.locator('body').textContent()) ?? '' };
  } finally {
    await popup.close();
  }
}

const watcherStats = (page: Page) =>
  evaluateInContentScript<{
    count: number;
    sent: number;
    answered: number;
    busy: boolean;
    findings: number;
  } | null>(
    browser.context,
    page,
    EXTENSION_NAME,
    'globalThis.__smtpDoctorStats ? { count: __smtpDoctorStats.count, sent: __smtpDoctorStats.sent, answered: __smtpDoctorStats.answered, busy: __smtpDoctorStats.busy, findings: __smtpDoctorStats.findings } : null',
  );

describe('a German Roundcube page', () => {
  it('finds the German connect error, marks it and shows its category in the popup', async () => {
    const { page, tabId } = await browser.openTab(COMPOSE.url);
    await page.click('#send');
    await page.getByText(CONNECT.text).waitFor();
    await badgeIs(tabId, '1');
    await markersAre(page, 1);
    const findings = await browser.findings(tabId);
    // Its German text, and the cause Roundcube's English toast gets.
    expect(findings.map((f) => [f.category, f.excerpt])).toEqual([['port-blocked', CONNECT.text]]);
    const popup = await popupOf(tabId);
    expect(popup.categories).toEqual(['port-blocked']);
    // The card quotes the page's own German text.
    expect(popup.text).toContain(CONNECT.text);
    await page.close();
  });

  it('finds a toast only the localized gate lets through', async () => {
    const { page, tabId } = await browser.openTab(COMPOSE.url);
    await page.click('#send-other');
    await page.getByText(SENDING_FAILED.text).waitFor();
    await badgeIs(tabId, '1');
    await markersAre(page, 1);
    expect((await browser.findings(tabId)).map((f) => f.excerpt)).toEqual([SENDING_FAILED.text]);
    await page.close();
  });

  it('flags nothing in a German inbox of everyday mail', async () => {
    const { page, tabId } = await browser.openTab(INBOX.url);
    // The watcher has scanned the page, sent what its gates let through, and had it answered.
    const scanned = await until(
      () => watcherStats(page),
      (s) => s !== null && s.count > 0 && !s.busy && s.sent > 0 && s.answered === s.sent,
    );
    // "… SMTP-Relay …" passes the English prefilter; the background calls it no error. (The
    // German everyday text, "Die Wartezeit am Umsteigebahnhof …", passes no gate.)
    expect(scanned?.findings).toBe(0);
    expect(await browser.findings(tabId)).toEqual([]);
    // A German toast shown now is found: the page's own text gave nothing.
    await page.evaluate((text) => {
      const added = document.createElement('div');
      added.className = 'ui alert alert-danger error';
      added.textContent = text;
      document.getElementById('messagestack')!.append(added);
    }, CONNECT.text);
    await badgeIs(tabId, '1');
    await markersAre(page, 1);
    expect((await browser.findings(tabId)).map((f) => f.excerpt)).toEqual([CONNECT.text]);
    const stats = await watcherStats(page);
    expect(stats?.findings).toBe(1);
    await page.close();
  });
});
