import type { FamilyExamples } from './types';

export const codeExamples: FamilyExamples = {
  'server-reported-network-status': {
    match: [
      'MailKit.Net.Smtp.SmtpCommandException: 4.4.1 No answer from host\n   at MailKit.Net.Smtp.SmtpClient.SendAsync()',
      '421 4.4.2 mail.example.net Error: timeout exceeded',
    ],
    noMatch: [
      'Diagnostic-Code: smtp; 4.4.1 connection timed out to mx.example.org',
      'MailKit.Net.Smtp.SmtpCommandException: 5.1.1 User unknown',
    ],
  },
  'bare-mail-from-reply': {
    match: [
      ['curl: (55) MAIL failed: 552', 'message-rejected'],
      ['curl: (55) MAIL failed: 553', 'sender-rejected'],
      ['curl: (55) MAIL failed: 530', 'auth-required'],
    ],
    noMatch: ['curl: (55) MAIL failed: 554', 'curl: (55) RCPT failed: 550'],
  },
  'unexpected-reply-code': {
    match: [
      [
        'Expected response code 250 but got code "552", with message "552 message line is too long"',
        'message-rejected',
      ],
      ['Error: Expected smtp code 250, got 552', 'message-rejected'],
      'Invalid response code received from server (code: 554, response: transaction failed)',
      ['PHP message: ERROR: Invalid response code received from server (535)', 'auth-failed'],
      ['Expected response code 354 but got code "554", with message "554 Transaction failed"', 'unknown'],
      [
        'Expected response code "250/251/252" but got code "552", with message "552 Requested mail action aborted".',
        'message-rejected',
      ],
      ['Expected response code "354" but got code "554", with message "554 Transaction failed".', 'unknown'],
      [
        'Expected response code 250/251/252 but got code "552", with message "552 Requested mail action aborted"',
        'message-rejected',
      ],
    ],
    noMatch: ['Expected response time: 250 ms', 'Invalid response code received from server'],
  },
  'enhanced-status-code': {
    match: [
      ['550 5.1.2 Bad destination system address', 'recipient-rejected'],
      ['554 5.6.1 Media not supported', 'message-rejected'],
      ['451 4.4.3 Directory server failure', 'dns-failure'],
    ],
    noMatch: ['Upgrade to version 5.1.1 for the new features.', 'HTTP/1.1 500 Internal Server Error'],
  },
  'reply-code': {
    match: [
      ['551 User not local; please try <forward-path>', 'recipient-rejected'],
      ['554 Transaction failed', 'unknown'],
      ['503 Bad sequence of commands', 'unknown'],
    ],
    noMatch: ['500 Internal Server Error', '250 2.0.0 OK queued as 3DA92'],
  },
};
