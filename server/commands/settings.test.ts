import { spawnSync } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { settings } from './settings.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Runs the real CLI entry point. Every call here is --offline or fails before any look-up: no network. */
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/smtp-doctor.js', 'settings', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('smtp-doctor settings', () => {
  it('prints the preset for gmail.com as JSON, offline', () => {
    const { code, stdout } = cli('gmail.com', '--json', '--offline');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({
      input: 'gmail.com',
      domain: 'gmail.com',
      found: true,
      source: 'preset',
      provider: { id: 'gmail', name: 'Gmail' },
      network: 'skipped',
    });
    expect(
      result.servers.map((s: { host: string; port: number; security: string }) => [
        s.host,
        s.port,
        s.security,
      ]),
    ).toEqual([
      ['smtp.gmail.com', 465, 'ssl'],
      ['smtp.gmail.com', 587, 'starttls'],
    ]);
    expect(result.servers[0].usernameForm).toBe('your full email address');
  });

  it('prints readable settings with the user name filled in for an address', () => {
    const { code, stdout } = cli('--offline', 'ann@web.de');
    expect(code).toBe(0);
    expect(stdout).toContain('Submission settings for ann@web.de (domain web.de)');
    expect(stdout).toContain('Source: built-in preset — WEB.DE');
    expect(stdout).toContain('1. smtp.web.de  port 465  SSL/TLS');
    expect(stdout).toContain('user name: ann');
    expect(stdout).toContain(
      'Network discovery: skipped (--offline): only the built-in presets were checked',
    );
  });

  it('exits 1 and says network discovery was skipped when no preset matches offline', () => {
    const { code, stdout } = cli('someone@unknown-domain.test', '--offline');
    expect(code).toBe(1);
    expect(stdout).toContain('No submission settings found.');
    expect(stdout).toContain('Network discovery was skipped; only the built-in presets were checked.');
  });

  it.each([
    [[]],
    [['--bogus', 'gmail.com']],
    [['a.com', 'b.com']],
    [['not a domain!', '--offline']],
    [['--timeout', 'x', 'gmail.com']],
  ])('exits 2 on bad usage %j', (args) => {
    const { code, stderr } = cli(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(/smtp-doctor settings: /);
  });

  it('prints help', () => {
    const { code, stdout } = cli('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: smtp-doctor settings/);
  });
});

describe('settings command without a network', () => {
  it('says network discovery failed when every request fails, and exits 1', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(url);
      throw new TypeError('getaddrinfo ENOTFOUND');
    });
    try {
      const stdout = new PassThrough();
      const stderr = new PassThrough();
      let text = '';
      stdout.on('data', (chunk) => (text += String(chunk)));
      const code = await settings(['ann@no-such-provider.test', '--timeout', '200'], {
        stdin: new PassThrough(),
        stdout,
        stderr,
        isTTY: false,
      });
      expect(code).toBe(1);
      expect(text).toContain(
        'Network discovery: failed — no answer from DNS or the autoconfig servers; only the built-in presets were checked',
      );
      expect(asked).toContain('https://autoconfig.thunderbird.net/v1.1/no-such-provider.test');
      expect(
        asked.some((u) =>
          u.startsWith('https://cloudflare-dns.com/dns-query?name=_submission._tcp.no-such-provider.test'),
        ),
      ).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
