import { describe, expect, it } from 'vitest';
import { checkSync } from 'recheck';
import { DELIVERY_CLUES, guessWorld, SUBMISSION_CLUES } from './world';

describe('guessWorld', () => {
  it.each([
    'postfix/smtp[811]: connect to alt4.gmail-smtp-in.l.google.com[142.250.153.27]:25: Connection timed out',
    'Diagnostic-Code: X-Postfix; connect to mx1.example.org[192.0.2.7]:25: Operation timed out',
    '2026-11-28 10:00:00 1r2 == bob@example.org R=dnslookup T=remote_smtp defer (110): Connection timed out',
    'example-com.mail.protection.outlook.com[52.101.0.1]:25: Connection timed out',
  ])('reads delivery in %s', (text) => {
    expect(guessWorld(text, 25)).toMatchObject({ world: 'delivery', basis: 'text' });
  });

  it.each([
    'SMTP Error: Could not connect to SMTP host. Mailer Error: SMTP connect() failed.',
    "Error: connect ETIMEDOUT 203.0.113.9:25 code: 'ESOCKET', command: 'CONN'",
    'smtplib.SMTPServerDisconnected: Connection unexpectedly closed: timed out',
    'Outlook error 0x800CCC0E: cannot connect to the server',
    'connect to smtp.mail.yahoo.com:25 failed',
  ])('reads submission in %s', (text) => {
    expect(guessWorld(text, 25)).toMatchObject({ world: 'submission', basis: 'text' });
  });

  it('lets a submission port decide before any clue', () => {
    expect(guessWorld('postfix/smtp relayhost timed out', 587)).toMatchObject({
      world: 'submission',
      basis: 'port',
    });
  });

  it('assumes submission when nothing tells', () => {
    expect(guessWorld('Connection timed out', undefined)).toEqual({
      world: 'submission',
      basis: 'assumed',
      clues: [],
    });
  });

  it('uses only linear-time patterns (recheck)', () => {
    for (const { pattern } of [...DELIVERY_CLUES, ...SUBMISSION_CLUES]) {
      // The automaton checker decides (no fuzzing): a loaded machine slows it down but cannot flip the answer.
      const result = checkSync(pattern.source, pattern.flags, { checker: 'automaton', timeout: 120_000 });
      expect(result.status, `${pattern} is ${result.status}`).toBe('safe');
    }
  }, 300_000);

  it('never throws on hostile input', () => {
    const text = 'mx.'.repeat(100_000) + 'postfix/'.repeat(50_000) + '\u0000\uFFFF\uD800'.repeat(10_000);
    expect(() => guessWorld(text, undefined)).not.toThrow();
  });
});
