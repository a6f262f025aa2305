import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../../../', import.meta.url).pathname;
// Under Vitest NODE_ENV is "test", which Vite would bake into the bundle (React's
// development build): the build under test must be the production one.
const PRODUCTION_ENV = { ...process.env, NODE_ENV: 'production' };
const SOURCES = ['entrypoints', 'components', 'lib', 'utils', 'public', 'wxt.config.ts', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry.endsWith('.test.ts') || entry.endsWith('.test.tsx')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/**
 * The built extension for a browser target, rebuilt when any source is newer than
 * its manifest, then copied to a private directory: other builds in this checkout
 * cannot change it while the tests run.
 */
export function builtExtension(target: 'chrome-mv3' | 'firefox-mv3'): string {
  const out = join(ROOT, '.output', target);
  const manifest = join(out, 'manifest.json');
  const stale =
    !existsSync(manifest) || SOURCES.some((s) => newestMtime(join(ROOT, s)) > statSync(manifest).mtimeMs);
  if (stale) {
    const args = target === 'chrome-mv3' ? ['wxt', 'build'] : ['wxt', 'build', '-b', 'firefox', '--mv3'];
    const { status } = spawnSync('npx', args, { cwd: ROOT, env: PRODUCTION_ENV, stdio: 'inherit' });
    if (status !== 0) throw new Error(`npx ${args.join(' ')} failed (exit ${status})`);
  }
  const copy = mkdtempSync(join(tmpdir(), `smtp-doctor-${target}-`));
  cpSync(out, copy, { recursive: true });
  return copy;
}
