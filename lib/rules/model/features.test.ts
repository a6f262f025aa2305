import { describe, expect, it } from 'vitest';
import { featuresOf, maskedWords } from './features';

describe('model features', () => {
  it('masks host names, addresses, IPs and numbers, and keeps class names as words', () => {
    expect(
      maskedWords('connect ETIMEDOUT 198.51.100.7:587 to smtp.example.net. From alice@example.org'),
    ).toEqual(['connect', 'etimedout', '<ip>', '#', 'to', '<mailhost>', 'from', '<addr>']);
    expect(maskedWords('smtplib.SMTPAuthenticationError: (535')).toEqual([
      'smtplib',
      'smtpauthenticationerror',
      '#',
    ]);
    expect(maskedWords('relay.example.com')).toEqual(['<host>']);
  });

  it("reads the engine's signals and facts as features", () => {
    const features = featuresOf('dial tcp 198.51.100.7:587: connect: connection timed out');
    expect(features).toEqual(
      expect.arrayContaining(['sig:connect-timeout', 'fam:connect', 'port:587', 'host:ip', 'b:dial tcp']),
    );
  });

  it('keeps a long log to its last words', () => {
    const words = maskedWords(`${'noise '.repeat(5000)}535 authentication failed`);
    expect(words).toHaveLength(600);
    expect(words.slice(-3)).toEqual(['#', 'authentication', 'failed']);
  });
});
