/**
 * TLS for the probe: the implicit-TLS handshake (driven with node:tls directly, so
 * that a port answering in plain text shows up as its own failure and a
 * certificate that does not verify is still read and described), and the
 * judgement of a finished session, whichever way it was started.
 *
 * Verification is done here, not by rejecting the handshake: the probe connects
 * with `rejectUnauthorized: false` and then checks the chain result and the host
 * name itself, so a self-signed or expired certificate becomes a report instead of
 * an error without details. The probe never sends anything sensitive over such a
 * session (the login check refuses untrusted sessions).
 */
import { X509Certificate } from 'node:crypto';
import type { Socket } from 'node:net';
import {
  checkServerIdentity,
  connect,
  rootCertificates,
  type ConnectionOptions,
  type TLSSocket,
} from 'node:tls';
import type { CertificateInfo, TlsFailure, TlsResult } from '../../lib/probe/types.ts';
import type { Deadline } from './deadline.ts';
import { detail, type DetailKey } from '../../lib/probe/detail.ts';

export interface TlsSettings {
  /** The name the certificate must carry (the host name probed, or its IP address). */
  checkName: string;
  /** Extra trust anchors (tests); the system roots stay trusted. */
  trustedCa?: readonly string[];
}

/** Options for tls.connect: SNI when probing a name, TLS ≥ 1.2, verification left to `judgeSession`. */
export function tlsOptions(settings: TlsSettings): ConnectionOptions {
  const isIpAddress = /^[\d.]+$|:/.test(settings.checkName);
  return {
    ...(isIpAddress ? {} : { servername: settings.checkName }),
    minVersion: 'TLSv1.2',
    rejectUnauthorized: false,
    ...(settings.trustedCa?.length ? { ca: [...rootCertificates, ...settings.trustedCa] } : {}),
  };
}

const CHAIN_ERRORS: Record<string, DetailKey> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'probes.detail.selfSigned',
  SELF_SIGNED_CERT_IN_CHAIN: 'probes.detail.selfSignedChain',
  CERT_HAS_EXPIRED: 'probes.detail.expired',
  CERT_NOT_YET_VALID: 'probes.detail.notYetValid',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'probes.detail.unknownAuthority',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'probes.detail.unknownAuthority',
  UNABLE_TO_GET_ISSUER_CERT: 'probes.detail.unknownAuthority',
  CERT_REVOKED: 'probes.detail.revoked',
};

/** Describe a finished TLS session: protocol, certificate, and whether it can be trusted. */
export function judgeSession(
  socket: TLSSocket,
  settings: TlsSettings,
  mode: 'starttls' | 'implicit',
): TlsResult {
  const protocol = socket.getProtocol() ?? undefined;
  const peer = socket.getPeerCertificate(true);
  if (!peer || !peer.raw) {
    return { ok: false, mode, protocol, failure: 'certificate', error: detail('probes.detail.noCert') };
  }
  const x509 = new X509Certificate(peer.raw);
  const now = Date.now();
  const validFrom = new Date(x509.validFrom);
  const validTo = new Date(x509.validTo);
  const identityError = checkServerIdentity(settings.checkName, peer);
  const authorizationError = socket.authorizationError ? String(socket.authorizationError) : undefined;
  const chainTrusted = socket.authorized || authorizationError === 'ERR_TLS_CERT_ALTNAME_INVALID';
  const cert: CertificateInfo = {
    subject: x509.subject.replace(/\n/g, ', '),
    issuer: x509.issuer.replace(/\n/g, ', '),
    validFrom: validFrom.toISOString(),
    validTo: validTo.toISOString(),
    altNames: (x509.subjectAltName ?? '')
      .split(', ')
      .filter(Boolean)
      .map((n) => n.replace(/^(?:DNS|IP Address):/, '')),
    selfSigned: x509.checkIssued(x509) && x509.verify(x509.publicKey),
    expired: validTo.getTime() < now,
    hostnameMatch: identityError === undefined,
    chainTrusted,
    fingerprint256: x509.fingerprint256,
  };
  const problems: string[] = [];
  if (!chainTrusted) {
    if (cert.selfSigned) problems.push(detail('probes.detail.selfSigned'));
    else {
      const known = CHAIN_ERRORS[authorizationError ?? ''];
      problems.push(
        known ? detail(known) : detail('probes.detail.notTrusted', { code: String(authorizationError) }),
      );
    }
  }
  if (cert.expired && !problems.includes(detail('probes.detail.expired'))) {
    problems.push(detail('probes.detail.expiredOn', { date: cert.validTo.slice(0, 10) }));
  }
  if (!cert.hostnameMatch) {
    const names = cert.altNames.length > 0 ? cert.altNames.join(', ') : cert.subject;
    problems.push(detail('probes.detail.wrongName', { names, host: settings.checkName }));
  }
  const ok = problems.length === 0;
  return {
    ok,
    mode,
    protocol,
    cert,
    ...(ok ? {} : { failure: 'certificate' as const, error: problems.join('; ') }),
  };
}

/** Sort a handshake error: plain text where TLS was expected, or a protocol failure. */
export function classifyHandshakeError(error: unknown): { failure: TlsFailure; error: string } {
  const code = String((error as { code?: unknown })?.code ?? '');
  const message = String((error as { message?: unknown })?.message ?? error);
  if (
    code === 'ERR_SSL_WRONG_VERSION_NUMBER' ||
    code === 'ERR_SSL_PACKET_LENGTH_TOO_LONG' ||
    /wrong version number|packet length too long|unknown protocol|http request/i.test(message)
  ) {
    return { failure: 'plaintext', error: detail('probes.detail.plaintext') };
  }
  if (/unsupported protocol|protocol version|no protocols available/i.test(message)) {
    return {
      failure: 'protocol',
      error: detail('probes.detail.noVersion', { why: shortTlsMessage(message) }),
    };
  }
  if (/no shared cipher|handshake failure|insufficient security/i.test(message)) {
    return {
      failure: 'protocol',
      error: detail('probes.detail.noCipher', { why: shortTlsMessage(message) }),
    };
  }
  if (/disconnected before secure TLS|ECONNRESET|socket hang up|closed unexpectedly/i.test(message)) {
    return { failure: 'protocol', error: detail('probes.detail.closedHandshake') };
  }
  return {
    failure: 'protocol',
    error: detail('probes.detail.handshakeFailed', { why: shortTlsMessage(message) }),
  };
}

function shortTlsMessage(message: string): string {
  // OpenSSL messages look like "…:error:0A000102:SSL routines::unsupported protocol".
  const tail = /SSL routines:[^:]*:([^:\n]+)/.exec(message)?.[1];
  return (tail ?? message).replace(/^Error initiating TLS - /, '').slice(0, 160);
}

export type Handshake = { ok: true; socket: TLSSocket; result: TlsResult } | { ok: false; result: TlsResult };

/** Start TLS on a connected socket and judge the session, within the deadline. */
export function handshake(
  socket: Socket,
  settings: TlsSettings,
  mode: 'starttls' | 'implicit',
  deadline: Deadline,
): Promise<Handshake> {
  return new Promise((resolve) => {
    const budget = Math.round(deadline.left());
    const tlsSocket = connect({ ...tlsOptions(settings), socket });
    const finish = (outcome: Handshake) => {
      clearTimeout(timer);
      tlsSocket.removeAllListeners('secureConnect');
      tlsSocket.removeAllListeners('error');
      if (!outcome.ok) {
        tlsSocket.on('error', () => {});
        tlsSocket.destroy();
        socket.destroy();
      }
      resolve(outcome);
    };
    const timer = setTimeout(
      () =>
        finish({
          ok: false,
          result: {
            ok: false,
            mode,
            failure: 'timeout',
            error: detail('probes.detail.handshakeTimeout', { ms: budget }),
          },
        }),
      budget,
    );
    tlsSocket.once('secureConnect', () => {
      finish({ ok: true, socket: tlsSocket, result: judgeSession(tlsSocket, settings, mode) });
    });
    tlsSocket.once('error', (error) =>
      finish({ ok: false, result: { ok: false, mode, ...classifyHandshakeError(error) } }),
    );
  });
}
