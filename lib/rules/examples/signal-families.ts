import type { CategoryId } from '../../categories';

/**
 * Examples of the meaning families of signal-table.ts that `explain` mode reads: wordings
 * of one family that no rule or needle was written from (other clients, other versions),
 * and texts that share a word with the family but must not read as it.
 */
export interface SignalFamilyExamples {
  category: CategoryId;
  match: string[];
  /** Texts that must not read as `category` (another cause, or no send error). */
  noMatch: string[];
}

export const SIGNAL_FAMILY_EXAMPLES: Readonly<Record<string, SignalFamilyExamples>> = {
  'refused-at-greeting': {
    category: 'ip-reputation',
    match: [
      'postfix/smtp[311]: 4A1B2C: host mx1.example.org[192.0.2.25] refused to talk to me: 554 5.7.1 Service unavailable',
      'SMTP error from remote mail server after initial connection: 554 You are not allowed to connect.',
      'Remote host said: 554 No SMTP service here',
    ],
    noMatch: ['The receptionist refused to talk to me about the parcel.'],
  },
  'exception-recipient-refused': {
    category: 'recipient-rejected',
    match: [
      "smtplib.SMTPRecipientsRefused: {'ann@example.org': (550, b'Mailbox unavailable')}",
      'jakarta.mail.SendFailedException: Invalid Addresses;\n  nested exception is:\n\torg.eclipse.angus.mail.smtp.SMTPAddressFailedException: 553 sorry, that domain is not in my list',
    ],
    noMatch: ["smtplib.SMTPSenderRefused: (553, b'5.7.1 Sender address rejected', 'ann@example.org')"],
  },
  'exception-sender-refused': {
    category: 'sender-rejected',
    match: [
      "smtplib.SMTPSenderRefused: (553, b'5.7.1 not permitted here', 'ann@example.org')",
      'com.sun.mail.smtp.SMTPSenderFailedException: 553 5.7.1 not permitted here',
    ],
    noMatch: ["smtplib.SMTPRecipientsRefused: {'ann@example.org': (550, b'No such mailbox')}"],
  },
  'no-session-open': {
    category: 'unknown',
    match: [
      'smtplib.SMTPServerDisconnected: please run connect() first',
      'SMTP ERROR: Called MAIL FROM without being connected',
    ],
    noMatch: ['smtplib.SMTPServerDisconnected: Connection unexpectedly closed: timed out'],
  },
  'certificate-alerts': {
    category: 'tls-certificate',
    match: [
      'SSL_connect: error:0A000418:SSL routines::tlsv1 alert unknown ca (smtp.example.net:465)',
      'postfix/smtp: SSL_connect error to mx.example.net[192.0.2.5]:25: sslv3 alert certificate revoked',
      'System.Security.Authentication.AuthenticationException: The remote certificate is invalid: The revocation function was unable to check revocation because the revocation server was offline. (smtp.example.net:587)',
    ],
    noMatch: ['sslv3 alert handshake failure while sending mail via smtp.example.net:587'],
  },
  'handshake-failed': {
    category: 'tls-protocol',
    match: [
      'lettre: network error: Handshake failed: received fatal alert: HandshakeFailure (smtp.example.net:465)',
      '454 4.7.0 TLS not available due to local problem',
    ],
    noMatch: ['The handshake failed: he would not shake my hand at the meeting.'],
  },
  'spam-verdict': {
    category: 'message-rejected',
    match: [
      '550 5.7.1 Message rejected: identified as spam by the content filter',
      'The response from the remote server was: 554 Your message looks like spam',
    ],
    noMatch: ['Please check your spam folder for the confirmation mail.'],
  },
  'size-reply': {
    category: 'message-rejected',
    match: [
      'SMTP error 552: maximum message size exceeded',
      '552 5.3.4 Message size exceeds fixed maximum message size',
    ],
    noMatch: ['The upload failed: maximum message size of the chat is 4 KB.'],
  },
  'local-delivery-quota': {
    category: 'mailbox-full',
    match: [
      'maildrop: Quota exceeded while writing to /home/ann/Maildir/new',
      'procmail: Quota exceeded while writing "/var/mail/ann"',
    ],
    noMatch: ['Disk quota exceeded while writing /home/ann/build/output.o'],
  },
  'greylisting-is-temporary': {
    category: 'greylisted',
    match: [
      '451 4.7.1 Please try again later',
      '451 Internal resource temporarily unavailable - https://community.mimecast.com/docs/DOC-1369',
    ],
    noMatch: ['550 5.1.1 Requested action not taken: mailbox unavailable. Please try again later'],
  },
  'basic-auth-policy': {
    category: 'auth-disabled',
    match: ['535 5.7.8 Basic authentication is not allowed for this account, use OAuth'],
    noMatch: ['535 5.7.8 Username and Password not accepted'],
  },
  'sending-quota-exception': {
    category: 'rate-limit',
    match: [
      '554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message',
    ],
    noMatch: ['452 4.2.2 Mailbox full: quota exceeded'],
  },
  'silent-after-open': {
    category: 'tls-mismatch',
    match: [
      'gomail: could not send email 1: read tcp 10.0.0.2:41122->203.0.113.5:587: i/o timeout',
      '* Connected to smtp.example.net (203.0.113.5) port 587 (#0)\ncurl: (28) Operation timed out after 30000 milliseconds with 0 bytes received',
    ],
    noMatch: [
      'curl: (28) Failed to connect to smtp.example.net port 587 after 30000 ms: Timeout was reached',
    ],
  },
  'resolver-step': {
    category: 'dns-failure',
    match: [
      'dial tcp: lookup smtp.example.net on 192.0.2.53:53: read udp 192.0.2.9:40000->192.0.2.53:53: read: connection refused',
      "*** Error connecting to smtp.example.net:587:\n*** \tIO::Socket::INET: Bad hostname 'smtp.example.net'",
      'Could not find the host "smtp.example.net"\nCould not send the message.',
    ],
    noMatch: ['dial tcp 192.0.2.5:587: connect: connection refused'],
  },
  'server-reported-network-status': {
    category: 'unknown',
    match: [
      'MailKit.Net.Smtp.SmtpCommandException: 4.4.2 mx.example.net Error: timeout exceeded\n   at MailKit.Net.Smtp.SmtpClient.DataAsync()',
    ],
    noMatch: ['MailKit.Net.Smtp.SmtpCommandException: 5.4.5 Daily user sending quota exceeded'],
  },
  'relay-needs-login': {
    category: 'auth-required',
    match: [
      'RCPT TO failed: 554 5.7.1 <unknown[198.51.100.7]>: Client host rejected: Access denied',
      '503 5.5.4 Error: send AUTH command first',
    ],
    noMatch: ['554 5.7.1 <bob@example.org>: Relay access denied'],
  },
  'another-protocol-named': {
    // The whole text is about IMAP/POP: a precise-looking mail phrase inside it is that login's.
    category: 'auth-failed',
    match: [],
    noMatch: [
      'Thunderbird: IMAP login to imap.example.org failed: Application-specific password required',
      'POP3 fetch: Login failed: Invalid credentials (pop.example.org)',
    ],
  },
  'http-api-client': {
    // PHP's curl extension (Guzzle "cURL error N:") speaks HTTP to an API, not SMTP.
    category: 'port-blocked',
    match: [],
    noMatch: [
      'Could not reach the newsletter service: cURL error 28: Operation timed out after 30000 milliseconds',
    ],
  },
  'cut-during-tls': {
    // The text names the TLS negotiation as the stage: the handshake broke, not the network.
    category: 'tls-protocol',
    match: ['Sending mail failed: starttls failed: read: connection reset by peer (mail.example.net:587)'],
    noMatch: ['Sending mail failed: read: connection reset by peer (mail.example.net:587)'],
  },
  'connect-failed-via-tls': {
    category: 'tls-mismatch',
    match: ['WARN notifier: unable to connect to smtp.example.net:587 via TLS, giving up'],
    noMatch: ['WARN notifier: unable to connect to smtp.example.net:587, giving up'],
  },
  'opened-then-closed': {
    // The connect succeeded (the transcript says so), then the server never spoke: on 465 a
    // plain client waits for a greeting behind implicit TLS.
    category: 'tls-mismatch',
    match: [
      '=== Trying smtp.example.net:465...\n=== Connected to smtp.example.net.\n*** Remote host closed connection unexpectedly.\nCould not connect to the mail server.',
    ],
    noMatch: [],
  },
  'stream-ended': {
    category: 'tls-mismatch',
    match: ['level=error msg="could not send the password reset email" err=EOF'],
    noMatch: ['Parse error: unexpected EOF in template header.html line 12'],
  },
  'app-retry-advice': {
    // "Try again later" from an application, with no server deferral code: no greylisting.
    category: 'greylisted',
    match: ['451 4.7.1 Service busy, try again later'],
    noMatch: ['The email could not be sent. Please try again later.'],
  },
  'send-failure-word-order': {
    category: 'unknown',
    match: [
      '[contact-form] Mail failed for ann@example.org (subject: Quote request)',
      'Newsletter job: 12 emails not sent',
    ],
    noMatch: ['Newsletter job: 12 emails sent'],
  },
  'client-side-port': {
    // Dart's SocketException prints the client's own (ephemeral) port after a failed connect.
    category: 'port-blocked',
    match: [
      'SocketException: OS Error: No route to host, errno = 113, address = smtp.example.net, port = 51842',
    ],
    noMatch: [],
  },
  'source-file-line': {
    // "notify.go:88" is a file and line, not host and port.
    category: 'port-blocked',
    match: ['ERROR [notify.go:88] send mail: dial tcp: no route to host'],
    noMatch: [],
  },
  'words-apart': {
    // A family's words with other words between them, on one line.
    category: 'port-blocked',
    match: [
      'Error: connect to mail.example.com:587 failed',
      'notifier: connection to smtp.example.org timed out',
    ],
    noMatch: [
      'Error: connect to mail.example.com:587 failed\nSMTP Error (550): Connection to server failed.',
    ],
  },
  'auth-words-apart': {
    category: 'auth-failed',
    match: ['Sending email failed: wrong username or password'],
    noMatch: ['Please enter your username or password to continue.'],
  },
  'other-operation': {
    // The failed operation is named and it is not a send, and nothing hints at mail.
    category: 'port-blocked',
    match: [],
    noMatch: ['Sync failed: could not connect to host', 'Backup failed: connection timed out'],
  },
  'web-request-header-lines': {
    // A framework's error page: the request the user made is not the connection that failed.
    category: 'port-blocked',
    match: [
      'ConnectionRefused at /accounts/invite/\n[Errno 101] Network is unreachable\nRequest Method:\tPOST\nRequest URL:\thttp://intranet.example:8000/accounts/invite/',
    ],
    noMatch: [],
  },
  'receiving-filter-log': {
    category: 'domain-authentication',
    match: [],
    noMatch: [
      'Mar  3 10:01:12 mx1 opendmarc[812]: 4F2A1B: example.com fail\nMar  3 10:01:12 mx1 opendkim[801]: 4F2A1B: DKIM verification successful',
    ],
  },
  'code-without-cause': {
    // The enhanced code names no cause; the reply code beside it does (450: busy, retry).
    category: 'greylisted',
    match: ['mx.example.net said: 450 4.3.0 Not now'],
    noMatch: ['mx.example.net said: 554 4.3.0 Not now'],
  },
  'read-stage-timeout': {
    // A timeout while reading an open connection: the server is silent (implicit TLS on 465).
    category: 'tls-mismatch',
    match: ['mailer: SMTP timeout (30 s) while trying to read from server mail.example.net port 465'],
    noMatch: [],
  },
  'identifier-style-names': {
    // Constants as libraries name them: the words between the underscores count.
    category: 'server-unreachable',
    match: ['send_mail returned SMTP_ERROR_CONNECTION_REFUSED (smtp.example.org)'],
    noMatch: [],
  },
  'protocol-named-exception': {
    category: 'server-unreachable',
    match: [],
    noMatch: ['RedisConnectionError: Error 111 connecting to cache.internal:6380. Connection refused.'],
  },
  'other-service-port': {
    // The failed connection went to HTTPS, though a mail library is named.
    category: 'server-unreachable',
    match: [],
    noMatch: ['mailer-stats: Error: connect ECONNREFUSED 192.0.2.7:443'],
  },
  'address-unparsable': {
    category: 'unknown',
    match: ["Notification hook failed: Mail::Field could not parse address 'ann@@example.org'"],
    noMatch: [],
  },
  'help-link-aside': {
    // A help page's address is not the connection that failed.
    category: 'tls-certificate',
    match: [
      'TLS error: certificate has expired\nFor more information see https://help.example.org/tls-errors',
    ],
    noMatch: [],
  },
  'certificate-words-apart': {
    category: 'tls-certificate',
    match: ['Warning: the server certificate is not trusted.\nCould not send the message.'],
    noMatch: [],
  },
  'command-with-bare-code': {
    // An SMTP command's failure with only its code: the code decides.
    category: 'message-rejected',
    match: ['relay: DATA failed: 552'],
    noMatch: ['relay: DATA failed: 450'],
  },
  'session-read-error': {
    // The session was open and the read failed: the server never answered this client.
    category: 'tls-mismatch',
    match: ['mailer: SMTP session failed: read error\nCould not send the message.'],
    noMatch: [],
  },
  'reply-in-a-tuple': {
    // Python's smtplib hands the reply over as a tuple, (code, b'text'); PHP and JS wrappers
    // as "code: text".
    category: 'sender-rejected',
    match: ["send_report: (553, b'From address must match the signed-in account', 'backup@nas.local')"],
    noMatch: ["requests.exceptions.HTTPError: (503, b'Service Unavailable')", '500: Internal Server Error'],
  },
  'reply-after-a-colon': {
    category: 'message-rejected',
    match: ['554: Message refused: spam or virus found in the attachment'],
    noMatch: ['404: Not Found'],
  },
  'reply-after-the-servers-answer': {
    // Apps quote the reply after the answer's verb ("The server responded: 503 …").
    category: 'rate-limit',
    match: ['Queue run stopped. The server replied: 421 too many sessions from your address'],
    noMatch: ['The server responded: 503 Service Unavailable'],
  },
  'reply-opening-a-bracketed-reason': {
    // cPanel's Exim quotes its reason in brackets after the code: "421 - […]".
    category: 'reverse-dns',
    match: ['421 - [Reverse DNS missing for your address]'],
    noMatch: ['See page 421 - [Reverse DNS missing for your address] of the manual'],
  },
  'qmail-control-files': {
    // qmail names the control file that refused: databytes (size), badmailfrom (sender).
    category: 'message-rejected',
    match: ['sorry, the attachment pushed this past my databytes limit'],
    noMatch: ['Set databytes in the control directory to change the limit'],
  },
  'sender-on-a-refusal-list': {
    category: 'sender-rejected',
    match: ['Bounced: the envelope sender newsletter@example.com is in my badmailfrom file'],
    noMatch: [],
  },
  'wrapper-names-the-command': {
    // Nodemailer's "Mail command failed: …" / "Data command failed: …" say the reply was to a send.
    category: 'sender-rejected',
    match: ['Mail command failed: 501 sender must match the logged-in account'],
    noMatch: ['Shell command failed: 501 lines processed, sender must match'],
  },
  'no-banner': {
    // Connected, and the server's first line never came: on 465 the client missed implicit TLS.
    category: 'tls-mismatch',
    match: ['ERROR: did not receive the SMTP banner from mail.example.org port 465 within 30 s'],
    noMatch: ['Banner received from mail.example.org: 220 mail.example.org ESMTP ready'],
  },
  'refused-by-the-service': {
    category: 'server-unreachable',
    match: ['Send Email node: the service at 10.0.0.9:587 refused the connection'],
    noMatch: [],
  },
  'mailbox-named-full': {
    // Words that name a full mailbox are about mail without any other hint.
    category: 'mailbox-full',
    match: [
      'Rejected: mailbox is full, ask anna another way',
      'Returned: the mailbox is over quota at the moment',
    ],
    noMatch: ['Disk quota exceeded while writing /var/log/app.log'],
  },
  'greeting-refusal-with-reason': {
    // A refusal at the greeting that names its reason: the reason decides.
    category: 'reverse-dns',
    match: [
      '554-mx3.example.net (relay7) ESMTP Service not available\n554-No SMTP service\n554 PTR resource record missing for 192.0.2.9',
    ],
    noMatch: [],
  },
  'tls-version-retired': {
    // A server that no longer accepts old TLS versions, in its own reply.
    category: 'tls-protocol',
    match: ['454 4.7.0 TLS 1.0 is not supported by this server, please support TLS 1.2 or later'],
    noMatch: ['The app does not support TLS 1.0 on Windows 7'],
  },
  'postfix-name-service-error': {
    // Postfix's queue listing: the name lookup for the next hop failed.
    category: 'dns-failure',
    match: [
      'A1B2C3D4E5 2048 Tue May 6 10:00:00 ann@example.org (Host or domain name not found. Name service error for name=example.invalid type=MX) bob@example.invalid',
    ],
    noMatch: ['NIS: name service error, failed to look up group'],
  },
  'recipient-limit': {
    // A per-message or per-hour recipient limit (RFC 5321's 452 "Too many recipients").
    category: 'rate-limit',
    match: [
      'Mailer: 452 Too many recipients received this hour',
      'SMTP error: daily send limit of 500 messages reached',
    ],
    noMatch: ['Too many recipients in the guest list for the venue'],
  },
  'bounce-recipient-line': {
    // A delivery report's line for one recipient is mail context by its shape.
    category: 'mailbox-full',
    match: ['<ann@example.org>: this account is over quota, try later'],
    noMatch: ['Disk quota: user ann is over quota', 'ann: this account is over quota, try later'],
  },
  'mail-rate-named': {
    // A sender's mail quota or rate, named: about mail without any other hint, and more
    // specific than the mailbox's "quota exceeded".
    category: 'rate-limit',
    match: ['Notice: sending quota exceeded for today, retry tomorrow', 'Message submission rate exceeded'],
    noMatch: ['API quota exceeded for project 1234', 'Disk quota exceeded'],
  },
  'plain-greeting-read-as-tls': {
    // An implicit-TLS client (Erlang's ssl here) reads the server's plain "220" as a TLS record.
    category: 'tls-mismatch',
    match: ['gen_smtp_client to mail.example.org port 587: {error, {unsupported_record_type, 50}}'],
    noMatch: [],
  },
  'lookup-failed-in-rust': {
    category: 'dns-failure',
    match: ['mail: Connection error: failed to lookup address information: Try again'],
    noMatch: [],
  },
  'openssl-packed-code': {
    // OpenSSL 1.x prints a packed code with its text, and some logs keep only the code.
    category: 'tls-protocol',
    match: ['submission/smtpd: SSL_accept error from client: error:14094410'],
    noMatch: [],
  },
  'words-mail-shares': {
    // SPF is also routing's Shortest Path First, DMARC and DKIM records are DNS work, and
    // "sender"/"not owned by user" are any app's words: none is a send error without a mail hint.
    category: 'domain-authentication',
    match: [],
    noMatch: [
      'Publish a DMARC record: v=DMARC1; p=none; rua=mailto:dmarc@example.org',
      'SPF record for example.org: v=spf1 include:_spf.example.net -all',
      'Dec 8 10:00:01 core1 rpd[1234]: error: SPF calculation failed for area 0.0.0.0, retrying',
      '%CLNS-5-ADJCHANGE: ISIS: SPF run failed on level-2',
      'Error: creating Route53 record (_dmarc.example.com TXT): InvalidChangeBatch: record already exists',
    ],
  },
  'app-words-about-senders': {
    category: 'sender-rejected',
    match: [],
    noMatch: [
      'Error: Token not found or not owned by user',
      'Webhook error: signature sender does not match configured sender',
      'Transfer failed: sender rejected the offer',
    ],
  },
  'transport-failed-to-connect': {
    // CDO (classic ASP, VBA): the connect failed, no reason given.
    category: 'port-blocked',
    match: [
      "CDO.Message.1 error '80040213' The transport failed to connect to the server. /mail/send.asp, line 27",
    ],
    noMatch: ['Error 80040213 in the spooler queue'],
  },
  'reply-inside-a-result-tuple': {
    category: 'domain-authentication',
    match: ["spf_check(): ('fail', 550, 'SPF check failed for example.org')"],
    noMatch: ["send_result: ('ok', 250, 'queued as 4Wy9rQ')"],
  },
};
