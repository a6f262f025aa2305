/**
 * The SMTP part of a probe — greeting, EHLO, STARTTLS and the second EHLO, AUTH for
 * the login check, QUIT — spoken by Nodemailer's SMTPConnection over a socket the
 * probe already connected (and, on 465, already wrapped in TLS). Nodemailer parses
 * replies, follows RFC 3207 (discards plain-text state after STARTTLS) and knows the
 * SASL mechanisms; the probe only reads what the server said, through the
 * connection's transaction log.
 *
 * Never MAIL FROM, RCPT or DATA: the probe does not send mail.
 */
import type { Socket } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { format } from 'node:util';
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import type { Deadline } from './deadline.ts';
import { detail } from '../../lib/probe/detail.ts';

/** Name sent with EHLO: fixed, so the probe never reveals this machine's host name. */
export const EHLO_NAME = 'smtp-doctor.invalid';
/** Largest server reply read (greeting, EHLO): a hostile server cannot make the probe buffer more. */
const MAX_REPLY_BYTES = 16 * 1024;

export interface SmtpSession {
  conn: SMTPConnection;
  /** Server replies in order (greeting first), as multi-line strings. */
  replies: string[];
}

export type SmtpOpen =
  { ok: true; session: SmtpSession } | { ok: false; replies: string[]; error: SmtpFailure };

export interface SmtpFailure {
  message: string;
  /** Nodemailer's error code: ETIMEDOUT, EPROTOCOL, ETLS, ECONNECTION … */
  code?: string;
  /** The command that failed: CONN (greeting), EHLO, HELO, STARTTLS. */
  command?: string;
  responseCode?: number;
}

export interface SmtpOpenOptions {
  socket: Socket | TLSSocket;
  /** The socket is already TLS (implicit TLS). */
  secured: boolean;
  /** tls.connect options for STARTTLS. */
  tls: import('node:tls').ConnectionOptions;
  /** Attempt STARTTLS when offered (the probe always does; kept for the login path's clarity). */
  startTls: boolean;
  deadline: Deadline;
}

/** Run the greeting, EHLO and (when offered) STARTTLS + EHLO on a connected socket. */
export function openSmtp(options: SmtpOpenOptions): Promise<SmtpOpen> {
  const replies: string[] = [];
  const budget = Math.max(1, Math.round(options.deadline.left()));
  const capture =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (entry: { tnx?: string }, message: unknown, ...args: unknown[]) => {
      // Only what the server said; client lines (which would include AUTH) are dropped unread.
      if (level === 'debug' && entry?.tnx === 'server') replies.push(format(String(message), ...args));
    };
  const conn = new SMTPConnection({
    connection: options.socket,
    secured: options.secured,
    name: EHLO_NAME,
    ignoreTLS: !options.startTls,
    tls: options.tls,
    connectionTimeout: budget,
    greetingTimeout: budget,
    socketTimeout: budget,
    socketCloseTimeout: 250,
    maxResponseSize: MAX_REPLY_BYTES,
    transactionLog: true,
    logger: {
      level: () => {},
      trace: () => {},
      fatal: () => {},
      debug: capture('debug'),
      info: capture('info'),
      warn: capture('warn'),
      error: capture('error'),
    } as never,
  });
  return new Promise((resolve) => {
    let settled = false;
    const settle = (value: SmtpOpen) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (!value.ok) conn.close();
      resolve(value);
    };
    // Nodemailer's timers are per phase; this one holds the whole dialogue to the port's deadline.
    const timer = setTimeout(() => {
      settle({ ok: false, replies, error: { message: 'timed out', code: 'ETIMEDOUT' } });
    }, budget);
    conn.on('error', (error: NodeJS.ErrnoException & { command?: string; responseCode?: number }) => {
      settle({
        ok: false,
        replies,
        error: {
          message: error.message,
          code: error.code,
          command: error.command,
          responseCode: error.responseCode,
        },
      });
    });
    conn.once('end', () =>
      settle({
        ok: false,
        replies,
        error: { message: detail('probes.detail.serverClosed'), code: 'ECONNECTION' },
      }),
    );
    conn.connect((error) => {
      if (error) {
        settle({
          ok: false,
          replies,
          error: { message: error.message, code: error.code, command: error.command },
        });
      } else {
        settle({ ok: true, session: { conn, replies } });
      }
    });
  });
}

/** Say QUIT and let the connection close on its own time (bounded by socketCloseTimeout). */
export function closeSmtp(conn: SMTPConnection): void {
  conn.on('error', () => {});
  try {
    if (conn.stage === 'connected' && !conn.destroyed) conn.quit();
    else conn.close();
  } catch {
    conn.close();
  }
}

export interface EhloFacts {
  starttls: boolean;
  auth: string[];
  /** SIZE limit in bytes; 0 when advertised without a number; undefined when not advertised. */
  size?: number;
  extensions: string[];
}

/** Read an EHLO reply ("250-host\r\n250-STARTTLS\r\n250 AUTH PLAIN LOGIN"). */
export function parseEhlo(reply: string): EhloFacts {
  const lines = reply
    .split(/\r?\n/)
    .map((line) => line.replace(/^\d{3}[ -]?/, '').trim())
    .filter(Boolean)
    .slice(1);
  const extensions = lines.map((line) => line.split(/[\s=]/)[0]!.toUpperCase()).slice(0, 64);
  const auth = new Set<string>();
  let size: number | undefined;
  for (const line of lines) {
    const authLine = /^AUTH[\s=](.*)$/i.exec(line);
    if (authLine)
      for (const mech of authLine[1]!.split(/[\s=]+/))
        if (/^[\w-]{1,40}$/.test(mech)) auth.add(mech.toUpperCase());
    const sizeLine = /^SIZE(?:\s+(\d{1,15}))?$/i.exec(line);
    if (sizeLine) size = Number(sizeLine[1] ?? 0);
  }
  return { starttls: extensions.includes('STARTTLS'), auth: [...auth].slice(0, 16), size, extensions };
}

/** The reply code at the start of a reply, if any. */
export function replyCode(reply: string | undefined): number | undefined {
  const match = /^(\d{3})/.exec(reply ?? '');
  return match ? Number(match[1]) : undefined;
}
