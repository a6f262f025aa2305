import type { Extracted } from './types';

/**
 * Facts pulled out of error text: port, host, reply code, enhanced code, errno.
 * Each finder returns every candidate with its offset, so the engine can report
 * the one nearest to the match that decided.
 */
export interface Located<T> {
  value: T;
  index: number;
}

const HOST_CHAR = /[a-z0-9.-]/i;

function isHostChar(ch: string | undefined): boolean {
  return ch !== undefined && HOST_CHAR.test(ch);
}

/** A host name or IPv4 address: labels of letters, digits and hyphens, with at least one dot. */
function looksLikeHost(token: string): boolean {
  if (token.length < 3 || token.length > 253 || !token.includes('.')) return false;
  if (token.startsWith('.') || token.endsWith('.') || token.includes('..')) return false;
  const labels = token.split('.');
  const last = labels[labels.length - 1] ?? '';
  // A dotted quad, or a name whose last label has a letter (not "1.2" version numbers).
  if (labels.length === 4 && labels.every((l) => /^\d{1,3}$/.test(l))) return true;
  return /[a-z]/i.test(last) && labels.every((l) => /^[a-z0-9-]{1,63}$/i.test(l));
}

/**
 * Ports from 32768 up are the ephemeral range clients connect from (Linux 32768–60999,
 * IANA 49152–65535): a runtime that prints its own end of the socket (Dart's
 * SocketException "port = 57668") names no server port.
 */
const FIRST_EPHEMERAL_PORT = 32_768;

function validPort(n: number): boolean {
  return Number.isInteger(n) && n > 0 && n < FIRST_EPHEMERAL_PORT;
}

/** Source files a stack frame or log prefix names as "file.go:246": not host:port. */
const SOURCE_EXTENSIONS = new Set(
  'go js mjs cjs ts tsx jsx php java kt scala rb py rs dart cs c cc cpp h hpp ex exs erl swift lua pl pm vue ps1 psm1 sh bat cmd vbs'.split(
    ' ',
  ),
);

function isSourceFile(token: string, before: string | undefined): boolean {
  const labels = token.split('.');
  // A path ("src/main.rs") or a bare file name ("mailer.go"); host names of those TLDs have three labels or more.
  return (
    SOURCE_EXTENSIONS.has(labels[labels.length - 1]!.toLowerCase()) && (labels.length === 2 || before === '/')
  );
}

/** Walk back from `end` (exclusive) over host characters. */
function hostBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && end - start < 253 && isHostChar(text[start - 1])) start--;
  return text.slice(start, end).replace(/^[.-]+/, '');
}

/** Read the host token starting at `start`. */
function hostAt(text: string, start: number): string {
  let end = start;
  while (end < text.length && end - start < 253 && isHostChar(text[end])) end++;
  while (end > start && (text[end - 1] === '.' || text[end - 1] === '-')) end--;
  return text.slice(start, end);
}

// "port 587", "port: 25", "port=465", "port => 465", "Port number: 2525", "port '587'"
const PORT_WORD = /\bport(?: number| no\.?)?[\s:='">]{1,4}(\d{1,5})\b/gi;
// "host:587" / "1.2.3.4:25" / "[1.2.3.4]:25" / "[::1]:587" / "::1:587": the digits after a colon.
const COLON_PORT = /(?<=[a-z0-9\]]):(\d{1,5})(?![\d.]|:\d)/gi;
// Java Mail: "Could not connect to SMTP host: smtp.x.com, port: 25"
const HOST_WORD =
  /\b(?:host(?:name)?|server|ENOTFOUND|EAI_AGAIN|connect to|opening to|with host|relay to)[\s:='"[]{1,4}(?=[a-z0-9])/gi;
// "tcp://host:port", "ssl://host", "tls://host", "smtp://host", "smtps://host"
const SCHEME = /\b(?:tcp|ssl|tls|smtps?):\/\/(?=[a-z0-9[])/gi;
// Postfix: "connect to host[1.2.3.4]:25"
const BRACKET_IP = /\[(\d{1,3}(?:\.\d{1,3}){3})\]/g;

export function findPorts(text: string): Located<number>[] {
  const out: Located<number>[] = [];
  for (const m of text.matchAll(PORT_WORD)) {
    const n = Number(m[1]);
    if (validPort(n)) out.push({ value: n, index: m.index });
  }
  for (const m of text.matchAll(COLON_PORT)) {
    const n = Number(m[1]);
    const before = text[m.index - 1];
    // "10:30" clock times and "line 12:4" are not ports: require a host or ] before the colon.
    const host = before === ']' ? '[ip]' : hostBefore(text, m.index);
    // Go prints a socket as "local->remote" ("read tcp 10.0.0.2:31542->1.2.3.4:25"): the port before "->" is the client's.
    if (text.startsWith('->', m.index + m[0].length)) continue;
    if (isSourceFile(host, text[m.index - host.length - 1])) continue;
    const isIpv6Tail =
      before !== undefined &&
      /[0-9a-f]/i.test(before) &&
      text.slice(Math.max(0, m.index - 40), m.index).includes('::');
    if (validPort(n) && (host === '[ip]' || looksLikeHost(host) || host === 'localhost' || isIpv6Tail)) {
      out.push({ value: n, index: m.index });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

export function findHosts(text: string): Located<string>[] {
  const out: Located<string>[] = [];
  const push = (value: string, index: number) => {
    const v = value.replace(/\.$/, '');
    if (looksLikeHost(v) || v === 'localhost') out.push({ value: v.toLowerCase(), index });
  };
  for (const m of text.matchAll(SCHEME)) push(hostAt(text, m.index + m[0].length), m.index);
  for (const m of text.matchAll(HOST_WORD)) push(hostAt(text, m.index + m[0].length), m.index);
  for (const m of text.matchAll(BRACKET_IP)) {
    // Prefer the name before the bracket when there is one: "mx.example.com[1.2.3.4]".
    const name = hostBefore(text, m.index);
    push(looksLikeHost(name) ? name : (m[1] ?? ''), m.index);
  }
  for (const m of text.matchAll(COLON_PORT)) {
    if (text[m.index - 1] === ']') continue;
    const host = hostBefore(text, m.index);
    if (!isSourceFile(host, text[m.index - host.length - 1])) push(host, m.index);
  }
  return out.sort((a, b) => a.index - b.index);
}

// A reply line: "550 5.1.1 …", "535-5.7.8 …", "421 Service …", "(535)", "code \"535\"".
const REPLY_CODE = /(?<![\d.:/-])([245]\d\d)(?=[ -][\w<#[(]|[)"',]|$)/gm;
// "5.7.8" not inside an IP address or version string.
const ENHANCED = /(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?![\d.]\d)/g;

export function findReplyCodes(text: string): Located<number>[] {
  const out: Located<number>[] = [];
  for (const m of text.matchAll(REPLY_CODE)) out.push({ value: Number(m[1]), index: m.index });
  return out;
}

export function findEnhancedCodes(text: string): Located<string>[] {
  const out: Located<string>[] = [];
  for (const m of text.matchAll(ENHANCED)) {
    out.push({ value: `${m[1]}.${Number(m[2])}.${Number(m[3])}`, index: m.index });
  }
  return out;
}

// OS / library error names, strongest first when several sit near the match.
const ERRNO_NAME =
  /\b(ETIMEDOUT|ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN|EAI_NONAME|EPIPE|EACCES|EPERM|ECONNABORTED|ESOCKET|ECONNECTION|EAUTH|EENVELOPE|EMESSAGE|ETLS|EDNS|EPROTOCOL|EMAXLIMIT|ESTREAM|EOAUTH2|ENOAUTH|EREQUIRETLS)\b/g;
// "(110)", "(10060)", "Error #2", "errno 111", "[Errno 110]", "0x800CCC0E"
const ERRNO_NUMBER =
  /\((\d{1,5})\)|\[Errno (\d{1,5})\]|\berrno[ =:]{1,3}-?(\d{1,5})\b|\b(0x800[0-9A-F]{5})\b/gi;

const NODEMAILER_CODES = new Set([
  'ESOCKET',
  'ECONNECTION',
  'EAUTH',
  'EENVELOPE',
  'EMESSAGE',
  'ETLS',
  'EDNS',
  'EPROTOCOL',
  'EMAXLIMIT',
  'ESTREAM',
  'EOAUTH2',
  'ENOAUTH',
  'EREQUIRETLS',
]);

export function findErrnos(text: string): Located<string>[] {
  const out: Located<string>[] = [];
  for (const m of text.matchAll(ERRNO_NAME)) out.push({ value: m[1] ?? '', index: m.index });
  for (const m of text.matchAll(ERRNO_NUMBER)) {
    const v = m[1] ?? m[2] ?? m[3] ?? m[4]?.toUpperCase().replace(/^0X/, '0x');
    if (v) out.push({ value: v, index: m.index });
  }
  return out;
}

/** The candidate nearest to `at`; ties go to the later one. */
export function nearest<T>(items: Located<T>[], at: number, prefer?: (v: T) => boolean): T | undefined {
  let best: Located<T> | undefined;
  let bestScore = Infinity;
  for (const item of items) {
    const score = Math.abs(item.index - at) + (prefer && !prefer(item.value) ? 10_000 : 0);
    if (score <= bestScore) {
      best = item;
      bestScore = score;
    }
  }
  return best?.value;
}

export function isOsErrno(v: string): boolean {
  return !NODEMAILER_CODES.has(v);
}

/** Extract the facts, preferring those nearest to the deciding match. */
export function extractFacts(text: string, at: number): Extracted {
  const facts: Extracted = {};
  const port = nearest(findPorts(text), at);
  if (port !== undefined) facts.port = port;
  const host = nearest(findHosts(text), at);
  if (host !== undefined) facts.host = host;
  const replies = findReplyCodes(text);
  // The failure reply nearest to the match (a 4xx/5xx beats a 2xx greeting).
  const reply = nearest(replies, at, (c) => c >= 400);
  if (reply !== undefined && reply >= 400) facts.replyCode = reply;
  const enhanced = nearest(findEnhancedCodes(text), at, (c) => !c.startsWith('2'));
  if (enhanced !== undefined && !enhanced.startsWith('2')) facts.enhancedCode = enhanced;
  const errno = nearest(findErrnos(text), at, isOsErrno);
  if (errno !== undefined) facts.errno = errno;
  return facts;
}

const LOCAL_ADDRESS =
  /\bfor nil port\b|(?<![\d.])127\.0\.0\.1(?![\d.])|(?<![\w:])::1\b|\[::1\]|\blocalhost\b/;

const LOCALHOSTS = new Set(['localhost', '127.0.0.1', '::1', '0.0.0.0', 'localhost.localdomain']);

export function isLocalHost(host: string | undefined, text: string): boolean {
  if (host !== undefined && (LOCALHOSTS.has(host) || host.startsWith('127.'))) return true;
  return LOCAL_ADDRESS.test(text);
}
