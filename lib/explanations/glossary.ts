/**
 * What the facts pulled out of an error mean, in plain words.
 * Sources: RFC 5321 §4.2 (reply codes), RFC 4954 (AUTH replies), RFC 3463 and the
 * IANA "SMTP Enhanced Status Codes" registry (enhanced codes), RFC 6409 (587),
 * RFC 8314 (465), POSIX/Linux errno and Winsock error numbers.
 */
import { ENGLISH, type Locale, type MessageKey, type Translator } from '../i18n';

export const PORT_MEANINGS: Readonly<Record<number, string>> = {
  25: 'SMTP between mail servers, for delivery to MX hosts; the port ISPs and clouds block most',
  465: 'submission with implicit TLS: encrypted from the first byte (RFC 8314)',
  587: 'submission: starts in plain text, then upgrades with STARTTLS (RFC 6409)',
  2525: 'alternative submission port offered by relay services (not an IANA-assigned port)',
  2465: 'Amazon SES alternative to 465 (implicit TLS)',
  2587: 'Amazon SES alternative to 587 (STARTTLS)',
};

/** Error names and numbers (Linux errno, Windows Winsock) seen in connect failures. */
const ERRNO_MEANINGS: ReadonlyArray<[RegExp, string]> = [
  [
    /^(?:ETIMEDOUT|110|10060|WSAETIMEDOUT)$/i,
    'connection timed out: no answer at all, typical of a firewall that silently drops the traffic',
  ],
  [
    /^(?:ECONNREFUSED|111|10061|WSAECONNREFUSED)$/i,
    'connection refused: the host answered, but nothing accepts connections on that port',
  ],
  [
    /^(?:EHOSTUNREACH|113|10065|WSAEHOSTUNREACH)$/i,
    'no route to host: the network cannot reach that address',
  ],
  [
    /^(?:ENETUNREACH|101|10051|WSAENETUNREACH)$/i,
    'network unreachable: no route at all (often an IPv6 address on an IPv4-only network)',
  ],
  [
    /^(?:EACCES|EPERM|13)$/i,
    'permission denied: a policy on this machine (SELinux, a local firewall) stopped the connection',
  ],
  [
    /^(?:ECONNRESET|104|10054|WSAECONNRESET)$/i,
    'connection reset: the other side (or a middlebox) cut the connection',
  ],
  [/^(?:ENOTFOUND|EAI_NONAME)$/i, 'host name not found in DNS'],
  [/^EAI_AGAIN$/i, 'DNS lookup failed temporarily (no answer from the DNS server)'],
  [/^ECONNECTION$/, 'Nodemailer: the connection to the SMTP server failed'],
  [/^ESOCKET$/, 'Nodemailer: a network (socket) error'],
  [/^EAUTH$/, 'Nodemailer: the server rejected the login'],
  [/^ENOAUTH$/, 'Nodemailer: the server needs a login but no credentials were given'],
  [/^ETLS$/, 'Nodemailer: the TLS (encryption) setup failed'],
  [/^EENVELOPE$/, 'Nodemailer: the server refused the sender or a recipient address'],
  [/^EMESSAGE$/, 'Nodemailer: the server refused the message'],
  [/^EPROTOCOL$/, 'Nodemailer: the server answered with something that is not SMTP'],
  [/^EDNS$/, 'Nodemailer: the SMTP host name could not be resolved'],
];

export function errnoMeaning(errno: string): string | undefined {
  return ERRNO_MEANINGS.find(([pattern]) => pattern.test(errno))?.[1];
}

/**
 * Every failure reply code the classifier decodes (lib/rules/decoders.ts REPLY_CODES):
 * RFC 5321 §4.2.2/4.2.3, RFC 4954 (AUTH), RFC 3207 (STARTTLS), RFC 7504, reworded for people.
 */
const REPLY_MEANINGS: Readonly<Record<number, string>> = {
  421: 'service not available, the server is closing the connection (temporary)',
  432: 'a password transition is needed',
  450: 'mailbox unavailable right now (temporary)',
  451: 'local error in processing; try again later (temporary)',
  452: 'insufficient storage (temporary)',
  454: 'temporary authentication failure, or TLS not available right now',
  455: 'the server cannot accommodate the parameters (temporary)',
  500: 'command not recognised',
  501: 'syntax error in the parameters',
  502: 'command not implemented',
  503: 'bad sequence of commands',
  504: 'command parameter not implemented',
  521: 'this host does not accept mail',
  530: 'authentication required (or STARTTLS first)',
  534: 'authentication mechanism is too weak',
  535: 'authentication credentials invalid',
  538: 'encryption required for this authentication mechanism',
  550: 'mailbox unavailable or action refused by policy',
  551: 'user not local',
  552: 'exceeded storage allocation (message or mailbox too big)',
  553: 'mailbox name not allowed (address refused)',
  554: 'transaction failed',
  555: 'MAIL FROM / RCPT TO parameters not recognised',
  556: 'domain does not accept mail',
};

export function replyCodeMeaning(code: number): string | undefined {
  const exact = REPLY_MEANINGS[code];
  if (exact) return exact;
  const first = Math.floor(code / 100);
  if (first === 4) return 'temporary failure: the sender may retry later';
  if (first === 5) return 'permanent failure: retrying the same way will fail again';
  return undefined;
}

/**
 * Every entry of the IANA "SMTP Enhanced Status Codes" registry that the classifier decodes
 * (lib/rules/decoders.ts ENHANCED_STATUS), by "subject.detail", in plain words.
 */
const ENHANCED_DETAILS: Readonly<Record<string, string>> = {
  '0.0': 'other undefined status',
  '1.0': 'other address status',
  '1.1': 'bad destination mailbox address (no such user)',
  '1.2': 'bad destination system address',
  '1.3': 'bad destination mailbox address syntax',
  '1.4': 'destination mailbox address ambiguous',
  '1.5': 'destination address valid',
  '1.6': 'destination mailbox has moved, no forwarding address',
  '1.7': "bad sender's mailbox address syntax",
  '1.8': "bad sender's system address",
  '1.9': 'message relayed to a non-compliant mailer',
  '1.10': 'recipient address has null MX (the domain takes no mail)',
  '2.0': 'other or undefined mailbox status',
  '2.1': 'mailbox disabled, not accepting messages',
  '2.2': 'mailbox full',
  '2.3': 'message length exceeds administrative limit',
  '2.4': 'mailing list expansion problem',
  '3.0': 'other or undefined mail system status',
  '3.1': 'mail system full',
  '3.2': 'system not accepting network messages',
  '3.3': 'system not capable of selected features',
  '3.4': 'message too big for system',
  '3.5': 'system incorrectly configured',
  '4.0': 'other or undefined network or routing status',
  '4.1': 'no answer from host',
  '4.2': 'bad connection',
  '4.3': 'directory server failure (often DNS)',
  '4.4': 'unable to route',
  '4.5': 'mail system congestion',
  '4.6': 'routing loop detected',
  '4.7': 'delivery time expired',
  '5.0': 'other or undefined protocol status',
  '5.1': 'invalid command',
  '5.2': 'syntax error',
  '5.3': 'too many recipients',
  '5.4': 'invalid command arguments',
  '5.5': 'wrong protocol version',
  '5.6': 'authentication exchange line is too long',
  '6.0': 'other or undefined media error',
  '6.1': 'media not supported',
  '6.2': 'conversion required and prohibited',
  '6.3': 'conversion required but not supported',
  '6.4': 'conversion with loss performed',
  '6.5': 'conversion failed',
  '6.6': 'message content not available',
  '6.7': 'non-ASCII addresses not permitted for that sender or recipient',
  '6.8': 'UTF-8 reply required but not permitted by the client',
  '6.9': 'UTF-8 header cannot be transferred to a recipient',
  '6.10': 'UTF-8 reply required but not permitted by the client (deprecated duplicate of X.6.8)',
  '7.0': 'other or undefined security status',
  '7.1': 'delivery not authorized, message refused',
  '7.2': 'mailing list expansion prohibited',
  '7.3': 'security conversion required but not possible',
  '7.4': 'security features not supported',
  '7.5': 'cryptographic failure',
  '7.6': 'cryptographic algorithm not supported',
  '7.7': 'message integrity failure',
  '7.8': 'authentication credentials invalid',
  '7.9': 'authentication mechanism is too weak',
  '7.10': 'encryption needed',
  '7.11': 'encryption required for requested authentication mechanism',
  '7.12': 'a password transition is needed',
  '7.13': 'user account disabled',
  '7.14': 'trust relationship required',
  '7.15': 'priority level is too low',
  '7.16': 'message is too big for the specified priority',
  '7.17': 'mailbox owner has changed',
  '7.18': 'domain owner has changed',
  '7.19': 'RRVS test cannot be completed',
  '7.20': 'no passing DKIM signature found',
  '7.21': 'no acceptable DKIM signature found',
  '7.22': 'no valid author-matched DKIM signature found',
  '7.23': 'SPF validation failed',
  '7.24': 'SPF validation error',
  '7.25': 'reverse DNS validation failed',
  '7.26': 'multiple authentication checks failed',
  '7.27': 'sender address has null MX',
  '7.28': 'mail flood detected',
  '7.29': 'ARC validation failure',
  '7.30': 'REQUIRETLS support required',
};

const ENHANCED_SUBJECTS: Readonly<Record<string, string>> = {
  '0': 'other',
  '1': 'address',
  '2': 'mailbox',
  '3': 'mail system',
  '4': 'network and routing',
  '5': 'mail delivery protocol',
  '6': 'message content',
  '7': 'security or policy',
};

export function enhancedCodeMeaning(code: string): string | undefined {
  const m = /^([245])\.(\d{1,3})\.(\d{1,3})$/.exec(code);
  if (!m) return undefined;
  const [, cls, subject, detail] = m as unknown as [string, string, string, string];
  const kind = cls === '2' ? 'success' : cls === '4' ? 'temporary' : 'permanent';
  const known = ENHANCED_DETAILS[`${Number(subject)}.${Number(detail)}`];
  if (known) return `${kind}: ${known}`;
  const subjectName = ENHANCED_SUBJECTS[String(Number(subject))];
  return subjectName ? `${kind}, ${subjectName} problem` : kind;
}

/** The terms the first screen of a card may explain. */
export type TermId =
  | 'starttls'
  | 'ssl-tls'
  | 'smtp'
  | 'mx'
  | 'relay'
  | 'spf'
  | 'dkim'
  | 'dmarc'
  | 'app-password'
  | 'greylisting';

interface Term {
  id: TermId;
  /** How the term is written in each language, when it is translated (else it is the same everywhere). */
  name?: MessageKey;
  /** The term's own spelling when it is the same in every language. */
  spelled?: string;
  /** How the term is recognised in displayed text, per language; English is the fallback. */
  patterns: Partial<Record<Locale, RegExp>> & { en: RegExp };
  meaning: MessageKey;
}

/**
 * Terms the first screen of a card may need, each with one plain line, in the table's order.
 * Found in the displayed text, so each translated term has its spellings in each language.
 * Bounded literals and alternations only (linear).
 */
export const GLOSSARY_TERMS: readonly Term[] = [
  { id: 'starttls', spelled: 'STARTTLS', patterns: { en: /\bSTARTTLS\b/ }, meaning: 'policy.term.starttls' },
  { id: 'ssl-tls', spelled: 'SSL/TLS', patterns: { en: /\bSSL\/TLS\b/ }, meaning: 'policy.term.sslTls' },
  { id: 'smtp', spelled: 'SMTP', patterns: { en: /\bSMTP\b/ }, meaning: 'policy.term.smtp' },
  { id: 'mx', spelled: 'MX', patterns: { en: /\bMX\b/ }, meaning: 'policy.term.mx' },
  {
    id: 'relay',
    name: 'policy.term.relay.name',
    patterns: {
      en: /\brelay\b/i,
      de: /\brelay/i,
      fr: /\brelais\b/i,
      es: /\bretransmisi[oó]n|\brelay\b/i,
      'pt-BR': /\bretransmiss[aã]o|\brelay\b/i,
      ru: /ретрансл|\brelay\b/i,
    },
    meaning: 'policy.term.relay',
  },
  { id: 'spf', spelled: 'SPF', patterns: { en: /\bSPF\b/ }, meaning: 'policy.term.spf' },
  { id: 'dkim', spelled: 'DKIM', patterns: { en: /\bDKIM\b/ }, meaning: 'policy.term.dkim' },
  { id: 'dmarc', spelled: 'DMARC', patterns: { en: /\bDMARC\b/ }, meaning: 'policy.term.dmarc' },
  {
    id: 'app-password',
    name: 'policy.term.appPassword.name',
    patterns: {
      en: /\bapp(?:-specific)? password\b/i,
      de: /\bApp-Passw/i,
      fr: /\bmots? de passe d['’]applications?\b/i,
      es: /\bcontraseñas? de aplicaci[oó]n/i,
      'pt-BR': /\bsenhas? de (?:app|aplicativo)\b/i,
      ru: /парол(?:[ьяи]|ей|ем) приложени/i,
    },
    meaning: 'policy.term.appPassword',
  },
  {
    id: 'greylisting',
    name: 'policy.term.greylisting.name',
    patterns: {
      en: /\bgreylist/i,
      de: /greylist/i,
      fr: /greylist|liste grise/i,
      es: /greylist|lista gris/i,
      'pt-BR': /greylist|lista cinza/i,
      ru: /greylist|грейлист/i,
    },
    meaning: 'policy.term.greylisting',
  },
];

function patternOf(term: Term, locale: Locale): RegExp {
  return term.patterns[locale] ?? term.patterns.en;
}

/** Whether the text, written in this language, uses the term. */
export function textHasTerm(id: TermId, text: string, locale: Locale): boolean {
  const term = GLOSSARY_TERMS.find((t) => t.id === id);
  return term !== undefined && patternOf(term, locale).test(text);
}

/** The terms that occur in these texts (in the reader's language), in the table's order. */
export function termsIn(
  texts: readonly string[],
  translator: Pick<Translator, 't' | 'locale'> = ENGLISH,
): Array<{ term: string; meaning: string }> {
  const all = texts.join('\n');
  return GLOSSARY_TERMS.filter((term) => patternOf(term, translator.locale).test(all)).map((term) => ({
    term: term.name ? translator.t(term.name) : (term.spelled ?? term.id),
    meaning: translator.t(term.meaning),
  }));
}
