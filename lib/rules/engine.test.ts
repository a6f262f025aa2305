import { describe, expect, it } from 'vitest';
import { classify } from './engine';

describe('classify: context decides', () => {
  it('reads a connect timeout on 25 as a port block, with high confidence', () => {
    const got = classify(
      'postfix/smtp[4242]: connect to gmail-smtp-in.l.google.com[142.250.27.26]:25: Connection timed out',
    );
    expect(got).toMatchObject({ match: true, category: 'port-blocked', extracted: { port: 25 } });
    expect(got.confidence).toBeGreaterThanOrEqual(0.75);
    expect(got.assumedPorts).toBeUndefined();
  });

  it('reads the same timeout on 465 from a STARTTLS client as a TLS-mode mismatch', () => {
    const got = classify(
      "$mail->SMTPSecure = 'tls'; $mail->Port = 465;\nSMTP ERROR: Failed to connect to server: Connection timed out (110) tcp://smtp.example.com:465",
    );
    expect(got.category).toBe('tls-mismatch');
    expect(got.alternatives).toContain('port-blocked');
  });

  it('reads "wrong version number" as a TLS-mode mismatch', () => {
    expect(
      classify('Error: 0A00010B:SSL routines:ssl3_get_record:wrong version number (smtp.example.com:587)')
        .category,
    ).toBe('tls-mismatch');
  });

  it('reads ECONNREFUSED to localhost as a server that is not running', () => {
    for (const host of ['127.0.0.1', 'localhost', '::1']) {
      const got = classify(`Error: connect ECONNREFUSED ${host}:587`);
      expect(got.category, host).toBe('server-unreachable');
      expect(got.confidence, host).toBeGreaterThanOrEqual(0.8);
    }
  });

  it('reads Permission denied (13) as a local block and names the local-firewall check', () => {
    const got = classify('SMTP ERROR: Failed to connect to server: Permission denied (13)');
    expect(got.category).toBe('port-blocked');
    expect(got.checks).toContain('local-firewall');
    expect(got.extracted.errno).toBe('13');
  });

  it('says which ports it assumes when the text names none', () => {
    expect(classify('SMTP connect() failed.').assumedPorts).toEqual([25, 587]);
    expect(classify('Error: connect ETIMEDOUT 192.0.2.4:587').assumedPorts).toBeUndefined();
  });

  it('is honest about generic wrappers: a lower-confidence list of alternatives with their checks', () => {
    const got = classify('SMTP Error (): Connection to server failed.');
    expect(got.category).toBe('port-blocked');
    expect(got.alternatives).toEqual(
      expect.arrayContaining(['server-unreachable', 'dns-failure', 'tls-mismatch']),
    );
    for (const a of got.alternativeDetails) {
      expect(a.confidence).toBeLessThan(got.confidence);
      expect(a.check).toBeDefined();
    }
  });

  it('lets the decisive line of a transcript win, not a successful 250 line', () => {
    const transcript = [
      '2024-05-01 10:00:00 SERVER -> CLIENT: 220 smtp.example.com ESMTP',
      '2024-05-01 10:00:00 CLIENT -> SERVER: EHLO web01',
      '2024-05-01 10:00:00 SERVER -> CLIENT: 250-smtp.example.com',
      '2024-05-01 10:00:00 SERVER -> CLIENT: 250 AUTH LOGIN PLAIN',
      '2024-05-01 10:00:01 CLIENT -> SERVER: AUTH LOGIN',
      '2024-05-01 10:00:01 SERVER -> CLIENT: 535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6',
      '2024-05-01 10:00:01 SMTP ERROR: Password command failed: 535 5.7.8 Error: authentication failed',
      'SMTP Error: Could not authenticate.',
    ].join('\n');
    const got = classify(transcript);
    expect(got.category).toBe('auth-failed');
    expect(got.extracted).toMatchObject({ replyCode: 535, enhancedCode: '5.7.8' });
  });

  it('strips the wrappers and classifies the inner reply', () => {
    expect(
      classify("Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'").category,
    ).toBe('recipient-rejected');
    expect(
      classify(
        'The response from the remote server was:\n552 5.2.2 The email account that you tried to reach is over quota.',
      ).category,
    ).toBe('mailbox-full');
    expect(classify('cannot send message: (smtp) authentication failure').category).toBe('auth-failed');
  });

  it('classifies a bare reply by its codes', () => {
    expect(classify('550 5.1.1 <nobody@example.org>... No such user').category).toBe('recipient-rejected');
    expect(classify('550 5.7.23 SPF validation failed').category).toBe('domain-authentication');
  });

  it('extracts host and port from the usual shapes', () => {
    expect(
      classify('stream_socket_client(): unable to connect to tcp://smtp.gmail.com:587 (Connection timed out)')
        .extracted,
    ).toMatchObject({
      host: 'smtp.gmail.com',
      port: 587,
    });
    expect(classify('Could not connect to SMTP host: mail.example.org, port: 25').extracted).toMatchObject({
      host: 'mail.example.org',
      port: 25,
    });
    expect(
      classify('connect to mx.example.net[198.51.100.4]:25: Connection timed out').extracted,
    ).toMatchObject({
      host: 'mx.example.net',
      port: 25,
    });
  });
});

describe('classify: not a send error', () => {
  it.each([
    [
      'IMAP login failure',
      'IMAP Error: Login failed for user@example.com against imap.example.com (AUTHENTICATIONFAILED)',
    ],
    ['POP login failure', '-ERR [AUTH] Authentication failed. POP3 login rejected'],
    ['FTP status line', '530 Login incorrect. ftp> bye'],
    ['HTTP status line', 'HTTP/1.1 503 Service Unavailable'],
    ['firewall rule', 'iptables -A OUTPUT -p tcp --dport 25 -j REJECT'],
    [
      'successful transcript',
      '220 mx.example.com ESMTP Postfix\n250-mx.example.com\n250-STARTTLS\n250 AUTH PLAIN LOGIN\n235 2.7.0 Authentication successful\n250 2.0.0 Ok: queued as 3DA92\n221 2.0.0 Bye',
    ],
    [
      'article paragraph',
      'SMTP is the protocol mail servers use to hand messages to each other. Port 25 carries server-to-server relay, while clients submit mail on port 587 with STARTTLS or on 465 with implicit TLS.',
    ],
    ['ssh timeout', 'ssh: connect to host example.com port 22: Connection timed out'],
    ['database timeout', 'SQLSTATE[HY000] [2002] Connection timed out (MySQL at db.example.com:3306)'],
    [
      'npm timeout',
      'npm ERR! code ETIMEDOUT npm ERR! network request to https://registry.npmjs.org/react failed',
    ],
    [
      'webmail page',
      'Inbox (3) — Compose — Send — Meeting at 10:25 with the server team about the port of Rotterdam',
    ],
  ])('%s', (_name, text) => {
    expect(classify(text).match).toBe(false);
  });
});

describe('classify: another protocol or the receiving side around a mail phrase', () => {
  const texts = [
    'Mail app: adding the account failed: Could not connect to IMAP host mail.example.org:993: Error connecting to mail server.',
    'Mar  3 10:01:12 mx1 opendkim[801]: 4F2A1B: s=mx d=example.com a=rsa-sha256 DKIM verification successful\nMar  3 10:01:12 mx1 opendmarc[812]: 4F2A1B: example.com fail',
  ];
  it.each(texts)('finds no send error in either mode: %j', (text) => {
    expect(classify(text).match).toBe(false);
    expect(classify(text, { mode: 'explain' }).match).toBe(false);
  });

  it('still reads the phrase when SMTP is named beside the other protocol', () => {
    const got = classify(
      'IMAP works, but SMTP does not: Error connecting to mail server smtp.example.org:587.',
    );
    expect(got).toMatchObject({ match: true, category: 'port-blocked' });
  });
});
