import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, type BuildTarget } from '../../../scripts/extension-build.mjs';

/**
 * The production build for a browser target (rebuilt unless its build record matches
 * a production build of the current sources: scripts/extension-build.mjs), copied to
 * a private directory: other builds in this checkout cannot change it while the tests run.
 */
export function builtExtension(target: BuildTarget): string {
  const out = ensureBuilt(target, { log: (line) => process.stderr.write(`${line}\n`) });
  if (hasReactDevelopmentBundle(out)) throw new Error(`${out} carries React's development bundle`);
  const copy = mkdtempSync(join(tmpdir(), `smtp-doctor-${target}-`));
  cpSync(out, copy, { recursive: true });
  return copy;
}

/**
 * Does a built extension carry React's development bundle? Its dev-only warnings
 * ("Invalid hook call") are compiled out of the production one, which throws
 * numbered errors instead.
 */
export function hasReactDevelopmentBundle(extensionDir: string): boolean {
  const scripts = readdirSync(extensionDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.js'),
  );
  return scripts.some((f) => readFileSync(join(extensionDir, f), 'utf8').includes('Invalid hook call'));
}
