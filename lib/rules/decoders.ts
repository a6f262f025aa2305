import type { CategoryId } from '../categories';

/**
 * Fallback decoders: every reply code of RFC 5321 §4.2.2/§4.2.3 (plus the AUTH
 * replies of RFC 4954, STARTTLS of RFC 3207 and 521/556 of RFC 7504) and every
 * enhanced status code of the IANA "Simple Mail Transfer Protocol (SMTP)
 * Enhanced Status Codes" registry
 * (https://www.iana.org/assignments/smtp-enhanced-status-codes/, updated
 * 2024-12-06: RFC 3463, 3886, 4468, 4954, 5248, 6531, 6710, 7293, 7372, 7505,
 * 8617 (X.7.29), 8689 (X.7.30), X.7.28 mail flood), each mapped to the diagnosis
 * category it most often means for a sender. Used only when no specific rule
 * fits. Ids and numbers only: the human-readable meanings live in
 * code-meanings.ts, which the classifier does not import.
 */

export interface CodeVerdict {
  category: CategoryId;
  confidence: number;
}

const v = (category: CategoryId, confidence: number): CodeVerdict => ({ category, confidence });

/**
 * The one code table: every failure reply code and every enhanced status code of the
 * IANA registry (plus a fallback per subject), each mapped to the diagnosis category it
 * most often means for a sender. Keys: "535" (reply code), "X.7.8" (enhanced code,
 * class left out), "X.7.*" (subject fallback).
 */
export const SMTP_CODES: Readonly<Record<string, CodeVerdict>> = {
  // Reply codes (RFC 5321 §4.2.2/§4.2.3, RFC 4954 §6, RFC 3207, RFC 7504). 2yz/3yz decode to nothing.
  '421': v('unknown', 0.3), // Service not available, closing transmission channel
  '432': v('auth-failed', 0.4), // A password transition is needed (RFC 4954)
  '450': v('greylisted', 0.4), // Requested mail action not taken: mailbox unavailable (busy / temporarily blocked)
  '451': v('unknown', 0.35), // Requested action aborted: local error in processing
  '452': v('unknown', 0.3), // Requested action not taken: insufficient system storage
  '454': v('unknown', 0.3), // Temporary authentication failure (RFC 4954) / TLS not available (RFC 3207)
  '455': v('unknown', 0.3), // Server unable to accommodate parameters
  '500': v('unknown', 0.3), // Syntax error, command unrecognized
  '501': v('unknown', 0.3), // Syntax error in parameters or arguments
  '502': v('unknown', 0.3), // Command not implemented
  '503': v('unknown', 0.3), // Bad sequence of commands
  '504': v('unknown', 0.3), // Command parameter not implemented
  '521': v('recipient-rejected', 0.45), // Host does not accept mail (RFC 7504)
  '530': v('auth-required', 0.6), // Authentication required / Must issue a STARTTLS command first
  '534': v('auth-failed', 0.6), // Authentication mechanism is too weak (RFC 4954)
  '535': v('auth-failed', 0.75), // Authentication credentials invalid (RFC 4954)
  '538': v('auth-required', 0.6), // Encryption required for requested authentication mechanism (RFC 4954)
  '550': v('recipient-rejected', 0.4), // Requested action not taken: mailbox unavailable (or policy)
  '551': v('recipient-rejected', 0.5), // User not local; please try <forward-path>
  '552': v('message-rejected', 0.45), // Requested mail action aborted: exceeded storage allocation
  '553': v('recipient-rejected', 0.4), // Requested action not taken: mailbox name not allowed
  '554': v('unknown', 0.3), // Transaction failed (or "No SMTP service here")
  '555': v('unknown', 0.3), // MAIL FROM/RCPT TO parameters not recognized or not implemented
  '556': v('recipient-rejected', 0.5), // Domain does not accept mail (RFC 7504)
  // Enhanced status codes by subject and detail (the class 4/5 is the permanence, not the cause).
  'X.0.0': v('unknown', 0.3), // Other undefined status
  'X.1.0': v('recipient-rejected', 0.4), // Other address status
  'X.1.1': v('recipient-rejected', 0.8), // Bad destination mailbox address
  'X.1.2': v('recipient-rejected', 0.7), // Bad destination system address
  'X.1.3': v('recipient-rejected', 0.7), // Bad destination mailbox address syntax
  'X.1.4': v('recipient-rejected', 0.6), // Destination mailbox address ambiguous
  'X.1.6': v('recipient-rejected', 0.7), // Destination mailbox has moved, no forwarding address
  'X.1.7': v('sender-rejected', 0.6), // Bad sender's mailbox address syntax
  'X.1.8': v('sender-rejected', 0.6), // Bad sender's system address
  'X.1.9': v('unknown', 0.3), // Message relayed to non-compliant mailer
  'X.1.10': v('recipient-rejected', 0.7), // Recipient address has null MX
  'X.2.0': v('recipient-rejected', 0.4), // Other or undefined mailbox status
  'X.2.1': v('recipient-rejected', 0.6), // Mailbox disabled, not accepting messages
  'X.2.2': v('mailbox-full', 0.8), // Mailbox full
  'X.2.3': v('message-rejected', 0.7), // Message length exceeds administrative limit
  'X.2.4': v('recipient-rejected', 0.4), // Mailing list expansion problem
  'X.3.0': v('unknown', 0.3), // Other or undefined mail system status
  'X.3.1': v('unknown', 0.35), // Mail system full
  'X.3.2': v('unknown', 0.35), // System not accepting network messages
  'X.3.3': v('message-rejected', 0.4), // System not capable of selected features
  'X.3.4': v('message-rejected', 0.75), // Message too big for system
  'X.3.5': v('unknown', 0.3), // System incorrectly configured
  'X.4.0': v('server-unreachable', 0.3), // Other or undefined network or routing status
  'X.4.1': v('server-unreachable', 0.5), // No answer from host
  'X.4.2': v('server-unreachable', 0.4), // Bad connection
  'X.4.3': v('dns-failure', 0.5), // Directory server failure
  'X.4.4': v('recipient-rejected', 0.45), // Unable to route
  'X.4.5': v('rate-limit', 0.5), // Mail system congestion
  'X.4.6': v('unknown', 0.3), // Routing loop detected
  'X.4.7': v('unknown', 0.35), // Delivery time expired
  'X.5.0': v('unknown', 0.3), // Other or undefined protocol status
  'X.5.1': v('unknown', 0.3), // Invalid command
  'X.5.2': v('unknown', 0.3), // Syntax error
  'X.5.3': v('rate-limit', 0.5), // Too many recipients
  'X.5.4': v('unknown', 0.3), // Invalid command arguments
  'X.5.5': v('unknown', 0.3), // Wrong protocol version
  'X.5.6': v('auth-failed', 0.4), // Authentication exchange line is too long
  'X.6.0': v('message-rejected', 0.5), // Other or undefined media error
  'X.6.1': v('message-rejected', 0.5), // Media not supported
  'X.6.2': v('message-rejected', 0.5), // Conversion required and prohibited
  'X.6.3': v('message-rejected', 0.5), // Conversion required but not supported
  'X.6.4': v('message-rejected', 0.4), // Conversion with loss performed
  'X.6.5': v('message-rejected', 0.4), // Conversion failed
  'X.6.6': v('message-rejected', 0.4), // Message content not available
  'X.6.7': v('message-rejected', 0.4), // Non-ASCII addresses not permitted for that sender/recipient
  'X.6.8': v('message-rejected', 0.4), // UTF-8 string reply is required, but not permitted by the SMTP client
  'X.6.9': v('message-rejected', 0.4), // UTF-8 header message cannot be transferred to one or more recipients
  'X.6.10': v('message-rejected', 0.4), // (deprecated duplicate of X.6.8)
  'X.7.0': v('unknown', 0.3), // Other or undefined security status
  'X.7.1': v('sender-rejected', 0.45), // Delivery not authorized, message refused
  'X.7.2': v('recipient-rejected', 0.5), // Mailing list expansion prohibited
  'X.7.3': v('unknown', 0.3), // Security conversion required but not possible
  'X.7.4': v('auth-failed', 0.4), // Security features not supported
  'X.7.5': v('tls-protocol', 0.4), // Cryptographic failure
  'X.7.6': v('tls-protocol', 0.4), // Cryptographic algorithm not supported
  'X.7.7': v('message-rejected', 0.4), // Message integrity failure
  'X.7.8': v('auth-failed', 0.8), // Authentication credentials invalid
  'X.7.9': v('auth-failed', 0.7), // Authentication mechanism is too weak
  'X.7.10': v('auth-required', 0.6), // Encryption needed
  'X.7.11': v('auth-required', 0.7), // Encryption required for requested authentication mechanism
  'X.7.12': v('auth-failed', 0.5), // A password transition is needed
  'X.7.13': v('auth-disabled', 0.7), // User account disabled
  'X.7.14': v('auth-failed', 0.4), // Trust relationship required
  'X.7.15': v('unknown', 0.3), // Priority level is too low
  'X.7.16': v('message-rejected', 0.5), // Message is too big for the specified priority
  'X.7.17': v('recipient-rejected', 0.5), // Mailbox owner has changed
  'X.7.18': v('recipient-rejected', 0.5), // Domain owner has changed
  'X.7.19': v('unknown', 0.3), // RRVS test cannot be completed
  'X.7.20': v('domain-authentication', 0.75), // No passing DKIM signature found
  'X.7.21': v('domain-authentication', 0.75), // No acceptable DKIM signature found
  'X.7.22': v('domain-authentication', 0.75), // No valid author-matched DKIM signature found
  'X.7.23': v('domain-authentication', 0.8), // SPF validation failed
  'X.7.24': v('domain-authentication', 0.7), // SPF validation error
  'X.7.25': v('reverse-dns', 0.8), // Reverse DNS validation failed
  'X.7.26': v('domain-authentication', 0.8), // Multiple authentication checks failed
  'X.7.27': v('sender-rejected', 0.7), // Sender address has null MX
  'X.7.28': v('rate-limit', 0.6), // Mail flood detected
  'X.7.29': v('domain-authentication', 0.6), // ARC validation failure
  'X.7.30': v('tls-protocol', 0.5), // REQUIRETLS support required
  // Unregistered detail: the subject still says something.
  'X.0.*': v('unknown', 0.25),
  'X.1.*': v('recipient-rejected', 0.35),
  'X.2.*': v('recipient-rejected', 0.35),
  'X.3.*': v('unknown', 0.25),
  'X.4.*': v('server-unreachable', 0.3),
  'X.5.*': v('unknown', 0.25),
  'X.6.*': v('message-rejected', 0.4),
  'X.7.*': v('sender-rejected', 0.3),
};

function view<K extends string | number>(
  shape: RegExp,
  key: (k: string) => K,
): Readonly<Record<K, CodeVerdict>> {
  const out = {} as Record<K, CodeVerdict>;
  for (const [k, verdict] of Object.entries(SMTP_CODES)) {
    const m = shape.exec(k);
    if (m?.[1] !== undefined) out[key(m[1])] = verdict;
  }
  return out;
}

/** Views of the one table, by the key shape the decoders look up. */
export const REPLY_CODES: Readonly<Record<number, CodeVerdict>> = view(/^(\d{3})$/, Number);
export const ENHANCED_STATUS: Readonly<Record<string, CodeVerdict>> = view(/^X\.(\d{1,3}\.\d{1,3})$/, String);
export const ENHANCED_SUBJECT: Readonly<Record<string, CodeVerdict>> = view(/^X\.(\d)\.\*$/, String);

/**
 * Registered codes that report no failure: X.1.5 destination address valid, X.3.6 requested
 * priority was changed (RFC 6710: the message was accepted, at another priority).
 */
export const ENHANCED_NOT_A_FAILURE: readonly string[] = ['1.5', '3.6'];

/** Positive replies of RFC 5321 §4.2.2/§4.2.3 and RFC 4954: not an error. */
export const POSITIVE_REPLY_CODES: readonly number[] = [211, 214, 220, 221, 235, 250, 251, 252, 334, 354];

/** Decode "5.7.8"-style codes; null for success classes and malformed input. */
export function decodeEnhanced(code: string): CodeVerdict | null {
  const parts = code.split('.');
  if (parts.length !== 3) return null;
  const [cls, subject, detail] = parts;
  if (cls !== '4' && cls !== '5') return null;
  const key = `${Number(subject)}.${Number(detail)}`;
  if (ENHANCED_NOT_A_FAILURE.includes(key)) return null;
  return ENHANCED_STATUS[key] ?? ENHANCED_SUBJECT[String(Number(subject))] ?? null;
}

export function decodeReply(code: number): CodeVerdict | null {
  if (REPLY_CODES[code]) return REPLY_CODES[code];
  // Unregistered codes still carry their class: 4yz transient, 5yz permanent.
  if (code >= 400 && code < 600) return v('unknown', 0.25);
  return null;
}

/**
 * A reply code read with the command it answered, where that changes the cause: at MAIL
 * FROM (RFC 5321 §4.3.2, RFC 4954 §6) a 550/553 refuses the sender, 552 the size the client
 * declared, 530 an unauthenticated client; the table above assumes RCPT TO's recipient.
 */
const AT_MAIL_FROM: Readonly<Record<number, CodeVerdict>> = {
  530: v('auth-required', 0.5),
  550: v('sender-rejected', 0.5),
  552: v('message-rejected', 0.5),
  553: v('sender-rejected', 0.5),
};

export function decodeReplyToMailFrom(code: number): CodeVerdict | null {
  return AT_MAIL_FROM[code] ?? decodeReply(code);
}
