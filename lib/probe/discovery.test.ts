import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  baseDomain,
  createDiscoveryCache,
  discoverSettings,
  ISPDB_URL,
  type DiscoveryOptions,
} from './discovery';
import { createDohResolver, type FetchLike } from './doh';

const fixture = (name: string) =>
  readFileSync(new URL(`./autoconfig-fixtures/${name}`, import.meta.url), 'utf8');

type Reply = { status?: number; body: string } | 'hang' | 'fail';

/**
 * One fake network: autoconfig URLs answer from `pages`, DoH queries from `dns` ("name TYPE" →
 * answer data strings). Everything else is a 404. Records every URL asked.
 */
function fakeNet(pages: Record<string, Reply>, dns: Record<string, string[]> = {}) {
  const asked: string[] = [];
  const fetch: FetchLike = async (url) => {
    asked.push(url);
    const u = new URL(url);
    if (u.hostname === 'cloudflare-dns.com') {
      const name = u.searchParams.get('name')!;
      const type = u.searchParams.get('type')!;
      const data = dns[`${name} ${type}`];
      const code = { MX: 15, SRV: 33, TXT: 16 }[type] ?? 1;
      const body = data
        ? { Status: 0, Answer: data.map((d) => ({ name, type: code, TTL: 60, data: d })) }
        : { Status: 3 };
      return { ok: true, status: 200, text: async () => JSON.stringify(body) };
    }
    const reply = pages[url];
    if (reply === 'hang') return new Promise(() => {});
    if (reply === 'fail') throw new TypeError('fetch failed');
    if (!reply) return { ok: false, status: 404, text: async () => 'Not Found' };
    const status = reply.status ?? 200;
    return { ok: status < 400, status, text: async () => reply.body };
  };
  const options: DiscoveryOptions = {
    fetch,
    doh: createDohResolver({ fetch, timeoutMs: 200 }),
    timeoutMs: 200,
  };
  return { asked, options };
}

const xml = (name: string): Reply => ({ body: fixture(name) });

describe('discoverSettings', () => {
  it('answers known providers from the presets without touching the network', async () => {
    const net = fakeNet({});
    const result = await discoverSettings('Ann.Example@GMail.com', net.options);
    expect(result).toMatchObject({
      found: true,
      source: 'preset',
      domain: 'gmail.com',
      provider: { id: 'gmail' },
      network: 'skipped',
    });
    expect(result.servers[0]).toMatchObject({
      host: 'smtp.gmail.com',
      port: 465,
      security: 'ssl',
      username: 'Ann.Example@GMail.com',
    });
    expect(net.asked).toEqual([]);
  });

  it('uses the regional variant of a preset', async () => {
    const result = await discoverSettings('someone@zohomail.eu', { offline: true });
    expect(result.servers.map((s) => s.host)).toEqual(['smtp.zoho.eu', 'smtp.zoho.eu']);
    expect(result.provider?.variant).toBe('EU data centre');
  });

  it('reads the ISPDB entry and fills the user name template', async () => {
    const net = fakeNet({ [`${ISPDB_URL}example-isp.test`]: xml('example-isp.xml') });
    const result = await discoverSettings('ann@example-isp.test', net.options);
    expect(result).toMatchObject({
      found: true,
      source: 'ispdb',
      sourceTarget: `${ISPDB_URL}example-isp.test`,
      network: 'used',
    });
    // Implicit TLS first, as RFC 8314 prefers and Thunderbird sorts.
    expect(result.servers).toEqual([
      {
        host: 'smtp.example-isp.test',
        port: 465,
        security: 'ssl',
        username: 'ann',
        usernameForm: 'the part of your address before the @',
        authentication: ['password-cleartext'],
      },
      {
        host: 'smtp.example-isp.test',
        port: 587,
        security: 'starttls',
        username: 'ann',
        usernameForm: 'the part of your address before the @',
        authentication: ['password-cleartext'],
      },
    ]);
    expect(result.provider).toEqual({ id: 'example-isp.test', name: 'Example ISP Mail' });
  });

  it('falls back to autoconfig.<domain>, sending the address as Thunderbird does', async () => {
    const url =
      'https://autoconfig.example-isp.test/mail/config-v1.1.xml?emailaddress=ann%40example-isp.test';
    const net = fakeNet({ [url]: xml('example-isp.xml') });
    const result = await discoverSettings('ann@example-isp.test', net.options);
    expect(result.source).toBe('autoconfig');
    expect(result.attempts.map((a) => [a.source, a.outcome])).toEqual([
      ['preset', 'not-found'],
      ['ispdb', 'not-found'],
      ['autoconfig', 'found'],
    ]);
    expect(net.asked).toContain(url);
  });

  it('omits the address when told to', async () => {
    const net = fakeNet({});
    await discoverSettings('ann@nothing.test', { ...net.options, sendEmailAddress: false });
    expect(net.asked).toContain('https://autoconfig.nothing.test/mail/config-v1.1.xml');
    expect(net.asked.some((u) => u.includes('emailaddress'))).toBe(false);
  });

  it('falls back to the .well-known location', async () => {
    const net = fakeNet({
      'https://example-isp.test/.well-known/autoconfig/mail/config-v1.1.xml': xml('example-isp.xml'),
    });
    const result = await discoverSettings('example-isp.test', net.options);
    expect(result.source).toBe('well-known');
    expect(result.servers[0]!.username).toBeUndefined();
    expect(result.servers[0]!.usernameForm).toBe('the part of your address before the @');
  });

  it('lets the higher-priority source win when several answer, and follows a custom order', async () => {
    const pages = {
      [`${ISPDB_URL}both.test`]: xml('example-isp.xml'),
      'https://autoconfig.both.test/mail/config-v1.1.xml': xml('hosted-mail.xml'),
    };
    expect((await discoverSettings('both.test', fakeNet(pages).options)).source).toBe('ispdb');
    const custom = await discoverSettings('both.test', {
      ...fakeNet(pages).options,
      order: ['autoconfig', 'ispdb'],
    });
    expect(custom.source).toBe('autoconfig');
    expect(custom.servers[0]!.host).toBe('smtp.both.test');
  });

  it('reads RFC 6186/8314 SRV records, implicit TLS first', async () => {
    const net = fakeNet(
      {},
      {
        '_submissions._tcp.srv.test SRV': ['0 1 465 mail.srv.test.'],
        '_submission._tcp.srv.test SRV': ['0 1 587 mail.srv.test.'],
      },
    );
    const result = await discoverSettings('bob@srv.test', net.options);
    expect(result.source).toBe('srv');
    expect(result.servers.map((s) => [s.host, s.port, s.security])).toEqual([
      ['mail.srv.test', 465, 'ssl'],
      ['mail.srv.test', 587, 'starttls'],
    ]);
  });

  it('honours an SRV record that says "not offered"', async () => {
    const net = fakeNet(
      {},
      {
        '_submissions._tcp.srv.test SRV': ['0 1 465 mail.srv.test.'],
        '_submission._tcp.srv.test SRV': ['0 0 0 .'],
      },
    );
    const result = await discoverSettings('srv.test', net.options);
    expect(result.servers.map((s) => s.port)).toEqual([465]);
    expect(result.notes).toContain('_submission (STARTTLS) is published as not offered (target ".").');
  });

  it.each([
    ['aspmx.l.google.com.', 'google-workspace', 'smtp.gmail.com'],
    ['example-com.mail.protection.outlook.com.', 'microsoft-365', 'smtp.office365.com'],
    ['mx.zoho.eu.', 'zoho', 'smtp.zoho.eu'],
    ['in1-smtp.messagingengine.com.', 'fastmail', 'smtp.fastmail.com'],
    ['mx01.mail.icloud.com.', 'icloud', 'smtp.mail.me.com'],
  ])('guesses from the MX host %s', async (mx, providerId, host) => {
    const net = fakeNet({}, { 'custom.test MX': [`10 ${mx}`, `20 backup.example.net.`] });
    const result = await discoverSettings('ceo@custom.test', net.options);
    expect(result).toMatchObject({ found: true, source: 'mx-guess', provider: { id: providerId } });
    expect(result.servers[0]!.host).toBe(host);
  });

  it("looks an unknown MX host's base domain up in the ISPDB", async () => {
    const net = fakeNet(
      { [`${ISPDB_URL}hostedmail.test`]: xml('hosted-mail.xml') },
      { 'client.test MX': ['10 mx2.eu.hostedmail.test.'] },
    );
    const result = await discoverSettings('ann@client.test', net.options);
    expect(result.source).toBe('mx-guess');
    expect(result.sourceTarget).toBe('MX client.test → mx2.eu.hostedmail.test → ISPDB hostedmail.test');
    expect(result.servers[0]).toMatchObject({
      host: 'smtp.client.test',
      port: 587,
      username: 'ann@client.test',
    });
  });

  it('gives a clear "not found" when every answer is malformed or empty', async () => {
    const net = fakeNet({
      [`${ISPDB_URL}broken.test`]: xml('malformed-unclosed.xml'),
      'https://autoconfig.broken.test/mail/config-v1.1.xml': xml('malformed-truncated.xml'),
      'https://broken.test/.well-known/autoconfig/mail/config-v1.1.xml': xml('incoming-only.xml'),
    });
    const result = await discoverSettings('broken.test', net.options);
    expect(result.found).toBe(false);
    expect(result.servers).toEqual([]);
    expect(result.network).toBe('used');
    expect(result.attempts.find((a) => a.source === 'ispdb')?.detail).toMatch(/^malformed XML/);
    expect(result.attempts.find((a) => a.source === 'well-known')?.detail).toBe('no outgoing SMTP server');
    expect(result.notes[0]).toMatch(/No source published submission settings/);
  });

  it('skips the network when offline and says so', async () => {
    const result = await discoverSettings('ann@unknown-domain.test', { offline: true });
    expect(result).toMatchObject({ found: false, network: 'skipped' });
    expect(result.notes).toEqual(['Network discovery was skipped; only the built-in presets were checked.']);
    expect(result.attempts.filter((a) => a.outcome === 'skipped').map((a) => a.source)).toEqual([
      'ispdb',
      'autoconfig',
      'well-known',
      'srv',
      'mx-guess',
    ]);
  });

  it('reports a failed network when every look-up errors or hangs', async () => {
    const failing: FetchLike = async () => {
      throw new TypeError('getaddrinfo ENOTFOUND');
    };
    const result = await discoverSettings('a@b.test', {
      fetch: failing,
      doh: createDohResolver({ fetch: failing }),
      timeoutMs: 50,
    });
    expect(result.network).toBe('failed');
    expect(result.notes[0]).toMatch(/^Network discovery failed/);

    const hanging = fakeNet({ [`${ISPDB_URL}slow.test`]: 'hang' });
    const started = Date.now();
    const slow = await discoverSettings('slow.test', { ...hanging.options, timeoutMs: 30 });
    expect(slow.attempts.find((a) => a.source === 'ispdb')).toMatchObject({
      outcome: 'error',
      detail: 'timed out after 30 ms',
    });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('rejects input that is neither an address nor a domain', async () => {
    for (const input of ['', 'not a domain', 'foo@', '@@', 'http://x']) {
      const result = await discoverSettings(input, { offline: true });
      expect(result.found).toBe(false);
      expect(result.domain).toBeNull();
    }
  });
});

describe('discovery cache', () => {
  it('serves answers until they expire, misses sooner than hits', async () => {
    let now = 1_000_000;
    const clock = () => now;
    const cache = createDiscoveryCache({ ttlMs: 60_000, negativeTtlMs: 5_000, now: clock });
    const net = fakeNet({ [`${ISPDB_URL}example-isp.test`]: xml('example-isp.xml') });
    const options = { ...net.options, cache, now: clock };

    const first = await discoverSettings('ann@example-isp.test', options);
    const asked = net.asked.length;
    const second = await discoverSettings('bob@example-isp.test', options);
    expect(net.asked.length).toBe(asked);
    expect(second.servers[0]!.username).toBe('bob');
    expect(second.at).toBe(first.at);

    now += 59_999;
    await discoverSettings('example-isp.test', options);
    expect(net.asked.length).toBe(asked);
    now += 2;
    await discoverSettings('example-isp.test', options);
    expect(net.asked.length).toBeGreaterThan(asked);

    const missAsked = net.asked.length;
    await discoverSettings('nothing.test', options);
    const afterMiss = net.asked.length;
    expect(afterMiss).toBeGreaterThan(missAsked);
    now += 4_000;
    await discoverSettings('nothing.test', options);
    expect(net.asked.length).toBe(afterMiss);
    now += 1_001;
    await discoverSettings('nothing.test', options);
    expect(net.asked.length).toBeGreaterThan(afterMiss);
  });

  it('keeps offline and online answers apart and caps its size', async () => {
    const cache = createDiscoveryCache({ maxEntries: 2 });
    await discoverSettings('x.test', { offline: true, cache });
    await discoverSettings('y.test', { offline: true, cache });
    await discoverSettings('z.test', { offline: true, cache });
    expect(cache.size).toBe(2);
    expect(cache.get('x.test|offline')).toBeUndefined();
    expect(cache.get('z.test|offline')).toBeDefined();
  });
});

describe('baseDomain', () => {
  it.each([
    ['mx2.eu.hostedmail.test', 'hostedmail.test'],
    ['mail.example.co.uk', 'example.co.uk'],
    ['example.com.', 'example.com'],
  ])('%s → %s', (host, base) => expect(baseDomain(host)).toBe(base));
});
