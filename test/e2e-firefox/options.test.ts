import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixSettingsFromProvider } from '../../lib/fix/index';
import { getProvider } from '../../lib/providers/index';
import { classify } from '../../lib/rules/index';
import { SITES, WATCHED_HOST, WATCHED_ORIGINS, WATCHED_SITE } from '../e2e/support/sites';
import { until } from '../e2e/support/until';
import { BUILT_IN_ORIGINS } from '../../utils/site-patterns';
import { openFirefoxSuite, type FirefoxSuite } from './support/firefox';
import { markerCount } from './support/pages';

/**
 * The options page in Firefox: the provider saved there is the one the popup's
 * guided fix walks through, and a site added there is watched.
 *
 * What this cannot cover: Firefox's permission prompt is browser UI (a doorhanger)
 * that nobody can answer in a headless browser. The profile sets
 * `extensions.webextOptionalPermissionPrompts` to false, which makes Firefox grant an
 * optional permission where it would have shown the prompt. (Today the manifest's
 * panel-port entry (all hosts, narrowed by include_globs) already counts as access to
 * every host in Firefox, so the request is granted without a prompt anyway.)
 * Everything else is real: the click (a trusted input event, which Firefox requires
 * for permissions.request), the request, scripting.registerContentScripts, the
 * watcher injected on the site, the badge, the popup and the removal.
 */

let ff: FirefoxSuite;

/** In extension pages (evaluated there). */
declare const browser: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
  permissions: {
    contains(p: { origins: string[] }): Promise<boolean>;
    remove(p: { origins: string[] }): Promise<boolean>;
  };
  scripting: {
    getRegisteredContentScripts(): Promise<Array<{ id: string; matches?: string[]; js?: string[] }>>;
  };
};

beforeAll(async () => {
  ff = await openFirefoxSuite([...Object.values(SITES), WATCHED_SITE], {
    prefs: { 'extensions.webextOptionalPermissionPrompts': false },
  });
});

afterAll(() => ff?.close());

async function openOptions(): Promise<Page> {
  const page = await ff.openExtensionPage('options.html');
  await page.waitForSelector('::-p-text(SMTP Doctor settings)');
  return page;
}

async function storedProviderId(): Promise<string | null> {
  const helper = await ff.extensionPage();
  return helper.evaluate(async () => {
    const { settings } = (await browser.storage.local.get('settings')) as {
      settings?: { provider?: { id?: string | null } };
    };
    return settings?.provider?.id ?? null;
  });
}

describe('provider chosen in the options page (Firefox)', () => {
  it("is saved, and is the one the popup's walkthrough gives the host and port of", async () => {
    const { page, tabId } = await ff.openTab(SITES.pleskMailSettings.url);
    await until(
      () => ff.badgeText(tabId),
      (text) => text === '1',
    );
    const options = await openOptions();
    for (const id of ['fastmail', 'sendgrid']) {
      const record = getProvider(id)!;
      const expected = fixSettingsFromProvider(record);
      await options.locator('input[type="search"]').fill(record.name);
      await options.click(`input[type="radio"][value="${id}"]`);
      await until(storedProviderId, (stored) => stored === id);

      const popup = await ff.openExtensionPage(`popup.html?tabId=${tabId}`);
      await popup.waitForSelector(`.guided-fix[data-provider="${id}"] .walkthrough`, { timeout: 10_000 });
      const values = await popup.$$eval('.walkthrough .copy-values dd code', (codes) =>
        codes.map((c) => c.textContent ?? ''),
      );
      expect(values).toContain(expected.host);
      expect(values).toContain(String(expected.port));
      await popup.close();
    }
    await options.close();
    await page.close();
  });
});

describe('extra sites to watch (Firefox)', () => {
  it('after the permission is granted the site is watched; removing it stops that', async () => {
    const helper = await ff.extensionPage();
    const hasAccess = () =>
      helper.evaluate((origins) => browser.permissions.contains({ origins }), WATCHED_ORIGINS);
    const registered = () => helper.evaluate(() => browser.scripting.getRegisteredContentScripts());
    // Nothing registered before: only the manifest's scripts, none of which matches this page.
    expect(await registered()).toEqual([]);

    const options = await openOptions();
    await options.locator('input[placeholder^="panel.example.org"]').fill(WATCHED_HOST);
    await options.click('button[type="submit"]::-p-text(Add site)');
    await options.waitForSelector(`::-p-text(Watching ${WATCHED_HOST}.)`);
    expect(await hasAccess()).toBe(true);
    const [script, ...others] = await registered();
    expect(others).toEqual([]);
    expect(script?.matches?.toSorted()).toEqual(WATCHED_ORIGINS.toSorted());
    expect(script?.js).toEqual(['user-site.js', 'content-scripts/content.js']);

    const { page, tabId } = await ff.openTab(WATCHED_SITE.url);
    await until(
      () => ff.badgeText(tabId),
      (text) => text === '1',
    );
    expect(await markerCount(page)).toBe(1);
    const log = classify(await page.$eval('#log', (el) => el.textContent ?? ''));
    expect(log.match).toBe(true);
    expect((await ff.findings(tabId)).map((f) => f.category)).toEqual([log.category]);

    await options.click(`button[aria-label="Stop watching ${WATCHED_HOST}"]`);
    await options.waitForSelector(`::-p-text(Stopped watching ${WATCHED_HOST})`);
    expect(await registered()).toEqual([]);
    await page.close();
    await options.close();
  });
});

describe('built-in site access withdrawn (Firefox lets the user take it back)', () => {
  it('the options page says so and asks for it again; the sites are watched once it is back', async () => {
    const helper = await ff.extensionPage();
    const origins = [...BUILT_IN_ORIGINS];
    // What about:addons → Permissions does when the person turns the site access off.
    expect(await helper.evaluate((o) => browser.permissions.remove({ origins: o }), origins)).toBe(true);
    expect(await helper.evaluate((o) => browser.permissions.contains({ origins: o }), origins)).toBe(false);

    const options = await openOptions();
    const allow = await options.waitForSelector('button::-p-text(Allow access to these sites)');
    await allow!.click();
    await options.waitForSelector('button::-p-text(Allow access to these sites)', { hidden: true });
    expect(await helper.evaluate((o) => browser.permissions.contains({ origins: o }), origins)).toBe(true);

    // Gmail is watched again.
    const { page, tabId } = await ff.openTab(SITES.gmailBounce.url);
    // The message opens when the reader clicks it in the list (drawn after load).
    await page.waitForSelector('#bounce-row');
    await page.click('#bounce-row');
    await until(
      () => ff.badgeText(tabId),
      (text) => text === '1',
    );
    expect(await markerCount(page)).toBe(1);
    await page.close();
    await options.close();
  });
});
