import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectedStamp, recordBuild, staleReason } from '../../scripts/extension-build.mjs';

/**
 * When the e2e tests, the benches and `npm start` may reuse a build: only when its
 * record says it is a production build of exactly the current sources and its files
 * are the ones that build wrote (file times are not looked at).
 */

let root: string;
const write = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};
const stampFile = () => join(root, '.output', 'chrome-mv3.build.json');

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'smtp-doctor-build-record-'));
  write('package.json', '{"name":"x"}');
  write('lib/rules/table.ts', 'export const A = 1;');
  write('entrypoints/popup/main.tsx', 'export {};');
  write('.output/chrome-mv3/manifest.json', '{"manifest_version":3}');
  write('.output/chrome-mv3/chunks/popup.js', 'production();');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('build record', () => {
  it('reuses a production build of the current sources', () => {
    expect(staleReason('chrome-mv3', root)).toBe('the build has no record of how it was made');
    recordBuild('chrome-mv3', expectedStamp('chrome-mv3', root), root);
    expect(staleReason('chrome-mv3', root)).toBeNull();
    expect(JSON.parse(readFileSync(stampFile(), 'utf8'))).toMatchObject({
      mode: 'production',
      nodeEnv: 'production',
      browser: 'chrome',
    });
    // A test changes no build.
    write('lib/rules/table.test.ts', 'it();');
    expect(staleReason('chrome-mv3', root)).toBeNull();
  });

  it('rebuilds a build made under another NODE_ENV, even with newer files than every source', () => {
    recordBuild('chrome-mv3', { ...expectedStamp('chrome-mv3', root), nodeEnv: 'test' } as never, root);
    expect(staleReason('chrome-mv3', root)).toBe('it was built with nodeEnv "test", not "production"');
  });

  it('rebuilds when a source changes, or the output was rewritten by another build', () => {
    recordBuild('chrome-mv3', expectedStamp('chrome-mv3', root), root);
    write('lib/rules/table.ts', 'export const A = 2;');
    expect(staleReason('chrome-mv3', root)).toBe('the sources changed since it was built');

    recordBuild('chrome-mv3', expectedStamp('chrome-mv3', root), root);
    write('.output/chrome-mv3/chunks/popup.js', 'development();');
    expect(staleReason('chrome-mv3', root)).toBe('its files changed after it was built');
  });

  it('rebuilds when there is no build, or its record is for another browser', () => {
    rmSync(join(root, '.output/chrome-mv3/manifest.json'));
    expect(staleReason('chrome-mv3', root)).toBe('no build yet');
    write('.output/chrome-mv3/manifest.json', '{}');
    recordBuild('chrome-mv3', expectedStamp('firefox-mv3', root), root);
    expect(staleReason('chrome-mv3', root)).toMatch(/^it was built with target "firefox-mv3"/);
  });
});
