import type { CategoryId } from '../categories';
import type { CategoryText } from './template';
import { authDisabled, authFailed, authRequired } from './auth';
import { dnsFailure, portBlocked, serverUnreachable } from './connection';
import { greylisted, mailboxFull, messageRejected, rateLimit, unknown } from './delivery';
import { domainAuthentication, ipReputation, recipientRejected, reverseDns, senderRejected } from './policy';
import { tlsCertificate, tlsMismatch, tlsProtocol } from './encryption';

/** The explanation of every diagnosis category: the one table the popup and the CLI render. */
export const CATEGORY_TEXTS: Readonly<Record<CategoryId, CategoryText>> = {
  'port-blocked': portBlocked,
  'server-unreachable': serverUnreachable,
  'dns-failure': dnsFailure,
  'tls-mismatch': tlsMismatch,
  'tls-certificate': tlsCertificate,
  'tls-protocol': tlsProtocol,
  'auth-failed': authFailed,
  'auth-required': authRequired,
  'auth-disabled': authDisabled,
  'sender-rejected': senderRejected,
  'recipient-rejected': recipientRejected,
  'domain-authentication': domainAuthentication,
  'ip-reputation': ipReputation,
  'reverse-dns': reverseDns,
  'rate-limit': rateLimit,
  'message-rejected': messageRejected,
  'mailbox-full': mailboxFull,
  greylisted,
  unknown,
};
