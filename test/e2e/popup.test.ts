import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classify } from '../../lib/rules/index';
import type { ExtensionBrowser } from './support/browser';
import { explainSelection } from './support/context-menu';
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
    const { page, tabId } = await browser.openTab(SITES.forumThread.url);

    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}&explain=1`);
    await popup.getByText('No email send errors seen on this page.').waitFor();

    const selected = await explainSelection(browser, page, tabId, '#log');

    const category = classify(selected, { mode: 'explain' }).category;
    expect(category).not.toBeNull();
    const card = popup.locator(`.explained [data-category="${category}"]`);
    await card.waitFor({ timeout: 10_000 });
    expect(await card.locator('.finding-source').textContent()).toContain('selected');
    await popup.close();
    await page.close();
  });
});
