import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlight';

describe('highlightSegments', () => {
  it('marks each match, case-insensitively, and keeps the rest', () => {
    const segments = highlightSegments('SMTP Error: connect() failed. Connection TIMED OUT (110)', [
      'timed out (110)',
    ]);
    expect(segments).toEqual([
      { text: 'SMTP Error: connect() failed. Connection ', mark: false },
      { text: 'TIMED OUT (110)', mark: true },
    ]);
  });

  it('merges overlapping matches and joins back to the original text', () => {
    const text = 'abc 535 5.7.8 Username and Password not accepted xyz';
    const segments = highlightSegments(text, ['535 5.7.8', '5.7.8 Username', 'not accepted']);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['535 5.7.8 Username', 'not accepted']);
  });

  it('ignores tiny needles and returns the text unmarked when nothing matches', () => {
    expect(highlightSegments('hello', ['he', 'zzz'])).toEqual([{ text: 'hello', mark: false }]);
  });
});
