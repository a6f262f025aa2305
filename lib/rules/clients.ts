import type { CategoryId } from '../categories';
import { TIER, type Rule } from './rule';
import { alt, connectTimeout, genericConnect } from './refine';
import type { Alternative } from './types';

/**
 * Mail clients that report errors as numbers. Outlook / Outlook Express /
 * Windows Mail print the Internet Mail transport HRESULTs of imnxport.h
 * (IXP_E_* = 0x800CCCxx) and the spooler codes 0x80042109 ("Outlook cannot
 * connect to your outgoing (SMTP) e-mail server") and 0x8004210B ("The
 * operation timed out waiting for a response from the sending (SMTP) server").
 * Codes of the POP3/IMAP/NNTP/HTTPMail ranges are receive errors: no match.
 */
interface HresultVerdict {
  category: CategoryId;
  confidence: number;
  alternatives?: Alternative[];
  /** Decided by the port, like any connect failure. */
  connect?: 'timeout' | 'generic';
}

const OUTLOOK_CODES: Readonly<Record<string, HresultVerdict>> = {
  '800CCC01': { category: 'tls-certificate', confidence: 0.75 }, // IXP_E_INVALID_CERT_CN
  '800CCC02': { category: 'tls-certificate', confidence: 0.75 }, // IXP_E_INVALID_CERT_DATE
  '800CCC0B': {
    category: 'rate-limit',
    confidence: 0.3,
    alternatives: [alt('server-unreachable', 0.25, 'retry-later')],
  }, // IXP_E_BUSY
  '800CCC0D': { category: 'dns-failure', confidence: 0.75 }, // IXP_E_CANT_FIND_HOST
  '800CCC0E': { category: 'port-blocked', confidence: 0.45, connect: 'generic' }, // IXP_E_FAILED_TO_CONNECT
  '800CCC0F': {
    category: 'port-blocked',
    confidence: 0.4,
    alternatives: [alt('tls-mismatch', 0.3, 'tls-mode'), alt('server-unreachable', 0.15, 'server-status')],
  }, // IXP_E_CONNECTION_DROPPED
  '800CCC13': {
    category: 'port-blocked',
    confidence: 0.35,
    alternatives: [alt('tls-mismatch', 0.25, 'tls-mode'), alt('server-unreachable', 0.15, 'server-status')],
  }, // IXP_E_SOCKET_WRITE_ERROR
  '800CCC15': { category: 'port-blocked', confidence: 0.45, connect: 'generic' }, // IXP_E_SOCKET_CONNECT_ERROR
  '800CCC18': { category: 'auth-failed', confidence: 0.6 }, // IXP_E_SICILY_LOGON_FAILED (SPA)
  '800CCC19': { category: 'port-blocked', confidence: 0.5, connect: 'timeout' }, // IXP_E_TIMEOUT
  '800CCC1A': {
    category: 'tls-mismatch',
    confidence: 0.55,
    alternatives: [alt('tls-certificate', 0.25, 'tls-certificate'), alt('tls-protocol', 0.15, 'tls-mode')],
  }, // IXP_E_SECURE_CONNECT_FAILED
  '800CCC60': { category: 'unknown', confidence: 0.3 }, // IXP_E_SMTP_RESPONSE_ERROR
  '800CCC61': { category: 'unknown', confidence: 0.3 }, // IXP_E_SMTP_UNKNOWN_RESPONSE_CODE
  '800CCC62': { category: 'unknown', confidence: 0.3 }, // 500 syntax error
  '800CCC63': { category: 'unknown', confidence: 0.3 }, // 501 parameter syntax
  '800CCC64': { category: 'unknown', confidence: 0.3 }, // 502 command not implemented
  '800CCC65': { category: 'unknown', confidence: 0.3 }, // 503 bad sequence
  '800CCC66': { category: 'unknown', confidence: 0.3 }, // 504 parameter not implemented
  '800CCC67': {
    category: 'rate-limit',
    confidence: 0.35,
    alternatives: [alt('server-unreachable', 0.25, 'server-status')],
  }, // 421 not available
  '800CCC68': { category: 'greylisted', confidence: 0.35 }, // 450 mailbox busy
  '800CCC69': {
    category: 'recipient-rejected',
    confidence: 0.4,
    alternatives: [alt('sender-rejected', 0.25, 'credentials')],
  }, // 550
  '800CCC6A': { category: 'greylisted', confidence: 0.35 }, // 451 error processing
  '800CCC6B': { category: 'recipient-rejected', confidence: 0.45 }, // 551 user not local
  '800CCC6C': { category: 'mailbox-full', confidence: 0.4 }, // 452 no system storage
  '800CCC6D': {
    category: 'message-rejected',
    confidence: 0.4,
    alternatives: [alt('mailbox-full', 0.3, 'server-log')],
  }, // 552
  '800CCC6E': { category: 'sender-rejected', confidence: 0.4 }, // 553 mailbox name syntax
  '800CCC6F': { category: 'message-rejected', confidence: 0.35 }, // 554 transaction failed
  '800CCC78': {
    category: 'sender-rejected',
    confidence: 0.5,
    alternatives: [alt('auth-required', 0.35, 'credentials')],
  }, // IXP_E_SMTP_REJECTED_SENDER
  '800CCC79': {
    category: 'sender-rejected',
    confidence: 0.45,
    alternatives: [alt('recipient-rejected', 0.3, 'server-log'), alt('auth-required', 0.2, 'credentials')],
  }, // IXP_E_SMTP_REJECTED_RECIPIENTS (most often "relaying denied")
  '800CCC7A': { category: 'sender-rejected', confidence: 0.4 }, // IXP_E_SMTP_NO_SENDER
  '800CCC7B': { category: 'recipient-rejected', confidence: 0.4 }, // IXP_E_SMTP_NO_RECIPIENTS
  '800CCC7C': { category: 'auth-required', confidence: 0.75 }, // IXP_E_SMTP_530_STARTTLS_REQUIRED
  '800CCC7D': { category: 'tls-mismatch', confidence: 0.6 }, // IXP_E_SMTP_NO_STARTTLS_SUPPORT
  '800CCC7F': { category: 'tls-protocol', confidence: 0.55 }, // IXP_E_SMTP_454_STARTTLS_FAILED
  '80042109': { category: 'port-blocked', confidence: 0.5, connect: 'generic' }, // cannot connect to outgoing (SMTP) server
  '8004210B': {
    category: 'port-blocked',
    confidence: 0.5,
    alternatives: [alt('tls-mismatch', 0.3, 'tls-mode'), alt('server-unreachable', 0.15, 'server-status')],
  }, // timed out waiting for the sending (SMTP) server
};

export const clientRules: Rule[] = [
  {
    id: 'outlook-hresult',
    category: 'unknown',
    pattern: /\b0x800CCC[0-9A-F]{2}\b|\b0x8004210[9B]\b/i,
    confidence: 0.45,
    tier: TIER.wrapper,
    context: 'not-foreign',
    refine: (ctx) => {
      const verdict = OUTLOOK_CODES[ctx.match[0].slice(2).toUpperCase()];
      if (!verdict) return { reject: true };
      if (verdict.connect === 'timeout') return connectTimeout(ctx);
      if (verdict.connect === 'generic') return { ...genericConnect(ctx), confidence: verdict.confidence };
      return {
        category: verdict.category,
        confidence: verdict.confidence,
        alternatives: verdict.alternatives ?? [],
      };
    },
  },
];
