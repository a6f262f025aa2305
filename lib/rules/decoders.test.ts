import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCategoryId } from '../categories';
import { ENHANCED_CODE_MEANINGS, REPLY_CODE_MEANINGS, codeMeaning } from './code-meanings';
import {
  SMTP_CODES,
  decodeEnhanced,
  decodeReply,
  ENHANCED_NOT_A_FAILURE,
  ENHANCED_STATUS,
  POSITIVE_REPLY_CODES,
  REPLY_CODES,
} from './decoders';

// RFC 5321 §4.2.3 (all reply codes), RFC 4954 §6 (AUTH), RFC 7504 (521, 556).
const RFC_REPLY_CODES = [
  211, 214, 220, 221, 250, 251, 252, 354, 421, 450, 451, 452, 455, 500, 501, 502, 503, 504, 550, 551, 552,
  553, 554, 555, 235, 334, 432, 454, 534, 535, 538, 530, 521, 556,
];

describe('fallback decoders', () => {
  it('covers every RFC reply code: failures decode to a category, positive replies to nothing', () => {
    for (const code of RFC_REPLY_CODES) {
      if (code < 400) {
        expect(POSITIVE_REPLY_CODES, String(code)).toContain(code);
        expect(decodeReply(code)).toBeNull();
      } else {
        expect(REPLY_CODES[code], String(code)).toBeDefined();
        expect(isCategoryId(decodeReply(code)?.category)).toBe(true);
      }
      expect(REPLY_CODE_MEANINGS[code], String(code)).toBeDefined();
    }
  });

  it('covers every enhanced code of the IANA registry', () => {
    // The registry's enumerated codes (iana.org/assignments/smtp-enhanced-status-codes, updated 2024-12-06).
    const registry = [
      ...['0.0'],
      ...Array.from({ length: 11 }, (_, i) => `1.${i}`),
      ...Array.from({ length: 5 }, (_, i) => `2.${i}`),
      ...Array.from({ length: 7 }, (_, i) => `3.${i}`),
      ...Array.from({ length: 8 }, (_, i) => `4.${i}`),
      ...Array.from({ length: 7 }, (_, i) => `5.${i}`),
      ...Array.from({ length: 11 }, (_, i) => `6.${i}`),
      ...Array.from({ length: 31 }, (_, i) => `7.${i}`),
    ];
    for (const key of registry) {
      expect(ENHANCED_CODE_MEANINGS[key], key).toBeDefined();
      expect(ENHANCED_STATUS[key] ?? ENHANCED_NOT_A_FAILURE.includes(key), key).toBeTruthy();
    }
    for (const key of Object.keys(ENHANCED_CODE_MEANINGS)) {
      const mapped = ENHANCED_STATUS[key] ?? (ENHANCED_NOT_A_FAILURE.includes(key) ? 'success' : undefined);
      expect(mapped, key).toBeDefined();
    }
    for (const key of Object.keys(ENHANCED_STATUS)) expect(ENHANCED_CODE_MEANINGS[key], key).toBeDefined();
  });

  it('keeps reply and enhanced codes in one table, every entry a category', () => {
    for (const [key, verdict] of Object.entries(SMTP_CODES)) {
      expect(key, key).toMatch(/^(?:[45]\d\d|X\.\d\.(?:\d{1,2}|\*))$/);
      expect(isCategoryId(verdict.category), key).toBe(true);
    }
    expect(decodeReply(535)).toBe(SMTP_CODES['535']);
    expect(decodeEnhanced('5.7.26')).toBe(SMTP_CODES['X.7.26']);
  });

  it('decodes by subject when the detail is not registered, and never decodes success', () => {
    expect(decodeEnhanced('5.7.8')?.category).toBe('auth-failed');
    expect(decodeEnhanced('4.2.2')?.category).toBe('mailbox-full');
    expect(decodeEnhanced('5.1.99')?.category).toBe('recipient-rejected');
    expect(decodeEnhanced('2.0.0')).toBeNull();
    expect(decodeEnhanced('5.1.5')).toBeNull();
    expect(decodeEnhanced('nonsense')).toBeNull();
  });

  it('gives meanings for both kinds of code', () => {
    expect(codeMeaning(535)).toBe('Authentication credentials invalid');
    expect(codeMeaning('5.7.26')).toBe('Multiple authentication checks failed');
    expect(codeMeaning('9.9')).toBeUndefined();
  });

  it('keeps the prose out of the classifier bundle', () => {
    // Walk the static imports from index.ts: code-meanings must not be reachable.
    const seen = new Set<string>();
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(join(import.meta.dirname, `${file}.ts`), 'utf8');
      for (const m of source.matchAll(/from '\.\/([\w-]+)'/g)) walk(m[1] ?? '');
    };
    walk('index');
    expect(seen.has('engine')).toBe(true);
    expect(seen.has('code-meanings')).toBe(false);
  });
});
