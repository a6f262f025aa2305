import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt as ensureProductionBuild, outputDir, ROOT } from '../../../scripts/extension-build.mjs';
import { note } from './emit';

export { ROOT };
export const OUTPUT_DIR = outputDir('chrome-mv3');

/**
 * The production build in .output/chrome-mv3, rebuilt unless its build record matches
 * a production build of the current sources (scripts/extension-build.mjs).
 * BENCH_NO_BUILD=1 takes whatever build is there; BENCH_EXTENSION_DIR=<dir> benches
 * another build. Build output goes to stderr.
 */
export function ensureBuilt(): string {
  if (process.env.BENCH_EXTENSION_DIR) return process.env.BENCH_EXTENSION_DIR;
  if (process.env.BENCH_NO_BUILD === '1' && existsSync(join(OUTPUT_DIR, 'manifest.json'))) return OUTPUT_DIR;
  return ensureProductionBuild('chrome-mv3', { stdio: ['ignore', 2, 2], log: note });
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
