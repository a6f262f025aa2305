/**
 * One port, start to finish, within one deadline: TCP connect → (465: TLS) →
 * greeting → EHLO → STARTTLS → EHLO → QUIT. Each step draws from the same budget,
 * so a port never takes longer than its timeout, whatever the server does.
 */
import type { Socket } from 'node:net';
import type { TLSSocket } from 'node:tls';
import type { LoginResult, PortResult, TlsResult } from '../../lib/probe/types.ts';
import { IMPLICIT_TLS_PORT } from '../../lib/probe/types.ts';
import { Deadline } from './deadline.ts';
import { closeSmtp, openSmtp, parseEhlo, replyCode, type SmtpFailure, type SmtpSession } from './smtp.ts';
import { connectTcp } from './tcp.ts';
import { classifyHandshakeError, handshake, judgeSession, tlsOptions, type TlsSettings } from './tls.ts';
import { detail } from '../../lib/probe/detail.ts';

export interface PortTarget {
  /** The checked address to connect to. */
  address: string;
  /** The port asked for (decides implicit TLS vs STARTTLS, and is reported). */
  port: number;
  /** The port actually connected to (differs only in lab tests that map ports). */
  connectPort: number;
  tls: TlsSettings;
  timeoutMs: number;
}

/** Share of the budget left after connecting that the probe waits for a greeting before trying TLS instead. */
const GREETING_SHARE = 0.6;
const MAX_BANNER = 300;

export async function probePort(target: PortTarget): Promise<PortResult> {
  const deadline = new Deadline(target.timeoutMs);
  const done = (fields: Omit<PortResult, 'port' | 'ms' | 'address'>): PortResult => ({
    port: target.port,
    address: target.address,
    ...fields,
    ms: deadline.elapsed(),
  });

  const tcp = await connectTcp(target.address, target.connectPort, deadline);
  if (tcp.outcome !== 'open') return done({ tcp: tcp.outcome, failedAt: 'connect', error: tcp.error });

  const opened = await openSession(tcp.socket, target, deadline);
  if (!opened.ok) return done({ tcp: 'open', ...opened.fields });
  const { session, implicitTls } = opened;

  const fields = describeSession(session, implicitTls, target.tls);
  closeSmtp(session.conn);
  return done({ tcp: 'open', ...fields });
}

type Opened =
  | { ok: true; session: SmtpSession; implicitTls?: TlsResult }
  | { ok: false; fields: Omit<PortResult, 'port' | 'ms' | 'address' | 'tcp'> };

/** From a connected socket to an SMTP session after EHLO (and STARTTLS when offered). */
async function openSession(socket: Socket, target: PortTarget, deadline: Deadline): Promise<Opened> {
  let smtpSocket: Socket | TLSSocket = socket;
  let implicitTls: TlsResult | undefined;
  const implicit = target.port === IMPLICIT_TLS_PORT;

  if (implicit) {
    const tls = await handshake(socket, target.tls, 'implicit', deadline);
    if (!tls.ok) return { ok: false, fields: { tls: tls.result, failedAt: 'tls', error: tls.result.error } };
    smtpSocket = tls.socket;
    implicitTls = tls.result;
  } else {
    // Wait for the greeting ourselves first: a port that stays silent may be speaking
    // implicit TLS (waiting for our ClientHello), which is a configuration finding of its own.
    const first = await firstBytes(socket, Math.round(deadline.left() * GREETING_SHARE));
    if (first === 'closed') {
      return {
        ok: false,
        fields: { failedAt: 'greeting', error: detail('probes.detail.closedNoGreeting') },
      };
    }
    if (first === 'silent') return silentPort(socket, target, deadline);
    socket.pause();
    socket.unshift(first);
  }

  const opened = await openSmtp({
    socket: smtpSocket,
    secured: implicit,
    tls: tlsOptions(target.tls),
    startTls: true,
    deadline,
  });
  if (opened.ok) return { ok: true, session: opened.session, implicitTls };
  return {
    ok: false,
    fields: {
      ...(implicitTls ? { tls: implicitTls } : {}),
      ...describeFailure(opened.replies, opened.error),
    },
  };
}

/** Connected, no greeting: try a TLS handshake on the same connection with what is left of the budget. */
async function silentPort(socket: Socket, target: PortTarget, deadline: Deadline): Promise<Opened> {
  const waited = deadline.elapsed();
  const tls = await handshake(socket, target.tls, 'implicit', deadline);
  if (tls.ok) {
    tls.socket.destroy();
    return {
      ok: false,
      fields: {
        implicitTls: true,
        tls: tls.result,
        failedAt: 'greeting',
        error: detail('probes.detail.implicitNoGreeting', { port: target.port }),
      },
    };
  }
  return {
    ok: false,
    fields: { failedAt: 'greeting', error: detail('probes.detail.noGreetingWaited', { ms: waited }) },
  };
}

function firstBytes(socket: Socket, ms: number): Promise<Buffer | 'silent' | 'closed'> {
  return new Promise((resolve) => {
    const finish = (value: Buffer | 'silent' | 'closed') => {
      clearTimeout(timer);
      socket.removeListener('data', onData);
      socket.removeListener('close', onClose);
      socket.removeListener('error', onClose);
      resolve(value);
    };
    const onData = (chunk: Buffer) => finish(chunk);
    const onClose = () => finish('closed');
    const timer = setTimeout(() => finish('silent'), ms);
    socket.on('data', onData);
    socket.once('close', onClose);
    socket.once('error', onClose);
  });
}

function banner(replies: string[]): string | undefined {
  const greeting = replies[0];
  if (greeting === undefined) return undefined;
  const text = greeting.split(/\r?\n/).filter(Boolean).slice(0, 3).join(' / ');
  return text.length > MAX_BANNER ? `${text.slice(0, MAX_BANNER)}…` : text;
}

/** What an established session shows: banner, STARTTLS, TLS, AUTH, SIZE. */
function describeSession(
  session: SmtpSession,
  implicitTls: TlsResult | undefined,
  tls: TlsSettings,
): Omit<PortResult, 'port' | 'ms' | 'address' | 'tcp'> {
  const { conn, replies } = session;
  const ehlos = replies.slice(1).filter((r) => /^250[ -]/.test(r));
  const firstEhlo = ehlos[0] ? parseEhlo(ehlos[0]) : undefined;
  const lastEhlo = ehlos.length > 0 ? parseEhlo(ehlos[ehlos.length - 1]!) : undefined;
  let tlsResult = implicitTls;
  if (!implicitTls && conn.secure && conn._socket) {
    tlsResult = judgeSession(conn._socket as TLSSocket, tls, 'starttls');
  }
  return {
    banner: banner(replies),
    ...(implicitTls ? {} : { starttls: firstEhlo?.starttls ?? false }),
    ...(tlsResult ? { tls: tlsResult } : {}),
    auth: lastEhlo?.auth ?? [],
    ...(lastEhlo?.size !== undefined ? { size: lastEhlo.size } : {}),
    ...(tlsResult && !tlsResult.ok ? { failedAt: 'tls' as const, error: tlsResult.error } : {}),
  };
}

/** Where an SMTP dialogue broke off, in words. */
function describeFailure(
  replies: string[],
  error: SmtpFailure,
): Omit<PortResult, 'port' | 'ms' | 'address' | 'tcp'> {
  const greeting = replies[0];
  const base = { ...(greeting !== undefined ? { banner: banner(replies) } : {}) };
  const greetingCode = replyCode(greeting);
  if (greetingCode !== undefined && greetingCode !== 220) {
    return {
      ...base,
      failedAt: 'greeting',
      error: detail('probes.detail.refusedSession', { reply: banner(replies) ?? '' }),
    };
  }
  if (greeting === undefined) {
    const why = error.code === 'ETIMEDOUT' ? detail('probes.detail.noGreetingInTime') : error.message;
    return { ...base, failedAt: 'greeting', error: why };
  }
  const ehlo = replies.slice(1).find((r) => /^250[ -]/.test(r));
  const starttls = ehlo ? parseEhlo(ehlo).starttls : false;
  if (error.command === 'STARTTLS' && /upgrading connection/i.test(error.message)) {
    const reply = replies[replies.length - 1] ?? '';
    return {
      ...base,
      starttls,
      failedAt: 'starttls',
      error: detail('probes.detail.refusedStarttls', { reply: reply.slice(0, 200) }),
    };
  }
  // A 220 after the EHLO is the answer to STARTTLS: a failure from there on is the handshake's.
  const upgradeStarted = replies.slice(1).some((r) => /^220[ -]/.test(r));
  if (error.code === 'ETLS' || error.command === 'STARTTLS' || upgradeStarted) {
    const tls: TlsResult = { ok: false, mode: 'starttls', ...classifyHandshakeError(error) };
    return { ...base, starttls, tls, failedAt: 'tls', error: tls.error };
  }
  return {
    ...base,
    starttls,
    failedAt: 'ehlo',
    error: detail('probes.detail.ehloFailed', { error: error.message.slice(0, 200) }),
  };
}

/**
 * The login check: AUTH with credentials the user typed, over a TLS session with a
 * trusted certificate only. The credentials go to Nodemailer and nowhere else: they
 * are not logged, stored, or echoed (server replies are scrubbed of them).
 */
export async function checkLogin(target: PortTarget, user: string, pass: string): Promise<LoginResult> {
  const deadline = new Deadline(target.timeoutMs);
  const scrub = (text: string) => scrubSecrets(text, [user, pass]);
  const tcp = await connectTcp(target.address, target.connectPort, deadline);
  if (tcp.outcome !== 'open') return { port: target.port, ok: false, error: `not attempted: ${tcp.error}` };
  const opened = await openSession(tcp.socket, target, deadline);
  if (!opened.ok) {
    return {
      port: target.port,
      ok: false,
      error: `not attempted: ${opened.fields.error ?? detail('probes.detail.noSession')}`,
    };
  }
  const { session, implicitTls } = opened;
  const facts = describeSession(session, implicitTls, target.tls);
  if (!facts.tls?.ok) {
    closeSmtp(session.conn);
    const why = facts.tls
      ? (facts.tls.error ?? detail('probes.detail.tlsNotTrusted'))
      : detail('probes.detail.notEncrypted');
    // "not attempted" marks a login the backend did not try (the client shows its own words for it).
    return {
      port: target.port,
      ok: false,
      error: `not attempted, ${detail('probes.detail.credentialsUnprotected', { why })}`,
    };
  }
  const result = await new Promise<LoginResult>((resolve) => {
    const timer = setTimeout(
      () => resolve({ port: target.port, ok: false, error: detail('probes.detail.noAuthAnswer') }),
      Math.max(1, Math.round(deadline.left())),
    );
    session.conn.login({ user, pass }, (error) => {
      clearTimeout(timer);
      if (!error) return resolve({ port: target.port, ok: true });
      const code = (error as { responseCode?: number }).responseCode;
      resolve({
        port: target.port,
        ok: false,
        ...(code ? { code } : {}),
        error: scrub(error.message).slice(0, 300),
        category: loginCategory(code, error.message),
      });
    });
  });
  closeSmtp(session.conn);
  return result;
}

function loginCategory(code: number | undefined, message: string): LoginResult['category'] {
  if (/disabled|basic auth|not enabled|oauth/i.test(message)) return 'auth-disabled';
  if (code === 530) return 'auth-required';
  return 'auth-failed';
}

/** Remove a secret (and its base64 form) from text shown to the user. */
export function scrubSecrets(text: string, secrets: string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < 3) continue;
    for (const form of [secret, Buffer.from(secret).toString('base64')]) out = out.split(form).join('***');
  }
  return out;
}
