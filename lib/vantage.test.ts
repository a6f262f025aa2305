import { describe, expect, it } from 'vitest';
import { decideVantage, type VantageInput } from './vantage';

const cases: Array<[string, VantageInput, ReturnType<typeof decideVantage>]> = [
  [
    'Roundcube compose error',
    { source: 'page', page: 'roundcube', text: 'SMTP Error (-1): Connection to server failed.' },
    'web-server',
  ],
  [
    'Plesk test message',
    {
      source: 'page',
      page: 'plesk',
      text: 'SMTP Error: Could not connect to SMTP host. Connection timed out (110)',
      category: 'port-blocked',
    },
    'web-server',
  ],
  [
    'WordPress test email',
    { source: 'page', page: 'wordpress', text: '535-5.7.8 Username and Password not accepted.' },
    'web-server',
  ],
  [
    'cPanel delivery report',
    {
      source: 'page',
      page: 'cpanel',
      text: 'SMTP error from remote mail server after end of data: 550-5.7.26 This mail is unauthenticated',
    },
    'mail-server',
  ],
  [
    'Gmail bounce quoting only the reply',
    {
      source: 'page',
      page: 'gmail',
      text: '550 5.1.1 The email account that you tried to reach does not exist.',
      category: 'recipient-rejected',
    },
    'mail-server',
  ],
  [
    "Gmail's own send-mail-as dialog",
    {
      source: 'page',
      page: 'gmail',
      text: 'Authentication failed. Server returned error: "535 5.7.8 Error: authentication failed"',
      category: 'auth-failed',
    },
    'web-server',
  ],
  [
    'Outlook non-delivery report',
    { source: 'page', page: 'outlook', text: "Remote server returned '550 5.7.708 Service unavailable.'" },
    'mail-server',
  ],
  [
    'pasted Thunderbird error',
    {
      source: 'pasted',
      text: 'Sending of the message failed. The connection to Outgoing server (SMTP) smtp.example.com timed out.',
    },
    'this-device',
  ],
  [
    'pasted Gmail 535',
    { source: 'pasted', text: '535-5.7.8 Username and Password not accepted. BadCredentials' },
    'this-device',
  ],
  [
    'pasted Postfix log',
    {
      source: 'pasted',
      text: 'postfix/smtp[123]: connect to mx.example.com[192.0.2.1]:25: Connection timed out status=deferred',
    },
    'mail-server',
  ],
  [
    'pasted Roundcube error',
    { source: 'pasted', text: 'SMTP Error (535): Authentication failed.' },
    'web-server',
  ],
  [
    'selected text, sent from a cloud server',
    { source: 'selection', text: 'connect ETIMEDOUT 203.0.113.5:25', sendingFrom: 'cloud' },
    'web-server',
  ],
  [
    'selected text, sent from home',
    { source: 'selection', text: 'connect ETIMEDOUT 203.0.113.5:25', sendingFrom: 'home' },
    'this-device',
  ],
  [
    'a bounce pasted from a desktop client',
    { source: 'pasted', text: 'Mail Delivery Subsystem: Delivery Status Notification (Failure)' },
    'mail-server',
  ],
  [
    "a pasted Postfix bounce, its sentence wrapped before 'be delivered'",
    {
      source: 'pasted',
      text:
        "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n" +
        '<kim@example.org>: host mx.example.org[192.0.2.25] said: 550 5.7.25 no PTR record',
    },
    'mail-server',
  ],
  [
    'a pasted qmail bounce',
    {
      source: 'pasted',
      text:
        'Hi. This is the qmail-send program at mail.example.net.\n\n<liam@example.net>:\n' +
        'Sorry, no mailbox here by that name. (#5.1.1)',
    },
    'mail-server',
  ],
  [
    'a pasted Sendmail bounce',
    {
      source: 'pasted',
      text:
        '   ----- The following addresses had permanent fatal errors -----\n<mia@example.org>\n' +
        '    (reason: 554 5.7.1 Service unavailable; Client host [198.51.100.3] blocked using bl.spamcop.net)',
    },
    'mail-server',
  ],
];

describe('decideVantage', () => {
  it.each(cases)('%s', (_name, input, expected) => {
    expect(decideVantage(input)).toBe(expected);
  });
});
