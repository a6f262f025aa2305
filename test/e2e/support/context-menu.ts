import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';

/**
 * Select an element's text as a person would, and click "Explain this email error"
 * (its handler, in the worker: a test cannot click a native menu). Returns the text.
 */
export async function explainSelection(
  browser: ExtensionBrowser,
  page: Page,
  tabId: number,
  selector: string,
): Promise<string> {
  const selected = await page.evaluate((sel) => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector(sel)!);
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return selection.toString();
  }, selector);
  const worker = await browser.worker();
  await worker.evaluate(
    async ({ id, text, url }) => {
      const background = (
        globalThis as unknown as {
          __smtpDoctorBackground: { onContextMenuClick(info: object, tab: object): Promise<void> };
        }
      ).__smtpDoctorBackground;
      await background.onContextMenuClick(
        { menuItemId: 'smtp-doctor-explain', selectionText: text, frameId: 0, pageUrl: url, editable: false },
        { id },
      );
    },
    { id: tabId, text: selected, url: page.url() },
  );
  return selected;
}
