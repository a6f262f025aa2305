import { describe, expect, it } from 'vitest';
import {
  DOH_RESOLVERS,
  createDohResolver,
  parseDmarc,
  parseMx,
  parseSpf,
  parseSrv,
  parseTxt,
  type FetchLike,
} from './doh';

interface Call {
  url: string;
  headers?: Record<string, string>;
}

/** A resolver answering from a table keyed "name TYPE", in Cloudflare's JSON shape. */
function fakeDoh(
  table: Record<string, { Status?: number; Answer?: unknown[] } | string | number>,
  calls: Call[] = [],
): FetchLike {
  return async (url, init) => {
    calls.push({ url, headers: init?.headers });
    const u = new URL(url);
    const key = `${u.searchParams.get('name')} ${u.searchParams.get('type')}`;
    const entry = table[key];
    if (typeof entry === 'number') return { ok: false, status: entry, text: async () => '' };
    if (typeof entry === 'string') return { ok: true, status: 200, text: async () => entry };
    const body = entry ?? { Status: 3 };
    return { ok: true, status: 200, text: async () => JSON.stringify({ Status: 0, ...body }) };
  };
}

describe('record parsers', () => {
  it('parses MX and SRV data', () => {
    expect(parseMx('10 ASPMX.L.Google.com.')).toEqual({ preference: 10, exchange: 'aspmx.l.google.com' });
    expect(parseMx('garbage')).toBeNull();
    expect(parseSrv('5 0 587 smtp.example.com.')).toEqual({
      priority: 5,
      weight: 0,
      port: 587,
      target: 'smtp.example.com',
    });
    expect(parseSrv('0 0 0 .')).toEqual({ priority: 0, weight: 0, port: 0, target: '' });
    expect(parseSrv('1 2 70000 x.test.')).toBeNull();
  });

  it('joins quoted TXT strings and decodes escapes', () => {
    expect(parseTxt('"v=spf1 include:_spf.google.com " "~all"')).toBe('v=spf1 include:_spf.google.com ~all');
    expect(parseTxt('"a\\"b\\\\c\\059d"')).toBe('a"b\\c;d');
    expect(parseTxt('unquoted text')).toBe('unquoted text');
  });

  it('parses SPF and DMARC records', () => {
    expect(parseSpf('v=spf1 ip4:192.0.2.0/24 include:_spf.google.com include:mailgun.org -all')).toEqual({
      record: 'v=spf1 ip4:192.0.2.0/24 include:_spf.google.com include:mailgun.org -all',
      terms: ['ip4:192.0.2.0/24', 'include:_spf.google.com', 'include:mailgun.org', '-all'],
      includes: ['_spf.google.com', 'mailgun.org'],
      all: '-',
    });
    expect(parseSpf('v=spf1 mx all')?.all).toBe('+');
    expect(parseSpf('google-site-verification=abc')).toBeNull();
    expect(parseDmarc('v=DMARC1; p=Quarantine; rua=mailto:d@example.com; pct=50')).toEqual({
      record: 'v=DMARC1; p=Quarantine; rua=mailto:d@example.com; pct=50',
      tags: { p: 'Quarantine', rua: 'mailto:d@example.com', pct: '50' },
      policy: 'quarantine',
    });
    expect(parseDmarc('v=spf1 -all')).toBeNull();
  });
});

describe('createDohResolver', () => {
  it('asks the resolver for JSON and sorts MX by preference, ignoring CNAME steps', async () => {
    const calls: Call[] = [];
    const doh = createDohResolver({
      fetch: fakeDoh(
        {
          'example.com MX': {
            Answer: [
              { name: 'example.com.', type: 5, TTL: 60, data: 'alias.example.net.' },
              { name: 'example.com.', type: 15, TTL: 300, data: '20 alt1.aspmx.l.google.com.' },
              { name: 'example.com.', type: 15, TTL: 300, data: '10 aspmx.l.google.com.' },
            ],
          },
        },
        calls,
      ),
    });
    const mx = await doh.mx('example.com');
    expect(mx).toEqual({
      ok: true,
      nxdomain: false,
      value: [
        { preference: 10, exchange: 'aspmx.l.google.com' },
        { preference: 20, exchange: 'alt1.aspmx.l.google.com' },
      ],
    });
    expect(calls[0]!.url).toBe('https://cloudflare-dns.com/dns-query?name=example.com&type=MX');
    expect(calls[0]!.headers).toEqual({ accept: 'application/dns-json' });
  });

  it('uses an injected resolver URL', async () => {
    const calls: Call[] = [];
    const doh = createDohResolver({ fetch: fakeDoh({}, calls), url: DOH_RESOLVERS.google });
    await doh.txt('example.org');
    expect(calls[0]!.url).toBe('https://dns.google/resolve?name=example.org&type=TXT');
  });

  it('reports NXDOMAIN as an empty answer, and HTTP, JSON and rcode failures as errors', async () => {
    const doh = createDohResolver({
      fetch: fakeDoh({ 'down.test MX': 503, 'junk.test MX': '<html>', 'fail.test MX': { Status: 2 } }),
    });
    expect(await doh.mx('missing.test')).toEqual({ ok: true, value: [], nxdomain: true });
    expect(await doh.mx('down.test')).toEqual({ ok: false, error: 'resolver answered HTTP 503' });
    expect(await doh.mx('junk.test')).toEqual({ ok: false, error: 'resolver answer is not JSON' });
    expect(await doh.mx('fail.test')).toEqual({ ok: false, error: 'DNS error (rcode 2)' });
  });

  it('turns a network failure or a hang into an error, never a throw', async () => {
    const failing = createDohResolver({
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
    });
    expect(await failing.srv('_submission._tcp.example.com')).toEqual({ ok: false, error: 'fetch failed' });
    const hanging = createDohResolver({ fetch: () => new Promise(() => {}), timeoutMs: 20 });
    expect(await hanging.mx('example.com')).toEqual({ ok: false, error: 'timed out after 20 ms' });
  });

  it('sorts SRV by priority then weight and keeps the "not offered" target', async () => {
    const doh = createDohResolver({
      fetch: fakeDoh({
        '_submission._tcp.example.com SRV': {
          Answer: [
            {
              name: '_submission._tcp.example.com.',
              type: 33,
              TTL: 300,
              data: '10 0 587 backup.example.com.',
            },
            { name: '_submission._tcp.example.com.', type: 33, TTL: 300, data: '0 5 587 smtp.example.com.' },
            {
              name: '_submission._tcp.example.com.',
              type: 33,
              TTL: 300,
              data: '0 10 587 smtp2.example.com.',
            },
          ],
        },
        '_submissions._tcp.example.com SRV': { Answer: [{ name: 'x', type: 33, TTL: 1, data: '0 0 0 .' }] },
      }),
    });
    const srv = await doh.srv('_submission._tcp.example.com');
    expect(srv.ok && srv.value.map((r) => r.target)).toEqual([
      'smtp2.example.com',
      'smtp.example.com',
      'backup.example.com',
    ]);
    const none = await doh.srv('_submissions._tcp.example.com');
    expect(none.ok && none.value).toEqual([{ priority: 0, weight: 0, port: 0, target: '' }]);
  });

  it('finds SPF among TXT records and DMARC at _dmarc', async () => {
    const doh = createDohResolver({
      fetch: fakeDoh({
        'example.com TXT': {
          Answer: [
            { name: 'example.com.', type: 16, TTL: 300, data: '"google-site-verification=abc"' },
            { name: 'example.com.', type: 16, TTL: 300, data: '"v=spf1 include:_spf.google.com " "~all"' },
          ],
        },
        '_dmarc.example.com TXT': {
          Answer: [{ name: '_dmarc.example.com.', type: 16, TTL: 300, data: '"v=DMARC1; p=reject"' }],
        },
      }),
    });
    const spf = await doh.spf('example.com');
    expect(spf.ok && spf.value).toMatchObject({ includes: ['_spf.google.com'], all: '~' });
    const dmarc = await doh.dmarc('example.com');
    expect(dmarc.ok && dmarc.value?.policy).toBe('reject');
    const none = await doh.dmarc('nodmarc.test');
    expect(none).toEqual({ ok: true, value: null, nxdomain: true });
  });
});
