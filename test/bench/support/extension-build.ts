import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { note } from './emit';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
// Under Vitest NODE_ENV is "test", which Vite would bake into the bundle (React's
// development build): the build under test must be the production one.
const PRODUCTION_ENV = { ...process.env, NODE_ENV: 'production' };
export const OUTPUT_DIR = join(ROOT, '.output/chrome-mv3');
/** What the production build is made of; a newer file here means the build is stale. */
const SOURCES = [
  'entrypoints',
  'lib',
  'utils',
  'components',
  'public',
  'assets',
  'wxt.config.ts',
  'package.json',
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return /\.test\.tsx?$/.test(path) ? 0 : stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/**
 * Builds .output/chrome-mv3 with `wxt build` when it is missing or older than its sources
 * (BENCH_NO_BUILD=1 skips the check; BENCH_EXTENSION_DIR=<dir> benches another build).
 * Build output goes to stderr.
 */
export function ensureBuilt(): string {
  if (process.env.BENCH_EXTENSION_DIR) return process.env.BENCH_EXTENSION_DIR;
  const manifest = join(OUTPUT_DIR, 'manifest.json');
  if (process.env.BENCH_NO_BUILD === '1' && existsSync(manifest)) return OUTPUT_DIR;
  const builtAt = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  const newest = Math.max(...SOURCES.map((s) => newestMtime(join(ROOT, s))));
  if (newest > builtAt) {
    note(`building the extension (npx wxt build): ${builtAt ? 'sources changed' : 'no build yet'}`);
    const { status } = spawnSync('npx', ['wxt', 'build'], {
      cwd: ROOT,
      env: PRODUCTION_ENV,
      stdio: ['ignore', 2, 2],
    });
    if (status !== 0 || !existsSync(manifest)) throw new Error(`wxt build failed (exit ${status})`);
  }
  return OUTPUT_DIR;
}

/**
 * A private copy of the build, so a rebuild by someone else during a long run cannot
 * swap files under the browser. Removed on exit.
 */
export function snapshotExtension(dir: string = ensureBuilt()): string {
  const copy = mkdtempSync(join(tmpdir(), 'smtp-doctor-bench-ext-'));
  cpSync(dir, copy, { recursive: true });
  process.once('exit', () => rmSync(copy, { recursive: true, force: true }));
  return copy;
}
