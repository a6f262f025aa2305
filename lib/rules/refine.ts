import type { CategoryId } from '../categories';
import { isLocalHost } from './context';
import type { Refinement, RuleContext } from './rule';
import type { Alternative, CheckId } from './types';

export function alt(category: CategoryId, confidence: number, check?: CheckId): Alternative {
  return check ? { category, confidence, check } : { category, confidence };
}

/** Ports assumed when a connection failure names none: submission and relay. */
export const DEFAULT_ASSUMED_PORTS = [25, 587];

/** The client speaks plain SMTP / STARTTLS (so it waits for a greeting on connect). */
const PLAIN_CLIENT =
  /STARTTLS|secure: ?false|requireTLS|tls:\/\/|SMTPSecure ?= ?['"]?tls|ENCRYPTION_STARTTLS|EnableSsl|starttls|SMTP\(|SecureSocketOptions\.StartTls|enable_starttls/;
/** The client speaks implicit TLS (so it sends a ClientHello first). */
const TLS_CLIENT =
  /ssl:\/\/|smtps:\/\/|secure: ?true|SMTP_SSL|SMTPSecure ?= ?['"]?ssl|ENCRYPTION_SMTPS|SslOnConnect|smtp_ssl|\btls: ?true/;

/**
 * A timeout on a read of an open connection: Go net "read tcp a->b: i/o timeout" (a dial
 * says "dial tcp"), msmtp "network read error", mutt "read error", PHPMailer's empty "SERVER -> CLIENT:" greeting, curl "Operation timed out … with 0 bytes received", swaks "waiting for server response", or a
 * transcript that shows the connect succeeding (curl -v "Connected to", PHPMailer
 * "Connection: opened", swaks "=== Connected to"), .NET's stream read ("The read
 * operation failed", ReadAsync), a timeout "while trying to read from SMTP server".
 */
const READ_AFTER_CONNECT =
  /\bread tcp [\d.[\]:a-f]{3,}|\bread error\b|SERVER -> CLIENT: ?(?:\n|$)|\bbytes received\b|waiting for server response|\bConnected to \S|Connection: opened|The read operation failed|\bReadAsync\b|while (?:trying to )?read|read from (?:the )?(?:SMTP )?server/i;

/** The connection opened and then timed out waiting: no firewall drop. */
export function silentAfterOpen(near: string): boolean {
  return READ_AFTER_CONNECT.test(near);
}

export function speaksPlainFirst(near: string): boolean {
  return PLAIN_CLIENT.test(near);
}
export function speaksTlsFirst(near: string): boolean {
  return TLS_CLIENT.test(near);
}

/**
 * A connect timeout: the port decides. 25 (or no port) is the classic ISP/cloud
 * block; on 465 a plain/STARTTLS client waiting for a greeting times out too.
 */
export function connectTimeout(ctx: RuleContext): Refinement {
  const port = ctx.extracted.port;
  // The connect succeeded and the read timed out: no firewall drop (that fails the connect),
  // a server that does not speak first to this client (implicit TLS) or does not speak at all.
  if (silentAfterOpen(ctx.near)) {
    return {
      category: 'tls-mismatch',
      confidence: 0.55,
      alternatives: [
        alt('port-blocked', 0.25, 'probe-ports'),
        alt('server-unreachable', 0.15, 'server-status'),
      ],
    };
  }
  if (port === 465 && speaksPlainFirst(ctx.near)) {
    return {
      category: 'tls-mismatch',
      confidence: 0.7,
      alternatives: [alt('port-blocked', 0.25, 'probe-ports')],
    };
  }
  if (port === undefined) {
    return {
      category: 'port-blocked',
      confidence: 0.6,
      assumedPorts: DEFAULT_ASSUMED_PORTS,
      alternatives: [
        alt('server-unreachable', 0.2, 'probe-ports'),
        alt('tls-mismatch', 0.12, 'tls-mode'),
        alt('dns-failure', 0.08, 'resolve-host'),
      ],
    };
  }
  if (port === 25) {
    return {
      category: 'port-blocked',
      confidence: 0.8,
      alternatives: [alt('server-unreachable', 0.15, 'probe-ports')],
    };
  }
  if (port === 465) {
    return {
      category: 'port-blocked',
      confidence: 0.6,
      alternatives: [alt('tls-mismatch', 0.25, 'tls-mode'), alt('server-unreachable', 0.15, 'probe-ports')],
    };
  }
  return {
    category: 'port-blocked',
    confidence: port === 587 || port === 2525 ? 0.65 : 0.5,
    alternatives: [alt('server-unreachable', 0.25, 'probe-ports'), alt('tls-mismatch', 0.1, 'tls-mode')],
  };
}

/**
 * A read timeout after the connection opened: on 465 a plain client waits for
 * a greeting the implicit-TLS server never sends. `opened`: the wording says the
 * socket had opened (Ruby's Net::ReadTimeout; a drop fails the connect instead).
 */
export function readTimeout(ctx: RuleContext, opened = false): Refinement {
  const port = ctx.extracted.port;
  if (port === 465 || speaksPlainFirst(ctx.near)) {
    return {
      category: 'tls-mismatch',
      confidence: 0.7,
      alternatives: [alt('port-blocked', 0.2, 'probe-ports')],
    };
  }
  // With no port named, a socket known to have opened points at a server that did not speak
  // first to this client (implicit TLS) before a filter that stalls the session.
  if (port === undefined && opened) {
    return {
      category: 'tls-mismatch',
      confidence: 0.45,
      alternatives: [alt('port-blocked', 0.35, 'probe-ports'), alt('unknown', 0.15, 'server-status')],
    };
  }
  if (port === 25 || port === undefined) {
    return {
      category: 'port-blocked',
      confidence: 0.45,
      assumedPorts: port === undefined ? DEFAULT_ASSUMED_PORTS : undefined,
      alternatives: [alt('tls-mismatch', 0.3, 'tls-mode'), alt('server-unreachable', 0.2, 'probe-ports')],
    };
  }
  return {
    category: 'tls-mismatch',
    confidence: 0.5,
    alternatives: [alt('port-blocked', 0.3, 'probe-ports'), alt('server-unreachable', 0.15, 'server-status')],
  };
}

// Submission hosts of the big providers listen on 25/465/587 around the clock,
// so a refusal from them comes from a firewall on the way, not from the server.
const ALWAYS_LISTENING =
  /\b(?:smtp(?:-mail)?\.(?:gmail|googlemail|office365|outlook|mail\.yahoo|aol|mail\.me|zoho|zohomail|sendgrid|mailgun|fastmail|postmarkapp|sparkpostmail|gmx|web|mail)\.[a-z.]{2,6}|smtp-relay\.(?:gmail|brevo|sendinblue)\.com|email-smtp\.[a-z0-9-]{1,30}\.amazonaws\.com|in-v3\.mailjet\.com|mail\.smtp2go\.com)\b/i;

// The MX hosts of the big mailbox providers accept connections on 25 around the clock.
const BIG_PROVIDER_MX =
  /gmail-smtp-in\.l\.google\.com|aspmx\.l\.google\.com|\.mail\.protection\.outlook\.com|\.mail\.yahoo\.com|\.yahoodns\.net|\.mail\.icloud\.com/i;

export function connectRefused(ctx: RuleContext): Refinement {
  if (isLocalHost(ctx.extracted.host, ctx.near)) {
    return {
      category: 'server-unreachable',
      confidence: 0.85,
      alternatives: [alt('port-blocked', 0.1, 'local-firewall')],
    };
  }
  if (ALWAYS_LISTENING.test(ctx.near) || BIG_PROVIDER_MX.test(ctx.near)) {
    return {
      category: 'port-blocked',
      confidence: 0.6,
      alternatives: [alt('server-unreachable', 0.3, 'probe-ports')],
    };
  }
  // Some hosting providers reject (not drop) outbound port 25: a close runner-up.
  if (ctx.extracted.port === 25) {
    return {
      category: 'server-unreachable',
      confidence: 0.5,
      alternatives: [alt('port-blocked', 0.4, 'probe-ports')],
    };
  }
  return {
    category: 'server-unreachable',
    confidence: 0.55,
    alternatives: [alt('port-blocked', 0.3, 'probe-ports'), alt('tls-mismatch', 0.08, 'tls-mode')],
  };
}

/** The client's TLS mode contradicts the port: implicit TLS on 587/25, plain or STARTTLS on 465. */
export function tlsModeContradictsPort(ctx: RuleContext): boolean {
  const port = ctx.extracted.port;
  if (port === 587 || port === 25) return speaksTlsFirst(ctx.near);
  if (port === 465)
    return (
      /tls:\/\/|STARTTLS|secure: ?false|SMTPSecure ?= ?['"]?tls/.test(ctx.near) && !speaksTlsFirst(ctx.near)
    );
  return false;
}

/**
 * The connection opened but no 220 greeting came. A TLS mode that contradicts the port
 * (or a plain client on 465) explains it; on 25 a filtering network does; otherwise the
 * server accepted the connection and never served it.
 */
export function greetingNeverReceived(ctx: RuleContext): Refinement {
  const port = ctx.extracted.port;
  if ((port === 465 && !speaksTlsFirst(ctx.near)) || tlsModeContradictsPort(ctx)) {
    return {
      category: 'tls-mismatch',
      confidence: port === 465 ? 0.75 : 0.6,
      alternatives: [
        alt('port-blocked', 0.25, 'probe-ports'),
        alt('server-unreachable', 0.1, 'server-status'),
      ],
    };
  }
  if (port === 25) {
    return {
      category: 'port-blocked',
      confidence: 0.5,
      alternatives: [alt('tls-mismatch', 0.3, 'tls-mode'), alt('ip-reputation', 0.1, 'ip-blocklist')],
    };
  }
  if (port === 587 || port === 2525) {
    // A port that greets in plain text, reached in the right mode: something between
    // accepts the connection and stays silent, or the server is stuck.
    return {
      category: 'server-unreachable',
      confidence: 0.5,
      alternatives: [alt('port-blocked', 0.3, 'probe-ports'), alt('tls-mismatch', 0.15, 'tls-mode')],
    };
  }
  // The connection was made, so something listens; the likeliest silence is an
  // implicit-TLS port waiting for a handshake the client never starts (as in
  // silentAfterConnect). Without the port and TLS mode that stays a judgment call.
  return {
    category: 'tls-mismatch',
    confidence: 0.5,
    alternatives: [
      alt('server-unreachable', 0.35, 'server-status'),
      alt('port-blocked', 0.15, 'probe-ports'),
    ],
  };
}

/** How sure a "silent after connect" rule is on 465 and elsewhere, and how close a network block comes. */
export interface SilenceWeights {
  on465: number;
  blockedOn465: number;
  elsewhere: number;
  blockedElsewhere: number;
}

/**
 * The client connected and then read nothing it understood (.NET "Unable to read data
 * from the transport connection", JavaMail "response: -1"): a plain client meeting
 * implicit TLS, near certain on 465 and still the likeliest cause elsewhere.
 */
export function silentAfterConnect(w: SilenceWeights): (ctx: RuleContext) => Refinement {
  return (ctx) =>
    ctx.extracted.port === 465
      ? {
          category: 'tls-mismatch',
          confidence: w.on465,
          alternatives: [alt('port-blocked', w.blockedOn465, 'probe-ports')],
        }
      : {
          category: 'tls-mismatch',
          confidence: w.elsewhere,
          alternatives: [
            alt('port-blocked', w.blockedElsewhere, 'probe-ports'),
            alt('server-unreachable', 0.15, 'server-status'),
          ],
        };
}

/** A client's catch-all "could not connect": the text cannot decide. */
export function genericConnect(ctx: RuleContext): Refinement {
  const port = ctx.extracted.port;
  // The transcript shows the connection open and the server silent: no firewall drop.
  if (silentAfterOpen(ctx.text)) {
    return {
      category: 'tls-mismatch',
      confidence: 0.55,
      alternatives: [
        alt('port-blocked', 0.25, 'probe-ports'),
        alt('server-unreachable', 0.1, 'server-status'),
      ],
    };
  }
  // No network lies between a client and its own machine: nothing listens there.
  if (isLocalHost(ctx.extracted.host, ctx.near)) {
    return {
      category: 'server-unreachable',
      confidence: 0.7,
      alternatives: [alt('port-blocked', 0.1, 'local-firewall')],
    };
  }
  if (tlsModeContradictsPort(ctx)) {
    return {
      category: 'tls-mismatch',
      confidence: 0.6,
      alternatives: [alt('port-blocked', 0.25, 'probe-ports')],
    };
  }
  return {
    category: 'port-blocked',
    confidence: port === 25 ? 0.55 : 0.45,
    assumedPorts: port === undefined ? DEFAULT_ASSUMED_PORTS : undefined,
    alternatives: [
      alt('server-unreachable', 0.2, 'probe-ports'),
      alt('dns-failure', 0.15, 'resolve-host'),
      alt('tls-mismatch', 0.12, 'tls-mode'),
    ],
  };
}
