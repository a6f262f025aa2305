import { ENGLISH, type MessageKey, type Translator } from '../i18n';
import type { SendWorld } from './types';

/** A clue's name: a message key when it has words to translate, else a product's own name. */
type ClueKey = Extract<MessageKey, `conn.clue.${string}`>;

/**
 * Clues that tell the two port-25 worlds apart.
 * Delivery: a mail server (MTA) hands mail to the recipients' MX hosts.
 * Submission: an app, website or mail client hands mail to its own provider.
 * Every pattern is a plain alternation of literals or bounded classes (linear time).
 */
interface Clue {
  label: ClueKey | ProductName;
  pattern: RegExp;
  /** Test against the lower-cased text (host names), so the pattern needs no `i` flag. */
  lower?: true;
}

/** A name that reads the same in every language. */
type ProductName =
  | 'PHPMailer'
  | 'Nodemailer'
  | 'Python smtplib'
  | 'Java / Jakarta Mail'
  | 'Ruby ActionMailer / Net::SMTP'
  | 'Symfony / Laravel Mailer'
  | 'delivery temporarily suspended';

export const DELIVERY_CLUES: readonly Clue[] = [
  { label: 'conn.clue.gmailMx', pattern: /\bgmail-smtp-in\.l\.google\.com\b/i },
  { label: 'conn.clue.googleMx', pattern: /\baspmx\d?\.l\.google\.com\b/i },
  {
    label: 'conn.clue.microsoftMx',
    pattern: /\.mail\.protection\.outlook\.com\b/i,
  },
  { label: 'conn.clue.yahooMx', pattern: /\bmta\d\.am0\.yahoodns\.net\b/i },
  { label: 'conn.clue.mxName', pattern: /\bmx[\d-]{0,4}\.[a-z\d-]+\.[a-z]/, lower: true },
  { label: 'conn.clue.mxMention', pattern: /\bMX (?:host|record|server|lookup)s?\b/ },
  { label: 'conn.clue.postfixLog', pattern: /\bpostfix\/(?:smtp|qmgr|error)\b/i },
  { label: 'conn.clue.postfixQueue', pattern: /\bstatus=(?:deferred|bounced)\b/i },
  { label: 'conn.clue.postfixDiagnostic', pattern: /\bX-Postfix\b/i },
  {
    label: 'conn.clue.postfixConnect25',
    pattern: /\bconnect to [\w.-]+\[[\d.:a-f]+\]:25\b/,
    lower: true,
  },
  { label: 'delivery temporarily suspended', pattern: /\bdelivery temporarily suspended\b/i },
  { label: 'conn.clue.eximRemote', pattern: /\bT=remote_smtp\b|\bR=dnslookup\b/ },
  { label: 'conn.clue.bounceReport', pattern: /\bRemote-MTA:/i },
  { label: 'conn.clue.relayhost', pattern: /\b(?:smarthost|relayhost)\b/i },
  {
    label: 'conn.clue.selfHosted',
    pattern: /\b(?:postfix|exim4?|sendmail|mailcow|mail-in-a-box|mailu|docker-mailserver|iredmail|haraka)\b/i,
  },
];

export const SUBMISSION_CLUES: readonly Clue[] = [
  {
    label: 'PHPMailer',
    pattern: /\bPHPMailer\b|\bSMTP connect\(\) failed\b|\bMailer Error\b|\bSMTPDebug\b/i,
  },
  { label: 'Nodemailer', pattern: /\bnodemailer\b|\bESOCKET\b|\bECONNECTION\b/i },
  { label: 'Python smtplib', pattern: /\bsmtplib\b|\bSMTP_SSL\b/ },
  { label: 'Java / Jakarta Mail', pattern: /\b(?:javax|jakarta)\.mail\b/ },
  { label: 'conn.clue.dotnet', pattern: /\bSystem\.Net\.Mail\b|\bSmtpClient\b|\bMailKit\b/ },
  { label: 'Ruby ActionMailer / Net::SMTP', pattern: /\bActionMailer\b|\bNet::SMTP\b/ },
  {
    label: 'Symfony / Laravel Mailer',
    pattern: /\bSymfony\\Component\\Mailer\b|\bSwift_TransportException\b/,
  },
  { label: 'conn.clue.wordpress', pattern: /\bWP Mail SMTP\b|\bwp_mail\b/i },
  { label: 'conn.clue.outlook', pattern: /\b0x800CCC[\dA-F]{2}\b/i },
  { label: 'conn.clue.mailClient', pattern: /\bThunderbird\b|\bSending of the message failed\b/i },
  { label: 'conn.clue.webmail', pattern: /\bRoundcube\b|\bSMTP Error \(-?\d{0,3}\)/i },
  { label: 'conn.clue.smtpLogin', pattern: /\bAUTH (?:LOGIN|PLAIN|XOAUTH2)\b|\bCould not authenticate\b/i },
  {
    label: 'conn.clue.providerHost',
    pattern: /\b(?:smtps?|smtp-mail|smtp-relay|smtppro|email-smtp)\.[a-z\d-]+\./,
    lower: true,
  },
];

/** Ports that only exist for submission: seeing one settles the world. */
const SUBMISSION_PORTS: ReadonlySet<number> = new Set([465, 587, 2525, 2465, 2587]);

export interface WorldGuess {
  world: SendWorld;
  basis: 'text' | 'port' | 'assumed';
  clues: string[];
}

function isClueKey(label: ClueKey | ProductName): label is ClueKey {
  return label.startsWith('conn.clue.');
}

function found(clues: readonly Clue[], text: string, lower: string, t: Translator['t']): string[] {
  return clues
    .filter((c) => c.pattern.test(c.lower ? lower : text))
    .map((c) => (isClueKey(c.label) ? t(c.label) : c.label));
}

/**
 * Guess the world from the text (and the port when the text has no clue); the clues are
 * named in t's language.
 * Ties and silence fall back to submission: most people who meet a send
 * error are using an app, a website or a mail client, not running an MTA.
 */
export function guessWorld(
  text: string,
  port: number | undefined,
  t: Translator['t'] = ENGLISH.t,
): WorldGuess {
  if (port !== undefined && SUBMISSION_PORTS.has(port)) {
    return { world: 'submission', basis: 'port', clues: [t('conn.clue.submissionPort', { port })] };
  }
  const lower = text.toLowerCase();
  const delivery = found(DELIVERY_CLUES, text, lower, t);
  const submission = found(SUBMISSION_CLUES, text, lower, t);
  if (delivery.length > submission.length) return { world: 'delivery', basis: 'text', clues: delivery };
  if (submission.length > delivery.length) return { world: 'submission', basis: 'text', clues: submission };
  return { world: 'submission', basis: 'assumed', clues: [...delivery, ...submission] };
}
