// The typed client against the real backend on loopback, and against things that are not it.
import { createServer, type Server } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { closedPort, startPeer, TEST_CA, TEST_HOST, type Peer } from '../../server/test-support/peers.ts';
import { createProbeClient, ProbeClientError, type ProbeClientErrorKind } from './client';
import type { PortResult } from './types';

const TOKEN = 'client-test-token-4b9e2f';
let backend: FastifyInstance;
let baseUrl: string;
let starttls: Peer;
let silent: Peer;
let other: Server;
let otherUrl: string;
const hanging = new Set<import('node:http').ServerResponse>();

beforeAll(async () => {
  starttls = await startPeer('starttls');
  silent = await startPeer('silent');
  backend = await buildApp({
    token: TOKEN,
    lab: true,
    resolve: async () => ['127.0.0.1'],
    connectPort: (port) => (port === 587 ? starttls.port : silent.port),
    trustedCa: [TEST_CA],
  });
  baseUrl = await backend.listen({ host: '127.0.0.1', port: 0 });
  // Something else on a port: an HTML page, a hanging request, a broken stream.
  other = createServer((req, res) => {
    if (req.url === '/hang/v1/health') {
      hanging.add(res);
      return;
    }
    if (req.url === '/html/v1/health') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<h1>It works!</h1>');
      return;
    }
    if (req.url === '/cut/v1/probe') {
      res.writeHead(200, { 'content-type': 'application/x-ndjson' });
      res.end('{"type":"result","result":{"port":25,"tcp":"open","ms":3}}\n');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"hello":"world"}');
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', () => resolve()));
  otherUrl = `http://127.0.0.1:${(other.address() as { port: number }).port}`;
});

afterAll(async () => {
  for (const res of hanging) res.destroy();
  await new Promise<void>((resolve) => other.close(() => resolve()));
  await backend.close();
  await starttls.close();
  await silent.close();
});

async function kindOf(promise: Promise<unknown>): Promise<ProbeClientErrorKind> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProbeClientError);
  return (error as ProbeClientError).kind;
}

describe('createProbeClient', () => {
  it('health() and probe() against the running backend', async () => {
    const client = createProbeClient({ baseUrl: `${baseUrl}/`, token: TOKEN });
    expect(await client.health()).toMatchObject({ ok: true, lab: true });
    const response = await client.probe(TEST_HOST, [587], { timeoutMs: 2000 });
    expect(response.results[0]).toMatchObject({ port: 587, tcp: 'open', tls: { ok: true } });
    expect(response.verdict.best).toEqual({ port: 587, security: 'starttls' });
  });

  it('hands over per-port results as they arrive, fastest first', async () => {
    const client = createProbeClient({ baseUrl, token: TOKEN });
    const seen: PortResult[] = [];
    const response = await client.probe(TEST_HOST, [25, 587], {
      timeoutMs: 800,
      onResult: (r) => seen.push(r),
    });
    expect(seen.map((r) => r.port)).toEqual([587, 25]);
    expect(response.results.map((r) => r.port)).toEqual([25, 587]);
  });

  it('not-running: nothing listens at the URL; the message says how to start it', async () => {
    const client = createProbeClient({ baseUrl: `http://127.0.0.1:${await closedPort()}`, token: TOKEN });
    const error = await client.health().catch((e: unknown) => e as ProbeClientError);
    expect(error).toBeInstanceOf(ProbeClientError);
    expect((error as ProbeClientError).kind).toBe('not-running');
    expect((error as ProbeClientError).message).toContain('npx smtp-doctor serve');
  });

  it('unauthorized: a wrong token', async () => {
    const client = createProbeClient({ baseUrl, token: 'wrong-token-0000000' });
    expect(await kindOf(client.health())).toBe('unauthorized');
    expect(await kindOf(client.probe(TEST_HOST, [587]))).toBe('unauthorized');
  });

  it('refused: a port or target the backend will not probe, with its reason', async () => {
    const client = createProbeClient({ baseUrl, token: TOKEN });
    const error = (await client.probe(TEST_HOST, [22]).catch((e: unknown) => e)) as ProbeClientError;
    expect(error.kind).toBe('refused');
    expect(error.status).toBe(403);
    expect(error.message).toMatch(/port 22 not allowed/);
    expect(await kindOf(client.probe('10.0.0.1', [25]))).toBe('refused');
  });

  it('timeout: an answer that never comes', async () => {
    const client = createProbeClient({ baseUrl: `${otherUrl}/hang`, token: TOKEN, healthTimeoutMs: 300 });
    expect(await kindOf(client.health())).toBe('timeout');
  });

  it('the caller can abort; that is an abort, not a client error', async () => {
    const client = createProbeClient({ baseUrl: `${otherUrl}/hang`, token: TOKEN });
    const controller = new AbortController();
    const pending = client.health(controller.signal);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('bad-response: something else answers (HTML, other JSON, a stream cut before the verdict)', async () => {
    expect(await kindOf(createProbeClient({ baseUrl: `${otherUrl}/html`, token: TOKEN }).health())).toBe(
      'bad-response',
    );
    expect(await kindOf(createProbeClient({ baseUrl: otherUrl, token: TOKEN }).health())).toBe(
      'bad-response',
    );
    expect(
      await kindOf(createProbeClient({ baseUrl: otherUrl, token: TOKEN }).probe('a.example', [25])),
    ).toBe('bad-response');
    const cut = createProbeClient({ baseUrl: `${otherUrl}/cut`, token: TOKEN });
    expect(await kindOf(cut.probe('a.example', [25], { onResult: () => {} }))).toBe('bad-response');
  });

  it('uses the injected fetch, with the token in the Authorization header', async () => {
    const calls: [string, RequestInit | undefined][] = [];
    const fakeFetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push([String(input), init]);
      return new Response(JSON.stringify({ ok: true, version: '9.9.9' }), {
        headers: { 'content-type': 'application/json' },
      });
    }) as typeof fetch;
    const client = createProbeClient({
      baseUrl: 'http://127.0.0.1:9',
      token: 'tok-123456789012345',
      fetch: fakeFetch,
    });
    expect(await client.health()).toEqual({ ok: true, version: '9.9.9' });
    expect(calls[0]![0]).toBe('http://127.0.0.1:9/v1/health');
    expect((calls[0]![1]!.headers as Record<string, string>).Authorization).toBe(
      'Bearer tok-123456789012345',
    );
  });
});
