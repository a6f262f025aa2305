import { describe, expect, it } from 'vitest';
import { ENHANCED_STATUS, REPLY_CODES } from '../rules/decoders';
import { enhancedCodeMeaning, errnoMeaning, replyCodeMeaning } from './glossary';

describe('glossary', () => {
  it('decodes connect errors across systems', () => {
    for (const timeout of ['ETIMEDOUT', '110', '10060']) expect(errnoMeaning(timeout)).toMatch(/timed out/);
    for (const refused of ['ECONNREFUSED', '111', '10061']) expect(errnoMeaning(refused)).toMatch(/refused/);
    expect(errnoMeaning('13')).toMatch(/SELinux/);
    expect(errnoMeaning('E_SOMETHING')).toBeUndefined();
  });

  it('decodes reply codes, falling back to the class', () => {
    expect(replyCodeMeaning(535)).toMatch(/credentials invalid/);
    expect(replyCodeMeaning(471)).toMatch(/temporary/);
    expect(replyCodeMeaning(599)).toMatch(/permanent/);
    expect(replyCodeMeaning(250)).toBeUndefined();
  });

  it('decodes enhanced codes by registry entry, then by subject', () => {
    expect(enhancedCodeMeaning('5.7.26')).toBe('permanent: multiple authentication checks failed');
    expect(enhancedCodeMeaning('4.2.2')).toBe('temporary: mailbox full');
    expect(enhancedCodeMeaning('5.7.139')).toBe('permanent, security or policy problem');
    expect(enhancedCodeMeaning('9.9.9')).toBeUndefined();
  });
});

describe('glossary covers every code the classifier decodes', () => {
  it('has a specific meaning for each enhanced status code of the registry table', () => {
    for (const key of Object.keys(ENHANCED_STATUS)) {
      expect(enhancedCodeMeaning(`5.${key}`), key).toMatch(/^permanent: /);
      expect(enhancedCodeMeaning(`4.${key}`), key).toMatch(/^temporary: /);
    }
  });

  it('has a specific meaning for each reply code', () => {
    for (const code of Object.keys(REPLY_CODES).map(Number)) {
      expect(replyCodeMeaning(code), String(code)).not.toMatch(/^(?:temporary|permanent) failure/);
    }
  });
});
