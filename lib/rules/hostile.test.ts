import { describe, expect, it } from 'vitest';
import { classify } from './engine';
import { mayContainSendError } from './prefilter';

function randomUnicode(length: number, seed: number): string {
  let s = seed;
  const out: string[] = [];
  for (let i = 0; i < length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    // Any BMP code point, lone surrogates included.
    out.push(String.fromCharCode(s >>> 16));
  }
  return out.join('');
}

describe('hostile input never throws', () => {
  it('handles non-strings and empty input', () => {
    for (const v of [undefined, null, 42, {}, [], '']) {
      expect(() => classify(v as unknown as string)).not.toThrow();
      expect(classify(v as unknown as string).match).toBe(false);
      expect(mayContainSendError(v as unknown as string)).toBe(false);
    }
  });

  it('handles megabytes of random Unicode', () => {
    const text = randomUnicode(2_000_000, 7);
    expect(() => classify(text)).not.toThrow();
  });

  it('handles deeply repeated fragments of error text', () => {
    const fragments = [
      'SMTP ',
      '550 5.7.1 ',
      'a.'.repeat(10),
      ':25',
      'Connection ',
      '(((((',
      '[[[[',
      '<** ',
      'certificate ',
      '\n    ',
      'smtp.smtp.smtp.',
      '5.5.5.5.5.',
    ];
    for (const f of fragments) {
      const text = f.repeat(Math.ceil(1_000_000 / f.length));
      expect(() => classify(text), JSON.stringify(f)).not.toThrow();
    }
  });

  it('still finds an error at the end of a long page', () => {
    const page =
      'Lorem ipsum dolor sit amet. '.repeat(40_000) +
      '\nSMTP ERROR: Failed to connect to server: Connection timed out (110)';
    expect(classify(page)).toMatchObject({ match: true, category: 'port-blocked' });
  });
});
