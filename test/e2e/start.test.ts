import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { staleReason } from '../../scripts/extension-build.mjs';
import { hasReactDevelopmentBundle } from './support/build';

/**
 * `npm start` (scripts/start.mjs) run for real: it builds, then either explains how
 * to load the extension (no display) or serves the demo and opens "Chromium" — here
 * a stand-in that records how it was started and fetches the demo page the way the
 * browser would, through the host-resolver mapping it was given.
 */

const ROOT = new URL('../../', import.meta.url).pathname;
let child: ChildProcess | undefined;

function run(env: NodeJS.ProcessEnv): {
  child: ChildProcess;
  output: () => string;
  exit: Promise<number | null>;
} {
  let output = '';
  child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exit = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exit };
}

async function until(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function baseEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  delete env.CHROME_PATH;
  return env;
}

afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

describe('npm start', () => {
  it('without a display: builds, says how to load the extension by hand, exits 0', async () => {
    // Whatever NODE_ENV it inherits (Vitest's is "test"), the build is the production one.
    const { output, exit } = run({ ...baseEnv(), NODE_ENV: 'test' });
    expect(await exit).toBe(0);
    expect(output()).toContain('No display');
    const built = join(ROOT, '.output', 'chrome-mv3');
    expect(output()).toContain(built);
    expect(existsSync(join(built, 'manifest.json'))).toBe(true);
    expect(hasReactDevelopmentBundle(built)).toBe(false);
    // … and recorded as such, so the e2e tests and benches reuse it rather than rebuild.
    expect(staleReason('chrome-mv3')).toBeNull();
  }, 180_000);

  it('with a display: opens the browser with the extension on the demo webmail, and Ctrl-C stops it all', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'smtp-doctor-start-'));
    const fake = join(dir, 'chromium');
    // The stand-in browser: record argv and pid, load the demo page through the mapping, then wait.
    writeFileSync(
      fake,
      `#!${process.execPath}
const fs = require('node:fs');
const http = require('node:http');
const args = process.argv.slice(2);
fs.writeFileSync(${JSON.stringify(join(dir, 'args.json'))}, JSON.stringify({ args, pid: process.pid }));
const rule = args.find((a) => a.startsWith('--host-resolver-rules=')).split('=')[1];
const [, host, target] = rule.match(/^MAP (\\S+) (\\S+)$/);
const [ip, port] = target.split(':');
const url = new URL(args[args.length - 1]);
http.get({ host: ip, port, path: url.pathname + url.search, headers: { host } }, (res) => {
  let body = '';
  res.on('data', (d) => (body += d)).on('end', () => fs.writeFileSync(${JSON.stringify(join(dir, 'page.html'))}, body));
});
setInterval(() => {}, 1000);
`,
    );
    chmodSync(fake, 0o755);
    const env = {
      ...baseEnv(),
      DISPLAY: ':99',
      CHROME_PATH: fake,
      // The probe backend, if it starts, keeps its token out of the user's config.
      SMTP_DOCTOR_TOKEN: 'start-test-token-0123456789abcdef',
      XDG_CONFIG_HOME: dir,
    };
    const { child: start, output, exit } = run(env);
    await until(() => existsSync(join(dir, 'page.html')), 150_000);

    const { args, pid } = JSON.parse(readFileSync(join(dir, 'args.json'), 'utf8')) as {
      args: string[];
      pid: number;
    };
    const extension = join(ROOT, '.output', 'chrome-mv3');
    expect(args).toContain(`--load-extension=${extension}`);
    expect(args).toContain(`--disable-extensions-except=${extension}`);
    expect(args.at(-1)).toBe('http://webmail.example.org/?_task=mail&_action=compose');
    expect(args.find((a) => a.startsWith('--host-resolver-rules='))).toMatch(
      /^--host-resolver-rules=MAP webmail\.example\.org 127\.0\.0\.1:\d+$/,
    );
    const page = readFileSync(join(dir, 'page.html'), 'utf8');
    expect(page).toContain('class="task-mail action-compose"');
    expect(page).toContain('SMTP Error (-1): Connection to server failed.');

    start.kill('SIGINT');
    expect(await exit).toBe(0);
    // The browser it started is gone too.
    await until(() => {
      try {
        process.kill(pid, 0);
        return false;
      } catch {
        return true;
      }
    }, 10_000);
    expect(output()).toContain('Ctrl-C stops');
  }, 180_000);
});
