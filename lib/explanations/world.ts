import type { SendWorld } from './types';

/**
 * Clues that tell the two port-25 worlds apart.
 * Delivery: a mail server (MTA) hands mail to the recipients' MX hosts.
 * Submission: an app, website or mail client hands mail to its own provider.
 * Every pattern is a plain alternation of literals or bounded classes (linear time).
 */
interface Clue {
  label: string;
  pattern: RegExp;
  /** Test against the lower-cased text (host names), so the pattern needs no `i` flag. */
  lower?: true;
}

export const DELIVERY_CLUES: readonly Clue[] = [
  { label: "Gmail's MX host (gmail-smtp-in)", pattern: /\bgmail-smtp-in\.l\.google\.com\b/i },
  { label: "Google's MX host (aspmx)", pattern: /\baspmx\d?\.l\.google\.com\b/i },
  {
    label: "Microsoft 365's MX host (mail.protection.outlook.com)",
    pattern: /\.mail\.protection\.outlook\.com\b/i,
  },
  { label: "Yahoo's MX host (yahoodns.net)", pattern: /\bmta\d\.am0\.yahoodns\.net\b/i },
  { label: 'an MX host name (mx…)', pattern: /\bmx[\d-]{0,4}\.[a-z\d-]+\.[a-z]/, lower: true },
  { label: 'a mention of MX records or hosts', pattern: /\bMX (?:host|record|server|lookup)s?\b/ },
  { label: 'Postfix delivery log (postfix/smtp)', pattern: /\bpostfix\/(?:smtp|qmgr|error)\b/i },
  { label: 'Postfix queue status (status=deferred)', pattern: /\bstatus=(?:deferred|bounced)\b/i },
  { label: 'Postfix diagnostic (X-Postfix)', pattern: /\bX-Postfix\b/i },
  {
    label: 'Postfix connect to an IP on port 25',
    pattern: /\bconnect to [\w.-]+\[[\d.:a-f]+\]:25\b/,
    lower: true,
  },
  { label: 'delivery temporarily suspended', pattern: /\bdelivery temporarily suspended\b/i },
  { label: 'Exim remote delivery (T=remote_smtp)', pattern: /\bT=remote_smtp\b|\bR=dnslookup\b/ },
  { label: 'a bounce report (Remote-MTA)', pattern: /\bRemote-MTA:/i },
  { label: 'a smarthost / relayhost setting', pattern: /\b(?:smarthost|relayhost)\b/i },
  {
    label: 'a self-hosted mail server',
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
  { label: '.NET SmtpClient or MailKit', pattern: /\bSystem\.Net\.Mail\b|\bSmtpClient\b|\bMailKit\b/ },
  { label: 'Ruby ActionMailer / Net::SMTP', pattern: /\bActionMailer\b|\bNet::SMTP\b/ },
  {
    label: 'Symfony / Laravel Mailer',
    pattern: /\bSymfony\\Component\\Mailer\b|\bSwift_TransportException\b/,
  },
  { label: 'a WordPress mail plugin', pattern: /\bWP Mail SMTP\b|\bwp_mail\b/i },
  { label: 'Outlook (0x800CCC… code)', pattern: /\b0x800CCC[\dA-F]{2}\b/i },
  { label: 'a mail client (Thunderbird)', pattern: /\bThunderbird\b|\bSending of the message failed\b/i },
  { label: 'a webmail (Roundcube)', pattern: /\bRoundcube\b|\bSMTP Error \(-?\d{0,3}\)/i },
  { label: 'an SMTP login (AUTH)', pattern: /\bAUTH (?:LOGIN|PLAIN|XOAUTH2)\b|\bCould not authenticate\b/i },
  {
    label: "a provider's submission host (smtp.…)",
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

function found(clues: readonly Clue[], text: string, lower: string): string[] {
  return clues.filter((c) => c.pattern.test(c.lower ? lower : text)).map((c) => c.label);
}

/**
 * Guess the world from the text (and the port when the text has no clue).
 * Ties and silence fall back to submission: most people who meet a send
 * error are using an app, a website or a mail client, not running an MTA.
 */
export function guessWorld(text: string, port: number | undefined): WorldGuess {
  if (port !== undefined && SUBMISSION_PORTS.has(port)) {
    return { world: 'submission', basis: 'port', clues: [`port ${port} is a submission port`] };
  }
  const lower = text.toLowerCase();
  const delivery = found(DELIVERY_CLUES, text, lower);
  const submission = found(SUBMISSION_CLUES, text, lower);
  if (delivery.length > submission.length) return { world: 'delivery', basis: 'text', clues: delivery };
  if (submission.length > delivery.length) return { world: 'submission', basis: 'text', clues: submission };
  return { world: 'submission', basis: 'assumed', clues: [...delivery, ...submission] };
}
