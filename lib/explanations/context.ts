import { ENGLISH, type Translator } from '../i18n';
import type { Classification } from '../rules/types';
import type { Vantage } from '../vantage';
import type { WorldGuess } from './world';
import { guessWorld } from './world';

/** What the prose templates may fill in. */
export interface ExplainContext {
  /** The port named in the text, else the first assumed port. */
  port?: number;
  portAssumed: boolean;
  /** The ports assumed when the text names none (best first). */
  assumedPorts: number[];
  host?: string;
  replyCode?: number;
  enhancedCode?: string;
  errno?: string;
  world: WorldGuess;
  /** The connection was stopped on this machine (EACCES / "Permission denied"), not on the network. */
  localBlock: boolean;
  /** host is this machine (localhost, 127.x, ::1). */
  hostIsLocal: boolean;
  /** How long the server asked the sender to wait ("try again in 300 seconds"), in seconds. */
  retrySeconds?: number;
  /** The sender's domain as the rejection names it ("Unauthenticated email from example.org"). */
  senderDomain?: string;
  /** Where the failing connection was made: decides whom the steps speak to (lib/audience). */
  vantage?: Vantage;
  /** The reader's language: every sentence of the templates comes from `t` (lib/i18n). */
  t: Translator['t'];
  locale: Translator['locale'];
}

/** "in 300 seconds", "after 5 minutes", "retry in 4 min": bounded digits and literals (linear). */
const RETRY = /\b(?:in|after|for)\s{1,3}(\d{1,5})\s{0,2}(seconds?|secs?|s|minutes?|mins?|m)\b/i;

/** Where rejections name the sender's domain: Gmail's DMARC reply, Microsoft's, a generic "domain X". */
const SENDER_DOMAIN =
  /\b(?:email from|mail from|from domain|sender domain|domain of sender|sending domain)\s{1,3}<?([a-z\d][a-z\d-]{0,62}(?:\.[a-z\d][a-z\d-]{0,62}){1,6})\b/i;

export function retrySecondsOf(text: string): number | undefined {
  const m = RETRY.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]);
  return /^m/i.test(m[2] ?? '') ? n * 60 : n;
}

export function senderDomainOf(text: string): string | undefined {
  const domain = SENDER_DOMAIN.exec(text)?.[1]?.toLowerCase();
  // A TLD of letters only: "from 192.0.2.1" is an address, not a domain.
  return domain && /\.[a-z]{2,}$/.test(domain) ? domain : undefined;
}

/** "300 seconds", "5 minutes". */
export function duration(seconds: number): string {
  if (seconds >= 120 && seconds % 60 === 0) return `${seconds / 60} minutes`;
  return seconds === 1 ? '1 second' : `${seconds} seconds`;
}

const LOCAL_ERRNOS: ReadonlySet<string> = new Set(['13', 'EACCES', 'EPERM']);

export function buildContext(
  classification: Classification,
  text: string,
  vantage?: Vantage,
  translator: Translator = ENGLISH,
): ExplainContext {
  const { extracted } = classification;
  const assumed = classification.assumedPorts?.[0];
  const port = extracted.port ?? assumed;
  const haystack = [text, ...classification.evidence].join('\n');
  const localBlock =
    (extracted.errno !== undefined && LOCAL_ERRNOS.has(extracted.errno.toUpperCase())) ||
    /\bPermission denied\b/i.test(haystack);
  const host = extracted.host;
  return {
    port,
    portAssumed: extracted.port === undefined && assumed !== undefined,
    assumedPorts: extracted.port === undefined ? [...(classification.assumedPorts ?? [])] : [],
    host,
    replyCode: extracted.replyCode,
    enhancedCode: extracted.enhancedCode,
    errno: extracted.errno,
    world: guessWorld([haystack, host ?? ''].join('\n'), extracted.port),
    localBlock,
    hostIsLocal: host !== undefined && /^(?:localhost|127(?:\.\d{1,3}){3}|::1|\[::1\])$/i.test(host),
    retrySeconds: retrySecondsOf(haystack),
    senderDomain: senderDomainOf(haystack),
    vantage,
    t: translator.t,
    locale: translator.locale,
  };
}

export function hostOr(c: ExplainContext, fallback: string): string {
  return c.host ?? fallback;
}

export function portOr(c: ExplainContext, fallback: number): number {
  return c.port ?? fallback;
}

/** "port 25", "port 25 or 587" when several are assumed, or a neutral phrase when no port is known. */
export function portText(c: ExplainContext): string {
  if (c.port === undefined) return 'the SMTP port';
  if (c.portAssumed && c.assumedPorts.length > 1) return `port ${c.assumedPorts.join(' or ')}`;
  return `port ${c.port}`;
}

/** "smtp.example.com on port 587", "the mail server on port 25", or just "the mail server". */
export function target(c: ExplainContext): string {
  const host = hostOr(c, 'the mail server');
  return c.port === undefined ? host : `${host} on ${portText(c)}`;
}
