import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { ROOT } from './extension-build';

export const FIXTURE_DIR = join(ROOT, 'test/fixtures/bench');
/** The bench page lives where the content script runs: Gmail's URL, resolved to loopback. */
export const PAGE_URL = 'https://mail.google.com/mail/u/0/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface FixtureServer {
  port: number;
  close(): Promise<void>;
}

/** A throw-away self-signed certificate (the browser runs with --ignore-certificate-errors). */
function selfSignedCert(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'smtp-doctor-bench-tls-'));
  try {
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=mail.google.com'].concat([
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ]),
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Serves test/fixtures/bench on 127.0.0.1 (an ephemeral port) over HTTPS. Any path ending in
 * "/" is the webmail page; other paths are looked up by file name in the fixture folder.
 */
export async function startFixtureServer(): Promise<FixtureServer> {
  const server = createServer(selfSignedCert(), (req, res) => {
    const path = new URL(req.url ?? '/', 'https://x').pathname;
    const file = path.endsWith('/') ? 'webmail.html' : basename(path);
    try {
      const body = readFileSync(join(FIXTURE_DIR, file));
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
