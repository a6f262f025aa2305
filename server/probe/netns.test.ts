/**
 * A port blocked the way an ISP blocks it. The test builds a network namespace
 * whose output path drops port 25 (a real connect timeout), resets 2525
 * (refused) and answers 465 with ICMP host-unreachable; real SMTP servers listen
 * inside on 25, 465, 587 and 2525; the `smtp-doctor probe` CLI runs inside too.
 *
 * It needs root, `ip` and `nft`. In CI (CI=true), or whenever `ip` and `nft` are
 * installed, a failed set-up FAILS the test; only a machine without them skips it,
 * loudly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProbeResponse } from '../../lib/probe/types.ts';
import { BlockedNamespace, netnsSupport } from '../test-support/netns.ts';

const support = netnsSupport();
const mustRun = process.env.CI === 'true' || (support.ip && support.nft);
if (!mustRun) {
  console.warn(
    '\n!!! SKIPPING the port-blocking namespace test: `ip` and `nft` are not installed here.\n' +
      '!!! Install iproute2 and nftables and run as root to exercise real dropped/refused/unreachable ports.\n',
  );
}

const TIMEOUT_MS = 1500;
const CA = 'server/test-support/certs/ca.crt';

describe.skipIf(!mustRun)('ports blocked inside a network namespace', () => {
  let ns: BlockedNamespace | undefined;
  let setupError: unknown;

  beforeAll(async () => {
    try {
      if (!support.root) throw new Error('not root: creating a network namespace needs root');
      ns = BlockedNamespace.create({ drop: [25], reset: [2525], unreachable: [465] });
      // The same STARTTLS server listens on every port: whatever fails, the network made it fail.
      await ns.startPeers(['starttls:25', 'implicit:465', 'starttls:587', 'starttls:2525']);
    } catch (error) {
      setupError = error;
    }
  }, 60_000);

  afterAll(() => ns?.destroy());

  it('sets up (root, ip netns, nft) — a failure here is a failure, not a skip', () => {
    expect(setupError).toBeUndefined();
  });

  it('the CLI run inside tells timeout, refused, unreachable and open apart, and blames the network', async () => {
    expect(ns, 'namespace set-up failed').toBeDefined();
    const { code, stdout, stderr } = await ns!.exec(
      process.execPath,
      [
        'bin/smtp-doctor.js',
        'probe',
        '127.0.0.1',
        '--lab',
        '--ports',
        '25,465,587,2525',
        '--json',
        '--timeout',
        String(TIMEOUT_MS),
      ],
      // The peers' certificate comes from the test CA; Node adds it to the roots it trusts.
      { NODE_EXTRA_CA_CERTS: CA },
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const response = JSON.parse(stdout) as ProbeResponse;
    const byPort = Object.fromEntries(response.results.map((r) => [r.port, r]));

    expect(byPort[25]).toMatchObject({ tcp: 'timeout', failedAt: 'connect' });
    // A dropped SYN really waits out the deadline.
    expect(byPort[25]!.ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
    expect(byPort[2525]).toMatchObject({ tcp: 'refused' });
    expect(byPort[465]).toMatchObject({ tcp: 'unreachable' });
    expect(byPort[465]!.error).toContain('EHOSTUNREACH');
    expect(byPort[587]).toMatchObject({ tcp: 'open', starttls: true, tls: { ok: true, mode: 'starttls' } });
    expect(byPort[587]!.banner).toMatch(/^220 /);

    expect(response.verdict).toMatchObject({
      category: 'port-blocked',
      fix: 'use port 587 with STARTTLS',
      best: { port: 587, security: 'starttls' },
    });
    expect(response.verdict.summary).toMatch(/^25 blocked from here.*587 with STARTTLS works/);
  }, 30_000);

  it('probing only the dropped port: everything filtered is still port-blocked', async () => {
    expect(ns, 'namespace set-up failed').toBeDefined();
    const { stdout } = await ns!.exec(process.execPath, [
      'bin/smtp-doctor.js',
      'probe',
      '127.0.0.1',
      '--lab',
      '--ports',
      '25',
      '--json',
      '--timeout',
      '800',
    ]);
    const response = JSON.parse(stdout) as ProbeResponse;
    expect(response.results[0]).toMatchObject({ port: 25, tcp: 'timeout' });
    expect(response.verdict.category).toBe('port-blocked');
    expect(response.verdict.summary).toMatch(/every port timed out/);
  }, 30_000);
});
