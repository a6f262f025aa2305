// The system resolver against a real DNS server on loopback (its servers and hosts file set here).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveTarget } from './guard.ts';
import { createSystemResolver, hostsAddresses } from './resolver.ts';
import { startDnsPeer, type DnsPeer } from './test-support/dns-peer.ts';

const DEAD = /\.dead\.test$/;
let dns: DnsPeer;
let hostsFile: string;

beforeAll(async () => {
  dns = await startDnsPeer(
    { 'mail.example.test': ['192.0.2.25', '2001:db8::25'], 'v4only.example.test': ['192.0.2.26'] },
    (name) => (DEAD.test(name) ? 'silent' : name.startsWith('servfail.') ? 'servfail' : undefined),
  );
  hostsFile = join(mkdtempSync(join(tmpdir(), 'smtpdoc-hosts-')), 'hosts');
  writeFileSync(
    hostsFile,
    '# comment\n127.0.0.1 localhost\n::1 localhost ip6-localhost\n192.0.2.9 Pinned.Example.Test # x\n',
  );
});
afterAll(() => dns.close());

const resolver = (maxInFlight = 16) =>
  createSystemResolver({ servers: [`127.0.0.1:${dns.port}`], hostsFile, maxInFlight });

/** Resolves once `check` holds (polled; no fixed sleep). */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
}

const seen = (name: string) => () => dns.queries.some((q) => q.name === name);

describe('system resolver', () => {
  it('answers from the hosts file first, without asking DNS (localhost in --lab mode)', async () => {
    const resolve = resolver();
    expect(await resolve('localhost')).toEqual(['127.0.0.1', '::1']);
    expect(await resolve('pinned.example.test.')).toEqual(['192.0.2.9']);
    expect(dns.queries.filter((q) => q.name === 'localhost' || q.name === 'pinned.example.test')).toEqual([]);
  });

  it('asks DNS for A and AAAA and returns both', async () => {
    expect(await resolver()('Mail.Example.Test')).toEqual(['192.0.2.25', '2001:db8::25']);
    expect(await resolver()('v4only.example.test')).toEqual(['192.0.2.26']);
  });

  it('reports NXDOMAIN as ENOTFOUND', async () => {
    await expect(resolver()('nx.example.test')).rejects.toMatchObject({ code: 'ENOTFOUND' });
  });

  it('a server failure is a DNS error the guard names, not a refusal', async () => {
    await expect(resolver()('servfail.example.test')).rejects.toMatchObject({ code: 'ESERVFAIL' });
    expect(await resolveTarget('servfail.example.test', { lab: false }, resolver())).toEqual({
      ok: false,
      host: 'servfail.example.test',
      dnsError: 'the DNS server failed to answer (SERVFAIL)',
    });
  });

  it('gives up on a name that never answers when its signal aborts', async () => {
    const deadline = new AbortController();
    const lookup = resolver()('a.dead.test', deadline.signal);
    await until(seen('a.dead.test'));
    deadline.abort();
    await expect(lookup).rejects.toMatchObject({ code: 'ETIMEOUT' });
  });

  it('caps lookups in flight: a waiting one starts when a slot frees, or gives up at its deadline', async () => {
    const resolve = resolver(2);
    const deadlines = [new AbortController(), new AbortController()];
    const dead = ['b.dead.test', 'c.dead.test'].map((name, i) => resolve(name, deadlines[i]!.signal));
    const deadSettled = Promise.allSettled(dead);
    await until(() => seen('b.dead.test')() && seen('c.dead.test')());

    // Over the cap: no query is sent; the lookup waits, and gives up when its deadline comes first.
    const waiting = new AbortController();
    const gaveUp = resolve('waiting.example.test', waiting.signal);
    await until(() => resolve.state.waiting === 1);
    expect(resolve.state.inFlight).toBe(2);
    waiting.abort();
    await expect(gaveUp).rejects.toThrow(/not started: 2 lookups were running/);
    expect(seen('waiting.example.test')()).toBe(false);

    const queued = resolve('v4only.example.test', new AbortController().signal);
    deadlines[0]!.abort();
    expect(await queued).toEqual(['192.0.2.26']);
    deadlines[1]!.abort();
    expect((await deadSettled).map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });
});

describe('hostsAddresses', () => {
  it('reads every line naming the host, ignoring comments and case', () => {
    const text =
      '127.0.0.1 localhost\n# 10.0.0.1 mail.example.test\n10.0.0.2 a MAIL.example.test\nnot-an-ip mail.example.test\n';
    expect(hostsAddresses(text, 'mail.example.test')).toEqual(['10.0.0.2']);
    expect(hostsAddresses(text, 'other.example.test')).toEqual([]);
  });
});
