import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';

/** Evaluated in the page: select an element's text as a person would; returns the selection. */
export function selectElementText(selector: string): string {
  const range = document.createRange();
  range.selectNodeContents(document.querySelector(selector)!);
  const selection = getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  return selection.toString();
}

/** The menu's click data for a selection in a tab's top frame. */
export function menuClick(text: string, url: string) {
  return {
    menuItemId: 'smtp-doctor-explain',
    selectionText: text,
    frameId: 0,
    pageUrl: url,
    editable: false,
  };
}

/**
 * Click "Explain this email error" on a selection of `text` in the tab: its handler, in the
 * worker (a test cannot click a native menu).
 */
export async function clickExplainMenu(
  browser: ExtensionBrowser,
  page: Page,
  tabId: number,
  text: string,
): Promise<void> {
  const worker = await browser.worker();
  await worker.evaluate(
    async ({ id, info }) => {
      const background = (
        globalThis as unknown as {
          __smtpDoctorBackground: { onContextMenuClick(info: object, tab: object): Promise<void> };
        }
      ).__smtpDoctorBackground;
      await background.onContextMenuClick(info, { id });
    },
    { id: tabId, info: menuClick(text, page.url()) },
  );
}

/**
 * Select an element's text as a person would, and click "Explain this email error".
 * Returns the text.
 */
export async function explainSelection(
  browser: ExtensionBrowser,
  page: Page,
  tabId: number,
  selector: string,
): Promise<string> {
  const selected = await page.evaluate(selectElementText, selector);
  await clickExplainMenu(browser, page, tabId, selected);
  return selected;
}
