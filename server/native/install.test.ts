// `smtp-doctor native install|status|uninstall` as a user runs them, with HOME pointed at a temp dir.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHROME_DEV_KEY, GECKO_ID } from '../../lib/extension-identity.ts';
import {
  CHROMIUM_DEV_ID,
  chromiumIdFromKey,
  installNativeHost,
  manifestLocations,
  uninstallNativeHost,
} from './install.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
let home = '';

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'smtp-doctor-home-'));
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['bin/smtp-doctor.js', 'native', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, HOME: home },
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const PLACES = {
  chromium: '.config/chromium/NativeMessagingHosts/smtp_doctor.json',
  chrome: '.config/google-chrome/NativeMessagingHosts/smtp_doctor.json',
  firefox: '.mozilla/native-messaging-hosts/smtp_doctor.json',
};

describe('smtp-doctor native (Linux, under $HOME)', () => {
  it('install writes one stdio manifest per browser, allowing only the extension; status 0; uninstall removes them', () => {
    expect(cli('status').code).toBe(1);

    const install = cli('install');
    expect(install.code, install.err).toBe(0);
    for (const [browser, place] of Object.entries(PLACES)) {
      const manifest = JSON.parse(readFileSync(join(home, place), 'utf8'));
      expect(manifest.name).toBe('smtp_doctor');
      expect(manifest.type).toBe('stdio');
      expect(manifest.path).toBe(join(home, '.local/share/smtp-doctor/native-host'));
      if (browser === 'firefox') {
        expect(manifest.allowed_extensions).toEqual([GECKO_ID]);
        expect(manifest.allowed_origins).toBeUndefined();
      } else {
        expect(manifest.allowed_origins).toEqual([`chrome-extension://${CHROMIUM_DEV_ID}/`]);
        expect(manifest.allowed_extensions).toBeUndefined();
      }
    }
    const launcher = join(home, '.local/share/smtp-doctor/native-host');
    expect(statSync(launcher).mode & 0o111).not.toBe(0);
    const script = readFileSync(launcher, 'utf8');
    // Absolute Node and CLI paths (browsers start hosts without the user's PATH); no lab mode by default.
    expect(script).toContain(`'${process.execPath}'`);
    expect(script).toContain(`'${join(ROOT, 'bin/smtp-doctor.js')}' 'native' 'host'`);
    expect(script).not.toContain('--lab');

    const status = cli('status');
    expect(status.code).toBe(0);
    expect(status.out.match(/ installed /g)).toHaveLength(3);

    const uninstall = cli('uninstall');
    expect(uninstall.code).toBe(0);
    for (const place of Object.values(PLACES)) expect(existsSync(join(home, place))).toBe(false);
    expect(existsSync(launcher)).toBe(false);
    expect(cli('status').code).toBe(1);
  });

  it('status says which browser is missing or broken, and exits 1', () => {
    expect(cli('install').code).toBe(0);
    rmSync(join(home, PLACES.chrome));
    writeFileSync(
      join(home, PLACES.firefox),
      JSON.stringify({
        name: 'smtp_doctor',
        type: 'stdio',
        path: '/nowhere',
        allowed_extensions: [GECKO_ID],
      }),
    );
    const status = cli('status');
    expect(status.code).toBe(1);
    expect(status.out).toMatch(/^chromium\s+installed/m);
    expect(status.out).toMatch(/^chrome\s+missing/m);
    expect(status.out).toMatch(/^firefox\s+broken .*\/nowhere is not executable/m);
  });

  it('adds a store id given with --extension-id, and refuses what is not an id', () => {
    const storeId = 'a'.repeat(32);
    expect(cli('install', '--extension-id', storeId).code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(home, PLACES.chrome), 'utf8'));
    expect(manifest.allowed_origins).toEqual([
      `chrome-extension://${CHROMIUM_DEV_ID}/`,
      `chrome-extension://${storeId}/`,
    ]);
    const bad = cli('install', '--extension-id', 'not-an-id');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('"not-an-id" is not a Chromium extension id');
  });

  it('uninstall leaves a manifest of the same name that another program wrote', () => {
    const foreign = join(home, PLACES.chromium);
    mkdirSync(join(foreign, '..'), { recursive: true });
    writeFileSync(foreign, JSON.stringify({ name: 'someone_else' }));
    expect(cli('uninstall').code).toBe(0);
    expect(existsSync(foreign)).toBe(true);
  });
});

describe('install options', () => {
  it('--dir writes one manifest there, with the launcher beside it, lab mode only when asked', () => {
    const dir = join(home, 'profile', 'NativeMessagingHosts');
    const result = installNativeHost({ dir, lab: true, allowPorts: [2526] });
    expect(result.manifests).toEqual([{ browser: 'chromium', path: join(dir, 'smtp_doctor.json') }]);
    expect(readFileSync(result.launcher, 'utf8')).toContain(`'--lab' '--allow-ports' '2526' "$@"`);
    expect(existsSync(join(home, '.config'))).toBe(false);
    expect(uninstallNativeHost({ dir })).toEqual([join(dir, 'smtp_doctor.json'), result.launcher]);
  });

  it('uses the documented places on macOS, and refuses Windows (registry)', () => {
    const support = join(home, 'Library/Application Support');
    expect(manifestLocations({ home, platform: 'darwin' }).map((l) => l.path)).toEqual([
      join(support, 'Chromium/NativeMessagingHosts/smtp_doctor.json'),
      join(support, 'Google/Chrome/NativeMessagingHosts/smtp_doctor.json'),
      join(support, 'Mozilla/NativeMessagingHosts/smtp_doctor.json'),
    ]);
    expect(() => manifestLocations({ home, platform: 'win32' })).toThrow(/registry/);
  });

  it('derives the development id from the manifest key (the id README documents)', () => {
    expect(chromiumIdFromKey(CHROME_DEV_KEY)).toBe('homaebmgjfgololdcdpohciddahpkacf');
    expect(CHROMIUM_DEV_ID).toMatch(/^[a-p]{32}$/);
  });
});
