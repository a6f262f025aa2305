/**
 * Real SMTP peers for tests and benches, on loopback: smtp-server instances that
 * behave like the servers users meet (STARTTLS submission, implicit TLS, a port
 * that never greets, a server that rejects a wrong password with 535 …).
 * Every peer is stopped through the handle it returns.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

const certDir = new URL('./certs/', import.meta.url);
/** A test CA, and a certificate it signed for mail.smtp-doctor.test, localhost and 127.0.0.1 (valid to 2126). */
export const TEST_CA = readFileSync(new URL('ca.crt', certDir), 'utf8');
export const TEST_CERT = {
  key: readFileSync(new URL('mail.key', certDir), 'utf8'),
  cert: readFileSync(new URL('mail.crt', certDir), 'utf8'),
};
/** The name TEST_CERT is issued for. */
export const TEST_HOST = 'mail.smtp-doctor.test';

export const TEST_USER = 'alice@smtp-doctor.test';
export const TEST_PASS = 'correct-app-password-7f3a';

export interface Peer {
  port: number;
  close(): Promise<void>;
}

export type PeerKind =
  /** STARTTLS with the test certificate (trusted when TEST_CA is). */
  | 'starttls'
  /** STARTTLS with smtp-server's bundled self-signed (and expired) certificate. */
  | 'starttls-selfsigned'
  /** Implicit TLS with the test certificate. */
  | 'implicit'
  /** Implicit TLS with smtp-server's bundled self-signed certificate. */
  | 'implicit-selfsigned'
  /** Plain SMTP, STARTTLS hidden. */
  | 'plain'
  /** STARTTLS offered, but the server only speaks TLS 1.0/1.1 (the probe requires 1.2+). */
  | 'starttls-old-tls'
  /** STARTTLS, AUTH required; TEST_USER / TEST_PASS accepted, anything else 535. */
  | 'auth'
  /** Accepts TCP, never says a word. */
  | 'silent'
  /** Greets with 554 (refuses the session). */
  | 'reject-greeting';

function smtpOptions(kind: PeerKind): SMTPServerOptions {
  const common: SMTPServerOptions = {
    logger: false,
    banner: 'smtp-doctor test peer',
    size: 25 * 1024 * 1024,
    authOptional: true,
    disabledCommands: [],
    onData(stream, _session, callback) {
      stream.resume();
      stream.on('end', () => callback());
    },
  };
  switch (kind) {
    case 'starttls':
      return { ...common, ...TEST_CERT };
    case 'starttls-selfsigned':
      return { ...common };
    case 'implicit':
      return { ...common, ...TEST_CERT, secure: true };
    case 'implicit-selfsigned':
      return { ...common, secure: true };
    case 'plain':
      return { ...common, hideSTARTTLS: true, disabledCommands: ['STARTTLS'] };
    case 'starttls-old-tls':
      return {
        ...common,
        ...TEST_CERT,
        minVersion: 'TLSv1',
        maxVersion: 'TLSv1.1',
        ciphers: 'DEFAULT@SECLEVEL=0',
      } as SMTPServerOptions;
    case 'auth':
      return {
        ...common,
        ...TEST_CERT,
        authOptional: false,
        authMethods: ['PLAIN', 'LOGIN'],
        onAuth(auth, _session, callback) {
          if (auth.username === TEST_USER && auth.password === TEST_PASS)
            return callback(null, { user: auth.username });
          return callback(
            Object.assign(new Error('Authentication credentials invalid'), { responseCode: 535 }),
          );
        },
      };
    case 'reject-greeting':
      return {
        ...common,
        onConnect(_session, callback) {
          callback(Object.assign(new Error('No SMTP service here'), { responseCode: 554 }));
        },
      };
    default:
      throw new Error(`no smtp-server options for ${kind}`);
  }
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as { port: number }).port);
    });
  });
}

/** Start a peer on `host:port` (port 0: an ephemeral port). */
export async function startPeer(kind: PeerKind, port = 0, host = '127.0.0.1'): Promise<Peer> {
  if (kind === 'silent') {
    const sockets = new Set<Socket>();
    const server = createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => {});
      socket.on('close', () => sockets.delete(socket));
    });
    const bound = await listen(server, port, host);
    return {
      port: bound,
      close: () =>
        new Promise((resolve) => {
          for (const socket of sockets) socket.destroy();
          server.close(() => resolve());
        }),
    };
  }
  const smtp = new SMTPServer(smtpOptions(kind));
  smtp.on('error', () => {});
  const bound = await listen(smtp.server, port, host);
  return {
    port: bound,
    close: () =>
      new Promise((resolve) => {
        for (const connection of smtp.connections) connection.close?.();
        smtp.close(() => resolve());
      }),
  };
}

/** A port on loopback where nothing listens (bound, then released). */
export async function closedPort(host = '127.0.0.1'): Promise<number> {
  const server = createServer();
  const port = await listen(server, 0, host);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
