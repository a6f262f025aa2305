// What the generator stages: the scenarios (where smtp.example.test points, which port and TLS
// mode the client uses, the cause by construction, and the label the corpus's labelling rules
// give to what the text shows) and the clients (their command lines and version commands).

/** Fixed addresses inside the server namespace (see README.md). */
export const ADDR = {
  client: '10.77.0.1',
  server: '10.77.0.2',
  good: '10.77.0.10',
  closed: '10.77.0.20',
  silent: '10.77.0.21',
  down: '10.77.0.99', // on-link, never assigned: ARP gets no answer
  selfSigned: '10.77.0.31',
  expired: '10.77.0.32',
  wrongHost: '10.77.0.33',
  unknownCa: '10.77.0.34',
  tls10: '10.77.0.35',
  postfix: '10.77.0.40',
  postfixEncrypt: '10.77.0.41',
  postfixSmallSize: '10.77.0.42',
  dns: '10.77.0.53',
  noDns: '10.77.0.54', // assigned, nothing listens on 53
  v6Only: 'fd00:77::10', // the client has no IPv6 route at all
  block: {
    drop: '10.77.1.1',
    reset: '10.77.1.2',
    icmpPort: '10.77.1.3',
    icmpNet: '10.77.1.4',
    icmpAdmin: '10.77.1.5',
  },
};

export const HOST = 'smtp.example.test';

/** The TLS mode a client uses on each port when the scenario does not choose one. */
const MODE_BY_PORT = { 25: 'plain', 465: 'implicit', 587: 'starttls' };
const USER = { user: 'alice', pass: 'correct-horse-battery' };

function scenario(id, fields) {
  const port = fields.port;
  const mode = fields.mode ?? MODE_BY_PORT[port];
  const auth = fields.auth ?? (mode === 'plain' ? {} : USER);
  return {
    id,
    port,
    mode,
    ...auth,
    from: 'sender@example.test',
    to: fields.to ?? 'root@example.test',
    bodyBytes: fields.bodyBytes ?? 200,
    hosts: fields.ip ? `${fields.ip} ${HOST}\n` : '',
    resolver: fields.resolver ?? ADDR.dns,
    cause: fields.cause,
    expected: fields.expected ?? fields.cause,
    connection: fields.connection ?? false,
    note: fields.note,
  };
}

const BLOCKS = [
  ['drop', 'DROP: the SYN is discarded, the client times out'],
  ['reset', 'the SYN is answered with a TCP reset (connection refused)'],
  ['icmpPort', 'ICMP port unreachable'],
  ['icmpNet', 'ICMP network unreachable (Linux: "Network is unreachable")'],
  ['icmpAdmin', 'ICMP administratively prohibited (Linux: "No route to host")'],
];
const BLOCK_EXPECTED = {
  // The label follows what the text shows (test/fixtures/corpus/README.md): timeouts and
  // network-unreachable and "no route to host" (a firewall's ICMP reject) on a mail port are
  // port-blocked; a refusal is server-unreachable. The cause by construction is port-blocked.
  drop: 'port-blocked',
  reset: 'server-unreachable',
  icmpPort: 'server-unreachable',
  icmpNet: 'port-blocked',
  icmpAdmin: 'port-blocked',
};

const kebab = (s) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export const SCENARIOS = [
  ...BLOCKS.flatMap(([kind, note]) =>
    [25, 465, 587].map((port) =>
      scenario(`isp-block-${kebab(kind)}-${port}`, {
        port,
        ip: ADDR.block[kind],
        cause: 'port-blocked',
        expected: BLOCK_EXPECTED[kind],
        connection: true,
        note,
      }),
    ),
  ),
  scenario('closed-port', {
    port: 587,
    ip: ADDR.closed,
    cause: 'server-unreachable',
    connection: true,
    note: 'host up, nothing listens: TCP reset',
  }),
  scenario('host-down', {
    port: 587,
    ip: ADDR.down,
    cause: 'server-unreachable',
    // The clients print "No route to host" (EHOSTUNREACH), the same text as a firewall's ICMP
    // reject on a mail port: the label follows the text (port-blocked, server-unreachable next).
    expected: 'port-blocked',
    connection: true,
    note: 'on-link address nobody answers ARP for',
  }),
  scenario('never-greets', {
    port: 587,
    ip: ADDR.silent,
    cause: 'server-unreachable',
    // Connected, then silence: the labelling rules read it as tls-mismatch, and most clients'
    // text is the same as on starttls-on-implicit-tls-port.
    expected: 'tls-mismatch',
    connection: true,
    note: 'accepts the connection, never sends the 220 greeting',
  }),
  scenario('no-ipv6-route', {
    port: 587,
    ip: ADDR.v6Only,
    cause: 'server-unreachable',
    expected: 'port-blocked',
    connection: true,
    note: 'the name has only an IPv6 address and the client has no IPv6 route (ENETUNREACH reads as port-blocked by the labelling rules)',
  }),
  scenario('nxdomain', {
    port: 587,
    cause: 'dns-failure',
    connection: true,
    note: 'the resolver answers NXDOMAIN',
  }),
  scenario('no-resolver', {
    port: 587,
    resolver: ADDR.noDns,
    cause: 'dns-failure',
    connection: true,
    note: 'resolv.conf names a resolver where nothing listens',
  }),
  scenario('implicit-tls-on-starttls-port', {
    port: 587,
    mode: 'implicit',
    ip: ADDR.good,
    cause: 'tls-mismatch',
    note: 'the client starts TLS at once on 587, the server greets in plain text',
  }),
  scenario('starttls-on-implicit-tls-port', {
    port: 465,
    mode: 'starttls',
    ip: ADDR.good,
    cause: 'tls-mismatch',
    note: 'the client waits for a plain greeting on 465, the server waits for a TLS ClientHello',
  }),
  scenario('cert-self-signed', { port: 587, ip: ADDR.selfSigned, cause: 'tls-certificate' }),
  scenario('cert-expired', { port: 587, ip: ADDR.expired, cause: 'tls-certificate' }),
  scenario('cert-wrong-host', {
    port: 587,
    ip: ADDR.wrongHost,
    cause: 'tls-certificate',
    note: 'certificate for other.example.test from the trusted CA',
  }),
  scenario('cert-unknown-ca', {
    port: 587,
    ip: ADDR.unknownCa,
    cause: 'tls-certificate',
    note: 'certificate for smtp.example.test from a CA the client does not trust',
  }),
  scenario('tls10-only-server', {
    port: 587,
    ip: ADDR.tls10,
    cause: 'tls-protocol',
    note: 'the server offers TLS 1.0 only',
  }),
  scenario('postfix-bad-password', {
    port: 587,
    ip: ADDR.postfix,
    auth: { user: 'alice', pass: 'wrong-password' },
    cause: 'auth-failed',
    note: 'Postfix submission with Dovecot SASL',
  }),
  scenario('postfix-missing-auth', {
    port: 587,
    ip: ADDR.postfix,
    auth: {},
    cause: 'auth-required',
    note: 'submission: smtpd_client_restrictions=permit_sasl_authenticated,reject',
  }),
  scenario('postfix-starttls-required', {
    port: 587,
    mode: 'plain',
    ip: ADDR.postfixEncrypt,
    cause: 'auth-required',
    note: 'smtpd_tls_security_level=encrypt, the client does not STARTTLS',
  }),
  scenario('postfix-relay-denied', {
    port: 25,
    ip: ADDR.postfix,
    to: 'someone@elsewhere.test',
    cause: 'sender-rejected',
  }),
  scenario('postfix-unknown-recipient', {
    port: 25,
    ip: ADDR.postfix,
    to: 'no-such-user@example.test',
    cause: 'recipient-rejected',
  }),
  scenario('postfix-message-too-big', {
    port: 25,
    ip: ADDR.postfixSmallSize,
    bodyBytes: 4000,
    cause: 'message-rejected',
    note: 'message_size_limit=2048',
  }),
  scenario('postfix-greylisted', {
    port: 25,
    ip: ADDR.postfix,
    to: 'greylist@example.test',
    cause: 'greylisted',
    note: "check_recipient_access answering with postgrey's default text",
  }),
];

/**
 * The label of one output, by the corpus's labelling rules: the scenario's label, except
 * where the text shows less than the scenario knows (identical texts get one label). A run where the client did not fail is
 * not a send error (null); a bare "could not connect" that names no cause (PHPMailer without
 * debug output, curl's exit 7 without -v, Perl's "Operation already in progress") is a generic
 * connect wrapper, which the rules read as port-blocked.
 */
export function expectedFor(client, scenario, text, exitCode) {
  if (exitCode === 0 || text.trim() === '') return null;
  const bareConnectFailure =
    (client === 'phpmailer' && /^Mailer Error: SMTP connect\(\) failed\./m.test(text)) ||
    (client === 'curl' && /curl: \(7\) Failed to connect/.test(text)) ||
    (client === 'swaks' && /connect: Operation already in progress/.test(text));
  if (bareConnectFailure) return 'port-blocked';
  // swaks resolves IPv4 only: a name with only an IPv6 address reads as a name that failed.
  if (/IO::Socket::INET: Bad hostname/.test(text)) return 'dns-failure';
  // curl without -v shows only the code: a 554 at RCPT reads as relay denied.
  if (client === 'curl' && /curl: \(55\) RCPT failed: 554/.test(text)) return 'sender-rejected';
  return scenario.expected;
}
