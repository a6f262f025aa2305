import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGLISH, loadTranslator } from '../../lib/i18n';
import type { ExtensionBrowser } from './support/browser';
import { storeLanguage } from './support/language';
import { SITES } from './support/sites';
import { until } from './support/until';
import { openExtensionSuite, type ExtensionSuite } from './support/suite';

/**
 * The popup in another language (the language setting stored as the options page stores
 * it): the first card's next step is in that language and still wholly on the first
 * 400×600 screen, German and Russian being the longest.
 */

declare const chrome: {
  action: { getTitle(details: { tabId: number }): Promise<string> };
};

const RESULTS = new URL('../../test-results/languages/', import.meta.url).pathname;
const POPUP = { width: 400, height: 600 };

let suite: ExtensionSuite;
let browser: ExtensionBrowser;

beforeAll(async () => {
  suite = await openExtensionSuite(Object.values(SITES));
  ({ browser } = suite);
});
afterAll(() => suite?.close());

async function chooseLanguage(language: string): Promise<void> {
  await storeLanguage(browser, language);
}

async function popupFor(tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize(POPUP);
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/** The first card's next step: its text, and whether it lies wholly on the first screen. */
async function firstNextStep(popup: Page) {
  const next = popup.locator('[data-category]').first().locator('[data-next-step]');
  await next.waitFor({ timeout: 10_000 });
  return {
    text: (await next.textContent()) ?? '',
    box: await next.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, scrollY: window.scrollY, inner: window.innerHeight };
    }),
  };
}

const CASES = [
  { lang: 'de', label: 'Nächster Schritt:', lead: 'Ein Fehler beim E-Mail-Versand auf dieser Seite.' },
  { lang: 'ru', label: 'Следующий шаг:', lead: '1 ошибка отправки почты на этой странице.' },
] as const;

describe('the popup in German and Russian', () => {
  it.each(CASES)(
    '$lang: a page finding’s next step is in the language and on the first screen',
    async (c) => {
      await chooseLanguage(c.lang);
      const { page, tabId } = await browser.openTab(SITES.roundcubeCompose.url);
      await page.click('#send');
      await until(
        () => browser.badgeText(tabId),
        (text) => text === '1',
      );
      const popup = await popupFor(tabId);
      try {
        for (const colorScheme of ['light', 'dark'] as const) {
          await popup.emulateMedia({ colorScheme });
          const next = await firstNextStep(popup);
          expect(next.text).toContain(c.label);
          expect(next.text).not.toContain('Next step:');
          // The step itself, not only its label: the webmail's admin gets the message.
          expect(next.text).toContain((await loadTranslator(c.lang)).t('policy.answer.next.webmail'));
          expect(next.text).not.toContain(ENGLISH.t('policy.answer.next.webmail'));
          expect(next.box.scrollY).toBe(0);
          expect(next.box.top).toBeGreaterThanOrEqual(0);
          expect(next.box.bottom).toBeLessThanOrEqual(POPUP.height);
          mkdirSync(RESULTS, { recursive: true });
          await popup.screenshot({ path: `${RESULTS}roundcube-${c.lang}-${colorScheme}.png` });
        }
        expect(await popup.locator('.lead').textContent()).toBe(c.lead);
        expect(await popup.evaluate(() => document.documentElement.lang)).toBe(c.lang);
        // The badge's tooltip speaks the language too.
        const helper = await browser.extensionPage();
        const title = await helper.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
        expect(title).not.toContain('send error');
        expect(title).toContain('1');
      } finally {
        await popup.close();
        await page.close();
      }
    },
  );

  it('de: a pasted error is explained in German, the next step on the first screen', async () => {
    await chooseLanguage('de');
    const { page, tabId } = await browser.openTab(SITES.forumThread.url);
    const popup = await popupFor(tabId);
    try {
      await popup.getByText('Auf dieser Seite wurden keine Fehler beim E-Mail-Versand gefunden.').waitFor();
      await popup
        .getByRole('textbox')
        .fill('SMTP Error: Could not connect to SMTP host. Connection timed out (110) smtp.example.org:25');
      await popup.getByRole('button', { name: 'Erklären' }).click();
      const next = await firstNextStep(popup);
      expect(next.text).toContain('Nächster Schritt:');
      expect(next.box.bottom).toBeLessThanOrEqual(POPUP.height);
      expect(await popup.locator('.finding-source').first().textContent()).toBe(
        'Aus dem von Ihnen eingefügten Text',
      );
    } finally {
      await popup.close();
      await page.close();
    }
  });
});
