import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';
import type { Site } from './sites';
import { until } from './until';

/**
 * The popup and the options page as a person sees them, for the accessibility tests and
 * the screenshots: opened in a colour scheme, waited on until their content is there.
 */

export type ColorScheme = 'light' | 'dark';

/** The size Chromium gives an action popup that asks for it (popup.css sets the width). */
export const POPUP_VIEWPORT = { width: 400, height: 600 };

/** What a person does on a fixture page before its errors show (the buttons each page has). */
const SHOW_ERRORS: Record<string, string[]> = {
  'gmail-bounce.html': ['#bounce-row'],
  'roundcube-compose.html': ['#send', '#send-auth'],
  'wordpress-test-email.html': ['#send-test'],
};

/** A tab showing `site`, once the extension has found every error the page shows. */
export async function tabWithFindings(
  browser: ExtensionBrowser,
  site: Site,
): Promise<{ page: Page; tabId: number }> {
  const tab = await browser.openTab(site.url);
  for (const selector of SHOW_ERRORS[site.file] ?? []) {
    const before = (await browser.findings(tab.tabId)).length;
    await tab.page.click(selector);
    await until(
      () => browser.findings(tab.tabId),
      (found) => found.length > before,
    );
  }
  await until(
    () => browser.findings(tab.tabId),
    (found) => found.length >= site.errors.length,
  );
  return tab;
}

/** A page of the extension in `scheme`. */
async function openExtensionPage(
  browser: ExtensionBrowser,
  path: string,
  scheme: ColorScheme,
  viewport?: { width: number; height: number },
): Promise<Page> {
  const page = await browser.context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return page;
}

/**
 * The popup for `tabId` (0: a tab with nothing stored) once it shows what it will show:
 * no longer busy, and every finding's card on screen with its lazy sections loaded.
 */
export async function openPopup(
  browser: ExtensionBrowser,
  tabId: number,
  scheme: ColorScheme,
): Promise<Page> {
  const popup = await openExtensionPage(browser, `popup.html?tabId=${tabId}`, scheme, POPUP_VIEWPORT);
  await popup.locator('main[aria-busy="false"]').waitFor();
  const stored = tabId ? (await browser.findings(tabId)).length : 0;
  await until(
    () => popup.locator('.cards [data-category]').count(),
    (cards) => cards === stored,
  );
  await settled(popup);
  return popup;
}

export async function openOptions(browser: ExtensionBrowser, scheme: ColorScheme): Promise<Page> {
  const page = await openExtensionPage(browser, 'options.html', scheme);
  await page.getByRole('heading', { name: 'SMTP Doctor settings' }).waitFor();
  await settled(page);
  return page;
}

/** Pastes `text` into the popup's paste box and waits for the answer (a card or "not a send error"). */
export async function pasteAndExplain(popup: Page, text: string): Promise<void> {
  const box = popup.locator('form.paste-box').last();
  const details = popup.locator('details.more-paste');
  if (await details.count()) await details.evaluate((el) => ((el as HTMLDetailsElement).open = true));
  await box.locator('textarea').fill(text);
  await box.getByRole('button', { name: 'Explain' }).click();
  await popup.locator('.pasted [data-category], .pasted .not-an-error').first().waitFor();
  await settled(popup);
}

/** Opens every <details>, so a check or a picture covers what they hold too. */
export async function openAllDetails(page: Page): Promise<void> {
  await page.locator('details:not([open])').evaluateAll((all) => {
    for (const el of all) (el as HTMLDetailsElement).open = true;
  });
}

/**
 * Waits until the page shows everything it will: no card section still loading (the
 * popup marks each with a hidden .section-loading until its chunk has arrived), then two
 * animation frames with no mutation of the document.
 */
export async function settled(page: Page): Promise<void> {
  await until(
    () => page.locator('.section-loading').count(),
    (pending) => pending === 0,
  );
  await until(
    () =>
      page.evaluate(
        () =>
          new Promise<boolean>((resolve) => {
            let changed = false;
            const observer = new MutationObserver(() => (changed = true));
            observer.observe(document, {
              subtree: true,
              childList: true,
              attributes: true,
              characterData: true,
            });
            requestAnimationFrame(() =>
              requestAnimationFrame(() => {
                observer.disconnect();
                resolve(!changed);
              }),
            );
          }),
      ),
    (quiet) => quiet,
  );
}
