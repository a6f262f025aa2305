import type { CategoryId } from '../categories';
import type { CheckId } from './types';

/** A confidence rounded to two places and kept within 0..1. */
export function roundConfidence(n: number): number {
  return Math.round(Math.min(1, Math.max(0, n)) * 100) / 100;
}

/** The most a guess (the scorer's, the fitted model's) may claim: only rules are surer. */
export const MAX_GUESS_CONFIDENCE = 0.85;

/** The checks that would confirm a cause, first the one that tells it apart best. */
export const CONFIRMING_CHECK: Readonly<Record<CategoryId, CheckId[]>> = {
  'port-blocked': ['probe-ports'],
  'server-unreachable': ['server-status', 'probe-ports'],
  'dns-failure': ['resolve-host'],
  'tls-mismatch': ['tls-mode'],
  'tls-certificate': ['tls-certificate'],
  'tls-protocol': ['tls-mode'],
  'auth-failed': ['credentials'],
  'auth-required': ['credentials', 'tls-mode'],
  'auth-disabled': ['credentials'],
  'sender-rejected': ['credentials', 'server-log'],
  'recipient-rejected': ['server-log'],
  'domain-authentication': ['sender-domain-dns'],
  'ip-reputation': ['ip-blocklist'],
  'reverse-dns': ['ip-blocklist'],
  'rate-limit': ['retry-later'],
  'message-rejected': ['server-log'],
  'mailbox-full': ['retry-later'],
  greylisted: ['retry-later'],
  unknown: ['server-log'],
};

/**
 * The ports an explanation assumes when the text names none: a connection that failed
 * was most likely to a submission or relay port; a TLS mode mix-up is between 465 and 587.
 */
export function assumedPortsFor(category: CategoryId): number[] | undefined {
  if (category === 'port-blocked' || category === 'server-unreachable' || category === 'dns-failure')
    return [25, 587];
  return category === 'tls-mismatch' ? [465, 587] : undefined;
}
