#!/usr/bin/env node
// The production build of the extension, and a record of how it was made.
//
// Beside .output/<target>/ lies .output/<target>.build.json: the command, mode,
// NODE_ENV and browser of the build, a hash of its sources and a hash of what it
// wrote. A build is reused only when all of them match what a build made now would
// be: a build made under another NODE_ENV (Vitest sets "test", which gives React's
// development bundle), by hand, from older sources, or changed since, is rebuilt.
// File times are not trusted: a checkout, a copy or a dev build can make any of them.
//
// CLI: node scripts/extension-build.mjs [--if-stale] <target>…   (targets: chrome-mv3, firefox-mv3)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** How each target is built (one source of truth for scripts, tests and benches). */
export const TARGETS = {
  'chrome-mv3': { browser: 'chrome', args: ['wxt', 'build', '--mode', 'production'] },
  'firefox-mv3': {
    browser: 'firefox',
    args: ['wxt', 'build', '--mode', 'production', '-b', 'firefox', '--mv3'],
  },
};

/** What a build is made of. Tests are left out: changing one needs no rebuild. */
const SOURCES = [
  'entrypoints',
  'components',
  'lib',
  'utils',
  'public',
  'assets',
  'wxt.config.ts',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
];
const TEST_FILE = /\.test\.[cm]?[jt]sx?$/;
/** Vite reads these for the production mode. */
const ENV_FILE = /^\.env(?:\.production)?(?:\.local)?$/;

function filesUnder(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((entry) => filesUnder(join(path, entry)));
}

/** One hash of file names (relative to `base`) and contents. */
function hashFiles(files, base) {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(relative(base, file).split(sep).join('/')).update('\0');
    hash.update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function sourceFiles(root) {
  const envFiles = readdirSync(root)
    .filter((name) => ENV_FILE.test(name))
    .sort();
  return [...SOURCES, ...envFiles]
    .flatMap((source) => filesUnder(join(root, source)))
    .filter((file) => !TEST_FILE.test(file));
}

export function outputDir(target, root = ROOT) {
  return join(root, '.output', target);
}

function stampPath(target, root) {
  return join(root, '.output', `${target}.build.json`);
}

function targetOf(target) {
  const how = TARGETS[target];
  if (!how) throw new Error(`unknown build target ${target} (known: ${Object.keys(TARGETS).join(', ')})`);
  return how;
}

/** The stamp a build made now would get, but for the hash of its output. */
export function expectedStamp(target, root = ROOT) {
  const { browser, args } = targetOf(target);
  return {
    target,
    browser,
    command: `npx ${args.join(' ')}`,
    mode: 'production',
    nodeEnv: 'production',
    sources: hashFiles(sourceFiles(root), root),
  };
}

/** Why the build of `target` cannot be reused (null: it can). */
export function staleReason(target, root = ROOT) {
  const out = outputDir(target, root);
  if (!existsSync(join(out, 'manifest.json'))) return 'no build yet';
  const path = stampPath(target, root);
  if (!existsSync(path)) return 'the build has no record of how it was made';
  let recorded;
  try {
    recorded = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return 'its build record is unreadable';
  }
  const expected = expectedStamp(target, root);
  for (const [key, value] of Object.entries(expected)) {
    if (recorded[key] !== value) {
      return key === 'sources'
        ? 'the sources changed since it was built'
        : `it was built with ${key} ${JSON.stringify(recorded[key])}, not ${JSON.stringify(value)}`;
    }
  }
  if (recorded.output !== hashFiles(filesUnder(out), out)) return 'its files changed after it was built';
  return null;
}

/**
 * Builds `target` for production, whatever NODE_ENV this process has, and records how.
 * `stdio` is passed to the build (default: inherit).
 */
export function buildExtension(target, { root = ROOT, stdio = 'inherit' } = {}) {
  const { args } = targetOf(target);
  const stamp = expectedStamp(target, root);
  const env = { ...process.env, NODE_ENV: 'production' };
  const { status, error } = spawnSync('npx', args, { cwd: root, env, stdio });
  const out = outputDir(target, root);
  if (status !== 0 || !existsSync(join(out, 'manifest.json'))) {
    throw new Error(`${stamp.command} failed (${error?.message ?? `exit ${status}`})`);
  }
  recordBuild(target, stamp, root);
  return out;
}

/** Writes the build record of `target`: how it was made (`stamp`) and what it wrote. */
export function recordBuild(target, stamp, root = ROOT) {
  const out = outputDir(target, root);
  const record = { ...stamp, output: hashFiles(filesUnder(out), out) };
  writeFileSync(stampPath(target, root), `${JSON.stringify(record, null, 2)}\n`);
}

/**
 * The production build of `target`, rebuilt first if it cannot be reused. `log`
 * hears why a build is made.
 */
export function ensureBuilt(target, { root = ROOT, stdio = 'inherit', log = () => {} } = {}) {
  const reason = staleReason(target, root);
  if (reason === null) return outputDir(target, root);
  log(`building ${target} for production (${reason})`);
  return buildExtension(target, { root, stdio });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const ifStale = args.includes('--if-stale');
  const targets = args.filter((a) => a !== '--if-stale');
  if (!targets.length) {
    process.stderr.write('usage: node scripts/extension-build.mjs [--if-stale] <target>…\n');
    process.exit(2);
  }
  try {
    for (const target of targets) {
      if (ifStale) ensureBuilt(target, { log: (line) => process.stdout.write(`${line}\n`) });
      else buildExtension(target);
    }
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
