import net from 'node:net';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../e2e/support/fixture-server';
import { SITES } from '../e2e/support/sites';
import { hostPortOf, startLoopbackProxy, type LoopbackProxy } from './support/loopback-proxy';

/** The proxy Firefox uses in these tests: fixture hosts reach the fixture server, nothing else goes anywhere. */

let server: FixtureServer;
let proxy: LoopbackProxy;

beforeAll(async () => {
  server = await startFixtureServer([SITES.gmailBounce, SITES.blogArticle]);
  proxy = await startLoopbackProxy(
    server.port,
    new Set([SITES.gmailBounce, SITES.blogArticle].map((s) => hostPortOf(new URL(s.url)))),
  );
});

afterAll(async () => {
  await proxy?.close();
  await server?.close();
});

/** Send `head` to the proxy; the socket and the first response line. */
async function ask(head: string): Promise<{ socket: net.Socket; status: string }> {
  const socket = net.connect({ host: '127.0.0.1', port: proxy.port });
  socket.write(head);
  const status = await new Promise<string>((resolve, reject) => {
    socket.once('data', (chunk: Buffer) => resolve(chunk.toString('latin1').split('\r\n')[0] ?? ''));
    socket.once('error', reject);
  });
  return { socket, status };
}

describe('loopback proxy', () => {
  it('tunnels a CONNECT to a fixture host to the fixture server, which answers over TLS', async () => {
    const { socket, status } = await ask(
      'CONNECT mail.google.com:443 HTTP/1.1\r\nHost: mail.google.com:443\r\n\r\n',
    );
    expect(status).toBe('HTTP/1.1 200 Connection Established');
    const secure = tls.connect({ socket, servername: 'mail.google.com', rejectUnauthorized: false });
    secure.write('GET /mail/u/0/ HTTP/1.1\r\nHost: mail.google.com\r\nConnection: close\r\n\r\n');
    const response = await new Promise<string>((resolve) => {
      let text = '';
      secure.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      secure.on('end', () => resolve(text));
    });
    expect(response.split('\r\n')[0]).toBe('HTTP/1.1 200 OK');
    expect(server.requests).toContain('https://mail.google.com/mail/u/0/');
  });

  it('passes a plain proxied request for a fixture host on, with its URL', async () => {
    const { socket, status } = await ask(
      'GET http://blog.example.com:443/smtp-could-not-connect HTTP/1.1\r\nHost: blog.example.com:443\r\nConnection: close\r\n\r\n',
    );
    socket.destroy();
    // The fixture server knows that page as https only: it answers 404, but it answers.
    expect(status).toBe('HTTP/1.1 404 Not Found');
  });

  it('refuses any other host, tunnelled or plain, without connecting anywhere', async () => {
    const before = server.requests.length;
    for (const head of [
      'CONNECT firefox.settings.services.mozilla.com:443 HTTP/1.1\r\n\r\n',
      'CONNECT mail.google.com:8443 HTTP/1.1\r\n\r\n',
      'GET http://example.org/ HTTP/1.1\r\nHost: example.org\r\n\r\n',
    ]) {
      const { socket, status } = await ask(head);
      socket.destroy();
      expect(status).toBe('HTTP/1.1 403 Forbidden');
    }
    expect(proxy.refused).toEqual([
      'firefox.settings.services.mozilla.com:443',
      'mail.google.com:8443',
      'example.org:80',
    ]);
    expect(server.requests.length).toBe(before);
  });
});
