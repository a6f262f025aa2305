// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from './App';
import { defaultSettings, exportSettings, type Settings } from '../../components/settings';
import { byText, click, render, settle, typeInto, type Rendered } from '../../components/testing/render';
import { optionsPageArea } from '../../lib/i18n/surfaces/options-page';
import { speakAlso } from '../../lib/i18n/translator';

// The options page's own messages, as its main.tsx adds them.
speakAlso(optionsPageArea);

let view: Rendered | undefined;

/** The browser's permission checks and events, which fakeBrowser lacks: access to the built-in sites, no events. */
function mockPermissionEvents() {
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
  for (const event of [fakeBrowser.permissions.onAdded, fakeBrowser.permissions.onRemoved]) {
    vi.spyOn(event, 'addListener').mockImplementation(() => undefined);
    vi.spyOn(event, 'removeListener').mockImplementation(() => undefined);
  }
}

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  mockPermissionEvents();
});
afterEach(() => {
  view?.unmount();
  view = undefined;
});

async function stored(): Promise<unknown> {
  return (await fakeBrowser.storage.local.get('settings')).settings;
}

describe('options page', () => {
  it('replaces a corrupt stored value by defaults and says so, without crashing', async () => {
    await fakeBrowser.storage.local.set({
      settings: { privacy: 'yes please', backend: 7 },
      settings$: { v: 2 },
    });
    view = await render(<OptionsApp />);
    await settle();
    const alert = view.container.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('reset to their defaults');
    expect(alert?.textContent).toContain('privacy');
    const cloudflare = view.container.querySelector<HTMLInputElement>(
      'input[name="doh"][value="cloudflare"]',
    );
    expect(cloudflare?.checked).toBe(true);
  });

  it("names a host's exception page: linked when https, its address as text when not", async () => {
    await fakeBrowser.storage.local.set({
      settings: { ...defaultSettings(), sendingFrom: { kind: 'home', hostId: 'comcast' } },
      settings$: { v: 2 },
    });
    view = await render(<OptionsApp />);
    await settle();
    const policy = view.container.querySelector('[aria-label*="Comcast"]')!;
    expect(policy.querySelector('.address')?.textContent).toMatch(/^http:\/\/corporate\.comcast\.com\//);
    expect(policy.querySelector('a')).toBeNull();
  });

  it('says when nothing is saved yet', async () => {
    view = await render(<OptionsApp />);
    await settle();
    expect(view.container.textContent).toContain('Nothing saved yet');
  });

  it('saves a change as it is made', async () => {
    view = await render(<OptionsApp />);
    await settle();
    await click(view.container.querySelector('input[name="doh"][value="off"]'));
    await settle();
    expect((await stored()) as Settings).toMatchObject({ privacy: { doh: 'off' } });
    // Once saved, "Nothing saved yet" no longer stands beside "Saved".
    expect(view.container.textContent).toContain('Saved');
    expect(view.container.textContent).not.toContain('Nothing saved yet');
  });

  it('folds the probe backend and DNS settings below the provider choice', async () => {
    view = await render(<OptionsApp />);
    await settle();
    const advanced = view.container.querySelector<HTMLDetailsElement>('details.opt-advanced');
    expect(advanced?.open).toBe(false);
    expect(advanced?.querySelector('input[name="doh"]')).not.toBeNull();
    expect(advanced?.textContent).toContain('Token');
    const sections = [...view.container.querySelectorAll('.opt-section, details.opt-advanced')];
    expect(sections.indexOf(advanced!)).toBeGreaterThan(0);
  });

  it('adds a watched site through the permission prompt and removes it again', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true);
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    const register = vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockResolvedValue(undefined);
    const unregister = vi
      .spyOn(fakeBrowser.scripting, 'unregisterContentScripts')
      .mockResolvedValue(undefined);

    view = await render(<OptionsApp />);
    await settle();
    await typeInto(
      view.container.querySelector('input[placeholder^="panel.example.org"]'),
      'panel.example.org',
    );
    await click(byText(view.container, 'button', 'Add site'));
    await settle();

    const origins = ['https://panel.example.org/*', 'http://panel.example.org/*'];
    expect(request).toHaveBeenCalledWith({ origins });
    expect(register).toHaveBeenCalledTimes(1);
    expect(view.container.querySelector('[aria-label="Watched sites"]')?.textContent).toContain(
      'panel.example.org',
    );
    expect(((await stored()) as Settings).sites.map((s) => s.pattern)).toEqual(['*://panel.example.org/*']);

    unregister.mockClear();
    contains.mockResolvedValue(false);
    await click(view.container.querySelector('button[aria-label="Stop watching panel.example.org"]'));
    await settle();
    expect(unregister).toHaveBeenCalledWith({ ids: ['watch-panel-example-org'] });
    expect(remove).toHaveBeenCalledWith({ origins });
    expect(((await stored()) as Settings).sites).toEqual([]);
    expect(view.container.textContent).toContain(
      'Stopped watching panel.example.org; its access was given back.',
    );
  });

  it('imports an exported file: settings applied, its sites offered for a grant', async () => {
    const exported: Settings = {
      ...defaultSettings(),
      provider: { id: 'fastmail', variant: null, address: 'ana@example.org', discovered: null },
      backend: { url: 'http://127.0.0.1:9999', token: 't0k' },
      sites: [{ pattern: '*://panel.example.org/*', scriptId: 'watch-panel-example-org', addedAt: 5 }],
      privacy: { doh: 'google' },
    };
    view = await render(<OptionsApp />);
    await settle();
    await importFile(view, exportSettings(exported));
    // The file names another backend: nothing is saved until the user says which to use.
    await click(byText(view.container, 'button', 'Use the new backend'));
    await settle();

    const saved = (await stored()) as Settings;
    expect(saved.provider).toEqual(exported.provider);
    expect(saved.backend).toEqual(exported.backend);
    expect(saved.privacy).toEqual(exported.privacy);
    // No permission was asked for behind the user's back.
    expect(saved.sites).toEqual([]);
    expect(
      view.container.querySelector('[aria-label="Sites from the imported file"]')?.textContent,
    ).toContain('panel.example.org');
    expect(view.container.textContent).toContain('Settings imported.');
  });
});

async function importFile(rendered: Rendered, text: string): Promise<void> {
  const input = rendered.container.querySelector<HTMLInputElement>('input[type="file"]')!;
  const file = new File([text], 'settings.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle(5);
}

describe('import that changes the probe backend', () => {
  const mine: Settings = {
    ...defaultSettings(),
    provider: { id: 'gmail', variant: null, address: 'bo@gmail.com', discovered: null },
    backend: { url: 'http://127.0.0.1:8025', token: 'my-token' },
  };
  const theirs: Settings = {
    ...defaultSettings(),
    provider: { id: 'fastmail', variant: null, address: 'ana@example.org', discovered: null },
    backend: { url: 'https://probe.example.net', token: 'their-token' },
    privacy: { doh: 'off' },
  };

  async function openWithMine(): Promise<Rendered> {
    await fakeBrowser.storage.local.set({ settings: mine, settings$: { v: 2 } });
    const rendered = await render(<OptionsApp />);
    await settle();
    return rendered;
  }

  it('saves nothing until confirmed, and shows the new address (never the token)', async () => {
    view = await openWithMine();
    await importFile(view, exportSettings(theirs));
    expect(await stored()).toEqual(mine);
    const confirm = view.container.querySelector('[data-confirm="backend"]');
    expect(confirm?.textContent).toContain('https://probe.example.net');
    expect(confirm?.textContent).toContain('http://127.0.0.1:8025');
    expect(view.container.textContent).not.toContain('their-token');

    await click(byText(view.container, 'button', 'Use the new backend'));
    await settle();
    expect(await stored()).toEqual(theirs);
    expect(view.container.querySelector('[data-confirm="backend"]')).toBeNull();
    // The fields show what is saved now: a stale draft would save the old backend back on blur.
    const address = view.container.querySelector<HTMLInputElement>('input[type="url"]')!;
    expect(address.value).toBe('https://probe.example.net');
    await act(async () => {
      address.focus();
      address.blur();
    });
    await settle();
    expect(((await stored()) as Settings).backend).toEqual(theirs.backend);
  });

  it('can import the rest and keep the current backend', async () => {
    view = await openWithMine();
    await importFile(view, exportSettings(theirs));
    await click(byText(view.container, 'button', 'Keep my backend'));
    await settle();
    expect(await stored()).toEqual({ ...theirs, backend: mine.backend });
  });

  it('can be cancelled: nothing changes', async () => {
    view = await openWithMine();
    await importFile(view, exportSettings(theirs));
    await click(byText(view.container, 'button', 'Cancel import'));
    await settle();
    expect(await stored()).toEqual(mine);
    expect(view.container.textContent).toContain('Nothing was imported.');
  });

  it('asks when only the token differs', async () => {
    view = await openWithMine();
    await importFile(view, exportSettings({ ...mine, backend: { ...mine.backend, token: 'other' } }));
    expect(view.container.querySelector('[data-confirm="backend"]')?.textContent).toContain('token');
    expect(await stored()).toEqual(mine);
  });

  it('applies a file with the same backend at once', async () => {
    view = await openWithMine();
    await importFile(view, exportSettings({ ...theirs, backend: mine.backend }));
    expect(view.container.querySelector('[data-confirm="backend"]')).toBeNull();
    expect(await stored()).toEqual({ ...theirs, backend: mine.backend });
  });
});

describe('provider choice', () => {
  it('searches, chooses a provider and shows its servers; detect fills a known address', async () => {
    view = await render(<OptionsApp />);
    await settle();
    await typeInto(view.container.querySelector('input[type="search"]'), 'fastm');
    const radios = [...view.container.querySelectorAll<HTMLInputElement>('input[name="provider"]')];
    expect(radios.map((r) => r.value)).toEqual(['fastmail']);
    await click(radios[0]);
    await settle();
    expect(((await stored()) as Settings).provider.id).toBe('fastmail');
    expect(view.container.querySelector('[aria-label="Fastmail settings"]')?.textContent).toContain(
      'smtp.fastmail.com',
    );

    await typeInto(view.container.querySelector('input[type="email"]'), 'bo@gmail.com');
    await click(byText(view.container, 'button', 'Detect settings'));
    await settle();
    expect(((await stored()) as Settings).provider).toMatchObject({ id: 'gmail', address: 'bo@gmail.com' });
    expect(view.container.textContent).toContain('gmail.com is Gmail');
  });
});
