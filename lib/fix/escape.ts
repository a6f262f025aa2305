/**
 * Quoting for each language a snippet is written in. Every value from a settings record goes
 * through one of these, so a stray quote, backslash, dollar or newline cannot break out of its literal.
 */

/** PHP single-quoted string: only \ and ' are special. */
export function phpString(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** JavaScript string literal (JSON is a subset; line and paragraph separators escaped for older parsers). */
export function jsString(s: string): string {
  return JSON.stringify(s)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Python 3 string literal: a JSON string is one (same escapes: \" \\ \n \uXXXX). */
export function pyString(s: string): string {
  return JSON.stringify(s);
}

const DOTENV_BARE = /^[\w.@:+/-]+$/;

/**
 * A value for a Laravel .env file as vlucas/phpdotenv reads it: bare when safe; single quotes
 * are literal (no escapes, no ${} expansion); otherwise double quotes with \\ \" \$ and \n escaped.
 */
export function dotenvValue(s: string): string {
  if (s === '') return '""';
  if (DOTENV_BARE.test(s)) return s;
  if (!s.includes("'") && !/[\r\n]/.test(s)) return `'${s}'`;
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\$/g, '\\$').replace(/\r/g, '\\r').replace(/\n/g, '\\n')}"`;
}

/** One line of a config file: no line breaks, no control characters. */
export function oneLine(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    out += c < 0x20 || c === 0x7f || c === 0x2028 || c === 0x2029 ? ' ' : ch;
  }
  return out.trim();
}

/** A host name safe to drop into a config line: letters, digits, dots, hyphens, IPv6 colons. */
export function configHost(host: string): string {
  return host.replace(/[^\w.:-]/g, '');
}
