import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clientLogin } from './probe-runner';

let server: Server | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  server = undefined;
});

describe('clientLogin', () => {
  it('sends no password to a backend that is not on this computer', async () => {
    // Nothing may leave the machine, not even on the old code: every request is caught here.
    const fetched = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('no network in this test'));
    const run = clientLogin({ url: 'http://192.0.2.10:8025', token: 't'.repeat(32) });
    const outcome = await run(
      { host: 'smtp.gmail.com', port: 465, user: 'ana', pass: 'secret' },
      new AbortController().signal,
    );
    expect(outcome).toMatchObject({ ok: false, kind: 'refused' });
    expect(!outcome.ok && outcome.message).toContain('127.0.0.1');
    expect(fetched).not.toHaveBeenCalled();
  });

  it('sends it to a backend on loopback', async () => {
    const bodies: string[] = [];
    server = createServer((req, res) => {
      let body = '';
      req
        .on('data', (c) => (body += c))
        .on('end', () => {
          bodies.push(body);
          res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"no"}');
        });
    });
    await new Promise<void>((ready) => server!.listen(0, '127.0.0.1', ready));
    const { port } = server.address() as { port: number };
    const run = clientLogin({ url: `http://127.0.0.1:${port}`, token: 't'.repeat(32) });
    await run(
      { host: 'smtp.gmail.com', port: 465, user: 'ana', pass: 'secret' },
      new AbortController().signal,
    );
    expect(bodies.join('')).toContain('secret');
  });
});
