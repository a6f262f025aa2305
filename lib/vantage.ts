import { bounceMtaOf } from './bounce/shapes';

/**
 * Where the failing connection was made, which decides who can act on an error:
 * - this-device: a mail app or script on the user's own machine;
 * - web-server: the server behind a webmail, hosting panel or web app page;
 * - mail-server: a mail provider's server that could not deliver (a bounce).
 * Pure: the popup, the CLI and the tests read the same decision.
 */
export type Vantage = 'this-device' | 'web-server' | 'mail-server';

/** The kinds of page the content script recognises (entrypoints/content/confirm.ts). */
export const PAGE_KINDS = [
  'gmail',
  'outlook',
  'yahoo',
  'roundcube',
  'sogo',
  'snappymail',
  'horde',
  'zimbra',
  'cpanel',
  'plesk',
  'directadmin',
  'webmin',
  'wordpress',
  'nextcloud',
  'user-site',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export function isPageKind(value: unknown): value is PageKind {
  return typeof value === 'string' && (PAGE_KINDS as readonly string[]).includes(value);
}

/** Where mail is sent from, as set in the options page. */
export type SendingFromKind = 'unknown' | 'home' | 'office' | 'hosting-panel' | 'cloud';

export interface VantageInput {
  /** How the text reached the extension. */
  source: 'page' | 'selection' | 'pasted';
  /** The page the error was seen on, when the watcher recognised it. */
  page?: PageKind;
  /** The error text. */
  text: string;
  /** The options page's "where mail is sent from". */
  sendingFrom?: SendingFromKind;
  /** The classified cause (lib/categories id), when known. */
  category?: string | null;
}

/** Webmail run by the mail provider itself: its pages show bounces, and its own settings errors. */
const HOSTED: ReadonlySet<PageKind> = new Set(['gmail', 'outlook', 'yahoo']);

/** Causes met while connecting and signing in: what a settings dialog reports, not a bounce. */
const CONNECTING = /^(?:port-blocked|server-unreachable|dns-failure|tls-|auth-)/;

/**
 * Words of a delivery report: a server accepted the message and later could not hand
 * it on. Plain alternations of literals (linear time).
 */
const BOUNCE =
  /\b(?:Mail Delivery (?:Subsystem|System|failed)|Delivery Status Notification|Undeliverable|Undelivered Mail|could ?n[o']t be delivered|was ?n[o']t delivered|Message not delivered|delivery (?:has )?failed|Remote server returned|response from the remote server|SMTP error from remote mail server|Remote-MTA|Returned mail|Diagnostic-Code|Final-Recipient)\b/i;

/** A mail server's own delivery log (Postfix, Exim): that server made the connection. */
const MTA_LOG = /\bpostfix\/(?:smtp|qmgr|error)\b|\bstatus=(?:deferred|bounced)\b|\bT=remote_smtp\b/i;

/** Texts only a webmail or web app prints: its server made the connection. */
const WEB_APP = /\bSMTP Error \(-?\d{1,3}\)|\bRoundcube\b|\bWP Mail SMTP\b|\bwp_mail\b/i;

/** Decide where the failing connection was made. Bounce wording wins over the page it is shown on. */
export function decideVantage(input: VantageInput): Vantage {
  const { text } = input;
  // The sentences of each server's own bounce text (lib/bounce) say "bounce" too.
  if (BOUNCE.test(text) || MTA_LOG.test(text) || bounceMtaOf(text)) return 'mail-server';
  if (input.source === 'page' && input.page) {
    // Gmail shows a refused recipient as a message from the mailer daemon, quoting only the reply.
    if (HOSTED.has(input.page) && !CONNECTING.test(input.category ?? '')) return 'mail-server';
    return 'web-server';
  }
  if (WEB_APP.test(text)) return 'web-server';
  if (input.sendingFrom === 'hosting-panel' || input.sendingFrom === 'cloud') return 'web-server';
  return 'this-device';
}
