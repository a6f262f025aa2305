import { describe, expect, it } from 'vitest';
import { translationProblems } from '../support/translations';

describe('the translation checker', () => {
  it('reports a changed or lost port, code or host, the two-digit port 25 too', () => {
    const english = 'Your provider blocks port 25; use smtp.example.net on 587 (reply 535 5.7.8).';
    expect(
      translationProblems(
        'Ihr Anbieter sperrt Port 52; nehmen Sie smtp.example.net auf 587 (Antwort 535 5.7.8).',
        english,
        'de',
      ),
    ).toEqual([expect.stringContaining('lost "25"')]);
    expect(
      translationProblems(
        'Ihr Anbieter sperrt Port 25; nehmen Sie smtp.example.com auf 587 (Antwort 535 5.7.8).',
        english,
        'de',
      ),
    ).toEqual([expect.stringContaining('lost "smtp.example.net"')]);
  });

  it('accepts a translation that keeps every fact', () => {
    const english = 'Your provider blocks port 25; use smtp.example.net on 587 (reply 535 5.7.8).';
    expect(
      translationProblems(
        'Ihr Anbieter sperrt Port 25; nehmen Sie smtp.example.net auf 587 (Antwort 535 5.7.8).',
        english,
        'de',
      ),
    ).toEqual([]);
  });

  it('reports an English sentence left in the translation', () => {
    const english = 'The server did not answer, the connection closed before it greeted.';
    expect(translationProblems(english, english, 'de')).not.toEqual([]);
    expect(
      translationProblems(
        'Der Server antwortete nicht, the connection closed before it greeted.',
        english,
        'de',
      ),
    ).toEqual([expect.stringContaining('English left')]);
  });
});
