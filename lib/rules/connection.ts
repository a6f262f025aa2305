import { TIER, type Rule } from './rule';
import { MAIL_PORTS } from './signal-table';
import {
  alt,
  connectRefused,
  connectTimeout,
  DEFAULT_ASSUMED_PORTS,
  genericConnect,
  greetingNeverReceived,
  readTimeout,
  silentAfterConnect,
} from './refine';

/**
 * Connection-level failures: timeouts, refusals, unreachable networks, local
 * blocks, and the catch-all "could not connect" wrappers of the clients.
 * Sources: PHPMailer src/PHPMailer.php lang table and src/SMTP.php (connect()),
 * Node.js errno names (libuv), Nodemailer lib/smtp-connection, Python smtplib,
 * Ruby net/smtp + timeout, Java Mail SMTPTransport, .NET SmtpClient, curl
 * libcurl-errors, Winsock error codes (WSAETIMEDOUT 10060, WSAECONNREFUSED 10061).
 */
export const connectionRules: Rule[] = [
  {
    id: 'phpmailer-connect-failed',
    category: 'port-blocked',
    pattern: /SMTP connect\(\) failed/i,
    confidence: 0.45,
    tier: TIER.wrapper,
    context: 'self',
    refine: genericConnect,
  },
  {
    id: 'could-not-connect-smtp-host',
    category: 'port-blocked',
    // PHPMailer "SMTP Error: Could not connect to SMTP host.", WP Mail SMTP
    // "Could not connect to the SMTP host.", Java Mail "Could not connect to SMTP host: x, port: 25".
    pattern: /Could not connect to (?:the )?SMTP (?:host|server)/i,
    confidence: 0.45,
    tier: TIER.wrapper,
    context: 'self',
    refine: genericConnect,
  },
  {
    id: 'smtp-server-connect-failed',
    category: 'port-blocked',
    // Roundcube "SMTP Error (-1): Connection to server failed.", Nextcloud Mail
    // "Error connecting to SMTP server", SOGo "(smtp) error when connecting",
    // msmtp "cannot connect to", generic "Failed to connect to SMTP server".
    pattern:
      /SMTP Error ?\(-?\d{0,3}\): Connection to server failed|Connection to (?:the )?SMTP server failed|(?:Failed to|Unable to|Can(?:no|')t|Couldn't) connect to (?:the )?(?:SMTP|outgoing|mail) server|Error (?:while )?connecting to (?:the )?(?:SMTP|outgoing|mail) server|\(smtp\) error when connecting|SMTP send: NOT OK\(Connection failed|SMTP Error: Connection failed/i,
    confidence: 0.45,
    tier: TIER.wrapper,
    context: 'self',
    // Roundcube puts the server's reply code in the parentheses: a 4xx/5xx means the
    // server answered and refused, so the connection itself was fine.
    refine: (ctx) =>
      /\((?:4|5)\d\d\)/.test(ctx.match[0])
        ? {
            category: 'unknown',
            confidence: 0.4,
            alternatives: [alt('ip-reputation', 0.25, 'server-log'), alt('rate-limit', 0.15, 'retry-later')],
          }
        : genericConnect(ctx),
  },
  {
    id: 'client-connect-wrapper',
    category: 'port-blocked',
    // Java Mail MailConnectException, Symfony/Swift "Connection could not be established
    // with host", .NET "Unable to connect to the remote server", Apple Mail/Thunderbird wording.
    pattern:
      /Couldn't connect to host, port|MailConnectException|Connection could not be established with host|Unable to connect to the remote server|Cannot send message using the server|connection to (?:the )?Outgoing server \(SMTP\)|Outgoing server \(SMTP\) \S{1,100} (?:timed out|failed)/i,
    confidence: 0.45,
    tier: TIER.wrapper,
    context: 'mail',
    refine: genericConnect,
  },
  {
    id: 'connect-timed-out',
    category: 'port-blocked',
    // libc/PHP "Connection timed out (110)", BSD/macOS "Operation timed out", Java
    // "connect timed out", Go "i/o timeout", curl "(28) Connection timed out after", Perl
    // IO::Socket (swaks) "IO::Socket::INET6: connect: timeout".
    pattern:
      /\b(?:Connection|Operation|connect(?:ion)? attempt|connect) timed out\b|IO::Socket::(?:INET6?|IP|SSL): connect: timeout\b|\bconnect: connection timed out|\bConnection timeout\b|\btimed ?out while connecting\b|\bFailed to connect to [\w.-]{1,253}: timed out|\bport \d{1,5} after \d{1,9} ms: (?:Connection )?Timed out/i,
    confidence: 0.6,
    tier: TIER.specific,
    context: 'mail',
    refine: connectTimeout,
  },
  {
    id: 'etimedout',
    category: 'port-blocked',
    // Node's connect error names the address ("connect ETIMEDOUT 1.2.3.4:587"); the
    // errno alone reads the same for any protocol, so only foreign context vetoes it.
    pattern: /\bconnect ETIMEDOUT\b|\bETIMEDOUT\b|\bWSAETIMEDOUT\b/,
    confidence: 0.6,
    tier: TIER.specific,
    context: 'error-shaped',
    refine: connectTimeout,
  },
  {
    id: 'go-io-timeout',
    category: 'port-blocked',
    // Go's net package: "dial tcp 1.2.3.4:25: i/o timeout".
    pattern: /\bi\/o timeout\b/,
    confidence: 0.55,
    tier: TIER.specific,
    context: 'error-shaped',
    refine: connectTimeout,
  },
  {
    id: 'nodemailer-connection-timeout',
    category: 'port-blocked',
    // Nodemailer's own connect timeout: Error "Connection timeout", code ETIMEDOUT.
    pattern: /Error: Connection timeout\]? ?\n? {0,4}code: '?ETIMEDOUT/,
    confidence: 0.6,
    tier: TIER.specific + 2,
    context: 'self',
    refine: connectTimeout,
  },
  {
    id: 'winsock-connect-timeout',
    category: 'port-blocked',
    // WSAETIMEDOUT text (10060).
    pattern:
      /connected party did not properly respond after a period of time|\(10060\)|\[Errno 10060\]|(?:WinError|[Ee]rror(?: code)?|[Ss]ocket [Ee]rror(?: code)?):? 10060\b|\bWSAETIMEDOUT\b/,
    confidence: 0.6,
    tier: TIER.specific,
    context: 'not-foreign',
    refine: connectTimeout,
  },
  {
    id: 'python-connection-unexpectedly-closed',
    category: 'port-blocked',
    // smtplib SMTPServerDisconnected: "Connection unexpectedly closed" (+ ": timed out"
    // when the socket timed out waiting for the greeting).
    pattern: /Connection unexpectedly closed(?:: timed out)?/,
    confidence: 0.4,
    tier: TIER.specific,
    context: 'self',
    refine: (ctx) => {
      // On 465 a plain smtplib.SMTP waits for a greeting that never comes.
      // Also when the traceback shows it failed reading the greeting (connect -> getreply).
      const atGreeting = /in connect\b/.test(ctx.text) && /getreply/.test(ctx.text);
      if (ctx.extracted.port === 465 || atGreeting || /SMTP_SSL|port=465|, 465\)/.test(ctx.text)) {
        return {
          category: 'tls-mismatch',
          confidence: 0.65,
          alternatives: [alt('port-blocked', 0.2, 'probe-ports')],
        };
      }
      if (ctx.match[0].endsWith('timed out')) return readTimeout(ctx);
      // The server hung up before or during the greeting: the text does not say why.
      return {
        category: 'unknown',
        confidence: 0.35,
        alternatives: [
          alt('port-blocked', 0.3, 'probe-ports'),
          alt('tls-mismatch', 0.3, 'tls-mode'),
          alt('ip-reputation', 0.1, 'ip-blocklist'),
        ],
      };
    },
  },
  {
    id: 'socket-read-timeout',
    category: 'port-blocked',
    // Python socket.timeout / TimeoutError, Ruby Net::OpenTimeout / Net::ReadTimeout,
    // Java SocketTimeoutException "Read timed out", .NET "The operation has timed out".
    pattern:
      /socket\.timeout|TimeoutError|Net::OpenTimeout|Net::ReadTimeout|SocketTimeoutException|Read timed out|The operation has timed out|The operation timed out/,
    confidence: 0.5,
    tier: TIER.specific,
    context: 'mail',
    refine: (ctx) => {
      // Ruby: the TCP connection opened but the TLS handshake never finished.
      if (/ssl_socket_connect|SSLSocket#connect/.test(ctx.text)) {
        return {
          category: 'tls-mismatch',
          confidence: 0.6,
          alternatives: [alt('port-blocked', 0.3, 'probe-ports')],
        };
      }
      if (/OpenTimeout|connect/i.test(ctx.match[0])) return connectTimeout(ctx);
      // Ruby raises Net::ReadTimeout only on a socket that opened (Net::OpenTimeout is the connect's).
      return readTimeout(ctx, ctx.match[0] === 'Net::ReadTimeout');
    },
  },
  {
    id: 'ruby-execution-expired',
    category: 'port-blocked',
    // Ruby's Timeout::Error message; ActionMailer logs "Timeout::Error (execution expired)".
    pattern: /Timeout::Error \(execution expired\)|\bexecution expired\b/,
    confidence: 0.45,
    tier: TIER.specific,
    context: 'error-shaped',
    refine: (ctx) => ({ ...connectTimeout(ctx), confidence: 0.45 }),
  },
  {
    id: 'greeting-never-received',
    category: 'tls-mismatch',
    // Nodemailer: the TCP connection opened, but no 220 greeting arrived.
    // Also the same event in other clients' words: "Failed to receive the SMTP banner".
    pattern:
      /Greeting never received|\b(?:failed to receive|did not receive|never received) the SMTP banner\b/i,
    confidence: 0.6,
    // Outranks the ETIMEDOUT code Nodemailer attaches to it.
    tier: TIER.specific + 5,
    context: 'self',
    refine: greetingNeverReceived,
  },
  {
    id: 'invalid-greeting',
    category: 'server-unreachable',
    // Nodemailer: the server's first line was not a 220 but a refusal ("451 … SMTP server is
    // not available", "554 No SMTP service here"). A reason inside (a blocklist, a rate
    // limit) outranks this wrapper; the bare code says only that the server is not serving.
    pattern: /Invalid greeting from server/,
    confidence: 0.55,
    tier: TIER.wrapper,
    context: 'self',
    alternatives: [alt('ip-reputation', 0.2, 'ip-blocklist'), alt('rate-limit', 0.15, 'retry-later')],
  },
  {
    id: 'connection-refused',
    category: 'server-unreachable',
    pattern: /\bConnection refused\b|\bconnection was refused\b/i,
    confidence: 0.55,
    tier: TIER.specific,
    context: 'mail',
    refine: connectRefused,
  },
  {
    id: 'econnrefused',
    category: 'server-unreachable',
    // Node's "connect ECONNREFUSED 1.2.3.4:587" and Winsock's WSAECONNREFUSED (10061).
    pattern:
      /\bECONNREFUSED\b|\bactively refused it\b|\bWSAECONNREFUSED\b|\(10061\)|(?:WinError|[Ee]rror(?: code)?|[Ss]ocket [Ee]rror(?: code)?):? 10061\b/,
    confidence: 0.55,
    tier: TIER.specific,
    context: 'error-shaped',
    refine: connectRefused,
  },
  {
    id: 'connect-permission-denied',
    category: 'port-blocked',
    // connect() returning EACCES: a local policy (SELinux httpd_can_network_connect,
    // a host firewall) forbids the process to open the connection.
    pattern:
      /Permission denied \(13\)|connect: permission denied|\bconnect EACCES\b|\(Permission denied\)|An attempt was made to access a socket in a way forbidden by its access permissions|\(10013\)/i,
    confidence: 0.7,
    tier: TIER.specific,
    context: 'mail',
    refine: () => ({
      category: 'port-blocked',
      confidence: 0.7,
      checks: ['local-firewall', 'probe-ports'],
      alternatives: [alt('server-unreachable', 0.1, 'probe-ports')],
    }),
  },
  {
    id: 'network-unreachable',
    category: 'port-blocked',
    // The route exists for everything but mail: the host or a firewall drops SMTP.
    pattern: /Network is unreachable|\bENETUNREACH\b|\(101\)|\b10051\b/,
    confidence: 0.55,
    tier: TIER.specific,
    context: 'mail',
    refine: (ctx) => ({
      category: 'port-blocked',
      confidence: ctx.extracted.port === 25 ? 0.65 : 0.55,
      assumedPorts: ctx.extracted.port === undefined ? DEFAULT_ASSUMED_PORTS : undefined,
      alternatives: [alt('server-unreachable', 0.3, 'probe-ports')],
    }),
  },
  {
    id: 'no-route-to-host',
    category: 'server-unreachable',
    // Go and Perl print the errno text in lower case ("connect: no route to host").
    pattern: /No route to host|no route to host|\bEHOSTUNREACH\b|\(113\)|\b10065\b|Host is unreachable/,
    confidence: 0.5,
    tier: TIER.specific,
    context: 'mail',
    // A firewall REJECT with icmp-host-prohibited (firewalld's default) or admin-prohibited
    // reads the same as a dead host (Linux maps both ICMP codes to EHOSTUNREACH). On a mail
    // port the block is the likelier of the two, and so when the text names no port (the
    // context is mail, so the port was a mail port); on another port, the host itself.
    refine: (ctx) =>
      ctx.extracted.port === undefined || MAIL_PORTS.has(ctx.extracted.port)
        ? {
            category: 'port-blocked',
            confidence: 0.5,
            alternatives: [alt('server-unreachable', 0.4, 'server-status')],
          }
        : {
            category: 'server-unreachable',
            confidence: 0.5,
            alternatives: [alt('port-blocked', 0.35, 'probe-ports')],
          },
  },
  {
    id: 'connection-reset',
    category: 'unknown',
    pattern:
      /\bECONNRESET\b|Connection reset by peer|forcibly closed by the remote host|\b10054\b|errno: -4077/,
    confidence: 0.35,
    tier: TIER.specific,
    context: 'mail',
    alternatives: [
      alt('tls-mismatch', 0.3, 'tls-mode'),
      alt('port-blocked', 0.25, 'probe-ports'),
      alt('ip-reputation', 0.1, 'ip-blocklist'),
    ],
  },
  {
    id: 'connection-closed',
    category: 'port-blocked',
    // PHPMailer "SMTP ERROR: QUIT command failed: Connection: closed" (the session died
    // before or during the greeting), Nodemailer "Connection closed unexpectedly",
    // "Unexpected socket close".
    pattern:
      /QUIT command failed|Connection closed unexpectedly|Unexpected socket close|Connection: closed|server unexpectedly closed the connection/i,
    confidence: 0.35,
    tier: TIER.wrapper,
    context: 'mail',
    refine: (ctx) => ({
      category: 'port-blocked',
      confidence: 0.35,
      assumedPorts: ctx.extracted.port === undefined ? DEFAULT_ASSUMED_PORTS : undefined,
      alternatives: [
        alt('tls-mismatch', 0.3, 'tls-mode'),
        alt('server-unreachable', 0.2, 'server-status'),
        alt('ip-reputation', 0.1, 'ip-blocklist'),
      ],
    }),
  },
  {
    id: 'dotnet-transport-closed',
    category: 'tls-mismatch',
    // .NET SmtpClient cannot speak implicit TLS: on 465 it reads nothing and fails here.
    pattern: /Unable to read data from the transport connection|net_io_connectionclosed/,
    confidence: 0.5,
    tier: TIER.specific,
    context: 'self',
    refine: silentAfterConnect({ on465: 0.75, blockedOn465: 0.15, elsewhere: 0.45, blockedElsewhere: 0.25 }),
  },
  {
    id: 'generic-send-failure',
    category: 'unknown',
    pattern: /Failure sending mail|Sending of the message failed/i,
    confidence: 0.3,
    tier: TIER.generic + 5,
    context: 'self',
    alternatives: [
      alt('port-blocked', 0.25, 'probe-ports'),
      alt('tls-mismatch', 0.15, 'tls-mode'),
      alt('auth-failed', 0.15, 'credentials'),
    ],
  },

  {
    id: 'server-disconnected',
    category: 'unknown',
    // MailKit "The SMTP server has unexpectedly disconnected.", Go "EOF" while dialling.
    pattern: /has unexpectedly disconnected|unexpectedly disconnected|smtp dial: EOF|\bunexpected EOF\b/i,
    confidence: 0.35,
    tier: TIER.specific,
    context: 'mail',
    refine: (ctx) =>
      /EOF/.test(ctx.match[0])
        ? {
            category: 'tls-mismatch',
            confidence: 0.45,
            alternatives: [alt('port-blocked', 0.25, 'probe-ports')],
          }
        : {
            category: 'unknown',
            confidence: 0.35,
            alternatives: [alt('tls-mismatch', 0.3, 'tls-mode'), alt('port-blocked', 0.25, 'probe-ports')],
          },
  },
  {
    id: 'javamail-no-greeting',
    category: 'tls-mismatch',
    // JavaMail read no greeting ("response: -1"): on 465 a plain client meets implicit TLS.
    pattern: /Could not connect to SMTP host: [^\s,]{1,253}, port: \d{1,5}, response: -1/,
    confidence: 0.6,
    tier: TIER.specific,
    context: 'self',
    refine: silentAfterConnect({ on465: 0.7, blockedOn465: 0.2, elsewhere: 0.45, blockedElsewhere: 0.3 }),
  },
  {
    id: 'invalid-response-code',
    category: 'unknown',
    // The server answered something the client did not expect: a protocol desync.
    pattern:
      /Invalid response code received from server|Auth command already specified|already authenticated/i,
    confidence: 0.45,
    tier: TIER.decisive,
    context: 'mail',
    // With the server's code quoted, 'unexpected-reply-code' decodes it.
    refine: (ctx) =>
      /^ ?\((?:code: ?)?[45]\d\d\b/.test(ctx.text.slice(ctx.match.index + ctx.match[0].length))
        ? { reject: true }
        : undefined,
  },
  {
    id: 'lost-connection-after-starttls',
    category: 'tls-certificate',
    // Postfix logs the client dropping the session right after STARTTLS: it refused
    // the certificate (most often) or the TLS parameters.
    pattern: /lost connection after STARTTLS/,
    confidence: 0.45,
    tier: TIER.specific,
    context: 'self',
    alternatives: [alt('tls-protocol', 0.3, 'tls-certificate')],
  },
  {
    id: 'php-mail-function-failed',
    category: 'unknown',
    // PHPMailer with mail(): the local sendmail binary / MTA refused or is missing.
    pattern: /Could not instantiate mail function/i,
    confidence: 0.4,
    tier: TIER.wrapper,
    context: 'self',
    alternatives: [
      alt('server-unreachable', 0.3, 'server-status'),
      alt('sender-rejected', 0.1, 'server-log'),
    ],
  },
];
