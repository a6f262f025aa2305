import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  defaultSettings,
  exportSettings,
  importSettings,
  migrateV1toV2,
  sitePatternFromInput,
  validateSettings,
  type Settings,
  type SettingsV1,
} from './settings';
import { defineSettingsItem, loadSettings, saveSettings } from './settings-store';
import { optionsPageArea } from '../lib/i18n/surfaces/options-page';
import { speakAlso } from '../lib/i18n/translator';

// Settings problems are worded for the options page, which speaks its own area.
speakAlso(optionsPageArea);

function sample(): Settings {
  return {
    provider: {
      id: 'fastmail',
      variant: null,
      address: 'ana@example.org',
      discovered: { host: 'smtp.example.org', port: 465, security: 'ssl', source: 'autoconfig' },
    },
    sendingFrom: { kind: 'cloud', hostId: 'hetzner' },
    backend: { url: 'http://127.0.0.1:9025', token: 'tok-123' },
    probeVia: 'native',
    sites: [
      { pattern: '*://panel.example.org/*', scriptId: 'watch-panel-example-org', addedAt: 1700000000000 },
    ],
    privacy: { doh: 'google' },
  };
}

describe('validateSettings', () => {
  it('keeps a valid value as it is', () => {
    const { settings, issues } = validateSettings(sample());
    expect(issues).toEqual([]);
    expect(settings).toEqual(sample());
  });

  it('replaces each bad field by its default and names it', () => {
    const broken = {
      ...sample(),
      privacy: { doh: 'evil-resolver' },
      backend: { url: 'javascript:alert(1)' },
    };
    const { settings, issues } = validateSettings(broken);
    expect(settings.privacy.doh).toBe('cloudflare');
    expect(settings.backend.url).toBe(defaultSettings().backend.url);
    expect(settings.provider.id).toBe('fastmail');
    expect(issues.map((i) => i.field).sort()).toEqual(['backend.url', 'privacy.doh']);
  });

  it('keeps the probe route when it is one of the two, and replaces anything else by the probe server', () => {
    expect(validateSettings({ probeVia: 'native' }).settings.probeVia).toBe('native');
    const { settings, issues } = validateSettings({ ...sample(), probeVia: 'ssh' });
    expect(settings.probeVia).toBe('http');
    expect(issues).toEqual([{ field: 'probeVia', problem: 'unknown probe route' }]);
  });

  it.each([['a string'], [42], [[1, 2]], [true]])('falls back to defaults for %j', (value) => {
    const { settings, issues } = validateSettings(value);
    expect(settings).toEqual(defaultSettings());
    expect(issues).toHaveLength(1);
  });
});

describe('sitePatternFromInput', () => {
  it.each([
    ['panel.example.org', '*://panel.example.org/*'],
    ['https://Mail.Example.org:2083/cpsess123/frontend', '*://mail.example.org/*'],
    ['*.example.org', '*://*.example.org/*'],
    ['webmail.example.org.', '*://webmail.example.org/*'],
  ])('%s → %s', (input, pattern) => {
    expect(sitePatternFromInput(input)).toBe(pattern);
  });

  it.each([[''], ['not a host!'], ['*.com'], ['http://'], ['-bad-.example.org']])('refuses %j', (input) => {
    expect(sitePatternFromInput(input)).toBeNull();
  });
});

describe('v1 → v2 migration', () => {
  const v1: SettingsV1 = {
    providerId: 'gmail',
    address: 'bo@example.com',
    sendingFrom: 'home',
    hostId: null,
    backendUrl: 'http://127.0.0.1:8099',
    backendToken: 'secret-token',
    watchedSites: ['panel.example.net'],
    doh: 'off',
  };

  it('carries every v1 field over', () => {
    const { settings, issues } = validateSettings(migrateV1toV2(v1));
    expect(issues).toEqual([]);
    expect(settings).toEqual({
      provider: { id: 'gmail', variant: null, address: 'bo@example.com', discovered: null },
      sendingFrom: { kind: 'home', hostId: null },
      backend: { url: 'http://127.0.0.1:8099', token: 'secret-token' },
      probeVia: 'http',
      sites: [{ pattern: '*://panel.example.net/*', scriptId: 'watch-panel-example-net', addedAt: 0 }],
      privacy: { doh: 'off' },
    });
  });

  describe.each([
    ['through the versioned item', () => defineSettingsItem()],
    ['in one read of the value and its version', () => undefined],
  ])('in storage, read %s', (_, source) => {
    beforeEach(() => fakeBrowser.reset());

    it('a stored v1 object survives the update intact', async () => {
      // What the first release left behind: the value, with version metadata 1.
      await fakeBrowser.storage.local.set({ settings: v1, settings$: { v: 1 } });
      const state = await loadSettings(source());
      expect(state.status).toBe('stored');
      expect(state.settings.provider).toEqual({
        id: 'gmail',
        variant: null,
        address: 'bo@example.com',
        discovered: null,
      });
      expect(state.settings.backend).toEqual({ url: 'http://127.0.0.1:8099', token: 'secret-token' });
      expect(state.settings.sites.map((s) => s.pattern)).toEqual(['*://panel.example.net/*']);
      expect(state.settings.privacy.doh).toBe('off');
      // The migrated value is written back with the new version.
      const stored = await fakeBrowser.storage.local.get(['settings', 'settings$']);
      expect(stored.settings$).toEqual({ v: 2 });
      expect(stored.settings).toEqual(state.settings);
    });

    it.each([
      ['without its version marker', {}],
      ['marked as version 1', { settings$: { v: 1 } }],
    ])('a v2 value stored %s keeps every field', async (_, meta) => {
      await fakeBrowser.storage.local.set({ settings: sample(), ...meta });
      const state = await loadSettings(source());
      expect(state).toEqual({ status: 'stored', settings: sample() });
      const stored = await fakeBrowser.storage.local.get(['settings', 'settings$']);
      expect(stored.settings).toEqual(sample());
      expect(stored.settings$).toEqual({ v: 2 });
    });

    it('a v1 value keeps its valid fields and names each one it could not carry over', async () => {
      const partly: Record<string, unknown> = {
        ...v1,
        sendingFrom: 'garage',
        watchedSites: ['panel.example.net', 'not a host!'],
      };
      await fakeBrowser.storage.local.set({ settings: partly, settings$: { v: 1 } });
      const state = await loadSettings(source());
      expect(state.status).toBe('repaired');
      expect(state.settings.provider.id).toBe('gmail');
      expect(state.settings.provider.address).toBe('bo@example.com');
      expect(state.settings.backend).toEqual({ url: 'http://127.0.0.1:8099', token: 'secret-token' });
      expect(state.settings.sites.map((s) => s.pattern)).toEqual(['*://panel.example.net/*']);
      expect(state.settings.privacy.doh).toBe('off');
      expect(state.status === 'repaired' && state.issues).toEqual([
        { field: 'sendingFrom.kind', problem: 'unknown place' },
        { field: 'sites[1]', problem: 'not a site pattern: "not a host!"' },
      ]);
    });

    it('a corrupt stored value gives defaults and says so', async () => {
      await fakeBrowser.storage.local.set({ settings: 'garbage{', settings$: { v: 2 } });
      const state = await loadSettings(source());
      expect(state.status).toBe('repaired');
      expect(state.settings).toEqual(defaultSettings());
    });

    it('a missing value gives defaults, marked missing', async () => {
      const state = await loadSettings(source());
      expect(state).toEqual({ status: 'missing', settings: defaultSettings() });
    });

    it('saves and reads back', async () => {
      const item = defineSettingsItem();
      await saveSettings(sample(), item);
      expect(await loadSettings(item)).toEqual({ status: 'stored', settings: sample() });
    });
  });
});

describe('export and import', () => {
  it('round-trips', () => {
    const file = exportSettings(sample(), new Date('2026-01-02T03:04:05Z'));
    const result = importSettings(file);
    expect(result).toEqual({ ok: true, settings: sample(), issues: [] });
  });

  it('reads a v1 export', () => {
    const file = JSON.stringify({
      format: 'smtp-doctor-settings',
      version: 1,
      settings: { providerId: 'zoho-eu' },
    });
    const result = importSettings(file);
    expect(result.ok && result.settings.provider.id).toBe('zoho-eu');
  });

  it.each([
    ['a string', '2'],
    ['missing', undefined],
  ])('reads a v2 export whose version is %s as v2, keeping every field', (_, version) => {
    const file = JSON.stringify({ format: 'smtp-doctor-settings', version, settings: sample() });
    expect(importSettings(file)).toEqual({ ok: true, settings: sample(), issues: [] });
  });

  it('keeps the valid fields of a v1 export with a bad one, and names the bad one', () => {
    const file = JSON.stringify({
      format: 'smtp-doctor-settings',
      version: '1',
      settings: { providerId: 'zoho-eu', backendUrl: 'http://127.0.0.1:9000', doh: 'evil' },
    });
    const result = importSettings(file);
    expect(result.ok && result.settings.provider.id).toBe('zoho-eu');
    expect(result.ok && result.settings.backend.url).toBe('http://127.0.0.1:9000');
    expect(result.ok && result.issues).toEqual([{ field: 'privacy.doh', problem: 'unknown resolver' }]);
  });

  it.each([
    ['{not json', 'not valid JSON'],
    ['{"format": "smtp-doctor-settings", "version": "two", "settings": {}}', 'version'],
    ['{"format": "smtp-doctor-settings", "version": "99", "settings": {}}', 'newer version'],
    ['{"hello": 1}', 'not an SMTP Doctor settings file'],
    ['{"format": "smtp-doctor-settings", "version": 99, "settings": {}}', 'newer version'],
  ])('refuses %s', (text, error) => {
    const result = importSettings(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(error);
  });
});
