import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getProvider } from '../../lib/providers/index';
import { classify } from '../../lib/rules/index';
import type { ExtensionBrowser } from './support/browser';
import type { Site } from './support/sites';
import { openExtensionSuite, type ExtensionSuite } from './support/suite';
import { until } from './support/until';
import { storeProviderChoice } from './support/settings';

/**
 * A page on mail.google.com prints a fake send error naming a server of its choosing.
 * The popup's "Check the login" must not offer to send the password there: its host is
 * the provider set up in the options page, or what the user types, with a warning for
 * any other server.
 */

const PLANTED_HOST = 'smtp.mail-secure-relay.com';
const PLANTED: Site = {
  url: 'https://mail.google.com/mail/u/0/#inbox/planted',
  file: 'gmail-planted-login-error.html',
  errors: [`535 5.7.8 Username and Password not accepted by ${PLANTED_HOST}:465`],
};

let suite: ExtensionSuite;
let browser: ExtensionBrowser;

beforeAll(async () => {
  suite = await openExtensionSuite([PLANTED]);
  ({ browser } = suite);
});

afterAll(() => suite?.close());

function chooseProvider(id: string | null, address: string): Promise<void> {
  return storeProviderChoice(browser, id, address);
}

/** The popup for the tab, with the card's login check opened. */
async function openLoginCheck(tabId: number): Promise<{ popup: Page; form: ReturnType<Page['locator']> }> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 420, height: 720 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  const card = popup.locator('[data-category="auth-failed"]');
  await card.waitFor({ timeout: 10_000 });
  // The checks are folded below the answer: open them, then the login check.
  await card.locator('.confirm-section > summary').click();
  await card.locator('.login-check > summary').click();
  const form = card.locator('.login-form');
  await form.waitFor();
  return { popup, form };
}

describe('"Check the login" on a page that names its own server', () => {
  it('the planted text is a finding that names that server', () => {
    const found = classify(PLANTED.errors[0]!);
    expect(found.category).toBe('auth-failed');
    expect(found.extracted.host).toBe(PLANTED_HOST);
  });

  it('with no provider chosen: an empty host and a request to check the server', async () => {
    await chooseProvider(null, 'ana@gmail.com');
    const { page, tabId } = await browser.openTab(PLANTED.url);
    await until(
      () => browser.badgeText(tabId),
      (text) => text === '1',
    );
    const { popup, form } = await openLoginCheck(tabId);
    expect(await form.getByLabel('SMTP host', { exact: true }).inputValue()).toBe('');
    await form.locator('[data-warning="no-provider"]').waitFor();
    expect(await form.textContent()).not.toContain(PLANTED_HOST);
    await popup.close();
    await page.close();
  });

  it("with Gmail chosen: Gmail's server, said before the button; a warning once another is typed", async () => {
    await chooseProvider('gmail', 'ana@gmail.com');
    const gmail = getProvider('gmail')!.submission[0]!;
    const { page, tabId } = await browser.openTab(PLANTED.url);
    await until(
      () => browser.badgeText(tabId),
      (text) => text === '1',
    );
    const { popup, form } = await openLoginCheck(tabId);
    const host = form.getByLabel('SMTP host', { exact: true });
    expect(await host.inputValue()).toBe(gmail.host);
    expect(await form.getByLabel('Port', { exact: true }).inputValue()).toBe(String(gmail.port));
    const destination = form.locator('.login-destination');
    expect(await destination.textContent()).toContain(
      `Your password will be sent to ${gmail.host}:${gmail.port}`,
    );
    expect(await destination.locator('.notice-warn').count()).toBe(0);
    // The statement comes before the button in the form.
    const order = await form.evaluate((el) => {
      const said = el.querySelector('.login-destination')!;
      const button = el.querySelector('button[type="submit"]')!;
      return Boolean(said.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(order).toBe(true);

    await host.fill(PLANTED_HOST);
    const warning = destination.locator('[data-warning="not-provider"]');
    await warning.waitFor();
    expect(await warning.isVisible()).toBe(true);
    expect(await warning.textContent()).toContain(`${PLANTED_HOST} is not a server of Gmail`);
    expect(await destination.textContent()).toContain(`Your password will be sent to ${PLANTED_HOST}:`);
    await popup.close();
    await page.close();
  });
});
