import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { USER_SITE_SCRIPT_FILE } from '../utils/user-site-flag';
import {
  CONTENT_SCRIPT_FILE,
  addWatchedSite,
  removeWatchedSite,
  restoreWatchedSites,
  sitesWithoutAccess,
} from './site-access';

// fakeBrowser does not implement permissions or scripting: stand in for them per test.
function stubApis(granted: boolean) {
  const permissions = {
    request: vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(granted),
    remove: vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true),
    contains: vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false),
  };
  const scripting = {
    register: vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockResolvedValue(undefined),
    unregister: vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockResolvedValue(undefined),
  };
  return { permissions, scripting };
}

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('addWatchedSite', () => {
  it('asks for the origin, then registers the content script for it in all frames', async () => {
    const api = stubApis(true);
    const result = await addWatchedSite('https://panel.example.org:8443/login', 1234);
    // Each origin within one of the manifest's optional patterns (https://*/*, http://*/*).
    const origins = ['https://panel.example.org/*', 'http://panel.example.org/*'];
    expect(api.permissions.request).toHaveBeenCalledWith({ origins });
    expect(api.scripting.register).toHaveBeenCalledWith([
      expect.objectContaining({
        id: 'watch-panel-example-org',
        matches: origins,
        js: [USER_SITE_SCRIPT_FILE, CONTENT_SCRIPT_FILE],
        allFrames: true,
      }),
    ]);
    expect(result).toEqual({
      ok: true,
      site: { pattern: '*://panel.example.org/*', scriptId: 'watch-panel-example-org', addedAt: 1234 },
    });
  });

  it('calls permissions.request synchronously, inside the user gesture', () => {
    const api = stubApis(true);
    void addWatchedSite('panel.example.org');
    expect(api.permissions.request).toHaveBeenCalledTimes(1);
  });

  it('registers nothing when the user says no', async () => {
    const api = stubApis(false);
    const result = await addWatchedSite('panel.example.org');
    expect(result).toMatchObject({ ok: false, reason: 'denied' });
    expect(api.scripting.register).not.toHaveBeenCalled();
  });

  it('asks for nothing when the input is not a host', async () => {
    const api = stubApis(true);
    const result = await addWatchedSite('not a host');
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect(api.permissions.request).not.toHaveBeenCalled();
  });

  it('gives the permission back when registering fails', async () => {
    const api = stubApis(true);
    api.scripting.register.mockRejectedValue(new Error('Invalid script'));
    const result = await addWatchedSite('panel.example.org');
    expect(result).toMatchObject({ ok: false, reason: 'failed' });
    expect(api.permissions.remove).toHaveBeenCalledWith({
      origins: ['https://panel.example.org/*', 'http://panel.example.org/*'],
    });
  });
});

describe('removeWatchedSite', () => {
  it('unregisters the script and revokes the origin', async () => {
    const api = stubApis(true);
    await removeWatchedSite({
      pattern: '*://*.example.net/*',
      scriptId: 'watch-any-example-net',
      addedAt: 1,
    });
    expect(api.scripting.unregister).toHaveBeenCalledWith({ ids: ['watch-any-example-net'] });
    expect(api.permissions.remove).toHaveBeenCalledWith({
      origins: ['https://*.example.net/*', 'http://*.example.net/*'],
    });
  });

  it('says whether the browser really took the access back', async () => {
    const api = stubApis(true);
    const site = { pattern: '*://a.example.net/*', scriptId: 'watch-a-example-net', addedAt: 1 };
    api.permissions.contains.mockResolvedValue(false);
    expect(await removeWatchedSite(site)).toEqual({ accessReturned: true });
    // Chromium: "You cannot remove required permissions" when a manifest pattern covers the origin.
    api.permissions.remove.mockRejectedValue(new Error('You cannot remove required permissions.'));
    api.permissions.contains.mockResolvedValue(true);
    expect(await removeWatchedSite(site)).toEqual({ accessReturned: false });
  });

  it('still revokes the origin when the script was already gone', async () => {
    const api = stubApis(true);
    api.scripting.unregister.mockRejectedValue(new Error('Nonexistent script ID'));
    await removeWatchedSite({ pattern: '*://a.example.net/*', scriptId: 'watch-a-example-net', addedAt: 1 });
    expect(api.permissions.remove).toHaveBeenCalledWith({
      origins: ['https://a.example.net/*', 'http://a.example.net/*'],
    });
  });
});

describe('sitesWithoutAccess', () => {
  it('lists the sites whose permission was taken away', async () => {
    const api = stubApis(true);
    api.permissions.contains.mockImplementation(
      async (p) => !p.origins?.includes('https://gone.example.org/*'),
    );
    const missing = await sitesWithoutAccess([
      { pattern: '*://kept.example.org/*', scriptId: 'a', addedAt: 1 },
      { pattern: '*://gone.example.org/*', scriptId: 'b', addedAt: 1 },
    ]);
    expect([...missing]).toEqual(['*://gone.example.org/*']);
  });
});

describe('restoreWatchedSites', () => {
  const site = (host: string) => ({
    pattern: `*://${host}/*`,
    scriptId: `watch-${host.replace(/\./g, '-')}`,
    addedAt: 1,
  });

  it('registers again the sites the browser forgot, where access is still granted', async () => {
    const register = vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([
      { id: 'watch-kept-example-org', matches: ['https://kept.example.org/*'] },
    ]);
    // Access to withdrawn.example.org was taken back in the browser's settings.
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(
      async ({ origins }) => !origins?.some((origin) => origin.includes('withdrawn')),
    );
    const restored = await restoreWatchedSites([
      site('kept.example.org'),
      site('dropped.example.org'),
      site('withdrawn.example.org'),
    ]);
    expect(restored).toEqual(['*://dropped.example.org/*']);
    expect(register).toHaveBeenCalledTimes(1);
    expect(register).toHaveBeenCalledWith([
      expect.objectContaining({
        id: 'watch-dropped-example-org',
        matches: ['https://dropped.example.org/*', 'http://dropped.example.org/*'],
        js: [USER_SITE_SCRIPT_FILE, CONTENT_SCRIPT_FILE],
      }),
    ]);
  });

  it('goes on past a site the browser refuses to register', async () => {
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([]);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    vi.spyOn(fakeBrowser.scripting, 'registerContentScripts')
      .mockRejectedValueOnce(new Error('Duplicate script ID'))
      .mockResolvedValue(undefined);
    const restored = await restoreWatchedSites([site('a.example.org'), site('b.example.org')]);
    expect(restored).toEqual(['*://b.example.org/*']);
  });

  it('registers nothing, and does not throw, when the browser cannot list its scripts', async () => {
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(() => {
      throw new TypeError('getRegisteredContentScripts is not a function');
    });
    const register = vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockResolvedValue(undefined);
    await expect(restoreWatchedSites([site('a.example.org')])).resolves.toEqual([]);
    expect(register).not.toHaveBeenCalled();
  });
});
