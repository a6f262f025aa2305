import { describe, expect, it } from 'vitest';
import type { CategoryId } from '../categories';
import { explainPasted } from '../bounce/explain';
import { classify } from './engine';

/**
 * `explain` mode reads text a person handed over: no prefilter gate, weak evidence
 * counts, the answer is a best guess with alternatives. The first table holds the
 * texts of issue 10 (hosts and numbers as there), which `scan` mode does not answer.
 */
const ISSUE_10: readonly (readonly [string, readonly CategoryId[]])[] = [
  ['Port 25 outbound appears to be blocked on this network, so mail cannot be sent.', ['port-blocked']],
  [
    'curl: (28) Failed to connect to smtp.example.net port 25 after 10002 ms: Timeout was reached',
    ['port-blocked'],
  ],
  // No route to host on a mail port: a firewall REJECT with icmp-host-prohibited (firewalld's
  // default) reads the same as a dead host; the mail port tips it to port-blocked.
  ['dial tcp 198.51.100.7:587: connect: no route to host', ['port-blocked']],
  ['TimeoutError: [Errno 110] Connection timed out', ['port-blocked']],
  [
    'The connection to the outgoing server smtp.example.net was lost. Mail could not be sent.',
    ['port-blocked', 'server-unreachable', 'tls-mismatch'],
  ],
  ['Client host [198.51.100.9] blocked using bl.spamcop.net', ['ip-reputation']],
  [
    'Send test e-mail message: Cannot connect to outgoing (SMTP) server.',
    ['port-blocked', 'server-unreachable'],
  ],
];

describe('explain mode: the texts of issue 10', () => {
  it.each(ISSUE_10)('%j reads as %j', (text, allowed) => {
    const got = classify(text, { mode: 'explain' });
    expect(got.match).toBe(true);
    expect(allowed).toContain(got.category);
    expect(got.mode).toBe('explain');
    expect(got.confidence).toBeGreaterThan(0);
    expect(got.confidence).toBeLessThan(1);
    expect(got.evidence.length).toBeGreaterThan(0);
    for (const a of got.alternativeDetails) expect(a.confidence).toBeLessThan(got.confidence);
  });

  it('keeps scan mode strict: none of them is flagged as page text', () => {
    for (const [text] of ISSUE_10.slice(3, 5)) expect(classify(text).match, text).toBe(false);
  });

  it('gives the runner-up of a no-route on a mail port: the server itself may be down', () => {
    const got = classify('dial tcp 198.51.100.7:587: connect: no route to host', { mode: 'explain' });
    expect(got.alternatives).toContain('server-unreachable');
  });
});

/** One wording per platform or runtime for each connect outcome and TLS family. */
const FAMILIES: readonly (readonly [string, CategoryId])[] = [
  // Windows Sockets error codes (WSAETIMEDOUT, WSAECONNREFUSED, WSAENETUNREACH).
  [
    'System.Net.Sockets.SocketException (10060): A connection attempt failed because the connected party did not properly respond after a period of time',
    'port-blocked',
  ],
  [
    'No connection could be made because the target machine actively refused it. 127.0.0.1:25',
    'server-unreachable',
  ],
  ['socket error 10051: A socket operation was attempted to an unreachable network', 'port-blocked'],
  // macOS/BSD strerror, Ruby, Perl, Java.
  ['connect to mail.example.org port 587: Operation timed out', 'port-blocked'],
  ['Errno::ECONNREFUSED: Connection refused - connect(2) for "localhost" port 25', 'server-unreachable'],
  ['IO::Socket::INET: connect: timeout', 'port-blocked'],
  ['java.net.SocketTimeoutException: connect timed out', 'port-blocked'],
  ['java.net.NoRouteToHostException: No route to host (Host unreachable)', 'server-unreachable'],
  [
    "curl: (7) Failed to connect to smtp.example.net port 587 after 3 ms: Couldn't connect to server",
    'port-blocked',
  ],
  // DNS.
  ['curl: (6) Could not resolve host: smtp.exampel.net', 'dns-failure'],
  ['dial tcp: lookup smtp.exampel.net on 127.0.0.53:53: no such host', 'dns-failure'],
  // TLS mode, certificate and version families.
  ['gnutls_handshake() failed: An unexpected TLS packet was received. smtp.example.net:587', 'tls-mismatch'],
  ['tls: first record does not look like a TLS handshake (smtp.example.net:465)', 'tls-mismatch'],
  ['invalid peer certificate: UnknownIssuer while connecting to smtp.example.net:465', 'tls-certificate'],
  [
    'The certificate chain was issued by an authority that is not trusted. (smtp.example.net:587)',
    'tls-certificate',
  ],
  [
    'The client and server cannot communicate, because they do not possess a common algorithm. smtp.example.net:587',
    'tls-protocol',
  ],
  [
    '[SSL: TLSV1_ALERT_PROTOCOL_VERSION] tlsv1 alert protocol version, connecting to mail.example.org:465',
    'tls-protocol',
  ],
  // Pasted alone, with no mail word: a runtime's lookup or TLS failure still counts.
  ['socket.gaierror: [Errno -2] Name or service not known', 'dns-failure'],
  ['tls: first record does not look like a TLS handshake', 'tls-mismatch'],
  ['tls: server selected unsupported protocol version 301', 'tls-protocol'],
];

describe('explain mode: families, not phrases', () => {
  it.each(FAMILIES)('%j reads as %s', (text, category) => {
    const got = classify(text, { mode: 'explain' });
    expect(got.match).toBe(true);
    expect(got.category).toBe(category);
  });
});

/** Text about something else, or that reports no failure: "not a send error" in explain mode too. */
const NOT_SEND_ERRORS: readonly string[] = [
  'IMAP connection to imap.example.net:993 timed out',
  // Prose about mail, in the words of causes, reporting no failure (a review's look-alikes).
  'Email marketing 101: keep your message size small and avoid spam words in the subject.',
  'How to stop receiving too many spam emails in your inbox: set up filters in webmail.',
  'ssh: connect to host 198.51.100.4 port 22: Connection timed out',
  'Unable to connect to the database! Connection refused',
  'HTTP/1.1 504 Gateway Time-out',
  'GET https://api.example.com/v1 failed: x509: certificate signed by unknown authority',
  'dial tcp 198.51.100.4:8443: connect: connection refused',
  'Port 25 is commonly blocked by hosts; use 587 instead.',
  'Message sent successfully.',
  'Sending message...',
  'The quarterly report is attached. Lunch is at noon on Thursday.',
  // HTTP statuses and database rows in the shapes that carry SMTP replies elsewhere (a
  // Python tuple, "code: text", a result tuple).
  "(404, b'Not Found')",
  "HTTPError: (500, b'Internal Server Error')",
  '404: Page not found',
  '500: Something went wrong. Please try again.',
  'GitHub API error\n403: Resource not accessible by integration',
  "cursor.execute failed: INSERT INTO orders VALUES (12, 550, 'pending')",
  "sqlite3.IntegrityError: UNIQUE constraint failed\nparams: (7, 450, 'widget')",
  // A needle's word inside a program's identifier is not the event it names.
  'TypeError: isEconnrefused is not a function',
  'TypeError: this.handleHandshakeFailure is not a function',
  // Other devices and plain numbers; a mailbox's size that is no failure.
  'Error: Unable to communicate with the printer',
  'Error: Failed to open connection to the hypervisor',
  'Error: order 14090086 could not be processed',
  'Mailbox quota: 2 GB of 15 GB used',
  // Prose about SMTP's errors is no report of one, nor is a program's error beside a mail word.
  'An SMTP reply code has three digits; the first says whether an error is permanent.',
  'SMTP reply codes: 2xx success, 4xx temporary failure, 5xx permanent error.',
  'Postfix is a mail transfer agent. If it failed, read the logs.',
  'I configured postfix and it works, but the web UI failed to load.',
  "CI: job 'smtp-tests' failed",
  'Our SMTP integration failed code review.',
  'TypeError: isSmtpReady is not a function',
  'ReferenceError: nodemailer is not defined',
  "ImportError: cannot import name 'SMTP' from 'smtplib'",
  // Delays, deferrals, loops and quotas outside mail; retired TLS versions outside mail.
  'Your flight has been delayed.',
  'Delivery delayed: your parcel will arrive tomorrow',
  'Payment defer (30 days)',
  'Routing error: forwarding loop detected for /api/v1',
  'Shipment status=deferred (customs hold)',
  'In Postfix, status=deferred means the message will be retried.',
  'Exim spec: the defer (retry) router result',
  'Does Windows 7 support TLS 1.2?',
  'Note: TLS 1.1 and earlier are not supported by our REST API.',
  'Azure SQL: TLS 1.0 not supported, error 18456',
  'How do I increase my sending quota?',
  'WhatsApp Business: your sending quota is 1000 conversations per day',
  'Learn about SMS submission quota per account.',
  'NIS: name service error, failed to look up group',
];

/** Lines of a chat or comment export that start with an address: no mail context for scan mode. */
const ADDRESSED_LINES: readonly string[] = [
  '<ann@example.org>: Invalid user name in config.yaml does not exist',
  'Comments\n<ann@example.org>: Unable to connect to the VPN; the profile does not exist\n<bob@example.org>: same here',
  '<ann@example.org>: Authentication failed for GitHub token',
  '<ann@example.org>: Unable to authenticate with the API, quota exceeded',
];

/** A mail program's own failure that names no cause: "unknown", not "not a send error". */
const CAUSE_NOT_NAMED: readonly string[] = [
  'SMTP relay error.',
  'mail::smtp::Error { kind: Transient }',
  '/bin/sh: /usr/lib/sendmail: No such file or directory',
  'bob@example.org R=smarthost T=remote_smtp defer (-44): retry time not reached',
  'postfix/error[811]: 5C1F2: to=<bob@example.org>, relay=none, delay=9, status=deferred (delivery temporarily suspended)',
  'Your message to bob@example.org has been delayed.',
  "Task 'Office - Sending' reported error (0x8004010F)",
];

describe('explain mode: says "not a send error" only when it clearly is not one', () => {
  it.each(NOT_SEND_ERRORS)('%j is not a send error', (text) => {
    const got = classify(text, { mode: 'explain' });
    expect(got.match).toBe(false);
    expect(got.category).toBeNull();
  });

  it.each(ADDRESSED_LINES)('%j is not flagged as page text', (text) => {
    expect(classify(text).match).toBe(false);
  });

  it.each(CAUSE_NOT_NAMED)('%j is a send error of unknown cause', (text) => {
    const got = classify(text, { mode: 'explain' });
    expect(got).toMatchObject({ match: true, category: 'unknown' });
    expect(got.alternatives.length).toBeGreaterThan(0);
  });

  it('answers a bare send failure with a best guess and its alternatives', () => {
    const got = classify('Mail could not be sent.', { mode: 'explain' });
    expect(got).toMatchObject({ match: true, category: 'unknown' });
    expect(got.alternatives.length).toBeGreaterThan(0);
    expect(got.confidence).toBeLessThanOrEqual(0.35);
  });

  it('is deterministic and defaults to scan', () => {
    const text = 'dial tcp 198.51.100.7:587: connect: no route to host';
    expect(classify(text, { mode: 'explain' })).toEqual(classify(text, { mode: 'explain' }));
    expect(classify(text)).toEqual(classify(text, { mode: 'scan' }));
    expect(classify(text).mode).toBeUndefined();
  });

  it('lets a precise rule override the scorer', () => {
    const got = classify('535 5.7.8 Username and Password not accepted. Connection timed out', {
      mode: 'explain',
    });
    expect(got.category).toBe('auth-failed');
    expect(got.rule).not.toMatch(/^signals:/);
  });

  it('reads the end of a long pasted log', () => {
    const filler = 'INFO worker heartbeat ok\n'.repeat(60_000);
    const got = classify(`${filler}TimeoutError: [Errno 110] Connection timed out`, { mode: 'explain' });
    expect(got).toMatchObject({ match: true, category: 'port-blocked' });
  });
});

// The paste box, the context menu and the CLI read with the rules and then the fitted model
// (lib/rules/model/): the issue's texts and the look-alikes hold there too.
describe('explain mode as people meet it: rules, then the fitted model', () => {
  it.each(ISSUE_10)('%j reads as %j', (text, allowed) => {
    const got = explainPasted(text);
    expect(got.match).toBe(true);
    expect(allowed).toContain(got.category);
    expect(got.evidence.length).toBeGreaterThan(0);
    for (const a of got.alternativeDetails) expect(a.confidence).toBeLessThan(got.confidence);
  });

  it.each(NOT_SEND_ERRORS)('%j is not a send error', (text) => {
    expect(explainPasted(text).match).toBe(false);
  });
});

describe("explain mode: the model reads a bounce's reason, as the rules do", () => {
  it("reads a bounce's reason, not the returned message that anyone could have written", () => {
    const bounce = [
      'This is the mail system at host mx.example.net.',
      '',
      "I'm sorry to have to inform you that your message could not",
      'be delivered to one or more recipients.',
      '',
      '<ann@example.org>: host mx.example.org[192.0.2.5] said: 554 Transaction failed',
      '    (in reply to end of DATA command)',
      '',
      '--- returned message ---',
      'Subject: quarterly figures',
      '',
      ...Array.from({ length: 40 }, () => 'daily sending limit reached, too many recipients, quota exceeded'),
    ].join('\n');
    expect(explainPasted(bounce).category).not.toBe('rate-limit');
  });
});
