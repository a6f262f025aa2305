/**
 * Slow DNS must not poison healthy probes. Four names whose DNS server never answers are
 * looked up while a healthy name is probed, by the backend with its real system resolver. It
 * all runs in a network + mount namespace this test creates (unshare): its own loopback, and
 * its own /etc/resolv.conf (nameserver 127.0.0.1, where a test DNS server listens),
 * /etc/nsswitch.conf (files dns) and /etc/hosts. Nothing leaves that namespace.
 *
 * It needs root, `unshare` and `ip`. In CI (CI=true), or whenever `unshare` and `ip` are
 * installed, a failed set-up FAILS the test; only a machine without them skips it, loudly.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const mustRun = process.env.CI === 'true' || (has('unshare') && has('ip'));
if (!mustRun) {
  console.warn('\n!!! SKIPPING the slow-DNS namespace test: `unshare` and `ip` are not installed here.\n');
}

interface Outcome {
  host: string;
  tcp: string;
  error?: string;
  ms: number;
}

const dir = mkdtempSync(join(tmpdir(), 'smtpdoc-dns-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Run slow-dns-main.ts inside a fresh network + mount namespace; resolves with its JSON line (then
 * stops it: a process with lookups stuck in getaddrinfo takes as long as they do to exit).
 */
function runInNamespace(): Promise<{ stdout: string; stderr: string }> {
  const files = {
    // glibc: wait 30 s for an answer (its longest), once: a hung lookup outlives the test.
    resolv: ['nameserver 127.0.0.1', 'options timeout:30 attempts:1', ''].join('\n'),
    nsswitch: 'hosts: files dns\n',
    hosts: '127.0.0.1 localhost\n::1 localhost\n',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const script = [
    'set -e',
    'ip link set lo up',
    'mount --bind "$1/resolv" /etc/resolv.conf',
    'mount --bind "$1/nsswitch" /etc/nsswitch.conf',
    'mount --bind "$1/hosts" /etc/hosts',
    'exec "$2" --import tsx server/test-support/slow-dns-main.ts',
  ].join('\n');
  return new Promise((resolve, reject) => {
    const child = spawn(
      'unshare',
      ['--net', '--mount', '--', 'sh', '-c', script, 'sh', dir, process.execPath],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      if (!stdout.endsWith('\n')) return;
      resolve({ stdout, stderr });
      child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', () => resolve({ stdout, stderr }));
  });
}

describe.skipIf(!mustRun)('four lookups that never answer (network namespace)', () => {
  it('leave probes of a healthy name working, during and after', async () => {
    expect(process.getuid?.(), 'creating the namespace needs root').toBe(0);
    const { stdout, stderr } = await runInNamespace();
    expect(stderr).toBe('');
    const { during, dead, after } = JSON.parse(stdout) as Record<'during' | 'after', Outcome> & {
      dead: Outcome[];
    };
    // The dead names fail as DNS errors at their deadline, not before.
    for (const outcome of dead) {
      expect(outcome).toMatchObject({ tcp: 'dns-error', error: 'DNS lookup failed temporarily' });
    }
    // The healthy name resolves and its server answers, while the dead lookups hang and after.
    expect(during).toMatchObject({ host: 'mail.smtp-doctor.test', tcp: 'open' });
    expect(after).toMatchObject({ host: 'mail.smtp-doctor.test', tcp: 'open' });
  }, 120_000); // about 5 s when it passes; a getaddrinfo resolver takes far longer to fail
});
