import type { Classification } from '../rules/types';
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
}

const LOCAL_ERRNOS: ReadonlySet<string> = new Set(['13', 'EACCES', 'EPERM']);

export function buildContext(classification: Classification, text: string): ExplainContext {
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
