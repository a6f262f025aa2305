// `npm run screenshots`: pictures of the popup and the options page, to look at before a
// change to them is called done.
//
// Builds the extension (scripts/extension-build.mjs, reused when its record matches),
// serves the fixture pages under their real addresses on loopback, opens each in headless
// Chromium with the extension and photographs the popup for that tab at 400×600, light and
// dark; then pasted errors through the paste box, the empty popup and the options page.
// Writes .output/screenshots/<case>-<scheme>.png (the first screen) and
// <case>-<scheme>-full.png (the whole page).
//
//   npm run screenshots                  every case
//   npm run screenshots -- gmail dmarc   only cases whose name contains one of the words
//   npm run screenshots -- lang-de       the popup and the options page in one language
//
// Each other language (lang-<locale>-…): the language setting stored as the options page
// stores it, then a page's findings, a pasted error and the options page, light and dark.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './extension-build.mjs';
import { launchWithExtension, type ExtensionBrowser } from '../test/e2e/support/browser';
import { storeLanguage } from '../test/e2e/support/language';
import { builtExtension } from '../test/e2e/support/build';
import {
  openOptions,
  openPopup,
  pasteAndExplain,
  tabWithFindings,
  type ColorScheme,
} from '../test/e2e/support/extension-pages';
import { startFixtureServer } from '../test/e2e/support/fixture-server';
import { SITES, type Site } from '../test/e2e/support/sites';
import { settled } from '../test/e2e/support/extension-pages';
import { LOCALES } from '../lib/i18n/locales';

const OUT = join(ROOT, '.output', 'screenshots');
const SCHEMES: ColorScheme[] = ['light', 'dark'];

/** Fixture pages that show send errors: the popup for their tab. */
const PAGES: Record<string, Site> = {
  'page-gmail-bounce': SITES.gmailBounce,
  'page-outlook-ndr': SITES.outlookNdr,
  'page-roundcube-compose': SITES.roundcubeCompose,
  'page-cpanel-track-delivery': SITES.cpanelTrackDelivery,
  'page-plesk-mail-settings': SITES.pleskMailSettings,
  'page-wordpress-test-email': SITES.wordpressTestEmail,
};

/** Errors people paste, as their mail client or server wrote them. */
const PASTED: Record<string, string> = {
  'pasted-port25-timeout':
    "The connection to the server was interrupted. If this problem continues, contact your server administrator or Internet service provider (ISP). Subject 'Invoice', Account: 'mail.example.org', Server: 'mail.example.org', Protocol: SMTP, Port: 25, Secure(SSL): No, Socket Error: 10060, Error Number: 0x800CCC0E",
  'pasted-gmail-535':
    '535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials d2e1a72fcca58-7a1b2c3d4e5sm1234567b.12 - gsmtp',
  'pasted-greylisted-450':
    '450 4.2.0 <anna@example.org>: Recipient address rejected: Greylisted, see https://postgrey.schweikert.ch/help/example.org.html',
  // No precise rule names this cause: the fitted model ranks it (lib/rules/model/).
  'pasted-mailbox-over-limit':
    'Mailer: message to bob@example.org was not delivered, remote server says the mailbox is over its storage limit',
  'pasted-dmarc-550':
    "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy. Please contact the administrator of example.com domain if this was a legitimate mail. To learn about the DMARC initiative, go to https://support.google.com/mail/?p=DmarcRejection 5a478bee46e88-2b1c3d4e5f6si1234567eec.123 - gsmtp",
};

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  await page.screenshot({ path: join(OUT, `${name}-full.png`), fullPage: true });
  process.stdout.write(`  ${name}.png, ${name}-full.png\n`);
}

/** The paste box's submit button, whatever its language. */
async function pasteInAnyLanguage(popup: Page, text: string): Promise<void> {
  const box = popup.locator('form.paste-box').last();
  await box.locator('textarea').fill(text);
  await box.locator('button[type="submit"]').click();
  await popup.locator('.pasted [data-category], .pasted .not-an-error').first().waitFor();
  await settled(popup);
}

/** The popup for a page's findings, a pasted error and the options page in each other language. */
async function languages(browser: ExtensionBrowser, wanted: (name: string) => boolean): Promise<void> {
  const { page, tabId } = await tabWithFindings(browser, SITES.roundcubeCompose);
  try {
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      if (!wanted(`lang-${locale}`)) continue;
      await storeLanguage(browser, locale, 'cloudflare');
      for (const scheme of SCHEMES) {
        const popup = await openPopup(browser, tabId, scheme);
        await shoot(popup, `lang-${locale}-page-roundcube-${scheme}`);
        await popup.close();
        const empty = await openPopup(browser, 0, scheme);
        await shoot(empty, `lang-${locale}-empty-${scheme}`);
        await pasteInAnyLanguage(empty, PASTED['pasted-gmail-535']!);
        await shoot(empty, `lang-${locale}-pasted-gmail-535-${scheme}`);
        await empty.close();
        const options = await browser.context.newPage();
        await options.setViewportSize({ width: 900, height: 900 });
        await options.emulateMedia({ colorScheme: scheme });
        await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
        await options.locator(`html[lang="${locale}"] h1`).waitFor();
        await settled(options);
        await shoot(options, `lang-${locale}-options-${scheme}`);
        await options.close();
      }
    }
  } finally {
    await storeLanguage(browser, 'auto', 'cloudflare');
    await page.close();
  }
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const wanted = (name: string) => only.length === 0 || only.some((word) => name.includes(word));
  const extension = builtExtension('chrome-mv3');
  const server = await startFixtureServer(Object.values(SITES));
  let browser: ExtensionBrowser | undefined;
  try {
    browser = await launchWithExtension(extension, server.port);
    mkdirSync(OUT, { recursive: true });
    for (const [name, site] of Object.entries(PAGES)) {
      if (!wanted(name)) continue;
      const { page, tabId } = await tabWithFindings(browser, site);
      for (const scheme of SCHEMES) {
        const popup = await openPopup(browser, tabId, scheme);
        await shoot(popup, `${name}-${scheme}`);
        await popup.close();
      }
      await page.close();
    }
    for (const [name, text] of Object.entries(PASTED)) {
      if (!wanted(name)) continue;
      for (const scheme of SCHEMES) {
        const popup = await openPopup(browser, 0, scheme);
        await pasteAndExplain(popup, text);
        await shoot(popup, `${name}-${scheme}`);
        await popup.close();
      }
    }
    for (const scheme of SCHEMES) {
      if (wanted('empty')) {
        const popup = await openPopup(browser, 0, scheme);
        await shoot(popup, `empty-${scheme}`);
        await popup.close();
      }
      if (wanted('options')) {
        const options = await openOptions(browser, scheme);
        await options.setViewportSize({ width: 900, height: 900 });
        await shoot(options, `options-${scheme}`);
        await options.close();
      }
    }
    if (only.length === 0 || only.some((word) => word.startsWith('lang')))
      await languages(browser, (name) => only.length === 0 || only.some((word) => name.includes(word)));
    process.stdout.write(`screenshots in ${OUT}\n`);
  } finally {
    await browser?.close();
    await server.close();
    rmSync(extension, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
