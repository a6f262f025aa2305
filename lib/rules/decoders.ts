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

/** Enhanced status codes by "subject.detail" (the class 4/5 is the permanence, not the cause). */
export const ENHANCED_STATUS: Readonly<Record<string, CodeVerdict>> = {
  '0.0': v('unknown', 0.3), // Other undefined status
  '1.0': v('recipient-rejected', 0.4), // Other address status
  '1.1': v('recipient-rejected', 0.8), // Bad destination mailbox address
  '1.2': v('recipient-rejected', 0.7), // Bad destination system address
  '1.3': v('recipient-rejected', 0.7), // Bad destination mailbox address syntax
  '1.4': v('recipient-rejected', 0.6), // Destination mailbox address ambiguous
  '1.6': v('recipient-rejected', 0.7), // Destination mailbox has moved, no forwarding address
  '1.7': v('sender-rejected', 0.6), // Bad sender's mailbox address syntax
  '1.8': v('sender-rejected', 0.6), // Bad sender's system address
  '1.9': v('unknown', 0.3), // Message relayed to non-compliant mailer
  '1.10': v('recipient-rejected', 0.7), // Recipient address has null MX
  '2.0': v('recipient-rejected', 0.4), // Other or undefined mailbox status
  '2.1': v('recipient-rejected', 0.6), // Mailbox disabled, not accepting messages
  '2.2': v('mailbox-full', 0.8), // Mailbox full
  '2.3': v('message-rejected', 0.7), // Message length exceeds administrative limit
  '2.4': v('recipient-rejected', 0.4), // Mailing list expansion problem
  '3.0': v('unknown', 0.3), // Other or undefined mail system status
  '3.1': v('unknown', 0.35), // Mail system full
  '3.2': v('unknown', 0.35), // System not accepting network messages
  '3.3': v('message-rejected', 0.4), // System not capable of selected features
  '3.4': v('message-rejected', 0.75), // Message too big for system
  '3.5': v('unknown', 0.3), // System incorrectly configured
  '4.0': v('server-unreachable', 0.3), // Other or undefined network or routing status
  '4.1': v('server-unreachable', 0.5), // No answer from host
  '4.2': v('server-unreachable', 0.4), // Bad connection
  '4.3': v('dns-failure', 0.5), // Directory server failure
  '4.4': v('recipient-rejected', 0.45), // Unable to route
  '4.5': v('rate-limit', 0.5), // Mail system congestion
  '4.6': v('unknown', 0.3), // Routing loop detected
  '4.7': v('unknown', 0.35), // Delivery time expired
  '5.0': v('unknown', 0.3), // Other or undefined protocol status
  '5.1': v('unknown', 0.3), // Invalid command
  '5.2': v('unknown', 0.3), // Syntax error
  '5.3': v('rate-limit', 0.5), // Too many recipients
  '5.4': v('unknown', 0.3), // Invalid command arguments
  '5.5': v('unknown', 0.3), // Wrong protocol version
  '5.6': v('auth-failed', 0.4), // Authentication exchange line is too long
  '6.0': v('message-rejected', 0.5), // Other or undefined media error
  '6.1': v('message-rejected', 0.5), // Media not supported
  '6.2': v('message-rejected', 0.5), // Conversion required and prohibited
  '6.3': v('message-rejected', 0.5), // Conversion required but not supported
  '6.4': v('message-rejected', 0.4), // Conversion with loss performed
  '6.5': v('message-rejected', 0.4), // Conversion failed
  '6.6': v('message-rejected', 0.4), // Message content not available
  '6.7': v('message-rejected', 0.4), // Non-ASCII addresses not permitted for that sender/recipient
  '6.8': v('message-rejected', 0.4), // UTF-8 string reply is required, but not permitted by the SMTP client
  '6.9': v('message-rejected', 0.4), // UTF-8 header message cannot be transferred to one or more recipients
  '6.10': v('message-rejected', 0.4), // (deprecated duplicate of X.6.8)
  '7.0': v('unknown', 0.3), // Other or undefined security status
  '7.1': v('sender-rejected', 0.45), // Delivery not authorized, message refused
  '7.2': v('recipient-rejected', 0.5), // Mailing list expansion prohibited
  '7.3': v('unknown', 0.3), // Security conversion required but not possible
  '7.4': v('auth-failed', 0.4), // Security features not supported
  '7.5': v('tls-protocol', 0.4), // Cryptographic failure
  '7.6': v('tls-protocol', 0.4), // Cryptographic algorithm not supported
  '7.7': v('message-rejected', 0.4), // Message integrity failure
  '7.8': v('auth-failed', 0.8), // Authentication credentials invalid
  '7.9': v('auth-failed', 0.7), // Authentication mechanism is too weak
  '7.10': v('auth-required', 0.6), // Encryption needed
  '7.11': v('auth-required', 0.7), // Encryption required for requested authentication mechanism
  '7.12': v('auth-failed', 0.5), // A password transition is needed
  '7.13': v('auth-disabled', 0.7), // User account disabled
  '7.14': v('auth-failed', 0.4), // Trust relationship required
  '7.15': v('unknown', 0.3), // Priority level is too low
  '7.16': v('message-rejected', 0.5), // Message is too big for the specified priority
  '7.17': v('recipient-rejected', 0.5), // Mailbox owner has changed
  '7.18': v('recipient-rejected', 0.5), // Domain owner has changed
  '7.19': v('unknown', 0.3), // RRVS test cannot be completed
  '7.20': v('domain-authentication', 0.75), // No passing DKIM signature found
  '7.21': v('domain-authentication', 0.75), // No acceptable DKIM signature found
  '7.22': v('domain-authentication', 0.75), // No valid author-matched DKIM signature found
  '7.23': v('domain-authentication', 0.8), // SPF validation failed
  '7.24': v('domain-authentication', 0.7), // SPF validation error
  '7.25': v('reverse-dns', 0.8), // Reverse DNS validation failed
  '7.26': v('domain-authentication', 0.8), // Multiple authentication checks failed
  '7.27': v('sender-rejected', 0.7), // Sender address has null MX
  '7.28': v('rate-limit', 0.6), // Mail flood detected
  '7.29': v('domain-authentication', 0.6), // ARC validation failure
  '7.30': v('tls-protocol', 0.5), // REQUIRETLS support required
};

/** Registered codes that report success (X.1.5 destination address valid). */
export const ENHANCED_NOT_A_FAILURE: readonly string[] = ['1.5'];

/** When the detail is not registered, the subject still says something. */
export const ENHANCED_SUBJECT: Readonly<Record<string, CodeVerdict>> = {
  '0': v('unknown', 0.25),
  '1': v('recipient-rejected', 0.35),
  '2': v('recipient-rejected', 0.35),
  '3': v('unknown', 0.25),
  '4': v('server-unreachable', 0.3),
  '5': v('unknown', 0.25),
  '6': v('message-rejected', 0.4),
  '7': v('sender-rejected', 0.3),
};

/** Failure reply codes (4yz, 5yz). Positive replies (2yz, 3yz) decode to nothing. */
export const REPLY_CODES: Readonly<Record<number, CodeVerdict>> = {
  421: v('unknown', 0.3), // Service not available, closing transmission channel
  432: v('auth-failed', 0.4), // A password transition is needed (RFC 4954)
  450: v('greylisted', 0.4), // Requested mail action not taken: mailbox unavailable (busy / temporarily blocked)
  451: v('unknown', 0.35), // Requested action aborted: local error in processing
  452: v('unknown', 0.3), // Requested action not taken: insufficient system storage
  454: v('unknown', 0.3), // Temporary authentication failure (RFC 4954) / TLS not available (RFC 3207)
  455: v('unknown', 0.3), // Server unable to accommodate parameters
  500: v('unknown', 0.3), // Syntax error, command unrecognized
  501: v('unknown', 0.3), // Syntax error in parameters or arguments
  502: v('unknown', 0.3), // Command not implemented
  503: v('unknown', 0.3), // Bad sequence of commands
  504: v('unknown', 0.3), // Command parameter not implemented
  521: v('recipient-rejected', 0.45), // Host does not accept mail (RFC 7504)
  530: v('auth-required', 0.6), // Authentication required / Must issue a STARTTLS command first
  534: v('auth-failed', 0.6), // Authentication mechanism is too weak (RFC 4954)
  535: v('auth-failed', 0.75), // Authentication credentials invalid (RFC 4954)
  538: v('auth-required', 0.6), // Encryption required for requested authentication mechanism (RFC 4954)
  550: v('recipient-rejected', 0.4), // Requested action not taken: mailbox unavailable (or policy)
  551: v('recipient-rejected', 0.5), // User not local; please try <forward-path>
  // RFC 5321 §4.5.3.1.10 uses 552 for too much mail data; mailbox-full replies carry X.2.2.
  552: v('message-rejected', 0.45), // Requested mail action aborted: exceeded storage allocation
  553: v('recipient-rejected', 0.4), // Requested action not taken: mailbox name not allowed
  554: v('unknown', 0.3), // Transaction failed (or "No SMTP service here")
  555: v('unknown', 0.3), // MAIL FROM/RCPT TO parameters not recognized or not implemented
  556: v('recipient-rejected', 0.5), // Domain does not accept mail (RFC 7504)
};

/** Decode "5.7.8"-style codes; null for success classes and malformed input. */
/** Positive replies of RFC 5321 §4.2.2/§4.2.3 and RFC 4954: not an error. */
export const POSITIVE_REPLY_CODES: readonly number[] = [211, 214, 220, 221, 235, 250, 251, 252, 334, 354];

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
