// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BuiltInAccessNotice } from './BuiltInAccessNotice';
import { BUILT_IN_ORIGINS } from '../utils/site-patterns';
import { byText, click, render, settle, type Rendered } from './testing/render';
import { optionsPageArea } from '../lib/i18n/surfaces/options-page';
import { speakAlso } from '../lib/i18n/translator';

// The options page's own messages, as its main.tsx adds them.
speakAlso(optionsPageArea);

let view: Rendered | undefined;
let onAdded: Array<() => void>;

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  onAdded = [];
  vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation((listener) => {
    onAdded.push(listener as () => void);
  });
  vi.spyOn(fakeBrowser.permissions.onAdded, 'removeListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'removeListener').mockImplementation(() => undefined);
});
afterEach(() => {
  view?.unmount();
  view = undefined;
});

/** What the browser answers about the built-in origins (getAll lists them; contains agrees). */
function access(granted: boolean) {
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({
    permissions: [],
    origins: granted ? [...BUILT_IN_ORIGINS] : [],
  });
  return vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(granted);
}

describe('built-in site access', () => {
  it('asks for the origins of every built-in pattern, once each', () => {
    const origins = [...BUILT_IN_ORIGINS];
    expect(origins).toContain('*://*/*');
    expect(origins).toContain('https://mail.google.com/*');
    expect(new Set(origins).size).toBe(origins.length);
    for (const origin of origins) expect(origin).toMatch(/^(?:\*|https?):\/\/[^/]+\/\*$/);
  });

  it('says nothing while the browser grants the access', async () => {
    access(true);
    view = await render(<BuiltInAccessNotice />);
    await settle();
    expect(view.container.textContent).toBe('');
  });

  it("says nothing in Chromium, which lists the manifest's origins but answers contains() with false", async () => {
    access(true).mockResolvedValue(false);
    view = await render(<BuiltInAccessNotice />);
    await settle();
    expect(view.container.textContent).toBe('');
  });

  it('says the access was withdrawn, asks for it on a click, and goes once it is back', async () => {
    access(false);
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    view = await render(<BuiltInAccessNotice />);
    await settle();
    expect(view.container.textContent).toContain('cannot find send errors there');
    await click(byText(view.container, 'button', 'Allow access to these sites'));
    await settle();
    expect(request).toHaveBeenCalledWith({ origins: [...BUILT_IN_ORIGINS] });
    expect(view.container.textContent).toBe('');
  });

  it('goes when the access is given back elsewhere (about:addons): the permission event refreshes it', async () => {
    access(false);
    view = await render(<BuiltInAccessNotice />);
    await settle();
    expect(view.container.textContent).toContain('cannot find send errors there');
    access(true);
    expect(onAdded.length).toBeGreaterThan(0);
    for (const listener of onAdded) listener();
    await settle();
    expect(view.container.textContent).toBe('');
  });

  it('stays, and says so, when the person refuses', async () => {
    access(false);
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    view = await render(<BuiltInAccessNotice />);
    await settle();
    await click(byText(view.container, 'button', 'Allow access to these sites'));
    await settle();
    expect(view.container.textContent).toContain('Access was not granted.');
  });
});
