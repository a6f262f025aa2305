import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
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
async function expectTranslated(args: string[], lang: string): Promise<string> {
  const english = await run(args, { LC_ALL: 'C.UTF-8' });
  const translated = await run(args, { LANG: lang });
  expect(translated.code).toBe(english.code);
  expect(translationProblems(translated.out, english.out, `${lang} ${args.join(' ')}`)).toEqual([]);
  return translated.out;
}

describe.each([
  ['de_DE.UTF-8', 'Aufruf:', 'Keine Einstellungen für den Postausgang gefunden.'],
  ['ru_RU.UTF-8', 'Использование:', 'Настройки отправки не найдены.'],
])('every command speaks %s', (lang, usageTitle, noSettings) => {
  it('explain: help, and an error with the option it names', async () => {
    expect(await expectTranslated(['explain', '--help'], lang)).toContain(
      `${usageTitle} smtp-doctor explain [--json | --jsonl] [--scan] [TEXT…]`,
    );
    expect(await expectTranslated(['explain', '--json', '--jsonl'], lang)).toContain('--jsonl');
    expect(await expectTranslated(['explain', '--bogus'], lang)).toContain('--bogus');
  });

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
  });
});
