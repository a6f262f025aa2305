import type { FamilyExamples } from './types';

export const envelopeExamples: FamilyExamples = {
  'relay-denied': {
    match: [
      '554 5.7.1 <user@example.org>: Relay access denied',
      '550 5.7.1 Unable to relay for user@example.net',
      '553 Relaying disallowed',
    ],
    noMatch: [
      'The relay race was denied a permit.',
      '550 5.1.1 <user@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
    ],
  },
  'sender-not-allowed': {
    match: [
      '553 5.7.1 <info@example.com>: Sender address rejected: not owned by user me@example.org',
      '550 The from address does not match a verified Sender Identity.',
      '550 5.7.60 SMTP; Client does not have permissions to send as this sender',
      // Sendmail's unknown sender domain, with and without the address; Exim's sender callout,
      // whose hedged "may be blacklisted" reports no listing.
      'SMTPSenderRefused: 553 5.1.8 Domain of sender address does not exist',
      '553 5.1.8 <ann@nowhere.example>... Domain of sender address ann@nowhere.example does not exist',
      '550-Verification failed for <ann@example.org>\n550-The mail server could not deliver mail to ann@example.org. The account or domain may not exist, they may be blacklisted, or missing the proper dns entries.\n550 Sender verify failed',
    ],
    noMatch: ['The sender is not allowed to park here.', '550 5.1.1 User unknown'],
  },
  'recipient-unknown': {
    match: [
      "550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address",
      '550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown in local recipient table',
      "554 delivery error: dd This user doesn't have a yahoo.com account (someone@yahoo.com) [0] - mta1.mail.example",
    ],
    noMatch: [
      'The page you requested does not exist (HTTP/1.1 404 Not Found)',
      'IMAP: mailbox does not exist: Archive/2019',
    ],
  },
  'recipients-rejected-wrapper': {
    match: [
      "Error: Can't send mail - all recipients were rejected\n  code: 'EENVELOPE'",
      'SMTP Error: The following recipients failed: ',
      ["Error: No recipients defined] code: 'EENVELOPE'", 'unknown'],
    ],
    noMatch: [
      "Error: Can't send mail - all recipients were rejected: 550 5.7.1 <a@example.org>: Relay access denied",
      'The following participants failed the course.',
    ],
  },
  'mailbox-full': {
    match: [
      '552 5.2.2 The email account that you tried to reach is over quota.',
      '452 4.2.2 <user@example.org>: Mailbox full',
    ],
    noMatch: [
      'Your cloud storage quota is almost used up (Drive).',
      '552 5.3.4 Message size exceeds fixed limit',
    ],
  },
  'message-too-large': {
    match: [
      '552 5.3.4 Message size exceeds fixed limit',
      "Error: Message size larger than allowed 10485760\n  code: 'EMESSAGE', command: 'MAIL FROM'",
    ],
    noMatch: ['The photo is too large to upload (max 10 MB).', '552 5.2.2 Mailbox full'],
  },
  'message-content-rejected': {
    match: [
      '550-5.7.1 [203.0.113.9] Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked.',
      '554 Message not allowed - [PH01] Email not accepted for policy reasons.',
    ],
    noMatch: [
      'Mark as spam moves the message to the Spam folder.',
      "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy",
    ],
  },
  'ip-blocklisted': {
    match: [
      '554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/198.51.100.7',
      "550 5.7.1 Unfortunately, messages from [203.0.113.4] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).",
      "Remote Server returned '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.'",
      "Diagnostic-Code: smtp; 550 DY-001 (BAY0-MC1-F3) Unfortunately, messages from\n    192.0.2.10 weren't sent. Please contact your Internet service provider.\n    You can tell them that Hotmail does not relay dynamically-assigned IP\n    ranges.",
      // A bounce's boilerplate that only guesses at more blocking does not undo the listing.
      '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using b.barracudacentral.org.\nFurther messages from your server may be blocked.',
      [
        'NOQUEUE: reject: RCPT from mail.example.com[192.0.2.7]: 554 5.7.1 Service unavailable; Client host [192.0.2.7] blocked using zen.spamhaus.org; Error: open resolver; https://check.spamhaus.org/returnc/pub/192.0.2.53/',
        'unknown',
      ],
    ],
    noMatch: [
      'Outbound mail (SMTP port 25) is not blocked. IP address is not blacklisted by zen.spamhaus.org.',
      'Add the sender to the blocklist in Settings.',
    ],
  },
  'reverse-dns-missing': {
    match: [
      '550-5.7.25 [203.0.113.9] The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP.',
      '450 4.7.1 Client host rejected: cannot find your reverse hostname, [203.0.113.9]',
    ],
    noMatch: [
      'Set the PTR record in your DNS panel.',
      '550 5.7.26 This mail has been blocked because the sender is unauthenticated.',
    ],
  },
  'domain-authentication-failed': {
    match: [
      '550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.',
      '550 5.7.509 Access denied, sending domain [example.com] does not pass DMARC verification and has a DMARC policy of reject.',
    ],
    noMatch: [
      'Authentication-Results: mx.google.com; dkim=pass; spf=pass; dmarc=pass (p=NONE) — delivered',
      'Authentication-Results: mx.google.com; dkim=pass header.i=@example.org; spf=pass (google.com: domain of a@example.org designates 198.51.100.7 as permitted sender); dmarc=pass (p=NONE) header.from=example.org',
      'ARC-Authentication-Results: i=1; mx.example.net 1; spf=pass smtp.mailfrom=example.org; dmarc=pass action=none header.from=example.org; dkim=pass header.d=example.org',
      'Read our guide to DMARC.',
    ],
  },
  greylisted: {
    match: [
      '450 4.2.0 <user@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html',
      '421 Resources temporarily unavailable. Please try again later.',
      '451 Internal resource temporarily unavailable - https://community.mimecast.com/docs/DOC-1369',
    ],
    noMatch: ['The grey list of colours is attached.', '550 5.1.1 User unknown'],
  },
  'try-again-later': {
    match: [
      ['421-4.7.0 Try again later, closing connection. (EHLO) - gsmtp', 'rate-limit'],
      '451 4.7.1 Please try again later',
    ],
    noMatch: [
      'The shop is closed, please try again later.',
      '450 4.2.0 Greylisted, please try again later',
      // A 5xx is permanent: greylisting never answers with one.
      '550 5.1.1 Requested action not taken: mailbox unavailable. Please try again later',
    ],
  },
  'temporary-server-problem': {
    match: [
      '451 4.3.0 Temporary local problem - please try later',
      'SMTP Error (451): Failed to add recipient "a@example.org" (Temporary local problem - please try later).',
    ],
    noMatch: ['We had a temporary local problem with the heating.', '452 4.2.2 Mailbox full'],
  },
  'helo-rejected': {
    match: [
      '504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname',
      '550 5.7.506 Access Denied, Bad HELO',
    ],
    noMatch: [
      'Hello! Welcome aboard.',
      '550 5.7.25 The IP address sending this message does not have a PTR record',
    ],
  },
  'postfix-client-access-denied': {
    match: [
      '554 5.7.1 <unknown[198.51.100.7]>: Client host rejected: Access denied',
      'RCPT TO:<bob@example.org> failed: 554 5.7.1 <mail.example.net[203.0.113.4]>: Client host rejected: Access denied',
    ],
    noMatch: [
      '554 5.7.1 <unknown[198.51.100.7]>: Recipient address rejected: Access denied',
      'Access denied: client host rejected by the proxy',
    ],
  },
  'postfix-reject-prefix': {
    match: [
      '550 <user@example.org>: Recipient address rejected: Access to this address is not permitted',
      ['553 <info@example.com>: Sender address rejected: Not permitted here', 'sender-rejected'],
    ],
    noMatch: [
      '450 4.2.0 <user@example.org>: Recipient address rejected: Greylisted',
      'Recipient address could not be read from the form.',
    ],
  },
  'rate-limited': {
    match: [
      '550 5.4.5 Daily user sending quota exceeded. - gsmtp',
      '454 Throttling failure: Maximum sending rate exceeded.',
      '554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message',
      '451 4.7.500 Server busy. Please try again later.',
    ],
    noMatch: ['Rate limit: 100 requests per hour (API docs)', '550 5.1.1 User unknown'],
  },
  'mail-flood-code': {
    match: [
      '421-4.7.28 [203.0.113.9] Our system has detected an unusual rate of unsolicited mail originating from your IP address.',
      'status=deferred (host alt1.aspmx.l.google.com said: 421-4.7.28 Gmail has detected an unusual rate of mail originating from your IP)',
    ],
    noMatch: ['Version 4.7.280 released.', '421-4.7.0 Try again later, closing connection.'],
  },
  'sender-account-blocked': {
    match: [
      '550 5.7.1 <webmail.example.net>: Client host rejected: Blacklisted user',
      'SMTP Error (550): user is blacklisted',
    ],
    noMatch: [
      'Blacklisted users cannot post in the forum.',
      '554 5.7.1 Client host [198.51.100.7] blocked using zen.spamhaus.org',
    ],
  },
  'rfc-mailbox-unavailable': {
    match: [
      '550 Requested action not taken: mailbox unavailable',
      ['450 Requested mail action not taken: mailbox unavailable', 'greylisted'],
    ],
    noMatch: ['Requested action not taken by the committee.', '550 5.1.1 User unknown'],
  },
};
