import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { translationProblems } from '../test/support/translations.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const TIMEOUT_25 = 'SMTP ERROR: Failed to connect to server: Connection timed out (110) smtp.example.org:25';

/** Runs the real bin in a locale environment (LC_ALL, LC_MESSAGES, LANGUAGE and LANG as given, the others unset). */
function run(args: string[], locale: Record<string, string>): Promise<{ code: number | null; out: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  delete env.LANG;
  delete env.LANGUAGE;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/smtp-doctor.js', ...args], {
      cwd: ROOT,
      env: { ...env, ...locale },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

describe('the CLI speaks the language of LC_ALL, LC_MESSAGES or LANG', () => {
  it('writes its usage in German for LANG=de_DE.UTF-8 and in English for C', async () => {
    const de = await run(['--help'], { LANG: 'de_DE.UTF-8' });
    expect(de.code).toBe(0);
    expect(de.out).toContain('Aufruf:');
    expect(de.out).toContain('SMTP-Ports von diesem Rechner aus testen');
    expect(de.out).not.toContain('Usage:');
    const c = await run(['--help'], { LANG: 'de_DE.UTF-8', LC_ALL: 'C' });
    expect(c.out).toContain('Usage:');
  });

  it('explains in Russian for LC_MESSAGES=ru_RU.UTF-8, facts unchanged', async () => {
    const ru = await run(['explain', TIMEOUT_25], { LANG: 'en_US.UTF-8', LC_MESSAGES: 'ru_RU.UTF-8' });
    expect(ru.code).toBe(0);
    expect(ru.out).toContain('Почему');
    expect(ru.out).toContain('Как исправить');
    expect(ru.out).toContain('smtp.example.org');
    expect(ru.out).not.toMatch(/^How to fix$/m);
  });
});

/**
 * Runs a command in English and in a language: the same exit status, the facts of the English
 * output kept, no English sentence left over. Returns the translated output for further checks.
 */
async function expectTranslated(
  args: string[],
  lang: string,
  env: Record<string, string> = {},
): Promise<string> {
  const english = await run(args, { ...env, LC_ALL: 'C.UTF-8' });
  const translated = await run(args, { ...env, LANG: lang });
  expect(translated.code).toBe(english.code);
  expect(translationProblems(translated.out, english.out, `${lang} ${args.join(' ')}`)).toEqual([]);
  return translated.out;
}

/** `serve --port 0` in a language: its banner, up to the token line; then stopped by its pid. */
async function serveBanner(lang: string, configDir: string): Promise<string> {
  const child = spawn(process.execPath, ['bin/smtp-doctor.js', 'serve', '--port', '0', '--quiet', '--lab'], {
    cwd: ROOT,
    env: {
      ...process.env,
      LC_ALL: '',
      LANGUAGE: '',
      LANG: lang,
      SMTP_DOCTOR_CONFIG_DIR: configDir,
      SMTP_DOCTOR_TOKEN: '',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const lines: string[] = [];
    await new Promise<void>((resolve, reject) => {
      createInterface({ input: child.stdout }).on('line', (line) => {
        lines.push(line);
        if (lines.length === 4) resolve(); // banner, token, where it is kept, lab mode
      });
      child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${lines.join('\n')}`)));
    });
    return lines.join('\n');
  } finally {
    child.kill('SIGTERM');
  }
}

// Each test starts the CLI several times in a row; on a loaded 2-core machine one start can take seconds.
const SPAWNS_TIMEOUT = 90_000;

describe.each([
  ['de_DE.UTF-8', 'Aufruf:', 'Keine Einstellungen für den Postausgang gefunden.'],
  ['ru_RU.UTF-8', 'Использование:', 'Настройки отправки не найдены.'],
])('every command speaks %s', (lang, usageTitle, noSettings) => {
  const dir = mkdtempSync(join(tmpdir(), 'smtp-doctor-lang-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('explain: help, and an error with the option it names', async () => {
    expect(await expectTranslated(['explain', '--help'], lang)).toContain(
      `${usageTitle} smtp-doctor explain [--json | --jsonl] [--scan] [TEXT…]`,
    );
    expect(await expectTranslated(['explain', '--json', '--jsonl'], lang)).toContain('--jsonl');
    expect(await expectTranslated(['explain', '--bogus'], lang)).toContain('--bogus');
  }, SPAWNS_TIMEOUT);

  it('settings: help, an error, and what it found (host, port and provider kept)', async () => {
    await expectTranslated(['settings', '--help'], lang);
    expect(await expectTranslated(['settings', '--resolver', 'x', 'web.de'], lang)).toContain('https://');
    const found = await run(['settings', 'ann@web.de', '--offline'], { LANG: lang });
    expect(found.code).toBe(0);
    expect(found.out).toMatch(/smtp\.web\.de {2}\S+ 465 {2}SSL\/TLS/);
    expect(found.out).toContain('ann@web.de');
    expect(found.out).toContain('WEB.DE');
    expect(found.out).not.toMatch(/Submission settings|Source:|Network discovery|user name/);
    const none = await run(['settings', 'nosuch.example', '--offline'], { LANG: lang });
    expect(none.code).toBe(1);
    expect(none.out).toContain(noSettings);
    expect(none.out).toContain('nosuch.example');
  }, SPAWNS_TIMEOUT);

  it('probe: help, errors with their limits, and the hint for loopback targets', async () => {
    await expectTranslated(['probe', '--help'], lang);
    expect(await expectTranslated(['probe', '--timeout', '5', 'localhost'], lang)).toMatch(/500\D+15000/);
    expect(await expectTranslated(['probe', '--bogus', 'localhost'], lang)).toContain('--bogus');
    expect(await expectTranslated(['probe', 'localhost', '--ports'], lang)).toContain('--ports');
    const loopback = await run(['probe', '127.0.0.1'], { LANG: lang });
    expect(loopback.code).toBe(2);
    expect(loopback.out).toContain('--lab');
    expect(loopback.out).not.toContain('loopback targets are for testing');
  }, SPAWNS_TIMEOUT);

  it('serve: help, an error, and the banner with its address and token file', async () => {
    await expectTranslated(['serve', '--help'], lang);
    expect(await expectTranslated(['serve', '--port', '99999'], lang)).toContain('65535');
    expect(await expectTranslated(['serve', 'extra'], lang)).toContain('extra');
    const banner = await serveBanner(lang, join(dir, 'serve'));
    expect(banner).toMatch(/ http:\/\/127\.0\.0\.1:\d+$/m);
    expect(banner).toContain(join(dir, 'serve', 'token'));
    expect(banner).not.toMatch(/listening on|shown once|kept in|LAB MODE/);
  }, SPAWNS_TIMEOUT);

  it('native: help, an error, and install/uninstall naming every file', async () => {
    await expectTranslated(['native', '--help'], lang);
    expect(await expectTranslated(['native', 'frob'], lang)).toContain('frob');
    const home = join(dir, 'home');
    const installed = await run(['native', 'install'], { LANG: lang, HOME: home });
    expect(installed.code).toBe(0);
    expect(installed.out).toContain('~/.mozilla/native-messaging-hosts/smtp_doctor.json');
    expect(installed.out).not.toMatch(/Installed|This computer|Probe backend/);
    const removed = await run(['native', 'uninstall'], { LANG: lang, HOME: home });
    expect(removed.out).toContain('~/.mozilla/native-messaging-hosts/smtp_doctor.json');
    expect(removed.out).not.toMatch(/^removed /m);
  }, SPAWNS_TIMEOUT);
});
