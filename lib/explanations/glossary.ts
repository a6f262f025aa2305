/**
 * What the facts pulled out of an error mean, in plain words.
 * Sources: RFC 5321 §4.2 (reply codes), RFC 4954 (AUTH replies), RFC 3463 and the
 * IANA "SMTP Enhanced Status Codes" registry (enhanced codes), RFC 6409 (587),
 * RFC 8314 (465), POSIX/Linux errno and Winsock error numbers.
 */
import { ENGLISH, type Locale, type MessageKey, type Translator } from '../i18n';
import { explainPolicy } from '../i18n/messages/en/explain-policy';

/**
 * The meanings are messages of the catalog (policy.glossary.*), keyed by port, code or error
 * name: the English catalog is the one list of what the glossary knows. Each function takes
 * the reader's `t` (default English).
 */
type T = Translator['t'];

/** Whether the catalog has a message under this key (codes are looked up by their digits). */
function known(key: string): key is MessageKey {
  return Object.hasOwn(explainPolicy, key);
}

/** What a port is for, in the reader's language. */
export function portMeaning(port: number, t: T = ENGLISH.t): string | undefined {
  const key = `policy.glossary.port.${port}`;
  return known(key) ? t(key) : undefined;
}

/** Every port the glossary knows, in English. */
export const PORT_MEANINGS: Readonly<Record<number, string>> = Object.fromEntries(
  [25, 465, 587, 2525, 2465, 2587].map((port) => [port, portMeaning(port)!]),
);

/** Error names and numbers (Linux errno, Windows Winsock) seen in connect failures. */
const ERRNO_MEANINGS: ReadonlyArray<[RegExp, MessageKey]> = [
  [/^(?:ETIMEDOUT|110|10060|WSAETIMEDOUT)$/i, 'policy.glossary.errno.timedOut'],
  [/^(?:ECONNREFUSED|111|10061|WSAECONNREFUSED)$/i, 'policy.glossary.errno.refused'],
  [/^(?:EHOSTUNREACH|113|10065|WSAEHOSTUNREACH)$/i, 'policy.glossary.errno.hostUnreachable'],
  [/^(?:ENETUNREACH|101|10051|WSAENETUNREACH)$/i, 'policy.glossary.errno.networkUnreachable'],
  [/^(?:EACCES|EPERM|13)$/i, 'policy.glossary.errno.permission'],
  [/^(?:ECONNRESET|104|10054|WSAECONNRESET)$/i, 'policy.glossary.errno.reset'],
  [/^(?:ENOTFOUND|EAI_NONAME)$/i, 'policy.glossary.errno.notFound'],
  [/^EAI_AGAIN$/i, 'policy.glossary.errno.dnsAgain'],
  [/^ECONNECTION$/, 'policy.glossary.errno.nodemailerConnection'],
  [/^ESOCKET$/, 'policy.glossary.errno.nodemailerSocket'],
  [/^EAUTH$/, 'policy.glossary.errno.nodemailerAuth'],
  [/^ENOAUTH$/, 'policy.glossary.errno.nodemailerNoAuth'],
  [/^ETLS$/, 'policy.glossary.errno.nodemailerTls'],
  [/^EENVELOPE$/, 'policy.glossary.errno.nodemailerEnvelope'],
  [/^EMESSAGE$/, 'policy.glossary.errno.nodemailerMessage'],
  [/^EPROTOCOL$/, 'policy.glossary.errno.nodemailerProtocol'],
  [/^EDNS$/, 'policy.glossary.errno.nodemailerDns'],
];

export function errnoMeaning(errno: string, t: T = ENGLISH.t): string | undefined {
  const key = ERRNO_MEANINGS.find(([pattern]) => pattern.test(errno))?.[1];
  return key ? t(key) : undefined;
}

/**
 * Every failure reply code the classifier decodes (lib/rules/decoders.ts REPLY_CODES) has a
 * message policy.glossary.reply.<code>: RFC 5321 §4.2.2/4.2.3, RFC 4954 (AUTH), RFC 3207
 * (STARTTLS), RFC 7504, reworded for people. Other codes fall back to their class.
 */
export function replyCodeMeaning(code: number, t: T = ENGLISH.t): string | undefined {
  const key = `policy.glossary.reply.${code}`;
  if (known(key)) return t(key);
  const first = Math.floor(code / 100);
  if (first === 4) return t('policy.glossary.reply.temporary');
  if (first === 5) return t('policy.glossary.reply.permanent');
  return undefined;
}

/**
 * Every entry of the IANA "SMTP Enhanced Status Codes" registry that the classifier decodes
 * (lib/rules/decoders.ts ENHANCED_STATUS) has a message policy.glossary.enhanced.<subject>.<detail>;
 * other codes are named by their subject (policy.glossary.subject.<subject>).
 */
export function enhancedCodeMeaning(code: string, t: T = ENGLISH.t): string | undefined {
  const m = /^([245])\.(\d{1,3})\.(\d{1,3})$/.exec(code);
  if (!m) return undefined;
  const [, cls, subject, detail] = m as unknown as [string, string, string, string];
  const kind = t(
    cls === '2'
      ? 'policy.glossary.kind.success'
      : cls === '4'
        ? 'policy.glossary.kind.temporary'
        : 'policy.glossary.kind.permanent',
  );
  const detailKey = `policy.glossary.enhanced.${Number(subject)}.${Number(detail)}`;
  if (known(detailKey)) return t('policy.glossary.enhanced.known', { kind, detail: t(detailKey) });
  const subjectKey = `policy.glossary.subject.${Number(subject)}`;
  return known(subjectKey) ? t('policy.glossary.enhanced.bySubject', { kind, problem: t(subjectKey) }) : kind;
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
