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

/** Who speaks: an ExplainContext, or a Translator. */
type Speaker = Pick<Translator, 't' | 'locale'>;

/**
 * "300 seconds", "5 minutes", in the speaker's language (English by default). A noun
 * phrase: fit for a placeholder such as "Wait {duration}", not for gluing into prose.
 */
export function duration(seconds: number, c: Speaker = ENGLISH): string {
  if (seconds >= 120 && seconds % 60 === 0) return c.t('conn.duration.minutes', { count: seconds / 60 });
  return c.t('conn.duration.seconds', { count: seconds });
}

/** "25 or 587", "465 and 587": a list the language's way (en-GB: no serial comma, as before). */
export function listOf(c: Speaker, items: readonly (string | number)[], kind: 'or' | 'and'): string {
  const locale = c.locale === 'en' ? 'en-GB' : c.locale;
  const type = kind === 'or' ? 'disjunction' : 'conjunction';
  return new Intl.ListFormat(locale, { type }).format(items.map(String));
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
    world: guessWorld([haystack, host ?? ''].join('\n'), extracted.port, translator.t),
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

/** "25", "25 or 587" when several are assumed; undefined when no port is known. */
export function portNumbers(c: ExplainContext): string | undefined {
  if (c.port === undefined) return undefined;
  if (c.portAssumed && c.assumedPorts.length > 1) return listOf(c, c.assumedPorts, 'or');
  return String(c.port);
}

/**
 * "port 25", "port 25 or 587" when several are assumed, or "the SMTP port" when no port
 * is known, in c's language. A noun phrase in its dictionary form (Russian nominative,
 * German without article): put it only where a whole-phrase placeholder fits.
 */
export function portText(c: ExplainContext): string {
  const ports = portNumbers(c);
  return ports === undefined ? c.t('conn.port.unknown') : c.t('conn.port.numbered', { ports });
}

/**
 * "smtp.example.com on port 587", "the mail server on port 25", or just "the mail server",
 * in c's language; the same kind of noun phrase as portText (other languages write
 * "smtp.example.com, Port 587" so that it fits in parentheses or after a colon).
 */
export function target(c: ExplainContext): string {
  const host = hostOr(c, c.t('conn.fallback.mailServer'));
  return c.port === undefined ? host : c.t('conn.target.hostOnPort', { host, port: portText(c) });
}
