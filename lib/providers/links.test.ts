import { describe, expect, it } from 'vitest';
import { sourcesToLink } from './links';

describe('sourcesToLink', () => {
  it("keeps the provider's own https pages", () => {
    const own = { url: 'https://support.google.com/mail/answer/7126229', title: 'Gmail: SMTP' };
    expect(sourcesToLink([own])).toEqual([own]);
  });

  it.each([
    ['a third-party copy', { url: 'https://pastebin.com/x', title: 'paste', secondary: true }],
    ['an http-only page', { url: 'http://help.example.net/smtp', title: 'old help', httpOnly: true }],
    ['an http page not marked as such', { url: 'http://example.net/smtp', title: 'old help' }],
  ])('leaves out %s', (_, source) => {
    expect(sourcesToLink([source])).toEqual([]);
  });
});
