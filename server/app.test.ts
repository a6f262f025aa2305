// The HTTP API and its guard: one real socket round trip, then a table of hostile requests (inject).
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NDJSON, type ProbeResponse, type ProbeStreamEvent } from '../lib/probe/types.ts';
import { buildApp, type AppOptions } from './app.ts';
import { HOSTILE_LITERALS } from './test-support/hostile.ts';
import { closedPort, startPeer, TEST_CA, TEST_HOST, type Peer } from './test-support/peers.ts';

const TOKEN = 'test-token-6d1f0a9e8b7c';
const PASSWORD = 'hunter2-app-password';
const logLines: string[] = [];
const logStream = new Writable({
  write(chunk, _encoding, callback) {
    logLines.push(String(chunk));
    callback();
  },
});

let starttls: Peer;
let silent: Peer;
const apps: FastifyInstance[] = [];

/** Names an attacker controls, resolving into this network. */
const hostileDns: Record<string, string[]> = {
  'rebind.attacker.test': ['127.0.0.1'],
  'metadata.attacker.test': ['169.254.169.254'],
  'lan.attacker.test': ['192.168.0.10'],
  'ula.attacker.test': ['fd00::5'],
  'mixed.attacker.test': ['93.184.216.34', '10.0.0.1'],
  'mapped.attacker.test': ['::ffff:127.0.0.1'],
};

async function app(options: Partial<AppOptions> = {}): Promise<FastifyInstance> {
  const instance = await buildApp({
    token: TOKEN,
    log: logStream,
    resolve: async (name) => {
      if (name === TEST_HOST) return ['127.0.0.1'];
      const found = hostileDns[name];
      if (found) return found;
      throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
    },
    trustedCa: [TEST_CA],
    ...options,
  });
  apps.push(instance);
  return instance;
}

const auth = { authorization: `Bearer ${TOKEN}` };
const json = { ...auth, 'content-type': 'application/json' };

beforeAll(async () => {
  starttls = await startPeer('starttls');
  silent = await startPeer('silent');
});
afterAll(async () => {
  await Promise.all(apps.map((a) => a.close()));
  await starttls.close();
  await silent.close();
});

describe('over a real socket', () => {
  it('answers health and a probe on 127.0.0.1', async () => {
    const server = await app({ lab: true, connectPort: (port) => (port === 587 ? starttls.port : port) });
    const base = await server.listen({ host: '127.0.0.1', port: 0 });

    const health = await fetch(`${base}/v1/health`, { headers: auth });
    expect(health.status).toBe(200);
    expect(health.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await health.json()).toMatchObject({
      ok: true,
      version: expect.any(String),
      lab: true,
      loginCheck: true,
    });

    const res = await fetch(`${base}/v1/probe`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ host: TEST_HOST, ports: [587], timeoutMs: 2000 }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as ProbeResponse;
    expect(body.results[0]).toMatchObject({ port: 587, tcp: 'open', starttls: true, tls: { ok: true } });
    expect(body.verdict.summary).toContain('587 with STARTTLS works');

    const unauthorized = await fetch(`${base}/v1/health`);
    expect(unauthorized.status).toBe(401);
    expect(await unauthorized.json()).toEqual({ error: expect.stringContaining('token') });
  });

  it('streams per-port results as NDJSON, then the verdict', async () => {
    const server = await app({
      lab: true,
      connectPort: (port) => (port === 587 ? starttls.port : silent.port),
    });
    const base = await server.listen({ host: '127.0.0.1', port: 0 });
    const res = await fetch(`${base}/v1/probe`, {
      method: 'POST',
      headers: { ...json, accept: NDJSON },
      body: JSON.stringify({ host: TEST_HOST, ports: [587, 25], timeoutMs: 800 }),
    });
    expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const events = (await res.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as ProbeStreamEvent);
    expect(events.map((e) => e.type)).toEqual(['result', 'result', 'done']);
    // 587 answers at once; the silent 25 only at its deadline: the fast one arrives first.
    expect(events[0]).toMatchObject({ type: 'result', result: { port: 587, tcp: 'open' } });
    expect(events[1]).toMatchObject({ type: 'result', result: { port: 25, failedAt: 'greeting' } });
    expect(events[2]).toMatchObject({ type: 'done', response: { host: TEST_HOST } });
  });
});

type Case = {
  name: string;
  method?: 'GET' | 'POST';
  url?: string;
  headers?: Record<string, string>;
  body?: unknown;
  rawBody?: string;
  status: number;
  error: RegExp;
};

const probe = (body: unknown, extra: Partial<Case> = {}): Partial<Case> => ({ body, ...extra });

const hostileCases: Case[] = [
  { name: 'no token', headers: { 'content-type': 'application/json' }, status: 401, error: /missing token/ },
  {
    name: 'wrong token',
    headers: { authorization: 'Bearer wrong-token-123456', 'content-type': 'application/json' },
    status: 401,
    error: /wrong token/,
  },
  {
    name: 'token as Basic auth',
    headers: { authorization: `Basic ${TOKEN}`, 'content-type': 'application/json' },
    status: 401,
    error: /wrong token/,
  },
  {
    name: 'token in the query',
    url: `/v1/probe?token=${TOKEN}`,
    headers: { 'content-type': 'application/json' },
    status: 401,
    error: /missing token/,
  },
  {
    name: 'health without token',
    method: 'GET',
    url: '/v1/health',
    headers: {},
    status: 401,
    error: /token/,
  },
  {
    name: 'unknown route without token',
    method: 'GET',
    url: '/admin',
    headers: {},
    status: 401,
    error: /token/,
  },
  {
    name: 'unknown route with token',
    method: 'GET',
    url: '/admin',
    headers: auth,
    status: 404,
    error: /no such endpoint/,
  },
  ...HOSTILE_LITERALS.map(
    (host) =>
      ({
        name: `target ${host}`,
        ...probe({ host, ports: [25] }),
        status: 403,
        error: /target refused/,
      }) as Case,
  ),
  ...Object.keys(hostileDns).map(
    (host) =>
      ({
        name: `name ${host}`,
        ...probe({ host, ports: [587] }),
        status: 403,
        error: /target refused: .* resolves to/,
      }) as Case,
  ),
  {
    name: 'localhost',
    ...probe({ host: 'localhost', ports: [25] }),
    status: 403,
    error: /local name/,
  } as Case,
  {
    name: 'single-label name',
    ...probe({ host: 'intranet', ports: [25] }),
    status: 403,
    error: /single-label/,
  } as Case,
  {
    name: 'host with port',
    ...probe({ host: 'smtp.example.com:25', ports: [25] }),
    status: 400,
    error: /not a host/,
  } as Case,
  {
    name: 'host with user info',
    ...probe({ host: 'a@smtp.example.com', ports: [25] }),
    status: 400,
    error: /not a host/,
  } as Case,
  {
    name: 'port 22',
    ...probe({ host: '93.184.216.34', ports: [22] }),
    status: 403,
    error: /port 22 not allowed/,
  } as Case,
  {
    name: 'port 6379 among allowed',
    ...probe({ host: '93.184.216.34', ports: [25, 6379] }),
    status: 403,
    error: /6379 not allowed/,
  } as Case,
  {
    name: 'port 2526 not added',
    ...probe({ host: '93.184.216.34', ports: [2526] }),
    status: 403,
    error: /not allowed/,
  } as Case,
  {
    name: 'port 0',
    ...probe({ host: '93.184.216.34', ports: [0] }),
    status: 400,
    error: /invalid request/,
  } as Case,
  {
    name: 'port 70000',
    ...probe({ host: '93.184.216.34', ports: [70000] }),
    status: 400,
    error: /invalid request/,
  } as Case,
  {
    name: 'port as string',
    ...probe({ host: '93.184.216.34', ports: ['25'] }),
    status: 400,
    error: /must be integer/,
  } as Case,
  {
    name: 'no ports',
    ...probe({ host: '93.184.216.34', ports: [] }),
    status: 400,
    error: /invalid request/,
  } as Case,
  {
    name: 'nine ports',
    ...probe({ host: '93.184.216.34', ports: [25, 465, 587, 2525, 1, 2, 3, 4, 5] }),
    status: 400,
    error: /invalid request/,
  } as Case,
  {
    name: 'duplicate ports',
    ...probe({ host: '93.184.216.34', ports: [25, 25] }),
    status: 400,
    error: /invalid request/,
  } as Case,
  {
    name: 'extra property',
    ...probe({ host: '93.184.216.34', ports: [25], callback: 'http://x' }),
    status: 400,
    error: /additional properties/,
  } as Case,
  {
    name: 'timeout too long',
    ...probe({ host: '93.184.216.34', ports: [25], timeoutMs: 600_000 }),
    status: 400,
    error: /invalid request/,
  } as Case,
  {
    name: 'host too long',
    ...probe({ host: `${'a.'.repeat(150)}com`, ports: [25] }),
    status: 400,
    error: /invalid request/,
  } as Case,
  {
    name: 'host not a string',
    ...probe({ host: ['a.com'], ports: [25] }),
    status: 400,
    error: /invalid request/,
  } as Case,
  { name: 'body not an object', ...probe([1, 2, 3]), status: 400, error: /invalid request/ } as Case,
  { name: 'malformed JSON', rawBody: '{"host": "a.com", "ports": [25', status: 400, error: /JSON/ } as Case,
  {
    name: 'oversized body',
    rawBody: JSON.stringify({ host: 'a.com', ports: [25], pad: 'x'.repeat(5000) }),
    status: 413,
    error: /too large/,
  } as Case,
  {
    name: 'text/plain body',
    headers: { ...auth, 'content-type': 'text/plain' },
    rawBody: '{"host":"a.com","ports":[25]}',
    status: 415,
    error: /send JSON/,
  } as Case,
  {
    name: 'form body',
    headers: { ...auth, 'content-type': 'application/x-www-form-urlencoded' },
    rawBody: 'host=a.com&ports=25',
    status: 415,
    error: /send JSON/,
  } as Case,
  {
    name: 'web page origin',
    headers: { ...json, origin: 'https://evil.example' },
    ...probe({ host: '93.184.216.34', ports: [25] }),
    status: 403,
    error: /origin not allowed/,
  } as Case,
  {
    name: 'null origin',
    headers: { ...json, origin: 'null' },
    ...probe({ host: '93.184.216.34', ports: [25] }),
    status: 403,
    error: /origin not allowed/,
  } as Case,
  {
    name: 'rebound Host header',
    headers: { ...json, host: 'evil.example:8025' },
    ...probe({ host: '93.184.216.34', ports: [25] }),
    status: 403,
    error: /Host header/,
  } as Case,
  { name: 'GET on probe', method: 'GET', headers: auth, status: 404, error: /no such endpoint/ } as Case,
];

describe('the guard refuses hostile requests with a clear 4xx {error}', () => {
  let server: FastifyInstance;
  beforeAll(async () => {
    server = await app({ rateLimit: { max: 10_000, timeWindowMs: 60_000 } });
  });

  it.each(hostileCases)('$name → $status', async (c) => {
    const res = await server.inject({
      method: c.method ?? 'POST',
      url: c.url ?? '/v1/probe',
      headers: c.headers ?? json,
      ...(c.rawBody !== undefined
        ? { payload: c.rawBody }
        : c.body !== undefined
          ? { payload: JSON.stringify(c.body) }
          : {}),
    });
    expect(res.statusCode).toBe(c.status);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const body = res.json() as { error: string };
    expect(Object.keys(body)).toEqual(['error']);
    expect(body.error).toMatch(c.error);
  });

  it('allows the extension origin (CORS headers, preflight without token)', async () => {
    const origin = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
    const preflight = await server.inject({
      method: 'OPTIONS',
      url: '/v1/probe',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(origin);
    expect(String(preflight.headers['access-control-allow-headers'])).toMatch(/Authorization/);
    const res = await server.inject({ method: 'GET', url: '/v1/health', headers: { ...auth, origin } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe(origin);
  });

  it('refuses the login check when the backend is not bound to loopback', async () => {
    const exposed = await app({ bindHost: '0.0.0.0' });
    const res = await exposed.inject({
      method: 'POST',
      url: '/v1/probe',
      headers: json,
      payload: {
        host: '93.184.216.34',
        ports: [587],
        login: { port: 587, user: 'u@example.com', pass: PASSWORD },
      },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toMatch(/only available when the backend listens on loopback/);
    expect((await exposed.inject({ method: 'GET', url: '/v1/health', headers: auth })).json()).toMatchObject({
      loginCheck: false,
    });
  });
});

describe('limits', () => {
  it('rate-limits each client (429 {error}), token holders and the rest apart', async () => {
    const limited = await app({ rateLimit: { max: 3, timeWindowMs: 60_000 } });
    const codes: number[] = [];
    for (let i = 0; i < 5; i++)
      codes.push((await limited.inject({ method: 'GET', url: '/v1/health', headers: auth })).statusCode);
    expect(codes).toEqual([200, 200, 200, 429, 429]);
    const res = await limited.inject({ method: 'GET', url: '/v1/health', headers: auth });
    expect(res.json()).toEqual({ error: expect.stringMatching(/too many requests/) });
    // Guessing tokens, or probing other paths for one, has a bucket of its own, limited too.
    const guesses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const guess = { authorization: `Bearer guess-${i}` };
      guesses.push((await limited.inject({ method: 'GET', url: '/v1/health', headers: guess })).statusCode);
    }
    expect(guesses).toEqual([401, 401, 401]);
    expect((await limited.inject({ method: 'GET', url: '/v2/anything' })).statusCode).toBe(429);
  });

  it("a flood without the token (none or a wrong one) leaves the token holder's requests alone", async () => {
    const limited = await app({ rateLimit: { max: 5, timeWindowMs: 60_000 } });
    const flood: number[] = [];
    for (let i = 0; i < 60; i++) {
      const headers = i % 2 ? { authorization: `Bearer wrong-${i}` } : {};
      flood.push((await limited.inject({ method: 'GET', url: '/v1/health', headers })).statusCode);
    }
    expect(flood.filter((code) => code === 429)).toHaveLength(55);
    const extension: number[] = [];
    for (let i = 0; i < 5; i++)
      extension.push((await limited.inject({ method: 'GET', url: '/v1/health', headers: auth })).statusCode);
    expect(extension).toEqual([200, 200, 200, 200, 200]);
  });

  it('caps concurrent probes (503 {error} while full)', async () => {
    const closed = await closedPort();
    // 587 → a port that never greets (holds the slot ~2 s); 25 → nothing listening (answers at once).
    const capped = await app({
      lab: true,
      maxConcurrentProbes: 1,
      connectPort: (port) => (port === 587 ? silent.port : closed),
    });
    const request = (ports: number[], timeoutMs: number) =>
      capped.inject({
        method: 'POST',
        url: '/v1/probe',
        headers: json,
        payload: { host: TEST_HOST, ports, timeoutMs },
      });
    let slowDone = false;
    const slow = request([587], 2000).finally(() => (slowDone = true));
    // Ask until the slow probe holds the slot (no fixed sleep: the machine may be busy).
    let busy;
    for (let i = 0; i < 40 && !slowDone; i++) {
      busy = await request([25], 500);
      if (busy.statusCode === 503) break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(slowDone).toBe(false);
    expect(busy?.statusCode).toBe(503);
    expect(busy?.json()).toEqual({ error: expect.stringMatching(/busy/) });
    expect(busy?.headers['retry-after']).toBe('2');
    expect((await slow).statusCode).toBe(200);
    expect((await request([25], 500)).statusCode).toBe(200);
  });
});

describe('logs', () => {
  it('hold no token and no credentials', async () => {
    const server = await app({ lab: true, connectPort: () => starttls.port });
    await server.inject({
      method: 'POST',
      url: '/v1/probe',
      headers: json,
      payload: {
        host: TEST_HOST,
        ports: [587],
        timeoutMs: 2000,
        login: { port: 587, user: 'carol@example.com', pass: PASSWORD },
      },
    });
    await server.inject({ method: 'GET', url: '/v1/health', headers: { authorization: `Bearer ${TOKEN}x` } });
    await server.inject({
      method: 'POST',
      url: '/v1/probe',
      headers: { ...json, 'content-type': 'text/plain' },
      payload: PASSWORD,
    });
    const all = logLines.join('');
    expect(all).toContain('"msg":"probe"');
    expect(all).toMatch(/"status":401,"error":"wrong token","msg":"refused"/);
    expect(all).toContain(TEST_HOST);
    for (const secret of [TOKEN, PASSWORD, Buffer.from(PASSWORD).toString('base64'), 'carol@example.com']) {
      expect(all, secret).not.toContain(secret);
    }
    // No header was logged: no authorization field, no bearer value (only the help text's placeholder).
    expect(all).not.toMatch(/"authorization"|Bearer (?!<token>)/i);
  });
});

describe('refusal logs', () => {
  it('a flood of 1000 refused requests writes the first 10 lines and one count, apart from the token holder', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, callback) {
        lines.push(...String(chunk).trimEnd().split('\n'));
        callback();
      },
    });
    const server = await app({ log: sink, rateLimit: { max: 100, timeWindowMs: 60_000 } });
    for (let i = 0; i < 1000; i++) await server.inject({ method: 'GET', url: '/v1/health' });
    const entries = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries().filter((e) => e.msg === 'refused')).toHaveLength(10);

    // The flood does not hide what the token holder is refused.
    const refused = await server.inject({
      method: 'POST',
      url: '/v1/probe',
      headers: json,
      payload: { host: 'metadata.attacker.test', ports: [587] },
    });
    expect(refused.statusCode).toBe(403);
    expect(entries().at(-1)).toMatchObject({ msg: 'refused', status: 403 });

    await server.close(); // the pending count is written on close (else after one window)
    const summaries = entries().filter((e) => e.msg === 'refusals not logged');
    expect(summaries).toEqual([
      expect.objectContaining({
        suppressed: 990,
        byStatus: { 401: 90, 429: 900 },
        token: false,
        windowMs: 60_000,
      }),
    ]);
    expect(lines).toHaveLength(12);
  });
});
