import type { Page } from 'puppeteer-core';
import { menuClick, selectElementText } from '../../e2e/support/context-menu';
import type { FirefoxSuite } from './firefox';

/** The in-page marker's custom element. */
export const MARKER = 'smtp-doctor-marker';

/** The popup for a tab (`popup.html?tabId=N`, in a tab) once its first card is up: the cards' categories. */
export async function popupCategories(ff: FirefoxSuite, tabId: number, query = ''): Promise<string[]> {
  const popup = await ff.openExtensionPage(`popup.html?tabId=${tabId}${query}`);
  try {
    await popup.waitForSelector('[data-category]', { timeout: 10_000 });
    return await popup.$$eval('[data-category]', (els) =>
      els.map((el) => el.getAttribute('data-category') ?? ''),
    );
  } finally {
    await popup.close();
  }
}

export const markerCount = (page: Page, selector = MARKER) => page.$$eval(selector, (els) => els.length);

/** The event page's test hook, as the context menu would call it (see entrypoints/background/index.ts). */
interface BackgroundHook {
  __smtpDoctorBackground?: { onContextMenuClick(info: object, tab: object): Promise<void> };
}
declare const browser: { runtime: { getBackgroundPage(): Promise<Window & BackgroundHook> } };

/**
 * Select an element's text as a person would, then run the handler of "Explain this
 * email error" in the event page with the click's data (a test cannot open Firefox's
 * native context menu). Returns the selected text.
 */
export async function explainSelection(
  ff: FirefoxSuite,
  page: Page,
  tabId: number,
  selector: string,
): Promise<string> {
  const selected = await page.evaluate(selectElementText, selector);
  const helper = await ff.extensionPage();
  await helper.evaluate(
    async ({ id, info }) => {
      const background = await browser.runtime.getBackgroundPage();
      await background.__smtpDoctorBackground!.onContextMenuClick(info, { id });
    },
    { id: tabId, info: menuClick(selected, page.url()) },
  );
  return selected;
}
