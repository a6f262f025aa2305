import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixSettingsFromProvider } from '../../lib/fix/index';
import { getProvider } from '../../lib/providers/index';
import { classify } from '../../lib/rules/index';
import type { ExtensionBrowser } from './support/browser';
import { evaluateInContentScript, pastDocumentIdle } from './support/isolated-world';
import { SITES, WATCHED_HOST, WATCHED_ORIGINS, WATCHED_SITE } from './support/sites';
import { openExtensionSuite, type ExtensionSuite } from './support/suite';
import { until } from './support/until';

/**
 * The options page drives the rest of the extension, in real Chromium:
 * the provider chosen there is the one the popup's guided fix walks through, and a
 * site added there is watched (and stops being watched when removed).
 *
 * What this cannot cover: Chromium's permission prompt is native browser UI that a
 * headless browser cannot show to anyone, so nobody can click "Allow". The profile is
 * prepared as Chromium leaves it after a person granted the origin once and the
 * extension gave it back (launchWithExtension's `grantedOrigins`): Chromium then
 * grants the options page's permissions.request without a prompt. From that call on
 * everything is real: the request, scripting.registerContentScripts, the injected
 * watcher finding the error, the badge, the popup, and the removal. For a site never
 * granted, the test checks that the request is made within the click (Chromium then
 * waits for its prompt instead of refusing) and that nothing is registered meanwhile.
 */

const EXTENSION_NAME = 'SMTP Doctor';

let suite: ExtensionSuite;
let browser: ExtensionBrowser;

declare const chrome: {
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  scripting: {
    getRegisteredContentScripts(): Promise<Array<{ id: string; matches?: string[]; js?: string[] }>>;
  };
};

beforeAll(async () => {
  suite = await openExtensionSuite([...Object.values(SITES), WATCHED_SITE], {
    grantedOrigins: WATCHED_ORIGINS,
  });
  ({ browser } = suite);
});

afterAll(() => suite?.close());

async function openOptions(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.getByRole('heading', { name: 'SMTP Doctor settings' }).waitFor();
  return page;
}

async function chooseProvider(options: Page, name: string): Promise<void> {
  await options.getByLabel('Or choose from the list').fill(name);
  await options.getByRole('radio', { name }).check();
  await options.getByText('Saved', { exact: true }).waitFor();
}

/** The popup for a tab, once its guided fix (a lazy chunk) is on screen. */
async function popupFor(tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 420, height: 720 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  await popup.locator('.guided-fix').first().waitFor({ timeout: 10_000 });
  return popup;
}

/** The values the walkthrough offers to copy (Server, Port, …). */
const walkthroughValues = (popup: Page) =>
  popup
    .locator('.walkthrough .copy-values > div')
    .evaluateAll((rows) =>
      Object.fromEntries(
        rows.map((row) => [
          row.querySelector('dt')?.textContent ?? '',
          row.querySelector('dd code')?.textContent ?? '',
        ]),
      ),
    );

const runningWatcher = (page: Page) =>
  evaluateInContentScript<number | null>(
    browser.context,
    page,
    EXTENSION_NAME,
    'globalThis.__smtpDoctorStats ? __smtpDoctorStats.count : null',
  );

describe('provider chosen in the options page', () => {
  it("is the one the popup's walkthrough gives the host and port of", async () => {
    const site = SITES.pleskMailSettings;
    const { page, tabId } = await browser.openTab(site.url);
    await until(
      () => browser.badgeText(tabId),
      (text) => text === '1',
    );
    const options = await openOptions();

    for (const id of ['fastmail', 'sendgrid']) {
      const record = getProvider(id)!;
      const expected = fixSettingsFromProvider(record);
      await chooseProvider(options, record.name);

      const popup = await popupFor(tabId);
      const fix = popup.locator(`.guided-fix[data-provider="${id}"]`);
      await fix.locator('.walkthrough').waitFor();
      const values = await walkthroughValues(popup);
      expect(Object.values(values)).toContain(expected.host);
      expect(Object.values(values)).toContain(String(expected.port));
      expect(await fix.locator('.walkthrough').textContent()).toContain(record.name);
      await popup.close();
    }
    await options.close();
    await page.close();
  });
});

describe('extra sites to watch', () => {
  it('adding a site registers the watcher there; it finds the error; removing it stops it', async () => {
    // Before the site is added the extension is not on it at all.
    const before = await browser.context.newPage();
    await before.goto(WATCHED_SITE.url);
    const expected = classify((await before.locator('#log').textContent()) ?? '');
    await pastDocumentIdle(before);
    expect(await evaluateInContentScript(browser.context, before, EXTENSION_NAME, '1')).toBeNull();
    await before.close();
    expect(expected.match).toBe(true);

    const options = await openOptions();
    await options.getByLabel('Host name').fill(`https://${WATCHED_HOST}/app/`);
    await options.getByRole('button', { name: 'Add site' }).click();
    await options.getByText(`Watching ${WATCHED_HOST}.`).waitFor();
    await options.getByRole('list', { name: 'Watched sites' }).getByText(WATCHED_HOST).waitFor();

    const extensionPage = await browser.extensionPage();
    const registered = () => extensionPage.evaluate(() => chrome.scripting.getRegisteredContentScripts());
    const [script, ...others] = await registered();
    expect(others).toEqual([]);
    expect(script?.id).toBe(`watch-${WATCHED_HOST.replace(/\./g, '-')}`);
    expect(script?.matches?.toSorted()).toEqual(WATCHED_ORIGINS.toSorted());
    // The flag script first: the watcher there trusts the user's choice of site.
    expect(script?.js).toEqual(['user-site.js', 'content-scripts/content.js']);
    const hasAccess = () =>
      extensionPage.evaluate((origins) => chrome.permissions.contains({ origins }), WATCHED_ORIGINS);
    expect(await hasAccess()).toBe(true);

    // The page has no webmail or panel markers: as a site the user added, it is watched anyway.
    const { page, tabId } = await browser.openTab(WATCHED_SITE.url);
    await until(
      () => browser.badgeText(tabId),
      (text) => text === '1',
    );
    expect((await runningWatcher(page)) ?? 0).toBeGreaterThan(0);
    expect((await browser.findings(tabId)).map((f) => f.category)).toEqual([expected.category]);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.locator(`[data-category="${expected.category}"]`).waitFor({ timeout: 10_000 });
    await popup.close();

    // Remove it: the script is unregistered and the watcher no longer runs there.
    await options.getByRole('button', { name: `Stop watching ${WATCHED_HOST}` }).click();
    const message = options.getByText(`Stopped watching ${WATCHED_HOST}`);
    await message.waitFor();
    expect(await registered()).toEqual([]);
    // The open tab, reloaded: the old document's finding goes, and once Chromium is past
    // injecting scripts no watcher runs there (so nothing can be found) …
    await page.reload();
    await until(
      () => browser.badgeText(tabId),
      (text) => text === '',
    );
    await pastDocumentIdle(page);
    expect(await runningWatcher(page)).toBeNull();
    // … and a new tab on the site gets no script at all.
    const fresh = await browser.openTab(WATCHED_SITE.url);
    await pastDocumentIdle(fresh.page);
    expect(await evaluateInContentScript(browser.context, fresh.page, EXTENSION_NAME, '1')).toBeNull();
    expect(await browser.badgeText(fresh.tabId)).toBe('');
    await fresh.page.close();
    expect(await options.getByText('No extra sites.').count()).toBe(1);

    // What the page says about the site access matches what the browser did with it.
    const kept = await hasAccess();
    expect(await message.textContent()).toContain(
      kept ? 'The browser keeps the site access' : 'its access was given back',
    );
    await page.close();
    await options.close();
  });
});

describe('a site never granted before', () => {
  it('asks Chromium within the click (its prompt stays open: nobody can answer it here), and watches nothing until it is answered', async () => {
    const options = await openOptions();
    await options.getByLabel('Host name').fill('panel.example.com');
    await options.getByRole('button', { name: 'Add site' }).click();
    // A request outside a user gesture would fail at once with an error message; this one
    // waits for the person, so the page stays busy and registers nothing. Proof that a
    // refusal would be in by now: the browser answers this page's extension calls in
    // order, so once a later call is answered (and the page has had a task to show
    // what it heard), the request's answer would have come first.
    expect(
      await options.evaluate(() => chrome.permissions.contains({ origins: ['https://panel.example.com/*'] })),
    ).toBe(false);
    await options.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(await options.getByRole('button', { name: 'Add site' }).isDisabled()).toBe(true);
    expect(await options.locator('.notice-error').count()).toBe(0);
    const extensionPage = await browser.extensionPage();
    expect(await extensionPage.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
    await options.close();
  });
});
