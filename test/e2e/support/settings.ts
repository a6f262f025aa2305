import type { ExtensionBrowser } from './browser';

declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };

/**
 * Store settings with a provider chosen (null: none) as the options page stores them,
 * everything else at its default: for tests whose cards depend on the provider.
 */
export async function storeProviderChoice(
  browser: ExtensionBrowser,
  id: string | null,
  address: string,
): Promise<void> {
  const page = await browser.extensionPage();
  await page.evaluate(
    ([providerId, addr]) =>
      chrome.storage.local.set({
        settings: {
          provider: { id: providerId, variant: null, address: addr, discovered: null },
          sendingFrom: { kind: 'unknown', hostId: null },
          backend: { url: 'http://127.0.0.1:8025', token: '' },
          sites: [],
          privacy: { doh: 'off' },
        },
        settings$: { v: 2 },
      }),
    [id, address] as const,
  );
}
