import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classify } from '../../lib/rules/index';
import type { ExtensionBrowser } from './support/browser';
import { SITES } from './support/sites';
import { openExtensionSuite, type ExtensionSuite } from './support/suite';

/**
 * The popup in real Chromium, where the order of events is not the one a test would
 * choose: "Explain this email error" opens the popup first and stores the selected
 * text a moment later, so the popup must pick it up while it is already showing.
 */

let suite: ExtensionSuite;
let browser: ExtensionBrowser;

beforeAll(async () => {
  suite = await openExtensionSuite(Object.values(SITES));
  ({ browser } = suite);
});

afterAll(() => suite?.close());

describe('popup opened before the selected text is stored', () => {
  it('shows the card once the context menu stores the text', async () => {
    const page = await browser.context.newPage();
    await page.goto(SITES.forumThread.url);
    const tabId = await browser.tabIdOf(page);

    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}&explain=1`);
    await popup.getByText('No email send errors seen on this page.').waitFor();

    // The menu item's handler, with the page's selection (a test cannot click a native menu).
    const selected = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('#log')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString();
    });
    const worker = await browser.worker();
    await worker.evaluate(
      async ({ id, text, url }) => {
        const background = (
          globalThis as unknown as {
            __smtpDoctorBackground: { onContextMenuClick(info: object, tab: object): Promise<void> };
          }
        ).__smtpDoctorBackground;
        await background.onContextMenuClick(
          {
            menuItemId: 'smtp-doctor-explain',
            selectionText: text,
            frameId: 0,
            pageUrl: url,
            editable: false,
          },
          { id },
        );
      },
      { id: tabId, text: selected, url: page.url() },
    );

    const category = classify(selected).category;
    expect(category).not.toBeNull();
    const card = popup.locator(`.explained [data-category="${category}"]`);
    await card.waitFor({ timeout: 10_000 });
    expect(await card.locator('.finding-source').textContent()).toContain('selected');
    await popup.close();
    await page.close();
  });
});
