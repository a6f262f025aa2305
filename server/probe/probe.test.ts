// The prober against real SMTP servers (smtp-server) and raw sockets on loopback.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closedPort,
  startPeer,
  TEST_CA,
  TEST_HOST,
  TEST_PASS,
  TEST_USER,
  type Peer,
  type PeerKind,
} from '../test-support/peers.ts';
import { GuardError } from '../guard.ts';
import { probeHost, type ProbeOptions } from './index.ts';

const kinds: PeerKind[] = [
  'starttls',
  'starttls-selfsigned',
  'implicit',
  'implicit-selfsigned',
  'plain',
  'starttls-old-tls',
  'auth',
  'silent',
  'reject-greeting',
];
const peers = {} as Record<PeerKind, Peer>;
let closed: number;

beforeAll(async () => {
  for (const kind of kinds) peers[kind] = await startPeer(kind);
  closed = await closedPort();
});
afterAll(async () => {
  await Promise.all(Object.values(peers).map((p) => p.close()));
});

/** Probe TEST_HOST (resolved to 127.0.0.1) with real ports mapped to the peers' ephemeral ports. */
function probe(
  map: Record<number, number>,
  extra: Partial<ProbeOptions> & { host?: string; timeoutMs?: number } = {},
) {
  const { host = TEST_HOST, timeoutMs = 1500, ...options } = extra;
  return probeHost(
    { host, ports: Object.keys(map).map(Number), timeoutMs },
    {
      policy: { lab: true },
      resolve: async () => ['127.0.0.1'],
      connectPort: (port) => map[port]!,
      trustedCa: [TEST_CA],
      ...options,
    },
  );
}

describe('probeHost against real SMTP servers', () => {
  it('reads banner, STARTTLS, TLS version, certificate and AUTH on a healthy 587 and 465', async () => {
    const res = await probe({ 587: peers.starttls.port, 465: peers.implicit.port });
    const [r465, r587] = res.results;
    expect(r587).toMatchObject({
      port: 587,
      tcp: 'open',
      starttls: true,
      auth: ['LOGIN', 'PLAIN'],
      size: 25 * 1024 * 1024,
    });
    expect(r587!.banner).toMatch(/^220 .*smtp-doctor test peer/);
    expect(r587!.tls).toMatchObject({
      ok: true,
      mode: 'starttls',
      protocol: expect.stringMatching(/^TLSv1\.[23]$/),
    });
    expect(r587!.tls!.cert).toMatchObject({
      subject: 'CN=mail.smtp-doctor.test',
      hostnameMatch: true,
      selfSigned: false,
    });
    expect(r465).toMatchObject({ port: 465, tcp: 'open', tls: { ok: true, mode: 'implicit' } });
    expect(r465!.banner).toMatch(/^220 /);
    expect(r465!.starttls).toBeUndefined();
    expect(res.verdict).toMatchObject({ best: { port: 587, security: 'starttls' } });
    expect(res.verdict.category).toBeUndefined();
    expect(res.verdict.summary).toContain('587 with STARTTLS works');
  });

  it('reports the bundled self-signed (expired) certificate without failing, as tls-certificate', async () => {
    const res = await probe({
      587: peers['starttls-selfsigned'].port,
      465: peers['implicit-selfsigned'].port,
    });
    for (const r of res.results) {
      expect(r.tcp).toBe('open');
      expect(r.tls).toMatchObject({
        ok: false,
        failure: 'certificate',
        protocol: expect.stringMatching(/^TLSv1/),
      });
      expect(r.tls!.cert).toMatchObject({ selfSigned: true, subject: 'CN=localhost', hostnameMatch: false });
      expect(r.tls!.error).toContain('self-signed');
    }
    expect(res.verdict.category).toBe('tls-certificate');
  });

  it('names a certificate issued for another host', async () => {
    const res = await probe({ 587: peers.starttls.port }, { host: 'smtp.other-name.test' });
    expect(res.results[0]!.tls).toMatchObject({ ok: false, failure: 'certificate' });
    expect(res.results[0]!.tls!.cert).toMatchObject({ hostnameMatch: false, chainTrusted: true });
    expect(res.verdict.category).toBe('tls-certificate');
    expect(res.verdict.fix).toContain('mail.smtp-doctor.test');
  });

  it('untrusted without the test CA: a valid-looking chain from an unknown authority', async () => {
    const res = await probe({ 587: peers.starttls.port }, { trustedCa: [] });
    expect(res.results[0]!.tls).toMatchObject({ ok: false, failure: 'certificate' });
    expect(res.results[0]!.tls!.error).toMatch(/unknown authority/);
  });

  it('465 speaking plain SMTP and 587 speaking implicit TLS are tls-mismatch', async () => {
    const res = await probe({ 465: peers.plain.port, 587: peers.implicit.port });
    const [r465, r587] = res.results;
    expect(r465).toMatchObject({ tcp: 'open', failedAt: 'tls', tls: { ok: false, failure: 'plaintext' } });
    expect(r587).toMatchObject({ tcp: 'open', implicitTls: true, failedAt: 'greeting', tls: { ok: true } });
    expect(res.verdict.category).toBe('tls-mismatch');
    expect(res.verdict.summary).toContain('465 answers in plain SMTP');
    expect(res.verdict.summary).toContain('587 speaks TLS');
  });

  it('a failed handshake (server stuck on TLS 1.0/1.1) is tls-protocol', async () => {
    const res = await probe({ 587: peers['starttls-old-tls'].port });
    expect(res.results[0]).toMatchObject({
      tcp: 'open',
      starttls: true,
      failedAt: 'tls',
      tls: { ok: false, failure: 'protocol' },
    });
    expect(res.verdict.category).toBe('tls-protocol');
  });

  it('a plain server without STARTTLS is reported as such', async () => {
    const res = await probe({ 25: peers.plain.port });
    expect(res.results[0]).toMatchObject({ tcp: 'open', starttls: false });
    expect(res.results[0]!.tls).toBeUndefined();
    expect(res.verdict.best).toEqual({ port: 25, security: 'none' });
  });

  it('a port that accepts TCP and never greets, one refused, one rejecting at greeting: server-unreachable', async () => {
    const started = performance.now();
    const res = await probe(
      { 25: peers.silent.port, 587: closed, 2525: peers['reject-greeting'].port },
      { timeoutMs: 1000 },
    );
    const elapsed = performance.now() - started;
    const byPort = Object.fromEntries(res.results.map((r) => [r.port, r]));
    expect(byPort[25]).toMatchObject({ tcp: 'open', failedAt: 'greeting' });
    expect(byPort[25]!.banner).toBeUndefined();
    expect(byPort[25]!.implicitTls).toBeUndefined();
    expect(byPort[587]).toMatchObject({ tcp: 'refused', failedAt: 'connect' });
    expect(byPort[2525]).toMatchObject({
      tcp: 'open',
      failedAt: 'greeting',
      banner: expect.stringMatching(/^554 /),
    });
    expect(res.verdict.category).toBe('server-unreachable');
    // The silent port holds the probe for about one deadline, not more (generous bound: shared machine).
    expect(elapsed).toBeLessThan(1000 + 1500);
    expect(byPort[25]!.ms).toBeGreaterThanOrEqual(900);
  });

  it('a name that does not resolve is dns-error on every port and dns-failure', async () => {
    const res = await probe(
      { 25: 1, 587: 2 },
      { resolve: async () => Promise.reject(Object.assign(new Error('nope'), { code: 'ENOTFOUND' })) },
    );
    expect(res.results.map((r) => r.tcp)).toEqual(['dns-error', 'dns-error']);
    expect(res.verdict.category).toBe('dns-failure');
  });

  it('the login check: a wrong password is 535 → auth-failed, the right one passes; neither is echoed', async () => {
    const wrong = await probeHost(
      {
        host: TEST_HOST,
        ports: [587],
        timeoutMs: 2000,
        login: { port: 587, user: TEST_USER, pass: 'wrong-password-123' },
      },
      {
        policy: { lab: true },
        resolve: async () => ['127.0.0.1'],
        connectPort: () => peers.auth.port,
        trustedCa: [TEST_CA],
      },
    );
    expect(wrong.login).toMatchObject({ port: 587, ok: false, code: 535, category: 'auth-failed' });
    expect(wrong.verdict.category).toBe('auth-failed');
    expect(JSON.stringify(wrong)).not.toContain('wrong-password-123');

    const right = await probeHost(
      {
        host: TEST_HOST,
        ports: [587],
        timeoutMs: 2000,
        login: { port: 587, user: TEST_USER, pass: TEST_PASS },
      },
      {
        policy: { lab: true },
        resolve: async () => ['127.0.0.1'],
        connectPort: () => peers.auth.port,
        trustedCa: [TEST_CA],
      },
    );
    expect(right.login).toEqual({ port: 587, ok: true });
    expect(right.verdict.category).toBeUndefined();
    expect(JSON.stringify(right)).not.toContain(TEST_PASS);
  });

  it('the login check refuses to send credentials over an untrusted session', async () => {
    const res = await probeHost(
      {
        host: TEST_HOST,
        ports: [587],
        timeoutMs: 2000,
        login: { port: 587, user: TEST_USER, pass: TEST_PASS },
      },
      {
        policy: { lab: true },
        resolve: async () => ['127.0.0.1'],
        connectPort: () => peers['starttls-selfsigned'].port,
      },
    );
    expect(res.login).toMatchObject({ ok: false });
    expect(res.login!.error).toMatch(/^not attempted/);
  });

  it('without lab mode the same loopback target is refused before any connection', async () => {
    await expect(
      probeHost(
        { host: TEST_HOST, ports: [587], timeoutMs: 1000 },
        { policy: { lab: false }, resolve: async () => ['127.0.0.1'] },
      ),
    ).rejects.toThrow(GuardError);
  });
});
