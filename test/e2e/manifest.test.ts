import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_MATCHES, PANEL_PORT_GLOBS } from '../../utils/site-patterns';
import { builtExtension } from './support/build';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

/** Mozilla's linter (web-ext lint = addons-linter, offline) on the Firefox MV3 build. */
describe('Firefox build', () => {
  const dir = builtExtension('firefox-mv3');

  it('passes web-ext lint with no errors, and no unsafe HTML in the extension’s own scripts', () => {
    const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-input'], {
      encoding: 'utf8',
      maxBuffer: 32 * 1024 * 1024,
    });
    const report = JSON.parse(run.stdout) as LintReport;
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
    const ours = ['background.js', 'content-scripts/content.js'];
    const unsafe = report.warnings.filter((w) => w.code.startsWith('UNSAFE') && ours.includes(w.file ?? ''));
    expect(unsafe).toEqual([]);
  }, 180_000); // addons-linter reads every file of the build: over a minute on a loaded machine

  it('is MV3 with a gecko id, a data-collection declaration and the user-site permission', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.browser_specific_settings.gecko.id).toMatch(/^\{[0-9a-f-]{36}\}$/);
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({
      required: ['none'],
    });
    // WXT drops this key from MV2 builds: the reason Firefox is built as MV3.
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  });
});

describe('Chrome build', () => {
  const manifest = JSON.parse(readFileSync(join(builtExtension('chrome-mv3'), 'manifest.json'), 'utf8'));

  it('asks for the fewest permissions: no host access, no tabs, no webNavigation', () => {
    expect(manifest.permissions).toEqual(['storage', 'contextMenus', 'activeTab', 'scripting']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  });

  it('needs the Chromium whose APIs it uses without the polyfill (storage.session, promise sendMessage)', () => {
    expect(manifest.minimum_chrome_version).toBe('102');
  });

  it('injects the watcher by the site patterns, in every frame, and by port through globs', () => {
    const scripts = manifest.content_scripts as Array<Record<string, unknown>>;
    expect(scripts).toHaveLength(2);
    for (const entry of scripts) {
      expect(entry.js).toEqual(['content-scripts/content.js']);
      expect(entry.all_frames).toBe(true);
    }
    expect([...(scripts[0]!.matches as string[])].sort()).toEqual([...CONTENT_MATCHES].sort());
    expect(scripts[1]!.include_globs).toEqual(PANEL_PORT_GLOBS);
  });
});
