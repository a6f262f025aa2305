import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './support/browser';
import { blockingViolations } from './support/axe';
import {
  openAllDetails,
  openOptions,
  openPopup,
  pasteAndExplain,
  tabWithFindings,
  type ColorScheme,
} from './support/extension-pages';
import { SITES } from './support/sites';
import { openExtensionSuite, type ExtensionSuite } from './support/suite';

/**
 * axe-core on the popup and the options page, in the built extension, light and dark:
 * no violation of impact serious or critical. The popup is checked with findings from a
 * fixture page (every <details> opened, so the hidden parts of the cards count too), with
 * none (the paste box), and with a pasted error's card.
 */

let suite: ExtensionSuite;
let browser: ExtensionBrowser;

beforeAll(async () => {
  suite = await openExtensionSuite(Object.values(SITES));
  ({ browser } = suite);
});

afterAll(() => suite?.close());

const SCHEMES: ColorScheme[] = ['light', 'dark'];

describe.each(SCHEMES)('accessibility in the %s scheme', (scheme) => {
  it.each([
    ['two short errors', SITES.roundcubeCompose],
    ['a long bounce', SITES.gmailBounce],
  ])("the popup with a page's findings: %s", async (_, site) => {
    const { page, tabId } = await tabWithFindings(browser, site);
    const popup = await openPopup(browser, tabId, scheme);
    expect(await popup.locator('.cards [data-category]').count()).toBe(site.errors.length);
    await openAllDetails(popup);
    expect(await blockingViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('the popup with nothing found: the paste box', async () => {
    const popup = await openPopup(browser, 0, scheme);
    await popup.locator('form.paste-box textarea').waitFor();
    expect(await blockingViolations(popup)).toEqual([]);
    await popup.close();
  });

  it("the popup with a pasted error's card", async () => {
    const popup = await openPopup(browser, 0, scheme);
    await pasteAndExplain(popup, '535-5.7.8 Username and Password not accepted. For more information, go to');
    expect(await popup.locator('.pasted [data-category]').count()).toBe(1);
    await openAllDetails(popup);
    expect(await blockingViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('the options page', async () => {
    const options = await openOptions(browser, scheme);
    await openAllDetails(options);
    expect(await blockingViolations(options)).toEqual([]);
    await options.close();
  });
});
