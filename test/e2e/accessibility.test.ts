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

  it('the options page: every radio button’s ring stands out at least 3:1 from what is behind it', async () => {
    const options = await openOptions(browser, scheme);
    await options.locator('input[type="radio"]').first().waitFor();
    const rings = await options.locator('input[type="radio"]').evaluateAll((inputs) =>
      inputs.map((input) => {
        // The colour behind the control: the nearest ancestor that paints a background.
        let behind = 'rgb(255, 255, 255)';
        for (let el = input.parentElement; el; el = el.parentElement) {
          const bg = getComputedStyle(el).backgroundColor;
          if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') {
            behind = bg;
            break;
          }
        }
        const style = getComputedStyle(input);
        return { width: parseFloat(style.borderTopWidth), ring: style.borderTopColor, behind };
      }),
    );
    expect(rings.length).toBeGreaterThan(20);
    for (const { width, ring, behind } of rings) {
      expect(width).toBeGreaterThanOrEqual(1);
      expect(contrast(ring, behind)).toBeGreaterThanOrEqual(3);
    }
    await options.close();
  });

  it('the options page', async () => {
    const options = await openOptions(browser, scheme);
    await openAllDetails(options);
    expect(await blockingViolations(options)).toEqual([]);
    await options.close();
  });
});

/** WCAG contrast ratio of two opaque `rgb(r, g, b)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, bl] = (colour.match(/\d+(?:\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
