import { describe, expect, it } from 'vitest';
import { mayContainSendError, mayContainSendErrorInSubtree } from './prefilter';

describe('mayContainSendError', () => {
  it.each([
    'Not sent: php_network_getaddresses: getaddrinfo failed: Name or service not known',
    'ssmtp: Temporary failure in name resolution',
    'execution expired',
    'Net::ReadTimeout with #<TCPSocket:(closed)>',
    '550 5.1.1 <bob@example.net>: Recipient address rejected',
  ])('passes %j', (text) => {
    expect(mayContainSendError(text)).toBe(true);
  });

  it.each([
    // Everyday mail: the "x" gate wants "expired", not "expires".
    'Your sign-in link expires in 24 hours',
    'Lunch at noon? The relay race starts at 3.',
    'Name your price',
    '',
  ])('rejects %j', (text) => {
    expect(mayContainSendError(text)).toBe(false);
  });
});

describe('mayContainSendErrorInSubtree', () => {
  // textContent joins blocks with no separator: a reply line that opens a block
  // follows the previous block's text directly.
  it.each([
    'Your message was not delivered.535 Incorrect authentication data',
    'Delivery failed\n      550 Requested action not taken',
    'Address not found421 Service not available',
    'Hi Bob.550 The email account does not exist',
  ])('passes joined text %j the per-block prefilter rejects', (text) => {
    expect(mayContainSendError(text)).toBe(false);
    expect(mayContainSendErrorInSubtree(text)).toBe(true);
  });

  it.each(['SMTP Error (-1): Connection to server failed.', 'Greeting never received'])(
    'passes whatever the per-block prefilter passes: %j',
    (text) => {
      expect(mayContainSendErrorInSubtree(text)).toBe(mayContainSendError(text));
    },
  );

  it.each([
    'Inbox (12) Drafts Sent Lunch on Friday? 3 min ago',
    'Version 1.2.3 released',
    'Room 450 is free. Lunch plans 449Sender 450 Lunch plans 450',
  ])('rejects %j', (text) => {
    expect(mayContainSendErrorInSubtree(text)).toBe(false);
  });

  it('finds a reply code that opens a block exactly where the one-regex form of the gate does', () => {
    // The gate as one regex; the prefilter finds the digits first, for speed.
    const asRegex = /(?:^|[^\s\d]|[.!?:;]\s{1,8}|\n\s{0,8})[45][0-5]\d[ -]/;
    const texts: string[] = [];
    // Every text of up to 6 characters over the characters that matter …
    const alphabet = ['5', '0', ' ', '-', '\n', '.', 'a', '\u00a0'];
    let level = [''];
    for (let length = 1; length <= 6; length++) {
      level = level.flatMap((text) => alphabet.map((c) => text + c));
      for (const text of level) texts.push(text);
    }
    // … and the limits of the spaces allowed before a code.
    for (const before of ['', 'a', '7', '.', ':', '\n', 'a\n', '.\n'])
      for (const space of [' ', '\t', '\u00a0', '\n'])
        for (let n = 0; n <= 10; n++)
          for (const code of ['550 ', '450-', '560 ', '55 '])
            texts.push(`${before}${space.repeat(n)}${code}`, `Hi${before}${space.repeat(n)}${code}x`);
    const differ = texts.filter(
      (text) => mayContainSendErrorInSubtree(text) !== (mayContainSendError(text) || asRegex.test(text)),
    );
    expect(differ).toEqual([]);
  });
});
