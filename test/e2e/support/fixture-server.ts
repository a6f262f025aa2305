import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * One loopback server for every fixture site. Chromium's host-resolver rule maps
 * every host and port to it (`MAP * 127.0.0.1:<port>`), so a page requested as
 * https://mail.google.com/… or https://host.example.org:2083/… arrives here with
 * its real Host header, and is answered from test/fixtures/pages. TLS and plain
 * HTTP share the port: the first byte of a connection tells them apart.
 */

export interface FixtureRoute {
  /** Full URL the page is served under (query optional: matched when given). */
  url: string;
  file: string;
}

export interface FixtureServer {
  port: number;
  /** Every request seen, as full URLs (assert nothing unexpected was asked for). */
  requests: string[];
  close(): Promise<void>;
}

const PAGES = new URL('../../fixtures/pages/', import.meta.url);

/** A throwaway self-signed certificate (Chromium runs with --ignore-certificate-errors). */
function selfSignedCert(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'smtp-doctor-e2e-tls-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=smtp-doctor-e2e',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function keyOf(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}

export async function startFixtureServer(routes: readonly FixtureRoute[]): Promise<FixtureServer> {
  const exact = new Map<string, string>();
  const byPath = new Map<string, string>();
  for (const route of routes) {
    const url = new URL(route.url);
    if (url.search) exact.set(`${keyOf(url)}${url.search}`, route.file);
    else byPath.set(keyOf(url), route.file);
  }
  const requests: string[] = [];

  const handler = (secure: boolean) => (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? '/', `${secure ? 'https' : 'http'}://${req.headers.host ?? 'unknown'}`);
    requests.push(url.href);
    const file = exact.get(`${keyOf(url)}${url.search}`) ?? byPath.get(keyOf(url));
    if (file) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(readFileSync(new URL(file, PAGES)));
    } else if (/\.(?:js|css|ico|png|php)$/.test(url.pathname)) {
      // Assets the fixtures name as product markers: present, empty.
      res.writeHead(204).end();
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('no fixture here');
    }
  };

  const tlsServer = https.createServer(selfSignedCert(), handler(true));
  const plainServer = http.createServer(handler(false));
  const front = net.createServer((socket) => {
    socket.once('readable', () => {
      const first = socket.read(1) as Buffer | null;
      if (!first) return socket.destroy();
      socket.unshift(first);
      // 0x16: a TLS handshake record.
      (first[0] === 0x16 ? tlsServer : plainServer).emit('connection', socket);
    });
    socket.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  const port = (front.address() as net.AddressInfo).port;

  return {
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        tlsServer.closeAllConnections();
        plainServer.closeAllConnections();
        front.close(() => resolve());
      }),
  };
}
