import { REMEMBERED_LOCALE } from '../../../lib/i18n/locales';
import type { ExtensionBrowser } from './browser';

declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };

/**
 * Chooses the extension's language the way the options page does: the setting in storage
 * (everything else at its default) and the language the extension's pages remember, so the
 * next popup starts in it (components/language.ts).
 */
export async function storeLanguage(
  browser: ExtensionBrowser,
  language: string,
  doh: 'off' | 'cloudflare' = 'off',
): Promise<void> {
  const page = await browser.extensionPage();
  await page.evaluate(
    async ({ lang, doh, rememberedKey }) => {
      await chrome.storage.local.set({
        settings: {
          provider: { id: null, variant: null, address: '', discovered: null },
          sendingFrom: { kind: 'unknown', hostId: null },
          backend: { url: 'http://127.0.0.1:8025', token: '' },
          sites: [],
          privacy: { doh },
          language: lang,
        },
        settings$: { v: 2 },
      });
      // 'auto' is no language: the next page reads the setting.
      if (lang === 'auto') localStorage.removeItem(rememberedKey);
      else localStorage.setItem(rememberedKey, lang);
    },
    { lang: language, doh, rememberedKey: REMEMBERED_LOCALE },
  );
}
