import type { CategoryId } from '../categories';

/**
 * The signals `explain` mode reads: what a wording means, not the wording itself.
 * Each entry is a family of literal needles (lower case, matched with indexOf on the
 * lower-cased text, word-bounded where the needle starts or ends with a letter or
 * digit), the causes it points to with their weights, and where the wordings come from.
 * No regular expressions: the table grows without any risk of super-linear matching.
 * A needle "a … b" is a pair: `a`, then `b` later on the same line within a few words
 * ("connect to mail.example.com:587 failed"), so a family reads its meaning whatever
 * stands between the words.
 *
 * `standalone` signals count without any hint that the text is about mail (a connect,
 * name lookup or TLS outcome of any runtime: the person who pasted it asked about mail),
 * unless the text names a port that is not a mail port; the others count only beside such
 * a hint. `reports` signals say by themselves that something failed.
 */
export type SignalFamily =
  | 'connect'
  | 'dns'
  | 'tls-mode'
  | 'certificate'
  | 'tls-version'
  | 'auth'
  | 'policy'
  | 'send'
  | 'stage'
  | 'foreign';

export interface SignalDef {
  id: string;
  family: SignalFamily;
  needles: readonly string[];
  weights: Partial<Readonly<Record<CategoryId, number>>>;
  standalone?: boolean;
  reports?: boolean;
}

const w = (weights: Partial<Record<CategoryId, number>>) => weights;

/**
 * Connect outcomes, per outcome, across platforms and runtimes.
 * Linux: errno(3) and glibc strerror (ETIMEDOUT 110, ECONNREFUSED 111, ECONNRESET 104,
 * ENETUNREACH 101, EHOSTUNREACH 113, EHOSTDOWN 112, EACCES 13, EPERM 1 — the errno
 * netfilter's OUTPUT REJECT/DROP gives a local process). macOS/BSD: intro(2)
 * (ETIMEDOUT 60 "Operation timed out", ECONNREFUSED 61, ECONNRESET 54, ENETUNREACH 51,
 * EHOSTDOWN 64, EHOSTUNREACH 65). Windows: "Windows Sockets Error Codes"
 * (learn.microsoft.com, winsock/windows-sockets-error-codes-2): WSAEACCES 10013,
 * WSAENETUNREACH 10051, WSAECONNABORTED 10053, WSAECONNRESET 10054, WSAETIMEDOUT 10060,
 * WSAECONNREFUSED 10061, WSAEHOSTDOWN 10064, WSAEHOSTUNREACH 10065, with their messages.
 * Runtimes: Node.js errors doc (system errors `connect ETIMEDOUT host:port`); Python
 * builtin exceptions (TimeoutError, ConnectionRefusedError, ConnectionResetError,
 * ConnectionAbortedError) and smtplib (SMTPConnectError, SMTPServerDisconnected
 * "Connection unexpectedly closed"); PHP stream_socket_client / fsockopen
 * ("Connection timed out (110)"); Java java.net (SocketTimeoutException "connect timed
 * out", ConnectException "Connection refused"/"Connection timed out: connect",
 * NoRouteToHostException) and Jakarta Mail (MailConnectException "Couldn't connect to
 * host, port"); .NET System.Net.Sockets.SocketException and SmtpException; Go net
 * ("dial tcp …: i/o timeout", "connect: connection refused", "connect: no route to
 * host"); Ruby Errno::E* and Net::OpenTimeout; Perl IO::Socket::INET ("connect: timeout");
 * curl libcurl-errors(3) (CURLE_COULDNT_CONNECT 7 "Couldn't connect to server",
 * CURLE_OPERATION_TIMEDOUT 28 "Timeout was reached").
 */
const CONNECT: readonly SignalDef[] = [
  {
    id: 'connect-timeout',
    family: 'connect',
    standalone: true,
    reports: true,
    needles: [
      'connect … timed out',
      'connection … timed out',
      'connecting … timed out',
      'connection timed out',
      'operation timed out',
      'connect timed out',
      'connection timeout',
      'connect timeout',
      'etimedout',
      'wsaetimedout',
      '10060',
      'errno 110]',
      '(110)',
      'errno::etimedout',
      'i/o timeout',
      'timeout was reached',
      'curl: (28)',
      'did not properly respond after a period of time',
      'sockettimeoutexception',
      'net::opentimeout',
      'connect: timeout',
      'timed out while connecting',
      'connecttimeouterror',
      'connecttimeout',
      'context deadline exceeded',
      // Rust tokio::time::error::Elapsed ("deadline has elapsed") around a connect.
      'deadline has elapsed',
    ],
    weights: w({ 'port-blocked': 0.6, 'server-unreachable': 0.2 }),
  },
  {
    // "Connection to tcp://host:465 Timed Out", "SMTP timeout reached": a timeout with the words
    // apart. Weaker than the runtimes' phrases and only beside a mail hint.
    id: 'timeout-words',
    family: 'connect',
    reports: true,
    // Event forms only: a bare "timeout 60000" is a setting.
    needles: [
      ': timeout',
      ': timed out',
      'timed out',
      'timeout reached',
      'timeout expired',
      'timeout exceeded',
      'timeout occurred',
      'timeout error',
    ],
    weights: w({ 'port-blocked': 0.45, 'server-unreachable': 0.15 }),
  },
  {
    id: 'connect-refused',
    family: 'connect',
    standalone: true,
    reports: true,
    needles: [
      'connection … refused',
      'connect … refused',
      'connection refused',
      'connection was refused',
      'econnrefused',
      'wsaeconnrefused',
      '10061',
      'errno 111]',
      '(111)',
      'errno 61]',
      'actively refused',
      // n8n's wording for ECONNREFUSED ("The service refused the connection - perhaps it is offline").
      'refused the connection',
      'connectionrefusederror',
      'errno::econnrefused',
    ],
    weights: w({ 'server-unreachable': 0.6, 'port-blocked': 0.25 }),
  },
  {
    id: 'connect-reset',
    family: 'connect',
    standalone: true,
    reports: true,
    needles: [
      'connection reset',
      'econnreset',
      'wsaeconnreset',
      '10054',
      'errno 104]',
      'forcibly closed by the remote host',
      'connectionreseterror',
      'errno::econnreset',
      'connection aborted',
      'connectionabortederror',
      'econnaborted',
      '10053',
      'curl: (56)',
    ],
    weights: w({ unknown: 0.3, 'tls-mismatch': 0.3, 'port-blocked': 0.25 }),
  },
  {
    // The peer closed the stream where the client expected an answer: Go io.EOF ("smtp dial:
    // EOF", "error=EOF"), Python ssl "EOF occurred in violation of protocol", PHPMailer "EOF
    // caught". A plain client meeting implicit TLS (or the reverse) sees exactly this.
    id: 'unexpected-eof',
    family: 'connect',
    reports: true,
    needles: ['eof'],
    weights: w({ 'tls-mismatch': 0.45, 'port-blocked': 0.15, unknown: 0.1 }),
  },
  {
    id: 'network-unreachable',
    family: 'connect',
    standalone: true,
    reports: true,
    needles: [
      'network is unreachable',
      'enetunreach',
      'wsaenetunreach',
      '10051',
      'errno 101]',
      '(101)',
      'unreachable network',
      'errno::enetunreach',
    ],
    weights: w({ 'port-blocked': 0.55, 'server-unreachable': 0.3 }),
  },
  {
    id: 'no-route',
    family: 'connect',
    standalone: true,
    reports: true,
    needles: [
      'no route to host',
      'ehostunreach',
      'wsaehostunreach',
      '10065',
      'errno 113]',
      '(113)',
      'host is unreachable',
      'unreachable host',
      'noroutetohostexception',
      'errno::ehostunreach',
      'host is down',
      'ehostdown',
      '10064',
    ],
    weights: w({ 'server-unreachable': 0.5, 'port-blocked': 0.4 }),
  },
  {
    id: 'connect-prohibited',
    family: 'connect',
    standalone: true,
    reports: true,
    needles: [
      'administratively prohibited',
      'communication prohibited',
      'connect: permission denied',
      'connect eacces',
      'permission denied (13)',
      'wsaeacces',
      '10013',
      'forbidden by its access permissions',
      'connect: operation not permitted',
      'operation not permitted (1)',
    ],
    weights: w({ 'port-blocked': 0.7 }),
  },
  {
    // The program used its mail client with no session open (a call order bug, or a send
    // after the session was closed): Python smtplib raises SMTPServerDisconnected("please
    // run connect() first"); PHPMailer's SMTP class reports "Called <command> without being
    // connected". Nothing about the network: the cause is in the program.
    id: 'no-session-open',
    family: 'connect',
    standalone: true,
    reports: true,
    needles: ['please run connect() first', 'without being connected'],
    weights: w({ unknown: 1.2 }),
  },
  {
    id: 'closed-before-greeting',
    family: 'connect',
    standalone: true,
    reports: true,
    needles: [
      'connection unexpectedly closed',
      'connection closed unexpectedly',
      'unexpectedly closed the connection',
      'closed the connection unexpectedly',
      'smtpserverdisconnected',
      'greeting never received',
      'unexpected socket close',
      'connection was lost',
      'connection lost',
      'lost connection',
      'unexpectedly disconnected',
      'connection: closed',
      'connection dropped',
      'connection was closed',
      'net_io_connectionclosed',
      'empty reply from server',
      'curl: (52)',
    ],
    weights: w({ 'port-blocked': 0.35, 'tls-mismatch': 0.3, 'server-unreachable': 0.2 }),
  },
  {
    id: 'read-timeout',
    family: 'connect',
    reports: true,
    // Connected, then no answer: a greeting that never comes (a plain client on implicit-TLS
    // 465) or a filter that lets the handshake through and drops the rest.
    needles: [
      // mutt "SMTP session failed: read error": the session was open, the read failed.
      'read error',
      'while trying to read',
      'timeout while reading',
      'read timed out',
      'read timeout',
      'net::readtimeout',
      'timeout waiting for response',
      'timeout error waiting for response',
      'server response timeout',
      'waiting for greeting',
      'network read error',
      'waiting for server response',
    ],
    weights: w({ 'port-blocked': 0.3, 'tls-mismatch': 0.3, 'server-unreachable': 0.1 }),
  },
  {
    id: 'connection-lost-words',
    family: 'connect',
    reports: true,
    // "The connection to the outgoing server … was lost" (Apple Mail / Outlook wording).
    needles: ['was lost', 'got lost', 'has been lost'],
    weights: w({ 'port-blocked': 0.3, 'tls-mismatch': 0.2, 'server-unreachable': 0.2 }),
  },
  {
    id: 'connect-failed',
    family: 'connect',
    standalone: true,
    reports: true,
    // Wrappers that say a connection failed but not how.
    needles: [
      'connect … failed',
      'connection … failed',
      'connecting … failed',
      'connect … error',
      'connection … could not be established',
      'failed to connect',
      'could not connect',
      "couldn't connect",
      'cannot connect',
      "can't connect",
      'unable to connect',
      'error connecting',
      'connection failed',
      'connect failed',
      'connection could not be established',
      'connect() failed',
      // Thunderbird for Android / K-9 Mail: "Unable to open connection to SMTP server."
      'open connection … smtp',
      'open connection … mail server',
      'smtpconnecterror',
      'mailconnectexception',
      'curl: (7)',
      'failed to open tcp connection',
      'a stable connection to the server could not be established',
      // Moodle: "Your site couldn't communicate with your mail server." Pairs: a printer or a
      // hypervisor that cannot be reached is not a mail server.
      'communicate … mail server',
      'communicate … smtp',
      // CDO (classic ASP, VBA, VBScript): CDO_E_FAILED_TO_CONNECT 0x80040213, "The transport
      // failed to connect to the server." (cdosyserr.h).
      'transport failed to connect',
      "transport couldn't establish a connection",
    ],
    weights: w({ 'port-blocked': 0.4, 'server-unreachable': 0.25, 'tls-mismatch': 0.1 }),
  },
  {
    id: 'port-blocked-words',
    family: 'connect',
    // "Port 25 outbound appears to be blocked", "outbound SMTP is blocked by the firewall".
    needles: [
      'blocked on this network',
      'outbound blocked',
      'outbound appears to be blocked',
      'outbound is blocked',
      'outbound port',
      'port is blocked',
      'port blocked',
      'ports are blocked',
      'blocked by the firewall',
      'blocked by a firewall',
      'blocked by your isp',
      'blocked by your provider',
      'firewall is blocking',
      'firewall blocks',
      'blocks outbound',
      'blocking outbound',
      'outgoing connections are blocked',
    ],
    weights: w({ 'port-blocked': 0.8 }),
  },
];

/**
 * DNS: glibc gai_strerror ("Name or service not known" EAI_NONAME, "Temporary failure in
 * name resolution" EAI_AGAIN, "No address associated with hostname"), macOS
 * ("nodename nor servname provided, or not known"), Winsock WSAHOST_NOT_FOUND 11001
 * "No such host is known", WSATRY_AGAIN 11002; Node ENOTFOUND/EAI_AGAIN; Python
 * socket.gaierror; PHP php_network_getaddresses; Java UnknownHostException; Go
 * "lookup …: no such host"; Ruby SocketError "getaddrinfo"; curl CURLE_COULDNT_RESOLVE_HOST
 * (6) "Could not resolve host".
 */
const DNS: readonly SignalDef[] = [
  {
    id: 'dns-lookup-failed',
    family: 'dns',
    standalone: true,
    reports: true,
    // The resolver's own words and the runtimes' exception names: a failure report by themselves.
    needles: [
      'host lookup … failed',
      'dns lookup … failed',
      'resolve … failed',
      'resolving … failed',
      'resolution … failed',
      'lookup … no such host',
      'enotfound',
      'eai_again',
      'eai_noname',
      'getaddrinfo',
      'name or service not known',
      'temporary failure in name resolution',
      'nodename nor servname',
      'no address associated with hostname',
      'no such host',
      '11001',
      '11002',
      'unknownhostexception',
      // Exchange: "451 4.4.0 DNS query failed. The error was: DNS query failed with error ServerFailure".
      'dns query failed',
      'gaierror',
      // Python's socket.gaierror numbers (glibc EAI_*): -2 EAI_NONAME, -3 EAI_AGAIN
      // ("[Errno -3] Try again", "[Errno -3] Temporary failure in name resolution").
      'errno -2]',
      'errno -3]',
      'php_network_getaddresses',
      // Go net "dial tcp: lookup <host>…" (the name step of a dial); Perl IO::Socket::INET
      // "Bad hostname"; mutt "Could not find the host"; libcurl/others "could not resolve".
      'dial tcp: lookup',
      'bad hostname',
      'could not find the host',
      'could not find host',
      // Rust's std::net (and lettre on top of it): "failed to lookup address information: Try again".
      'failed to lookup address information',
      // Postfix's queue and bounce reports: "Host or domain name not found. Name service error
      // for name=example.org type=MX: Host not found, try again".
      'host or domain name not found',
    ],
    weights: w({ 'dns-failure': 0.75 }),
  },
  {
    id: 'dns-words',
    family: 'dns',
    reports: true,
    // Plain-language wordings, also found in docs and tables: they need a mail hint.
    needles: [
      'could not resolve host',
      "couldn't resolve host",
      'curl: (6)',
      'server misbehaving',
      'nxdomain',
      'servfail',
      'host not found',
      'host lookup',
      'dns lookup failed',
      'unable to resolve',
      'cannot resolve',
      "can't resolve",
      'could not resolve',
      'cannot locate host',
      'unknown host',
      'edns',
    ],
    weights: w({ 'dns-failure': 0.75 }),
  },
];

/**
 * TLS families. OpenSSL reason strings (crypto/err/openssl.txt: WRONG_VERSION_NUMBER,
 * UNKNOWN_PROTOCOL, PACKET_LENGTH_TOO_LONG, CERTIFICATE_VERIFY_FAILED, UNSUPPORTED_PROTOCOL,
 * NO_PROTOCOLS_AVAILABLE, TLSV1_ALERT_PROTOCOL_VERSION, SSLV3_ALERT_HANDSHAKE_FAILURE,
 * NO_SHARED_CIPHER, DH_KEY_TOO_SMALL) and X509 verify strings (x509_txt.c: "self-signed
 * certificate", "unable to get local issuer certificate", "certificate has expired",
 * "Hostname mismatch"); GnuTLS gnutls_strerror ("An unexpected TLS packet was received",
 * "A TLS packet with unexpected length was received", "The TLS connection was
 * non-properly terminated", "The certificate is NOT trusted", "A packet with illegal or
 * unsupported version was received", "Could not negotiate a supported cipher suite");
 * SChannel SEC_E_* messages (winerror.h: SEC_E_ILLEGAL_MESSAGE 0x80090326,
 * SEC_E_UNTRUSTED_ROOT 0x80090325, SEC_E_WRONG_PRINCIPAL 0x80090322, SEC_E_CERT_EXPIRED
 * 0x80090328, SEC_E_ALGORITHM_MISMATCH 0x80090331) and .NET AuthenticationException;
 * Java JSSE (SSLHandshakeException, "Unrecognized SSL message, plaintext connection?",
 * "PKIX path building failed", "No appropriate protocol"); Go crypto/tls and crypto/x509
 * ("tls: first record does not look like a TLS handshake", "x509: certificate signed by
 * unknown authority", "tls: protocol version not supported"); rustls Error
 * (InvalidContentType, InvalidCertificate(UnknownIssuer|Expired|NotValidForName),
 * PeerIncompatible, AlertReceived(ProtocolVersion)); Node tls (ERR_SSL_*, CERT_HAS_EXPIRED,
 * DEPTH_ZERO_SELF_SIGNED_CERT, ERR_TLS_CERT_ALTNAME_INVALID); curl 35/60.
 */
const TLS: readonly SignalDef[] = [
  {
    id: 'tls-mode-mismatch',
    family: 'tls-mode',
    standalone: true,
    reports: true,
    needles: [
      'wrong version number',
      // Exim's log when the client spoke before the greeting (a TLS ClientHello on a plain
      // port): "SMTP protocol synchronization error (input sent without waiting for greeting)".
      'input sent without waiting for greeting',
      // Erlang/OTP ssl (gen_smtp, Swoosh) reading the server's plain "220" as a TLS record:
      // "{:unsupported_record_type, 50}" (50 is "2"), "In state hello … Unexpected Message".
      'unsupported_record_type',
      'in state hello … unexpected message',
      'in state :hello … unexpected message',
      // OpenSSL 1.x packed code of "wrong version number" (openssl errstr 1408F10B).
      'error:1408f10b',
      'wrong_version_number',
      'unknown protocol',
      'packet length too long',
      'unrecognized ssl message',
      'plaintext connection?',
      'first record does not look like a tls handshake',
      'an unexpected tls packet was received',
      'tls packet with unexpected length',
      'non-properly terminated',
      'the message received was unexpected or badly formatted',
      '0x80090326',
      'invalidcontenttype',
      'disconnected before secure tls connection was established',
      'remote party has closed the transport stream',
      'remote host terminated the handshake',
      'ssl routines::unexpected eof',
      'unexpected eof while reading',
      'starttls is required',
      'does not support starttls',
      'server does not support secure connections',
      'requested ssl level failed',
      'curl: (64)',
    ],
    weights: w({ 'tls-mismatch': 0.7 }),
  },
  {
    id: 'certificate-invalid',
    family: 'certificate',
    standalone: true,
    reports: true,
    needles: [
      'untrusted … certificate',
      'certificate … not trusted',
      'certificate … untrusted',
      'certificate … expired',
      'certificate … self-signed',
      'certificate … self signed',
      'certificate … verification failed',
      'certificate … verify failed',
      'certificate problem',
      'certificate verify failed',
      'certificate_verify_failed',
      // Python's ssl with OpenSSL 3: "[X509V3: INVALID_CERTIFICATE]".
      'invalid_certificate',
      'self signed certificate',
      'self-signed certificate',
      'depth_zero_self_signed_cert',
      'self_signed_cert_in_chain',
      'unable to get local issuer certificate',
      'unable_to_get_issuer_cert',
      'unable to verify the first certificate',
      'unable_to_verify_leaf_signature',
      'certificate has expired',
      'cert_has_expired',
      'certificateexpiredexception',
      'hostname mismatch',
      'err_tls_cert_altname_invalid',
      "does not match certificate's altnames",
      'x509:',
      'signed by unknown authority',
      'pkix path building failed',
      'unable to find valid certification path',
      'no subject alternative',
      'the remote certificate is invalid',
      'remotecertificatenamemismatch',
      'remotecertificatechainerrors',
      'untrustedroot',
      'not trusted',
      'issued by an authority that is not trusted',
      '0x80090325',
      'the target principal name is incorrect',
      '0x80090322',
      'the received certificate has expired',
      '0x80090328',
      'certificate issuer is unknown',
      'does not match the expected',
      'invalidcertificate',
      'unknownissuer',
      'notvalidforname',
      'ssl certificate problem',
      'curl: (60)',
      'peer certificate',
      // OpenSSL's X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT(_LOCALLY) in Qt's words
      // (QSslError::UnableToGetLocalIssuerCertificate): "The issuer certificate of a locally
      // looked up certificate could not be found".
      'issuer certificate … could not be found',
      // OpenSSL 1.x packed error codes as OpenSSL prints them (openssl errstr): certificate
      // verify failed.
      'error:14090086',
      'error:1416f086',
      'certificate is not valid for',
      'certificate is valid for',
      'tlsv1 alert unknown ca',
      'bad certificate',
      // The peer's certificate alerts as OpenSSL prints them whatever the record version
      // ("sslv3 alert …", "tlsv1 alert …"; RFC 8446 §6.2 bad_certificate 42,
      // unsupported_certificate 43, certificate_revoked 44, certificate_expired 45,
      // certificate_unknown 46, unknown_ca 48).
      'alert unknown ca',
      'alert certificate expired',
      'alert certificate unknown',
      'alert certificate revoked',
      'alert unsupported certificate',
      'bad_certificate',
      'unknown_ca',
      'ssl alert number 42',
      'ssl alert number 48',
      // Revocation checks (SChannel/CryptoAPI CRYPT_E_REVOCATION_OFFLINE 0x80092013,
      // CRYPT_E_NO_REVOCATION_CHECK 0x80092012, CRYPT_E_REVOKED 0x80092010; OpenSSL X509
      // "certificate revoked"; Java CertPathValidatorException "Certificate has been revoked").
      'unable to check revocation',
      'revocation server was offline',
      'crypt_e_revocation_offline',
      '0x80092013',
      'crypt_e_no_revocation_check',
      '0x80092012',
      'certificate revoked',
      'certificate has been revoked',
    ],
    weights: w({ 'tls-certificate': 0.8 }),
  },
  {
    id: 'tls-version-refused',
    family: 'tls-version',
    standalone: true,
    reports: true,
    needles: [
      'unsupported protocol',
      'unsupported_protocol',
      'no protocols available',
      'no_protocols_available',
      'protocol version',
      'protocol_version',
      'no appropriate protocol',
      'sslv3 alert handshake failure',
      'handshake_failure',
      'no shared cipher',
      'no_shared_cipher',
      'dh key too small',
      'do not possess a common algorithm',
      '0x80090331',
      'unsupported version',
      'could not negotiate a supported cipher suite',
      'insufficient security',
      'peerincompatible',
      'protocolversion',
      'inappropriate fallback',
      'tls handshake failed',
      'handshake failure',
      // rustls AlertDescription::HandshakeFailure as Display prints it.
      'handshakefailure',
      // Postfix smtpd's 454 4.7.0 reply when its own TLS setup is broken (RFC 3207 §4: 454
      // "TLS not available due to temporary reason").
      'tls not available due to local problem',
      'tls not available due to temporary reason',
      // OpenSSL 1.x packed codes (openssl errstr): no shared cipher, handshake failure alert,
      // protocol version alert.
      'error:1408a0c1',
      'error:14094410',
      'error:1409442e',
      // gen_smtp (Erlang): the STARTTLS negotiation failed.
      'tls_failed',
    ],
    weights: w({ 'tls-protocol': 0.65, 'tls-mismatch': 0.1 }),
  },
  {
    // A mail server that no longer accepts old TLS versions (Microsoft 365's 421 4.7.66 "TLS
    // 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2").
    // Browsers and APIs say the same, so it counts only beside a mail hint.
    id: 'tls-version-retired',
    family: 'tls-version',
    reports: true,
    needles: [
      'tls 1.0 … not supported',
      'tls 1.1 … not supported',
      'tlsv1 … not supported',
      'support tls 1.2',
    ],
    weights: w({ 'tls-protocol': 0.65, 'tls-mismatch': 0.1 }),
  },
];

/**
 * Server-side causes, as servers and clients word them (Postfix smtpd access(5) and
 * postscreen reject texts, Exim ACL messages, Gmail/Microsoft/Yahoo reply texts, RFC
 * 4954 §6 AUTH replies, RFC 3207 STARTTLS). These count only beside a mail hint.
 */
const POLICY: readonly SignalDef[] = [
  {
    id: 'auth-rejected',
    family: 'auth',
    reports: true,
    needles: [
      'username or password',
      'user name or password',
      'username/password',
      'authentication … failed',
      'authentication … rejected',
      'login … rejected',
      'credentials … rejected',
      'password … not accepted',
      'password … incorrect',
      'authentication failed',
      'authentication unsuccessful',
      'authentication failure',
      'invalid credentials',
      'bad credentials',
      'incorrect authentication data',
      'username and password not accepted',
      'invalid login',
      'login denied',
      'login failed',
      'invalid username or password',
      'incorrect password',
      'wrong password',
      'smtpauthenticationerror',
      'authenticationfailedexception',
      'eauth',
      'could not authenticate',
      'unable to authenticate',
      'authentication method',
      'auth mechanism',
    ],
    weights: w({ 'auth-failed': 0.7 }),
  },
  {
    id: 'auth-needed',
    family: 'auth',
    reports: true,
    needles: [
      'requires authentication',
      'require authentication',
      'authentication … required',
      'must authenticate',
      'authenticate first',
      'authentication required',
      'authentication is required',
      'must issue a starttls',
      'not authenticated',
      'smtp auth extension not supported',
      'unencrypted connection',
      'requires a secure connection',
      'auth not available',
      'sender not authenticated',
      // Postfix smtpd: "503 5.5.1 Error: send AUTH command first" / "authentication not
      // enabled" (SASL off on this port: submission with AUTH is elsewhere).
      'send auth command first',
      'authentication not enabled',
    ],
    weights: w({ 'auth-required': 0.7 }),
  },
  {
    id: 'auth-turned-off',
    family: 'auth',
    reports: true,
    needles: [
      'basic authentication is disabled',
      'smtpclientauthentication',
      'smtp auth is disabled',
      'authentication is disabled',
      'user account disabled',
      // Providers refusing password AUTH by policy: Microsoft 5.7.30 "Basic authentication
      // is not supported", SendGrid "Basic authentication is not allowed with 2FA enabled".
      'basic authentication is not',
      'basic auth is not',
      'basic authentication not',
    ],
    weights: w({ 'auth-disabled': 0.8 }),
  },
  {
    id: 'relay-or-sender-refused',
    family: 'policy',
    reports: true,
    needles: [
      'relay access denied',
      'relaying denied',
      'relay denied',
      'unable to relay',
      'not permitted to relay',
      'relay not permitted',
      'relaying not allowed',
      'sender address rejected',
      'sender rejected',
      // qmail's control/badmailfrom: "your envelope sender is in my badmailfrom list".
      'badmailfrom',
      'sender verify failed',
      // A server refusing the envelope sender for this login ("Mail from address must be same
      // as authorization user", "sender address must contain a domain", "Username … and
      // sender doesn't match") or refusing this client altogether ("You are not allowed to
      // send email").
      'from address must',
      'sender address must',
      "sender doesn't match",
      'sender does not match',
      'not allowed to send email',
      'not allowed to send mail',
      'not allowed to send as',
      'sendasdenied',
      'email address is not verified',
      'not owned by user',
      // RFC 3463 X.1.8 (bad sender's system address): "Domain of sender address does not
      // resolve / does not exist".
      'domain of sender address',
      // iOS Mail: "The recipient was rejected by the server because it does not allow relaying".
      'does not allow relaying',
      // Exception classes raised when MAIL FROM is refused: Python smtplib
      // SMTPSenderRefused, Jakarta/JavaMail SMTPSenderFailedException.
      'smtpsenderrefused',
      'smtpsenderfailedexception',
    ],
    weights: w({ 'sender-rejected': 0.75 }),
  },
  {
    id: 'recipient-refused',
    family: 'policy',
    reports: true,
    needles: [
      'user unknown',
      'unknown user',
      'no such user',
      'recipient address rejected',
      'recipient rejected',
      'recipient not found',
      'unknown recipient',
      'invalid recipient',
      'mailbox not found',
      'does not exist',
      'address rejected',
      'no mailbox here',
      // Exception classes raised when RCPT TO is refused: Python smtplib
      // SMTPRecipientsRefused, Jakarta/JavaMail SMTPAddressFailedException (one per
      // refused recipient), MailKit SmtpCommandException "RecipientNotAccepted".
      'smtprecipientsrefused',
      'smtpaddressfailedexception',
      'recipientnotaccepted',
      'recipient address must',
      'recipient address reserved',
      'recipient prohibited',
      // Exchange Online's NDR: "<name> wasn't found at <domain>."
      "wasn't found at",
    ],
    weights: w({ 'recipient-rejected': 0.65 }),
  },
  {
    id: 'domain-auth-failed',
    family: 'policy',
    needles: ['spf', 'dkim', 'dmarc', 'sender policy framework', 'unauthenticated email'],
    weights: w({ 'domain-authentication': 0.55 }),
  },
  {
    id: 'dnsbl-reject',
    family: 'policy',
    standalone: true,
    reports: true,
    // Postfix reject_rbl_client / postscreen: "Client host [ip] blocked using <zone>" (postfix
    // src/smtpd/smtpd_check.c); the names of the mail block lists say "mail" by themselves.
    needles: ['blocked using'],
    weights: w({ 'ip-reputation': 0.85 }),
  },
  {
    id: 'mail-blocklist-named',
    family: 'policy',
    standalone: true,
    needles: ['spamhaus', 'spamcop', 'barracudacentral', 'sorbs', 'uceprotect', 'dnsbl', 'psbl', 'mailspike'],
    weights: w({ 'ip-reputation': 0.5 }),
  },
  {
    id: 'blocklisted',
    family: 'policy',
    reports: true,
    needles: [
      'barracuda',
      'blacklist',
      'blocklist',
      'block list',
      'black list',
      'dnsbl',
      'rbl',
      'listed at',
      'listed on',
      'listed in',
      'poor reputation',
      'sender reputation',
      'ip reputation',
      'bad reputation',
      'block listed',
      'black listed',
      'your ip … blocked',
      // Orange: "Client host blocked for spamming issues"; the same for other providers' IP blocks.
      'client host blocked',
      // Gmail to an address in end-user (dynamic) space: "The IP you're using to send mail is
      // not authorized to send email directly to our servers. Please use the SMTP relay at
      // your service provider instead."
      'send email directly to our servers',
    ],
    weights: w({ 'ip-reputation': 0.8 }),
  },
  {
    // Postfix smtp(8) "host X refused to talk to me: 5xx …": the server rejected the
    // connection at its greeting, a per-client-address decision (RFC 5321 §3.1 554
    // greeting); "not allowed to connect" is the same refusal in servers' words. It says
    // that the client was refused, not why: a reason named beside it (no PTR record, a
    // rate) weighs more.
    id: 'refused-at-greeting',
    family: 'policy',
    reports: true,
    needles: ['refused to talk to me', 'not allowed to connect', 'no smtp service'],
    weights: w({ 'ip-reputation': 0.5 }),
  },
  {
    id: 'reverse-dns-missing',
    family: 'policy',
    needles: [
      'reverse dns',
      'reverse hostname',
      'ptr record',
      'rdns',
      'reverse lookup',
      'dns reverse',
      'cannot find your hostname',
      // web.de / GMX: "554 invalid DNS PTR resource record".
      'ptr resource record',
      'reverse mapping',
    ],
    weights: w({ 'reverse-dns': 0.7 }),
  },
  {
    id: 'rate-limited',
    family: 'policy',
    reports: true,
    needles: [
      'rate limit',
      'ratelimit',
      'too many messages',
      'too many connections',
      // Per-client limits: GoDaddy "too many sessions from …", Exchange Online "maximum number
      // of concurrent connections", Rackspace "received too much email in a short period".
      'too many sessions',
      'concurrent connections',
      'concurrent sessions',
      'too much email',
      'too much mail',
      'sending quota',
      'submission quota',
      'sending limit',
      'send limit',
      'daily limit',
      // RFC 5321 §4.5.3.1.8: 452 "Too many recipients" (a per-message or per-hour limit).
      'too many recipients',
      'daily quota',
      'throttl',
      'too fast',
      'limit exceeded',
      'exceeded the maximum',
      'please wait',
      'too many times',
    ],
    weights: w({ 'rate-limit': 0.65 }),
  },
  {
    // A sender's mail quota or rate, exceeded: about mail by itself, and more specific than
    // a mailbox's bare "quota exceeded" ("sending quota exceeded"). Postfix anvil's "Message
    // submission rate for this client has exceeded the configured limit"; Exchange Online's
    // STOREDRV SubmissionQuotaExceededException (5.2.0).
    id: 'mail-rate-named',
    family: 'policy',
    standalone: true,
    reports: true,
    needles: ['sending quota … exceeded', 'submissionquotaexceeded', 'message submission rate'],
    weights: w({ 'rate-limit': 0.75 }),
  },
  {
    id: 'mailbox-over-quota',
    family: 'policy',
    reports: true,
    needles: [
      'over quota',
      'overquota',
      'exceeded storage allocation',
      'quota exceeded',
      // procmail(1) and maildrop delivering into a full Maildir; RFC 3463 X.2.2.
      'quota exceeded while writing',
      'storage quota',
      'over the quota',
      'over its quota',
      'mailbox size limit',
      'mailbox quota',
    ],
    weights: w({ 'mailbox-full': 0.7 }),
  },
  {
    // The same, in words that name the mailbox: about mail by themselves, so they count
    // without any other hint ("Mailbox limit exceeded while appending message").
    id: 'mailbox-named-full',
    family: 'policy',
    standalone: true,
    reports: true,
    needles: [
      'mailbox full',
      'mailbox is full',
      'mailbox limit exceeded',
      'mailbox over quota',
      'mailbox is over quota',
      'mailbox quota exceeded',
    ],
    weights: w({ 'mailbox-full': 0.7 }),
  },
  {
    id: 'greylisting',
    family: 'policy',
    reports: true,
    needles: [
      'greylist',
      'graylist',
      // Postgrey, the Postfix greylisting policy server: "Recipient address rejected: Delayed by Postgrey".
      'postgrey',
      'temporarily rejected',
      'try again later',
      'please retry later',
      // Mimecast's greylisting deferral (community.mimecast.com DOC-1369, "451 Internal
      // resource temporarily unavailable").
      'internal resource temporarily unavailable',
    ],
    weights: w({ greylisted: 0.6 }),
  },
  {
    id: 'message-refused',
    family: 'policy',
    reports: true,
    needles: [
      'message too large',
      'message too big',
      'message is too large',
      'message size exceeds',
      // RFC 5321 §4.5.3.1.10 / RFC 1870 552 replies: "Maximum message size exceeded",
      // "message exceeds fixed maximum message size" (Postfix), "Message size exceeds
      // fixed maximum" (Exim).
      'maximum message size',
      'message size exceeded',
      'exceeds fixed maximum',
      'exceeds size limit',
      // qmail's control/databytes: "that message size exceeds my databytes limit".
      'databytes limit',
      'size limit',
      'too big',
      'message rejected',
      'content rejected',
      'message blocked',
    ],
    weights: w({ 'message-rejected': 0.55 }),
  },
  {
    id: 'spam-verdict',
    family: 'policy',
    reports: true,
    // A content filter's verdict in a reply (SpamAssassin/rspamd-backed MTAs, Gmail 5.7.1
    // "likely unsolicited mail", Exchange 5.7.520 "content filter"): the message, not the
    // address, was refused.
    needles: [
      'probability of spam',
      'spam detected',
      'detected as spam',
      'identified as spam',
      'classified as spam',
      'considered spam',
      'considered as spam',
      'looks like spam',
      'message is spam',
      'spam score',
      'spam content',
      'unsolicited mail',
      'content filter',
      'spam classification',
      'spam or virus',
      'rejected for spam',
      // NetEase (163.com, 126.com): "554 DT:SPM …", the content judged spam
      // (mail.163.com/help/help_spam_16.htm).
      'dt:spm',
    ],
    weights: w({ 'message-rejected': 0.75 }),
  },
  {
    id: 'content-words',
    family: 'policy',
    // Words that come with content verdicts but also with prose about them: weak.
    needles: ['spam', 'virus', 'phishing', 'malware'],
    weights: w({ 'message-rejected': 0.3 }),
  },
];

/**
 * An address the client could not even parse or accept before any server saw it (the Ruby
 * mail gem's Mail::AddressList, PHPMailer "Invalid address", Python email.utils): a send
 * error of the program's input, none of the server-side causes.
 */
const ADDRESS: readonly SignalDef[] = [
  {
    id: 'address-unparsable',
    family: 'send',
    reports: true,
    needles: [
      'can not parse',
      'cannot parse',
      'could not parse',
      'unable to parse',
      'failed to parse',
      'invalid address',
      'invalid email address',
      'malformed address',
      'address … could not be parsed',
      'address … is invalid',
    ],
    weights: w({ unknown: 0.5, 'recipient-rejected': 0.15, 'sender-rejected': 0.1 }),
  },
];

/** The text speaks of sending mail (hints, not causes). */
const SEND: readonly SignalDef[] = [
  {
    id: 'send-failed',
    family: 'send',
    reports: true,
    needles: [
      'send … failed',
      'sending … failed',
      'sent … failed',
      'delivery … failed',
      'deliver … failed',
      "can't be submitted",
      'cannot be submitted',
      'could not be submitted',
      "couldn't be submitted",
      'not submitted',
      'submit … failed',
      'could not send',
      'cannot send',
      "can't send",
      "couldn't send",
      'unable to send',
      'failed to send',
      'could not be sent',
      'cannot be sent',
      "can't be sent",
      "couldn't be sent",
      'was not sent',
      'send failed',
      'sending failed',
      'error sending',
      'failure sending',
      'delivery failed',
      'not delivered',
      "wasn't delivered",
      "couldn't be delivered",
      'undeliverable',
      'send test e-mail',
      'problem occurred sending',
      'problem occurred while sending',
      'error occurred while sending',
      'error occurred sending',
      'problem sending',
      // The same report with the words the other way round or with "mail" as the subject:
      // "Mail Failed to …", "email failed", "failed sending", "sending error", "mail not sent".
      'mail failed',
      'email failed',
      'e-mail failed',
      'mail failure',
      'email failure',
      'failed sending',
      'failed to deliver',
      'could not deliver',
      'unable to deliver',
      'sending error',
      'send error',
      'send mail error',
      'mail error',
      'email error',
      'not been sent',
      'not sent',
      'delivery failure',
      'delivery error',
      // An MTA's own log of a delivery it put off or gave up: Postfix's status field and its
      // loop detection ("mail forwarding loop for …"), Exim's router and transport results
      // ("R=smarthost defer (-1): …", Exim spec, ch. "Log files"; "Too many "Received" headers
      // - suspected mail loop"), and a delay notice about a message (RFC 3464 Action: delayed).
      'dsn= … status=deferred',
      'dsn= … status=bounced',
      'delivery temporarily suspended',
      'mail forwarding loop',
      'suspected mail loop',
      'r= … defer (',
      't= … defer (',
      'message … has been delayed',
      // Outlook's send task failing ("Task 'account - Sending' reported error (0x800CCC0E)").
      "sending' reported error",
    ],
    weights: w({}),
  },
  {
    id: 'mail-words',
    family: 'send',
    needles: [
      'smtp',
      // Ruby's mail gem namespace (Mail::AddressList, Mail::Field).
      'mail::',
      // The protocol's name as people mistype it.
      'stmp',
      'smpt',
      'outgoing',
      'e-mail',
      'email',
      'mail server',
      'mailer',
      'sendmail',
      'mail could',
      'mail cannot',
      'sending this message',
      'sending the message',
      'sending message',
      'sending mail',
      'gmail',
      'office 365',
      'exchange online',
      // Local delivery agents (procmail(1), maildrop(1)) and the Maildir they write to.
      'procmail',
      'maildrop',
      'maildir',
    ],
    weights: w({}),
  },
];

/**
 * The stage a failure happened at, when the text names it: a connect outcome (reset,
 * EOF, "could not connect") inside the TLS negotiation is no firewall block. Go's
 * smtp.Client.StartTLS errors start "StartTLS:", lettre and others say "via TLS",
 * OpenSSL/JSSE/SChannel speak of the "handshake". No weight of its own: the scorer
 * reads the connect outcomes beside it differently (scorer.ts).
 */
const STAGE: readonly SignalDef[] = [
  {
    id: 'tls-stage',
    family: 'stage',
    needles: [
      'starttls:',
      'starttls failed',
      'via tls',
      'via ssl',
      'via starttls',
      'neither tls nor starttls',
      'tls handshake',
      'ssl handshake',
      'during handshake',
      'handshake failed',
    ],
    weights: w({}),
  },
];

/**
 * Other protocols and tools: the text is about something else. Complements the
 * case-sensitive FOREIGN pattern of signals.ts with words it leaves out.
 */
const FOREIGN_WORDS: readonly SignalDef[] = [
  {
    // The operation that failed is named, and it is not a send: a login, a sync, an upload.
    // Counts only when nothing in the text hints at mail (scorer.ts).
    id: 'other-operation',
    family: 'foreign',
    needles: [
      'login failed',
      'log in failed',
      'sign-in failed',
      'sign in failed',
      'sync failed',
      'synchronization failed',
      'upload failed',
      'download failed',
      'backup failed',
      'update check failed',
      'api request failed',
      'api call failed',
      'webhook failed',
    ],
    weights: w({}),
  },
  {
    id: 'other-service',
    family: 'foreign',
    needles: [
      'database',
      'storage server',
      'imap',
      'pop3',
      'incoming server',
      'incoming mail server',
      'sftp',
      'ssh',
      'ftp',
      'mysql',
      'postgres',
      'redis',
      'mongodb',
      'http request',
      'http:',
      'https://',
      'http://',
      'websocket',
      'proxy',
      'vpn',
      'docker',
    ],
    weights: w({}),
  },
];

export const SIGNALS: readonly SignalDef[] = [
  ...CONNECT,
  ...DNS,
  ...TLS,
  ...POLICY,
  ...SEND,
  ...ADDRESS,
  ...STAGE,
  ...FOREIGN_WORDS,
];

/** Ports of mail submission and relay (RFC 5321 25, RFC 8314 465, RFC 6409 587, and 2525 by convention). */
export const MAIL_PORTS: ReadonlySet<number> = new Set([25, 465, 587, 2525]);

/**
 * Well-known ports of other services (FTP 21, SSH 22, HTTP 80/8080, LDAP 389/636, HTTPS
 * 443/8443, MySQL 3306, PostgreSQL 5432, Redis 6379, Elasticsearch 9200, MongoDB 27017): a
 * failed connection to one of them, with no SMTP reply in the text, is that service's.
 */
export const OTHER_SERVICE_PORTS: ReadonlySet<number> = new Set([
  21, 22, 80, 389, 443, 636, 3306, 5432, 6379, 8080, 8443, 9200, 27017,
]);
