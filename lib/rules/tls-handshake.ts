import { TIER, type Rule } from './rule';
import { alt, speaksTlsFirst } from './refine';

/**
 * TLS failures: the wrong TLS mode for the port, untrusted certificates, and
 * protocol/cipher disagreements. Sources: OpenSSL error strings (ssl3_get_record
 * "wrong version number", "certificate verify failed", "unsupported protocol",
 * "no protocols available"), Node.js tls error codes (DEPTH_ZERO_SELF_SIGNED_CERT,
 * ERR_TLS_CERT_ALTNAME_INVALID, CERT_HAS_EXPIRED), Python ssl (SSLError
 * [SSL: WRONG_VERSION_NUMBER], CERTIFICATE_VERIFY_FAILED), Java JSSE
 * (SSLHandshakeException, "PKIX path building failed", "Unrecognized SSL message,
 * plaintext connection?"), .NET ("The remote certificate is invalid"), MailKit
 * SslHandshakeException, curl (35) and (60), PHP stream_socket_enable_crypto.
 */
// "openssl s_client -connect host:1143" (no -starttls smtp): the port says which service.
const S_CLIENT_PORT = /-connect \[?[\w.-]{1,100}\]?:(\d{1,5})\b/;
const MAIL_PORTS = new Set(['25', '465', '587', '2525']);
/** TLS alerts about the peer's certificate as OpenSSL, GnuTLS and rustls print them. */
const CERTIFICATE_ALERT =
  /alert (?:bad certificate|unknown ca|unsupported certificate|certificate (?:expired|revoked|unknown))|alert number (?:4[2-6]|48)\b|BAD_CERTIFICATE|UNKNOWN_CA|BadCertificate|UnknownCA/i;

/** The peer ended the stream: a reset, an EOF, a close. */
const STREAM_CUT = /reset by peer|connection reset|\bEOF\b|closed the connection|connection closed/i;

function testsOtherPort(text: string): boolean {
  const port = S_CLIENT_PORT.exec(text)?.[1];
  return (
    port !== undefined &&
    /\bs_client\b/.test(text) &&
    !MAIL_PORTS.has(port) &&
    !/-starttls smtp|\bsmtp/i.test(text)
  );
}

export const tlsRules: Rule[] = [
  {
    id: 'tls-wrong-version-number',
    category: 'tls-mismatch',
    // An implicit-TLS client reading a plaintext "220" greeting (or the reverse).
    pattern:
      /wrong version number|WRONG_VERSION_NUMBER|Unrecognized SSL message, plaintext connection|Unsupported or unrecognized SSL message|SSL23_GET_SERVER_HELLO:unknown protocol|ssl3_get_record:packet length too long|record layer failure|packet_length_too_long|First record does not look like a TLS handshake|An unexpected TLS packet was received|handshake failed due to an unexpected packet format|is typically reserved for plain-text connections|try connecting to port 465 instead|port 465 is typically reserved for SSL\/TLS/i,
    confidence: 0.85,
    tier: TIER.decisive,
    context: 'error-shaped',
    alternatives: [alt('tls-protocol', 0.1, 'tls-mode')],
    // An openssl s_client test against a port that is not a mail port is about another service.
    refine: (ctx) => (testsOtherPort(ctx.text) ? { reject: true } : undefined),
  },
  {
    id: 'tls-socket-closed-before-handshake',
    category: 'tls-mismatch',
    pattern:
      /Client network socket disconnected before secure TLS connection was established|Remote host terminated the handshake|Remote host closed connection during handshake/i,
    confidence: 0.55,
    tier: TIER.specific,
    context: 'error-shaped',
    alternatives: [alt('tls-protocol', 0.25, 'tls-mode'), alt('port-blocked', 0.15, 'probe-ports')],
  },
  {
    id: 'starttls-not-offered',
    category: 'tls-mismatch',
    // smtplib "STARTTLS extension not supported by server", Go "smtp: StartTLS not supported",
    // Nodemailer EREQUIRETLS / requireTLS. On an implicit-TLS client this is the reverse mistake.
    pattern:
      /STARTTLS extension not supported by server|StartTLS not supported|server does not (?:support|advertise) STARTTLS|does not support TLS via the STARTTLS|does not support the STARTTLS extension|host does not support STARTTLS|STARTTLS is not supported|STARTTLS command failed|Server does not support secure connections|EREQUIRETLS/i,
    confidence: 0.55,
    tier: TIER.decisive + 1,
    context: 'self',
    refine: (ctx) => ({
      category: 'tls-mismatch',
      confidence: speaksTlsFirst(ctx.near) ? 0.65 : 0.5,
      // Some networks and antivirus proxies strip STARTTLS from port 25/587.
      alternatives: [alt('port-blocked', 0.25, 'probe-ports'), alt('tls-protocol', 0.15, 'tls-mode')],
    }),
  },
  {
    id: 'tls-certificate-name-mismatch',
    category: 'tls-certificate',
    pattern:
      /Hostname\/IP does(?: not|n't) match certificate's altnames|ERR_TLS_CERT_ALTNAME_INVALID|is not in the cert's altnames|did not match expected CN|RemoteCertificateNameMismatch|hostname mismatch|doesn't match any of the subject alternative names|No subject alternative (?:DNS )?names? matching|certificate is not valid for|SSL: no alternative certificate subject name matches|does not match the server certificate/i,
    confidence: 0.85,
    tier: TIER.decisive,
    context: 'error-shaped',
    alternatives: [alt('tls-mismatch', 0.05, 'tls-certificate')],
  },
  {
    id: 'tls-certificate-self-signed',
    category: 'tls-certificate',
    pattern: /self[- ]signed certificate|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN/i,
    confidence: 0.85,
    tier: TIER.decisive,
    context: 'error-shaped',
  },
  {
    id: 'tls-certificate-expired',
    category: 'tls-certificate',
    pattern: /certificate has expired|CERT_HAS_EXPIRED|certificate expired|certificate is expired/i,
    confidence: 0.85,
    tier: TIER.decisive,
    context: 'error-shaped',
  },
  {
    id: 'tls-certificate-untrusted',
    category: 'tls-certificate',
    pattern:
      /certificate verify failed|CERTIFICATE_VERIFY_FAILED|unable to verify the first certificate|UNABLE_TO_VERIFY_LEAF_SIGNATURE|unable to get local issuer certificate|PKIX path building failed|unable to find valid certification path|The remote certificate is invalid|RemoteCertificateChainErrors|SSL certificate problem|certificate is not trusted|untrusted certificate|server's SSL certificate could not be validated|CertPathValidatorException|certificate signed by unknown authority|x509: certificate|certificate verification failed|certificate fingerprint does not match|tlsa-invalid|failed DANE validation/i,
    confidence: 0.8,
    tier: TIER.decisive,
    context: 'error-shaped',
  },
  {
    id: 'tls-protocol-failure',
    category: 'tls-protocol',
    pattern:
      /unsupported protocol|no shared cipher|handshake failure|no protocols available|TLSV1_ALERT_PROTOCOL_VERSION|tlsv1 alert protocol version|do not possess a common algorithm|No appropriate protocol|protocol is disabled or cipher suites are inappropriate|dh[ _]key[ _]too[ _]small|unsafe legacy renegotiation|UNSAFE_LEGACY_RENEGOTIATION_DISABLED|version too low|insufficient security|inappropriate fallback|no ciphers available|sslv3 alert|tls: server selected unsupported protocol version|legacy sigalg|Could not convert socket to TLS|TLS handshake failed|starttls-not-supported|must support TLS to receive mail/i,
    confidence: 0.75,
    tier: TIER.reply,
    context: 'error-shaped',
    alternatives: [alt('tls-mismatch', 0.15, 'tls-mode')],
    // An alert about the certificate (RFC 8446 §6.2: bad_certificate, unsupported_certificate,
    // certificate_revoked/expired/unknown, unknown_ca) is not a protocol mismatch.
    refine: (ctx) =>
      CERTIFICATE_ALERT.test(ctx.near)
        ? {
            category: 'tls-certificate',
            confidence: 0.75,
            alternatives: [alt('tls-protocol', 0.15, 'tls-mode')],
          }
        : undefined,
  },
  {
    id: 'tls-generic-failure',
    category: 'tls-certificate',
    // The inner reason is missing: PHP "SSL operation failed with code 1" alone, MailKit
    // "An error occurred while attempting to establish an SSL or TLS connection",
    // Java SSLHandshakeException, curl (35) "SSL connect error", Nodemailer ETLS.
    pattern:
      /SSL operation failed with code|error occurred while attempting to establish an SSL or TLS connection|SSLHandshakeException|SSL connect error|Unable to connect with TLS encryption|Failed to enable crypto|\bcode: ?'ETLS'|STARTTLS failed|TLS negotiation failed|SSL_connect|SSL handshake failed/i,
    confidence: 0.4,
    tier: TIER.specific,
    context: 'error-shaped',
    refine: (ctx) => {
      const port = ctx.extracted.port;
      const mismatch = (port === 587 || port === 25) && speaksTlsFirst(ctx.near);
      // The peer cut the stream inside the handshake: it refused what was offered
      // (protocol version or ciphers), a certificate check would have said so.
      if (!mismatch && STREAM_CUT.test(ctx.near))
        return {
          category: 'tls-protocol',
          confidence: 0.5,
          alternatives: [
            alt('tls-mismatch', 0.3, 'tls-mode'),
            alt('tls-certificate', 0.15, 'tls-certificate'),
          ],
        };
      return mismatch
        ? {
            category: 'tls-mismatch',
            confidence: 0.6,
            alternatives: [alt('tls-certificate', 0.2, 'tls-certificate')],
          }
        : {
            category: 'tls-certificate',
            confidence: 0.4,
            alternatives: [alt('tls-mismatch', 0.3, 'tls-mode'), alt('tls-protocol', 0.2, 'tls-certificate')],
          };
    },
  },
  {
    id: 'wp-mail-smtp-certificate',
    category: 'tls-certificate',
    // WP Mail SMTP's title for a failed certificate check of the SMTP host.
    pattern: /Misconfigured server certificate/,
    confidence: 0.7,
    tier: TIER.decisive,
    context: 'self',
  },
];
