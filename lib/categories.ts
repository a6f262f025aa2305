/**
 * The diagnosis categories of docs/diagnosis-categories.md.
 * The ids are a public contract (CLI `--json`, popup `data-category`, corpora).
 */
export const CATEGORY_IDS = [
  'port-blocked',
  'server-unreachable',
  'dns-failure',
  'tls-mismatch',
  'tls-certificate',
  'tls-protocol',
  'auth-failed',
  'auth-required',
  'auth-disabled',
  'sender-rejected',
  'recipient-rejected',
  'domain-authentication',
  'ip-reputation',
  'reverse-dns',
  'rate-limit',
  'message-rejected',
  'mailbox-full',
  'greylisted',
  'unknown',
] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];

const categorySet: ReadonlySet<string> = new Set(CATEGORY_IDS);

export function isCategoryId(value: unknown): value is CategoryId {
  return typeof value === 'string' && categorySet.has(value);
}

/**
 * Causes that live in the connection itself (reaching the server, its TLS): what a
 * connection test can confirm or weaken, and what the right submission settings fix.
 */
export const CONNECTION_CATEGORIES = [
  'port-blocked',
  'server-unreachable',
  'dns-failure',
  'tls-mismatch',
  'tls-certificate',
  'tls-protocol',
] as const satisfies readonly CategoryId[];
