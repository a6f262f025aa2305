import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './support/browser';
import { SITES } from './support/sites';
import { until } from './support/until';
import { openExtensionSuite, type ExtensionSuite } from './support/suite';
import { storeProviderChoice } from './support/settings';

/**
 * Answer first, in a 400×600 popup: the first card's next step is on the first screen
 * without scrolling, in light and dark, and the card says where the failure happened.
 */

const RESULTS = new URL('../../test-results/answer-first/', import.meta.url).pathname;
const POPUP = { width: 400, height: 600 };

const THUNDERBIRD =
  'Sending of the message failed.\nThe message could not be sent because the connection to Outgoing server (SMTP) smtp.example.com timed out. Try again.';
const GMAIL_535 =
  '535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials 41be03b00d2f7-5e3b2c4d5f6sm1234567a.12 - gsmtp';

let suite: ExtensionSuite;
let browser: ExtensionBrowser;

beforeAll(async () => {
  suite = await openExtensionSuite(Object.values(SITES));
  ({ browser } = suite);
});

afterAll(() => suite?.close());

/** Where the first card's next step sits, measured at the top of the page. */
async function nextStepBox(popup: Page) {
  const card = popup.locator('[data-category]').first();
  const next = card.locator('[data-next-step]');
  await next.waitFor({ timeout: 10_000 });
  return {
    vantage: await card.getAttribute('data-vantage'),
    category: await card.getAttribute('data-category'),
    text: (await next.textContent()) ?? '',
    box: await next.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, scrollY: window.scrollY, inner: window.innerHeight };
    }),
  };
}

/** Both colour schemes: the next step is fully on the first screen in each; screenshots for review. */
async function checkBothSchemes(popup: Page, name: string) {
  const results = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme });
    const found = await nextStepBox(popup);
    expect(found.box.scrollY).toBe(0);
    expect(found.box.inner).toBe(POPUP.height);
    expect(found.box.top).toBeGreaterThanOrEqual(0);
    expect(found.box.bottom).toBeLessThanOrEqual(POPUP.height);
    mkdirSync(RESULTS, { recursive: true });
    await popup.screenshot({ path: `${RESULTS}${name}-${colorScheme}.png` });
    results.push(found);
  }
  return results[0]!;
}

/**
 * The popup for a fixture page. `trigger` is what a user does for the error to show (press
 * Send, open the message); the error is a finding (the badge says 1) before the popup opens.
 */
async function popupForPage(
  url: string,
  trigger?: string | null,
): Promise<{ popup: Page; close: () => Promise<void> }> {
  const { page, tabId } = await browser.openTab(url);
  if (trigger !== null) {
    if (trigger) await page.click(trigger);
    await until(
      () => browser.badgeText(tabId),
      (text) => text === '1',
    );
  }
  const popup = await browser.context.newPage();
  await popup.setViewportSize(POPUP);
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  return {
    popup,
    async close() {
      await popup.close();
      await page.close();
    },
  };
}

async function pasted(text: string): Promise<{ popup: Page; close: () => Promise<void> }> {
  const opened = await popupForPage(SITES.forumThread.url, null);
  const { popup } = opened;
  await popup.getByText('No email send errors seen on this page.').waitFor();
  await popup.getByRole('textbox').fill(text);
  await popup.getByRole('button', { name: 'Explain' }).click();
  return opened;
}

function chooseProvider(id: string | null, address: string): Promise<void> {
  return storeProviderChoice(browser, id, address);
}

/** The first card with every fold open and every lazy section loaded: what a reader can reach. */
async function unfoldedCard(popup: Page) {
  const card = popup.locator('[data-category]').first();
  await card.locator('[data-next-step]').waitFor({ timeout: 10_000 });
  await until(
    () => popup.locator('.section-loading').count(),
    (n) => n === 0,
  );
  await card.evaluate((el) => el.querySelectorAll('details').forEach((d) => (d.open = true)));
  return {
    vantage: await card.getAttribute('data-vantage'),
    tabs: await card.getByRole('tab').allTextContents(),
    text: (await card.textContent()) ?? '',
  };
}

describe('answer first in a 400×600 popup', () => {
  it('Roundcube: the webmail server failed to connect; the next step is a message to its administrator', async () => {
    const { popup, close } = await popupForPage(SITES.roundcubeCompose.url, '#send');
    try {
      const first = await checkBothSchemes(popup, 'roundcube-connect');
      expect(first.category).toBe('port-blocked');
      expect(first.vantage).toBe('web-server');
      const card = popup.locator('[data-category]').first();
      expect(await card.locator('h2').textContent()).toBe(
        'The server behind this page could not reach its mail server',
      );
      expect(first.text).toContain('administrator');
      const copy = card.locator('[data-next-step] button');
      expect(await copy.textContent()).toBe('Copy message');
      expect(await copy.getAttribute('aria-label')).toBe('Copy message to the administrator');
      // Nothing a webmail user cannot do on the first screen.
      const firstScreen = await card.evaluate((el) =>
        [...el.children]
          .filter((c) => c.tagName !== 'DETAILS' && c.getBoundingClientRect().top < 600)
          .map((c) => c.textContent)
          .join(' '),
      );
      expect(firstScreen).not.toMatch(/hotspot|this computer|blocked on this network/i);
      // Every card on the page knows its vantage.
      const vantages = await popup
        .locator('[data-category]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-vantage')));
      expect(vantages).toEqual(vantages.map(() => 'web-server'));
    } finally {
      await close();
    }
  });

  it('Plesk and WordPress admin pages: web-server, next step on the first screen', async () => {
    for (const [name, site, trigger] of [
      ['plesk-test', SITES.pleskMailSettings, undefined],
      ['wordpress-test', SITES.wordpressTestEmail, '#send-test'],
    ] as const) {
      const { popup, close } = await popupForPage(site.url, trigger);
      try {
        const first = await checkBothSchemes(popup, name);
        expect(first.vantage).toBe('web-server');
      } finally {
        await close();
      }
    }
  });

  it('bounces: the sending provider’s server could not deliver (mail-server)', async () => {
    for (const [name, site, trigger] of [
      ['gmail-bounce', SITES.gmailBounce, '#bounce-row'],
      ['outlook-ndr', SITES.outlookNdr, undefined],
      ['cpanel-bounce', SITES.cpanelTrackDelivery, undefined],
    ] as const) {
      const { popup, close } = await popupForPage(site.url, trigger);
      try {
        const first = await checkBothSchemes(popup, name);
        expect(first.vantage).toBe('mail-server');
      } finally {
        await close();
      }
    }
  });

  it('a pasted desktop-client error: this device, and an honest "couldn’t connect"', async () => {
    const { popup, close } = await pasted(THUNDERBIRD);
    try {
      const first = await checkBothSchemes(popup, 'pasted-thunderbird');
      expect(first.vantage).toBe('this-device');
      const card = popup.locator('[data-category]').first();
      expect(await card.locator('h2').textContent()).toBe('Couldn’t connect to the mail server');
      expect(await card.locator('.causes li').count()).toBeGreaterThan(1);
    } finally {
      await close();
    }
  });

  it('a pasted bare Python timeout (issue 10): the paste box reads in explain mode', async () => {
    const { popup, close } = await pasted('TimeoutError: [Errno 110] Connection timed out');
    try {
      const card = popup.locator('[data-category="port-blocked"]').first();
      await card.waitFor({ timeout: 10_000 });
      expect(await card.getAttribute('data-vantage')).toBe('this-device');
    } finally {
      await close();
    }
  });

  it('the steps below the first screen follow the vantage: no app tabs or hotspot for Roundcube, both for a desktop app', async () => {
    // With a provider chosen every app tab could be shown: only the vantage keeps them away.
    await chooseProvider('gmail', 'ana@gmail.com');
    try {
      const roundcube = await popupForPage(SITES.roundcubeCompose.url, '#send');
      try {
        const card = await unfoldedCard(roundcube.popup);
        expect(card.vantage).toBe('web-server');
        expect(card.tabs).toEqual([]);
        expect(card.text).not.toMatch(/hotspot|Point the app at|Thunderbird|from this computer/i);
        expect(card.text).toContain('How the site’s administrator fixes it');
      } finally {
        await roundcube.close();
      }
      const desktop = await pasted(THUNDERBIRD.replace('smtp.example.com', 'smtp.gmail.com'));
      try {
        const card = await unfoldedCard(desktop.popup);
        expect(card.vantage).toBe('this-device');
        expect(card.tabs).toEqual(expect.arrayContaining(['Thunderbird', 'PHPMailer']));
        expect(card.text).toMatch(/phone hotspot/);
      } finally {
        await desktop.close();
      }
    } finally {
      await chooseProvider(null, '');
    }
  });

  it("a pasted Gmail 535: Google's own answer (an app password) is the next step", async () => {
    const { popup, close } = await pasted(GMAIL_535);
    try {
      const first = await checkBothSchemes(popup, 'pasted-gmail-535');
      expect(first.category).toBe('auth-failed');
      expect(first.vantage).toBe('this-device');
      expect(first.text).toMatch(/app password/i);
    } finally {
      await close();
    }
  });
});
