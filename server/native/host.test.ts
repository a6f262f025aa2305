// The native host in process, fed framed messages as a browser sends them; real SMTP peers on loopback.
import { createServer, type Server, type Socket } from 'node:net';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NATIVE_LIMITS, type NativeReply } from '../../lib/probe/native.ts';
import { buildApp } from '../app.ts';
import { startPeer, TEST_CA, TEST_HOST, TEST_PASS, TEST_USER, type Peer } from '../test-support/peers.ts';
import { encodeMessage, MessageReader } from './framing.ts';
import { runNativeHost, type NativeHostOptions } from './host.ts';

const ORIGIN = 'chrome-extension://homaebmgjfgololdcdpohciddahpkacf/';
let starttls: Peer;
let auth: Peer;

beforeAll(async () => {
  starttls = await startPeer('starttls');
  auth = await startPeer('auth');
});
afterAll(async () => {
  await starttls.close();
  await auth.close();
});

/** A host on in-memory pipes: write messages in, collect replies, end stdin to stop it. */
function host(options: Partial<NativeHostOptions> = {}) {
  const input = new PassThrough();
  const output = new PassThrough();
  const reader = new MessageReader(NATIVE_LIMITS.maxReplyBytes + 4);
  const replies: NativeReply[] = [];
  const waiters: Array<() => void> = [];
  output.on('data', (chunk: Buffer) => {
    replies.push(...(reader.push(chunk) as NativeReply[]));
    for (const wake of waiters.splice(0)) wake();
  });
  const exit = runNativeHost({ input, output, origin: ORIGIN, ...options });
  const until = async (test: () => boolean) => {
    while (!test()) await new Promise<void>((resolve) => waiters.push(resolve));
  };
  return {
    replies,
    send: (message: unknown) => input.write(encodeMessage(message)),
    input,
    /** Replies to `id` once its last one (anything but a port result) is in. */
    async answer(id: number) {
      await until(() => replies.some((r) => r.id === id && r.type !== 'result'));
      return replies.filter((r) => r.id === id);
    },
    until,
    async stop() {
      input.end();
      return exit;
    },
  };
}

const refusal = (replies: NativeReply[]) => replies.find((r) => r.type === 'refused');

describe('native host', () => {
  it('answers health like GET /v1/health: not lab by default, login check available', async () => {
    const h = host();
    h.send({ id: 1, type: 'health' });
    const [reply] = await h.answer(1);
    expect(reply).toMatchObject({
      id: 1,
      type: 'health',
      health: { ok: true, lab: false, ports: [25, 465, 587, 2525], loginCheck: true },
    });
    expect(await h.stop()).toBe(0);
  });

  it('streams each port, then the verdict the HTTP app gives for the same request', async () => {
    const h = host({ lab: true, allowPorts: [starttls.port] });
    const request = { host: '127.0.0.1', ports: [starttls.port], timeoutMs: 3000 };
    h.send({ id: 2, type: 'probe', request });
    const replies = await h.answer(2);
    expect(replies.map((r) => r.type)).toEqual(['result', 'done']);
    const done = replies[1]!;
    if (done.type !== 'done') throw new Error('no verdict');
    expect(done.response.results[0]).toMatchObject({ port: starttls.port, tcp: 'open', starttls: true });

    const app = await buildApp({ token: 't', lab: true, allowPorts: [starttls.port] });
    const direct = await app.inject({
      method: 'POST',
      url: '/v1/probe',
      headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
      payload: request,
    });
    await app.close();
    const expected = direct.json();
    expect(done.response.verdict).toEqual(expected.verdict);
    expect(done.response.results.map((r) => [r.port, r.tcp, r.starttls, r.banner])).toEqual(
      expected.results.map((r: (typeof done.response.results)[0]) => [r.port, r.tcp, r.starttls, r.banner]),
    );
    await h.stop();
  });

  it('runs the login check, which the HTTP path allows only on loopback', async () => {
    const h = host({
      lab: true,
      resolve: async () => ['127.0.0.1'],
      connectPort: () => auth.port,
      trustedCa: [TEST_CA],
    });
    h.send({
      id: 3,
      type: 'probe',
      request: {
        host: TEST_HOST,
        ports: [587],
        timeoutMs: 3000,
        login: { port: 587, user: TEST_USER, pass: TEST_PASS },
      },
    });
    const done = (await h.answer(3)).find((r) => r.type === 'done');
    expect(done?.type === 'done' && done.response.login).toMatchObject({ port: 587, ok: true });
    await h.stop();
  });

  it.each([
    [
      'a loopback target without lab mode',
      {},
      { host: '127.0.0.1', ports: [25] },
      403,
      /127\.0\.0\.1 is a loopback address/,
    ],
    [
      'a private target',
      { lab: true },
      { host: '10.0.0.1', ports: [25] },
      403,
      /10\.0\.0\.1 is a private address/,
    ],
    [
      'a port off the allow-list',
      { lab: true },
      { host: '127.0.0.1', ports: [22] },
      403,
      /port 22 not allowed/,
    ],
    [
      'a field the schema does not know',
      {},
      { host: 'example.org', ports: [25], extra: 1 },
      400,
      /invalid request/,
    ],
    [
      'too many ports',
      {},
      { host: 'example.org', ports: [1, 2, 3, 4, 5, 6, 7, 8, 9] },
      400,
      /invalid request/,
    ],
  ])('refuses %s as the HTTP path does', async (_name, options, request, status, error) => {
    const h = host(options);
    h.send({ id: 4, type: 'probe', request });
    const reply = refusal(await h.answer(4));
    expect(reply).toMatchObject({ type: 'refused', status });
    expect(reply?.type === 'refused' && reply.error).toMatch(error);
    await h.stop();
  });

  it('refuses a message that is not a request, and goes on', async () => {
    const h = host();
    h.send({ id: 5, type: 'shell', command: 'rm -rf /' });
    expect(refusal(await h.answer(5))).toMatchObject({ status: 400 });
    h.send({ id: 6, type: 'health' });
    expect((await h.answer(6))[0]?.type).toBe('health');
    await h.stop();
  });

  it('refuses a message over its size limit before reading it, and stops', async () => {
    const h = host();
    const header = Buffer.alloc(4);
    header.writeUInt32LE(NATIVE_LIMITS.maxRequestBytes + 1, 0);
    h.input.write(header);
    await h.until(() => h.replies.length > 0);
    expect(h.replies[0]).toMatchObject({ id: 0, type: 'refused', status: 413 });
    expect(await h.stop()).toBe(1);
  });

  it('bounds the probes running at once, as the HTTP path does (4)', async () => {
    // A TCP peer that accepts and stays silent, and counts who is connected.
    const held: Socket[] = [];
    const silent: Server = createServer((socket) => held.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as { port: number }).port;
    const h = host({ lab: true, allowPorts: [port] });
    const request = { host: '127.0.0.1', ports: [port], timeoutMs: 15_000 };
    for (let id = 10; id < 14; id++) h.send({ id, type: 'probe', request });
    // Wait for the state (four probes connected), not for time.
    while (held.length < 4) await new Promise((resolve) => setImmediate(resolve));
    h.send({ id: 14, type: 'probe', request });
    const busy = refusal(await h.answer(14));
    expect(busy).toMatchObject({ status: 503 });
    expect(busy?.type === 'refused' && busy.error).toMatch(/^busy/);
    for (const socket of held) socket.destroy();
    for (let id = 10; id < 14; id++) expect((await h.answer(id)).at(-1)?.type).toBe('done');
    await h.stop();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });
});
