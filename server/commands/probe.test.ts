// `smtp-doctor probe` in-process, and `smtp-doctor serve` as a real process.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProbeResponse } from '../../lib/probe/types.ts';
import { main } from '../cli.ts';
import { startPeer, type Peer } from '../test-support/peers.ts';

let plain: Peer;
beforeAll(async () => {
  plain = await startPeer('plain');
});
afterAll(() => plain.close());

async function cli(args: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += String(c)));
  stderr.on('data', (c) => (err += String(c)));
  const code = await main(args, { stdout, stderr, stdin: new PassThrough(), isTTY: false });
  return { code, out, err };
}

describe('smtp-doctor probe', () => {
  it('--json prints the /v1/probe answer', async () => {
    const port = String(plain.port);
    const { code, out } = await cli([
      'probe',
      '127.0.0.1',
      '--lab',
      '--ports',
      port,
      '--allow-ports',
      port,
      '--json',
    ]);
    expect(code).toBe(0);
    const response = JSON.parse(out) as ProbeResponse;
    expect(response.results).toMatchObject([{ port: plain.port, tcp: 'open', starttls: false }]);
    expect(response.verdict.best).toEqual({ port: plain.port, security: 'none' });
  });

  it('prints a readable table with the verdict by default', async () => {
    const port = String(plain.port);
    const { code, out } = await cli(['probe', '127.0.0.1', '--lab', '--ports', port, '--allow-ports', port]);
    expect(code).toBe(0);
    expect(out).toMatch(/^SMTP probes of 127\.0\.0\.1 from this machine/);
    expect(out).toMatch(/PORT\s+TCP\s+TIME\s+WHAT ANSWERED/);
    expect(out).toMatch(new RegExp(`${port}\\s+open\\s+\\d+ ms\\s+220 .*no STARTTLS offered`));
    expect(out).toMatch(/\nVerdict: .*(?:works|answers)/);
  });

  it.each([
    ['127.0.0.1', /target refused: 127\.0\.0\.1 is a loopback address/],
    ['localhost', /target refused: "localhost" is a local name/],
  ])('refuses %s without --lab, with a hint', async (host, message) => {
    const { code, err } = await cli(['probe', host, '--ports', '25']);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err).toContain('--lab');
  });

  it('gives no --lab hint where --lab would not help', async () => {
    const { code, err } = await cli(['probe', '10.0.0.1', '--ports', '25']);
    expect(code).toBe(2);
    expect(err).toMatch(/target refused: 10\.0\.0\.1 is a private address/);
    expect(err).not.toContain('--lab');
  });

  it.each([
    [['probe'], /give one HOST/],
    [['probe', 'a.example', 'b.example'], /give one HOST/],
    [['probe', 'mail.example.com', '--ports', '22'], /port 22 not allowed/],
    [['probe', 'mail.example.com', '--ports', 'x'], /not a list of ports/],
    [['probe', 'mail.example.com', '--timeout', '99'], /--timeout must be/],
    [['probe', 'mail.example.com', '--bogus'], /Unknown option/],
  ])('%j is bad usage (exit 2)', async (args, message) => {
    const { code, err } = await cli(args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });
});

describe('smtp-doctor serve', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'smtp-doctor-serve-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Start `serve --port 0`, read its banner, ask /v1/health, stop it by pid. */
  async function serveOnce(args: string[] = []) {
    const child = spawn(
      process.execPath,
      ['bin/smtp-doctor.js', 'serve', '--port', '0', '--quiet', ...args],
      {
        cwd: new URL('../../', import.meta.url).pathname,
        env: { ...process.env, SMTP_DOCTOR_CONFIG_DIR: dir, SMTP_DOCTOR_TOKEN: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    try {
      const lines: string[] = [];
      const reader = createInterface({ input: child.stdout });
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`serve did not start: ${lines.join('\n')}`)), 15_000);
        reader.on('line', (line) => {
          lines.push(line);
          if (line.startsWith('Token')) {
            clearTimeout(timer);
            resolve();
          }
        });
        child.once('exit', (code) => reject(new Error(`serve exited ${code}`)));
      });
      const url = /listening on (http:\/\/\S+)/.exec(lines[0]!)![1]!;
      const token = readFileSync(join(dir, 'token'), 'utf8').trim();
      const health = await fetch(`${url}/v1/health`, { headers: { authorization: `Bearer ${token}` } });
      return { banner: lines.join('\n'), token, health: (await health.json()) as { ok: boolean } };
    } finally {
      child.kill('SIGTERM');
    }
  }

  it('creates the token on first start, prints it once, keeps it owner-only', async () => {
    const first = await serveOnce();
    expect(first.banner).toMatch(/^SMTP Doctor probe backend \S+ listening on http:\/\/127\.0\.0\.1:\d+/);
    expect(first.banner).toContain(
      `Token (shown once; paste it into the extension's options): ${first.token}`,
    );
    expect(statSync(join(dir, 'token')).mode & 0o777).toBe(0o600);
    expect(first.health.ok).toBe(true);

    const second = await serveOnce();
    expect(second.token).toBe(first.token);
    expect(second.banner).not.toContain(first.token);
    expect(second.banner).toContain(`Token: in ${join(dir, 'token')}`);
  }, 40_000);
});
