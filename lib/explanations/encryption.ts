import type { ExplainContext } from './context';
import { hostOr, target } from './context';
import { implicitTlsSettings, startTlsSettings } from './snippets';
import type { CategoryText } from './template';

const host = (c: ExplainContext) => hostOr(c, 'smtp.example.com');
/** The STARTTLS port in play: the one in the text, else 587. */
const startTlsPort = (c: ExplainContext) => (c.port !== undefined && c.port !== 465 ? c.port : 587);

/** An openssl handshake with the server on its port, in the right TLS mode. */
const openssl = (c: ExplainContext, extra = '') => {
  const mode =
    c.port === 465 ? `-connect ${host(c)}:465` : `-starttls smtp -connect ${host(c)}:${startTlsPort(c)}`;
  return `openssl s_client ${mode} -servername ${host(c)}${extra} </dev/null`;
};

export const tlsMismatch: CategoryText = {
  title: 'The port and the encryption setting do not match',
  summary: (c) => {
    if (c.port === 465)
      return (
        'Port 465 expects encryption from the very first byte (implicit TLS), but the program started in plain ' +
        'text and waited for a greeting that never came in a form it could read.'
      );
    if (c.port !== undefined)
      return (
        `Port ${c.port} starts in plain text and switches to encryption with STARTTLS, but the program tried to ` +
        'encrypt straight away (implicit TLS), so the two sides talked past each other.'
      );
    return 'The program and the server disagree on when encryption starts: right away (implicit TLS) or after a STARTTLS command.';
  },
  why:
    'Mail submission has two ways to encrypt: implicit TLS on port 465 (RFC 8314), where the connection is ' +
    'encrypted from the start, and STARTTLS on port 587, where it starts in plain text and is then upgraded. ' +
    'Apps label them confusingly: "SSL" or "SSL/TLS" usually means implicit TLS (465), "TLS" or "STARTTLS" ' +
    'means STARTTLS (587).',
  confirm: [
    {
      text: 'Check which mode the port speaks',
      detail:
        'On 465 a certificate appears at once; on 587 the server first greets in plain text ("220 …") and ' +
        'offers STARTTLS in its EHLO reply.',
      code: (c) =>
        `openssl s_client -connect ${host(c)}:465 </dev/null\nopenssl s_client -starttls smtp -connect ${host(c)}:587 </dev/null`,
    },
  ],
  steps: [
    {
      when: (c) => c.port === 465 || c.port === undefined,
      text: 'For port 465, turn on implicit TLS (SSL/TLS)',
      code: (c) => implicitTlsSettings(host(c), c.t),
    },
    {
      when: (c) => c.port !== 465,
      text: (c) => `For port ${startTlsPort(c)}, use STARTTLS and turn implicit TLS off`,
      code: (c) => startTlsSettings(host(c), startTlsPort(c), c.t),
    },
    {
      when: (c) => c.port === 465,
      text: 'Or switch to port 587 with STARTTLS',
      detail:
        '.NET System.Net.Mail.SmtpClient only speaks STARTTLS, so it needs 587 (or a library such as MailKit for 465).',
      code: (c) => startTlsSettings(host(c), 587, c.t),
    },
  ],
};

export const tlsCertificate: CategoryText = {
  title: "The server's security certificate is not trusted",
  summary: (c) =>
    `The encrypted connection to ${target(c)} was stopped because its certificate could not be trusted: it is ` +
    'self-signed, expired, or issued for a different name than the one you connect to.',
  why:
    'Common causes: connecting to mail.yourdomain.com when the certificate names the hosting server (shared ' +
    'hosting such as cPanel shows the real name under "Connect Devices"); an expired certificate; a self-signed ' +
    'certificate on a private server; an antivirus or company proxy that intercepts encrypted mail; or an old ' +
    'system that lacks newer root certificates.',
  confirm: [
    {
      text: 'Look at the certificate the server presents',
      detail:
        'Compare the names (subject, subjectAltName) with the host you configured, and check the dates and the issuer.',
      code: (c) => `${openssl(c)} | openssl x509 -noout -subject -issuer -dates -ext subjectAltName`,
    },
  ],
  steps: [
    {
      text: 'Connect using the host name the certificate is issued for',
      detail:
        'On shared hosting that is usually the server name shown in the control panel, not mail.yourdomain.com.',
    },
    {
      text: 'If you run the server, renew or replace the certificate',
      detail: "Serve the full chain (certificate plus intermediates), for example from Let's Encrypt.",
    },
    {
      text: 'Update the operating system or runtime',
      detail: 'Old Java, PHP, OpenSSL or Windows versions lack newer root certificates.',
    },
    {
      text: 'Do not turn certificate checks off for good',
      detail:
        'Settings such as rejectUnauthorized: false or verify_peer => false hide the problem and expose your ' +
        'password to anyone in between. Use them only for a one-off test.',
    },
  ],
};

export const tlsProtocol: CategoryText = {
  title: 'The encryption handshake failed (TLS version or ciphers)',
  summary: (c) =>
    `The two sides could not agree on how to encrypt the connection to ${target(c)}: one of them only offers ` +
    'TLS versions or ciphers the other refuses.',
  why:
    'TLS 1.0 and 1.1 are deprecated (RFC 8996, and RFC 8997 for mail), so up-to-date servers and libraries turn ' +
    'them off, while old systems (old PHP or OpenSSL, old Java or .NET Framework apps, printers and scanners) may ' +
    'offer nothing newer. The reverse happens too: an old private server that only speaks old TLS, refused by an ' +
    'up-to-date client.',
  confirm: [
    {
      text: 'See which TLS versions the server accepts',
      detail:
        'A handshake with -tls1_2 or -tls1_3 that succeeds shows the server is fine and the client is too old.',
      code: (c) => openssl(c, ' -tls1_2'),
    },
  ],
  steps: [
    {
      text: 'Update the sending program, its runtime and the operating system',
      detail: '.NET Framework apps may need TLS 1.2 switched on explicitly:',
      code: 'ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12;',
    },
    {
      text: 'If you run the server, enable TLS 1.2 and 1.3 with current ciphers',
    },
    {
      text: 'For devices that cannot be updated, send through a local relay',
      detail: 'A mail server on your network accepts the old device and forwards with modern TLS.',
    },
  ],
};
