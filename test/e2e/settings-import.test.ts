import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings, exportSettings, type Settings } from '../../components/settings';
import type { ExtensionBrowser } from './support/browser';
import { openExtensionSuite, type ExtensionSuite } from './support/suite';
import { until } from './support/until';

/**
 * Settings in the real options page: a v2 value stored without its version marker keeps
 * every field, and an imported file that would move the probe backend waits for the user.
 */

declare const chrome: {
  storage: {
    local: {
      get(keys: string[]): Promise<Record<string, unknown>>;
      set(items: object): Promise<void>;
      clear(): Promise<void>;
    };
  };
};

const MINE: Settings = {
  ...defaultSettings(),
  provider: { id: 'gmail', variant: null, address: 'bo@gmail.com', discovered: null },
  sendingFrom: { kind: 'home', hostId: null },
  backend: { url: 'http://127.0.0.1:8025', token: 'my-token' },
  privacy: { doh: 'off' },
};

let suite: ExtensionSuite;
let browser: ExtensionBrowser;

beforeAll(async () => {
  suite = await openExtensionSuite([]);
  ({ browser } = suite);
});

afterAll(() => suite?.close());

async function storage(): Promise<Record<string, unknown>> {
  const page = await browser.extensionPage();
  return page.evaluate(() => chrome.storage.local.get(['settings', 'settings$']));
}

async function store(items: object): Promise<void> {
  const page = await browser.extensionPage();
  await page.evaluate(async (value) => {
    await chrome.storage.local.clear();
    await chrome.storage.local.set(value);
  }, items);
}

describe('settings', () => {
  it('a v2 value stored without its version marker keeps every field', async () => {
    await store({ settings: MINE });
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('.opt-section').first().waitFor();
    expect(await options.locator('[role="alert"]').count()).toBe(0);
    expect(await options.getByLabel('Address', { exact: true }).inputValue()).toBe(MINE.backend.url);
    const stored = await until(storage, (s) => (s['settings$'] as { v?: number } | undefined)?.v === 2);
    expect(stored.settings).toEqual(MINE);
    await options.close();
  });

  it('an import that moves the probe backend saves nothing until the user agrees', async () => {
    await store({ settings: MINE, settings$: { v: 2 } });
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const theirs: Settings = { ...MINE, backend: { url: 'https://probe.example.net', token: 'theirs' } };
    await options.locator('input[type="file"]').setInputFiles({
      name: 'settings.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exportSettings(theirs)),
    });
    const confirm = options.locator('[data-confirm="backend"]');
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('https://probe.example.net');
    expect((await storage()).settings).toEqual(MINE);

    await confirm.getByRole('button', { name: 'Use the new backend' }).click();
    await until(storage, (s) => (s.settings as Settings).backend.url === theirs.backend.url);
    expect((await storage()).settings).toEqual(theirs);
    expect(await options.getByLabel('Address', { exact: true }).inputValue()).toBe(theirs.backend.url);
    await options.close();
  });
});
