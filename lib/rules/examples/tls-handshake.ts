import type { FamilyExamples } from './types';

export const tlsExamples: FamilyExamples = {
  'tls-wrong-version-number': {
    match: [
      '[Error: 140632260122560:error:1408F10B:SSL routines:ssl3_get_record:wrong version number:../deps/openssl/openssl/ssl/record/ssl3_record.c:332:]',
      'ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1131) in smtplib',
      'javax.net.ssl.SSLException: Unrecognized SSL message, plaintext connection?',
      '$ openssl s_client -connect mail.example.com:587\nCONNECTED(00000003)\n140:error:1408F10B:SSL routines:ssl3_get_record:wrong version number',
    ],
    noMatch: [
      '~> openssl s_client -connect localhost:1143 -crlf\nCONNECTED(00000168)\n5856:error:1408F10B:SSL routines:ssl3_get_record:wrong version number:ssl\\record\\ssl3_record.c:252:',
      'curl: (35) error:1408F10B:SSL routines:ssl3_get_record:wrong version number (https://example.com HTTP/1.1)',
      'Wrong version number in the form field.',
    ],
  },
  'tls-socket-closed-before-handshake': {
    match: [
      "Error: Client network socket disconnected before secure TLS connection was established\n  code: 'ESOCKET', command: 'CONN'",
      'javax.net.ssl.SSLHandshakeException: Remote host terminated the handshake (smtp.example.com:587)',
    ],
    noMatch: [
      'FetchError: request to https://api.example.com failed, reason: Client network socket disconnected before secure TLS connection was established',
      'The host terminated the meeting.',
    ],
  },
  'starttls-not-offered': {
    match: [
      'smtplib.SMTPNotSupportedError: STARTTLS extension not supported by server.',
      'msmtp: the server does not support TLS via the STARTTLS command',
      'javax.mail.MessagingException: STARTTLS is required but host does not support STARTTLS',
    ],
    noMatch: [
      '530 5.7.0 Must issue a STARTTLS command first',
      'Our chat server does not support file uploads.',
    ],
  },
  'tls-certificate-name-mismatch': {
    match: [
      "Error: Hostname/IP does not match certificate's altnames: Host: mail.example.com. is not in the cert's altnames: DNS:*.hosting.example",
      "stream_socket_enable_crypto(): Peer certificate CN=`server.hosting.example' did not match expected CN=`mail.example.com'",
    ],
    noMatch: [
      "Error: Hostname/IP does not match certificate's altnames (https://api.example.com)",
      'The hostname does not match our records.',
    ],
  },
  'tls-certificate-self-signed': {
    match: [
      "{ [Error: self signed certificate] code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }",
      'Error: self-signed certificate in certificate chain (nodemailer)',
    ],
    noMatch: [
      'npm ERR! code SELF_SIGNED_CERT_IN_CHAIN npm ERR! self-signed certificate in certificate chain',
      'We issued a self-signed certificate for the lab.',
    ],
  },
  'tls-certificate-expired': {
    match: [
      "Error: certificate has expired\n  code: 'CERT_HAS_EXPIRED', command: 'CONN'",
      'msmtp: TLS certificate verification failed: the certificate has expired',
    ],
    noMatch: ['git: SSL certificate problem: certificate has expired', 'Your gift certificate has expired.'],
  },
  'tls-certificate-untrusted': {
    match: [
      'Warning: stream_socket_enable_crypto(): SSL operation failed with code 1. OpenSSL Error messages: error:14090086:SSL routines:ssl3_get_server_certificate:certificate verify failed in class.smtp.php',
      'javax.mail.MessagingException: Could not convert socket to TLS; nested exception is: javax.net.ssl.SSLHandshakeException: PKIX path building failed: unable to find valid certification path to requested target',
      'x509: certificate signed by unknown authority (smtp.example.com:587)',
    ],
    noMatch: [
      'pip: SSL: CERTIFICATE_VERIFY_FAILED certificate verify failed (https://pypi.org)',
      'The certificate of attendance is not verified yet.',
    ],
  },
  'tls-protocol-failure': {
    match: [
      'javax.mail.MessagingException: Could not connect to SMTP host: smtp.example.com, port: 587; nested exception is: javax.net.ssl.SSLHandshakeException: No appropriate protocol (protocol is disabled or cipher suites are inappropriate)',
      'Diagnostic-Code: SMTP; 403 4.7.0 TLS handshake failed.',
      [
        'smtp: error:14094412:SSL routines:ssl3_read_bytes:sslv3 alert unsupported certificate:SSL alert number 43',
        'tls-certificate',
      ],
    ],
    noMatch: ['HTTP/1.1 handshake failure in the websocket client', 'The handshake failed at the meeting.'],
  },
  'tls-generic-failure': {
    match: [
      'MailKit.Security.SslHandshakeException: An error occurred while attempting to establish an SSL or TLS connection.',
      ['Connection: opening to ssl://smtp.example.com:587\nSSL operation failed with code 1', 'tls-mismatch'],
    ],
    noMatch: [
      'MailKit.Security.SslHandshakeException: An error occurred while attempting to establish an SSL or TLS connection. POP3 server pop.example.com',
      'SSL operation failed with code 1 (https://cdn.example.com HTTP/1.1)',
    ],
  },
  'wp-mail-smtp-certificate': {
    match: [
      'Misconfigured server certificate.',
      'Email Test: Misconfigured server certificate. The SMTP host presented a certificate for another name.',
    ],
    noMatch: ['Server certificate renewed successfully.'],
  },
};
