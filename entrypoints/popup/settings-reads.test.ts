import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '../../components/settings';
import { followLanguage } from '../../components/language';
import { tabReady, type PopupStateSource } from './popup-state';
import { startPopup } from './start';

afterEach(() => vi.restoreAllMocks());

function until(source: PopupStateSource, done: (source: PopupStateSource) => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = () => done(source) && (resolve(), true);
    if (check()) return;
    const unsubscribe = source.subscribe(() => check() && unsubscribe());
  });
}

describe("the popup's settings reads", () => {
  it('reads the stored settings once per opening, for its state and its language alike', async () => {
    await fakeBrowser.storage.local.set({
      settings: { ...defaultSettings(), language: 'fr', sendingFrom: { kind: 'cloud', hostId: 'hetzner' } },
      settings$: { v: 2 },
    });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');

    // What main.tsx starts, then what its I18nProvider does once rendered.
    const { source, translator: started } = startPopup('?tabId=3');
    const translator = await started;
    const unfollow = followLanguage(translator.locale, () => {});
    await tabReady(source);
    await until(source, (s) => s.getSnapshot().settings.sendingFrom.kind === 'cloud');

    expect(translator.locale).toBe('fr');
    const settingsReads = get.mock.calls.filter(([asked]) =>
      [asked].flat().some((key) => typeof key === 'string' && key.startsWith('settings')),
    );
    expect(settingsReads).toHaveLength(1);
    unfollow();
    source.stop();
  });
});
