import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeMessage, readBounce, readPastedBounce } from './read';
import type { BounceReport } from './types';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/bounces');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

type Expected = Partial<Omit<BounceReport, 'recipients' | 'humanPart'>>;

/** What each fixture says, read off the file by hand (test/fixtures/bounces/README.md). */
const CASES: [string, Expected][] = [
  [
    'postfix-user-unknown.eml',
    {
      kind: 'dsn',
      mta: 'postfix',
      action: 'failed',
      status: '5.1.1',
      diagnosticType: 'smtp',
      diagnosticCode:
        '550 5.1.1 <nobody@remote.example.org>: Recipient address rejected: User unknown in virtual mailbox table',
      remoteMta: '127.0.0.1',
      finalRecipient: 'nobody@remote.example.org',
      reportingMta: 'mail.example.net',
    },
  ],
  [
    'postfix-mailbox-full.eml',
    {
      kind: 'dsn',
      mta: 'postfix',
      status: '5.2.2',
      diagnostic: '552 5.2.2 <full@remote.example.org>: Recipient address rejected: Mailbox full',
    },
  ],
  [
    'postfix-connection-refused.eml',
    {
      kind: 'dsn',
      mta: 'postfix',
      action: 'failed',
      status: '4.4.1',
      diagnosticType: 'x-postfix',
      diagnostic: 'connect to 127.0.0.1[127.0.0.1]:2627: Connection refused',
      finalRecipient: 'bob@closed.example.org',
    },
  ],
  [
    'postfix-spamhaus.eml',
    {
      kind: 'dsn',
      status: '5.7.1',
      diagnostic:
        '554 5.7.1 Service unavailable; Client host [127.0.0.1] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/127.0.0.1',
    },
  ],
  ['postfix-dmarc.eml', { kind: 'dsn', mta: 'postfix', status: '5.7.26' }],
  [
    'exim-rcpt-rejected.eml',
    {
      kind: 'pasted-bounce',
      mta: 'exim',
      remoteMta: 'mx.remote.example.org',
      diagnostic:
        '550 5.1.1 <carol@remote.example.org>: Recipient address rejected: User unknown in local recipient table',
    },
  ],
  [
    'sendmail-user-unknown.eml',
    {
      kind: 'dsn',
      mta: 'sendmail',
      action: 'failed',
      status: '5.1.1',
      remoteMta: 'mx.remote.example.org',
      finalRecipient: 'dave@remote.example.org',
      reportingMta: 'relay.example.net',
      diagnostic: '550 5.1.1 <dave@remote.example.org>... User unknown',
    },
  ],
  [
    'qmail-mailbox-full.eml',
    {
      kind: 'pasted-bounce',
      mta: 'qmail',
      remoteMta: '203.0.113.40',
      diagnostic: '552 5.2.2 <erin@remote.example.org>: Mailbox full, quota exceeded',
    },
  ],
  [
    'exchange-online-recipient-not-found.eml',
    {
      kind: 'dsn',
      mta: 'exchange',
      status: '5.1.10',
      finalRecipient: 'frank@remote.example.org',
      reportingMta: 'AM0PR01MB1234.eurprd01.prod.exchangelabs.com',
      diagnostic: '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
    },
  ],
  [
    'gmail-address-not-found.eml',
    {
      kind: 'dsn',
      mta: 'gmail',
      status: '5.1.1',
      remoteMta: 'aspmx.l.google.com',
      reportingMta: 'googlemail.com',
      // The four lines of the multi-line reply, joined with the code kept once.
      diagnosticCode:
        "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-5c6f0e3a1b2si123456a12.123 - gsmtp",
    },
  ],
  [
    'pasted/gmail-web.txt',
    {
      kind: 'pasted-bounce',
      mta: 'gmail',
      diagnostic:
        '550 5.1.1 <grace@remote.example.org>: Recipient address rejected: User unknown in virtual mailbox table',
    },
  ],
  [
    'pasted/outlook-ndr.txt',
    {
      kind: 'pasted-bounce',
      mta: 'exchange',
      diagnostic:
        '554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.9',
    },
  ],
  [
    'pasted/postfix-human.txt',
    {
      kind: 'pasted-bounce',
      mta: 'postfix',
      remoteMta: 'mx.remote.example.org',
      diagnostic:
        '550 5.7.25 [203.0.113.5] The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP.',
    },
  ],
  [
    'pasted/exim-delay-warning.txt',
    {
      kind: 'pasted-bounce',
      mta: 'exim',
      remoteMta: 'mx.remote.example.org',
      diagnostic: '451 4.7.1 Greylisted, see http://postgrey.schweikert.ch/help/remote.example.org.html',
    },
  ],
  [
    'pasted/qmail-no-mailbox.txt',
    {
      kind: 'pasted-bounce',
      mta: 'qmail',
      status: '5.1.1',
      diagnostic: 'Sorry, no mailbox here by that name.',
    },
  ],
  [
    'pasted/sendmail-human.txt',
    {
      kind: 'pasted-bounce',
      mta: 'sendmail',
      remoteMta: 'mx.remote.example.org',
      diagnostic: '554 5.7.1 Service unavailable; Client host [198.51.100.3] blocked using bl.spamcop.net',
    },
  ],
  [
    'pasted/report-fields.txt',
    {
      kind: 'pasted-bounce',
      action: 'failed',
      status: '5.2.2',
      remoteMta: 'mx.remote.example.org',
      finalRecipient: 'noah@remote.example.org',
      reportingMta: 'mail.example.net',
      diagnostic: '552 Requested mail action aborted: exceeded storage allocation',
    },
  ],
];

const NEGATIVES = [
  'negatives/ordinary-email.eml',
  'negatives/out-of-office.eml',
  'negatives/http-error.txt',
  'negatives/support-thread.txt',
];

describe('readBounce on each bounce shape', () => {
  it.each(CASES)('%s', async (name, expected) => {
    const report = await readBounce(fixture(name));
    expect(report).not.toBeNull();
    expect(report).toMatchObject(expected);
  });

  it('keeps the human part and stops before the returned message', async () => {
    const report = await readBounce(fixture('exim-rcpt-rejected.eml'));
    expect(report?.humanPart).toContain('This message was created automatically by mail delivery software.');
    expect(report?.humanPart).not.toContain('Meeting notes');
    const dsn = await readBounce(fixture('postfix-user-unknown.eml'));
    expect(dsn?.humanPart).toContain('This is the mail system at host mail.example.net.');
    expect(dsn?.humanPart).not.toContain('Quarterly figures');
  });

  it("reads Gmail's older delay notice, whose reason follows 'Technical details'", () => {
    const text = [
      'This is an automatically generated Delivery Status Notification',
      '',
      'THIS IS A WARNING MESSAGE ONLY.',
      '',
      'Delivery to the following recipient has been delayed:',
      '',
      '     olga@remote.example.org',
      '',
      'Message will be retried for 2 more day(s)',
      '',
      'Technical details of temporary failure: ',
      'The recipient server did not accept our requests to connect.',
      '[remote.example.org. [192.0.2.135]:25: socket error]',
      '',
      '----- Original message -----',
      '',
      'Subject: Plans',
    ].join('\n');
    expect(readPastedBounce(text)).toMatchObject({
      kind: 'pasted-bounce',
      mta: 'gmail',
      diagnostic:
        'The recipient server did not accept our requests to connect. [remote.example.org. [192.0.2.135]:25: socket error]',
    });
  });

  it("reads an Exchange Online notice pasted without its report: the 'Reported error' line", () => {
    const text = [
      "Your message to frank@remote.example.org couldn't be delivered.",
      '',
      "frank wasn't found at remote.example.org.",
      '',
      'Error Details',
      'Reported error:         550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient',
      '  not found by SMTP address lookup',
      'DSN generated by:       AM0PR01MB1234.eurprd01.prod.exchangelabs.com',
    ].join('\n');
    expect(readPastedBounce(text)).toMatchObject({
      mta: 'exchange',
      diagnostic: '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
    });
  });

  it('reads every recipient group of a report, and picks the failed one', () => {
    const text = [
      'Reporting-MTA: dns; mail.example.net',
      '',
      'Final-Recipient: rfc822; ok@remote.example.org',
      'Action: delayed',
      'Status: 4.4.7',
      '',
      'Final-Recipient: rfc822; gone@remote.example.org',
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 5.1.1 gone',
    ].join('\n');
    const report = readPastedBounce(text);
    expect(report?.recipients.map((r) => r.finalRecipient)).toEqual([
      'ok@remote.example.org',
      'gone@remote.example.org',
    ]);
    expect(report).toMatchObject({
      finalRecipient: 'gone@remote.example.org',
      status: '5.1.1',
      action: 'failed',
    });
  });
});

describe('the MIME parser', () => {
  it('decodes a base64 notification that the text reader cannot see', async () => {
    const human = fixture('pasted/postfix-human.txt');
    const encoded = btoa(human).replace(/.{76}/g, '$&\n');
    const message = [
      'From: MAILER-DAEMON@mail.example.net (Mail Delivery System)',
      'To: alice@example.net',
      'Subject: Undelivered Mail Returned to Sender',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain; charset=us-ascii',
      'Content-Transfer-Encoding: base64',
      '',
      encoded,
      '--b1',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mail.example.net',
      '',
      'Final-Recipient: rfc822; kim@remote.example.org',
      'Action: failed',
      'Status: 5.7.25',
      '',
      '--b1--',
      '',
    ].join('\n');
    expect(readPastedBounce(message)?.mta).toBeUndefined();
    const report = await readBounce(message);
    expect(report).toMatchObject({
      kind: 'dsn',
      mta: 'postfix',
      status: '5.7.25',
      remoteMta: 'mx.remote.example.org',
      finalRecipient: 'kim@remote.example.org',
    });
    expect(report?.diagnostic).toMatch(
      /^550 5\.7\.25 \[203\.0\.113\.5\] The IP address sending this message/,
    );
  });
});

describe('readBounce on text that is not a bounce', () => {
  it.each(NEGATIVES)('%s is null', async (name) => {
    expect(await readBounce(fixture(name))).toBeNull();
  });

  it('is null for empty text, a lone reply line and a non-string', async () => {
    expect(await readBounce('')).toBeNull();
    expect(await readBounce('550 5.1.1 User unknown')).toBeNull();
    expect(await readBounce(42 as unknown as string)).toBeNull();
    expect(readPastedBounce(null as unknown as string)).toBeNull();
  });
});

describe('telling a message from pasted text', () => {
  it('sees a header block at the start of a saved message', () => {
    expect(looksLikeMessage(fixture('postfix-user-unknown.eml').replace(/\r\n/g, '\n'))).toBe(true);
    expect(looksLikeMessage(fixture('qmail-mailbox-full.eml'))).toBe(true);
  });

  it('does not take pasted report fields for message headers', () => {
    expect(looksLikeMessage(fixture('pasted/report-fields.txt'))).toBe(false);
    expect(looksLikeMessage(fixture('pasted/postfix-human.txt'))).toBe(false);
  });
});

describe('hostile input', () => {
  it('reads a bounce followed by megabytes of junk, without throwing', async () => {
    const text = fixture('pasted/postfix-human.txt') + '\n' + 'x'.repeat(4 << 20);
    const report = await readBounce(text);
    expect(report?.mta).toBe('postfix');
  });

  it('reads the fields of a message nested past the parser limit, without throwing', async () => {
    let body = 'Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 deep\nAction: failed\n';
    for (let i = 0; i < 40; i++) {
      body = `Content-Type: multipart/mixed; boundary="b${i}"\n\n--b${i}\n${body}\n--b${i}--\n`;
    }
    const text = `From: a@example.net\nSubject: x\n${body}`;
    const report = await readBounce(text);
    expect(report).toMatchObject({ kind: 'pasted-bounce', status: '5.1.1' });
  });

  it('survives field lines repeated many times over', () => {
    const text = 'Status: 5.1.1\nAction: failed\n'.repeat(50_000);
    const report = readPastedBounce(text);
    expect(report?.status).toBe('5.1.1');
    // A hundred recipient groups are kept, the first ones.
    expect(report?.recipients.length).toBe(100);
  });
});
