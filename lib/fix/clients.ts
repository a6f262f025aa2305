/**
 * Per-client instructions and snippets, all generated from one FixSettings record. Secrets are
 * never written into a snippet: code reads them from the environment, config files get a placeholder.
 */
import { ENGLISH, type Translator } from '../i18n';
import type { Source } from '../providers/types';
import { configHost, dotenvValue, jsString, oneLine, phpString, pyString } from './escape';
import type { ClientGuide, ClientId, FixSettings } from './types';
import { clean, secretWords, securityLabel } from './walkthrough';

const SRC = {
  thunderbirdSmtp: {
    url: 'http://freeemailtutorials.com/mozillaThunderbird/outgoingServersSMTP.php',
    title: 'Thunderbird: Outgoing Server (SMTP) list and Edit dialog',
    secondary: true,
    httpOnly: true,
  },
  thunderbirdAuth: {
    url: 'https://hosting.xyz/wiki/hosting/mail/clients/thunderbird/auth/',
    title: 'Thunderbird: connection security SSL/TLS and authentication method',
    secondary: true,
  },
  outlookAccount: {
    url: 'https://www.connect.ucsb.edu/usage/prepare-disabling-less-secure-apps',
    title: 'Outlook: File → Account Settings → Account Settings',
    secondary: true,
  },
  outlookAuth: {
    url: 'http://jabsto.com/Tutorial/topic-30/Microsoft-Outlook-2007-76.html',
    title: 'Outlook: "My outgoing server (SMTP) requires authentication"',
    secondary: true,
    httpOnly: true,
  },
  appleMail: {
    url: 'https://support.apple.com/en-az/guide/mail/change-outgoing-server-settings-cpmlprefsmtpserver/15.0/mac/12.0',
    title: 'Apple: Change Outgoing server settings in Mail on Mac',
  },
  gmailSendAs: {
    url: 'https://support.google.com/mail/answer/1074635?hl=en',
    title: 'Google: Sending as another address — port and authentication type',
  },
  gmailSendAsSteps: {
    url: 'https://errorhandle.ai/how-does-the-send-mail-as-feature-work-at-a-technical-level-in-gmail',
    title: 'Gmail: Accounts and Import → Send mail as → Add another email address',
    secondary: true,
  },
  wpMailSmtp: {
    url: 'https://github.com/awesomemotive/WP-Mail-SMTP/blob/master/wp_mail_smtp.php',
    title: 'WP Mail SMTP: wp-config.php constants (WPMS_SSL is "", "ssl" or "tls")',
  },
  phpmailer: {
    url: 'https://github.com/PHPMailer/PHPMailer/blob/master/src/PHPMailer.php',
    title: 'PHPMailer: ENCRYPTION_SMTPS = "ssl", ENCRYPTION_STARTTLS = "tls"',
  },
  nodemailer: {
    url: 'https://github.com/nodemailer/nodemailer/blob/2f667f4272cb2d7cb479b2e3903ab10600fc0eae/lib/smtp-connection/index.js',
    title: 'Nodemailer SMTPConnection options: secure, requireTLS',
  },
  python: {
    url: 'https://docs.python.org/3.6/library/smtplib.html',
    title: 'Python smtplib: SMTP_SSL (465) and starttls()',
  },
  laravelEnv: {
    url: 'https://github.com/laravel/laravel/blob/8a119d7f4461c73b47197b80f4cecb3c97796919/.env.example',
    title: 'Laravel 12 .env.example: MAIL_SCHEME, MAIL_HOST, MAIL_PORT',
  },
  laravelScheme: {
    url: 'https://github.com/laravel/framework/pull/53863',
    title: 'Laravel: MAIL_ENCRYPTION is ignored by symfony/mailer; use the scheme',
  },
  laravelRenamed: {
    url: 'https://github.com/alexjustesen/speedtest-tracker/releases/tag/v1.3.0',
    title: 'In Laravel 12 MAIL_ENCRYPTION was renamed to MAIL_SCHEME',
    secondary: true,
  },
  phpdotenv: {
    url: 'https://github.com/vlucas/phpdotenv/blob/master/src/Parser/EntryParser.php',
    title: 'phpdotenv: quoting and escapes in .env values',
  },
  postfixSasl: {
    url: 'https://opensource.apple.com/source/postfix/postfix-147/postfix/html/SASL_README.html.auto.html',
    title: 'Postfix SASL Howto',
  },
  postfixGce: {
    url: 'https://cloud.google.com/compute/docs/tutorials/sending-mail/using-mailjet',
    title: 'Google Cloud: Postfix relayhost with SASL and smtp_tls_security_level = encrypt',
  },
  postfixWrapper: {
    url: 'https://pastebin.com/ae2q5LZn',
    title: 'Postfix relayhost on 465 with smtp_tls_wrappermode = yes',
    secondary: true,
  },
} satisfies Record<string, Source>;

/** A translated code comment stays one line and cannot end a PHP block. */
function comment(text: string): string {
  return oneLine(text).replaceAll('?>', '? >');
}

function fromOf(s: FixSettings): string {
  if (s.fromAddress) return s.fromAddress;
  return s.username.includes('@') ? s.username : 'you@example.com';
}

function thunderbird(s: FixSettings, tr: Translator): ClientGuide {
  const { t } = tr;
  const secret = secretWords(s, tr);
  const security = s.security === 'ssl' ? 'SSL/TLS' : 'STARTTLS';
  return {
    id: 'thunderbird',
    name: 'Thunderbird',
    kind: 'mail-app',
    steps: [
      t('fix.client.thunderbird.open'),
      t('fix.client.thunderbird.select'),
      t('fix.client.thunderbird.serverName', { host: s.host }),
      t('fix.client.thunderbird.port', { port: s.port }),
      t('fix.client.thunderbird.security', { security }),
      t('fix.client.thunderbird.auth'),
      t('fix.client.thunderbird.username', { username: s.username }),
      t('fix.client.thunderbird.ok', { secret: secret.name }),
    ],
    snippets: [],
    notes: [t('fix.client.thunderbird.note')],
    sources: [SRC.thunderbirdSmtp, SRC.thunderbirdAuth],
  };
}

function outlook(s: FixSettings, tr: Translator): ClientGuide {
  const { t } = tr;
  const secret = secretWords(s, tr);
  const security = s.security === 'ssl' ? 'SSL/TLS' : 'STARTTLS';
  return {
    id: 'outlook',
    name: t('fix.client.outlook.name'),
    kind: 'mail-app',
    steps: [
      t('fix.client.outlook.open'),
      t('fix.client.outlook.server', { host: s.host }),
      t('fix.client.outlook.auth'),
      t('fix.client.outlook.advanced', { port: s.port, security }),
      t('fix.client.outlook.credentials', { username: s.username, secret: secret.name }),
      t('fix.client.outlook.test'),
    ],
    snippets: [],
    notes: [t('fix.client.outlook.note')],
    sources: [SRC.outlookAccount, SRC.outlookAuth],
  };
}

function appleMail(s: FixSettings, tr: Translator): ClientGuide {
  const { t } = tr;
  const secret = secretWords(s, tr);
  return {
    id: 'apple-mail',
    name: t('fix.client.appleMail.name'),
    kind: 'mail-app',
    steps: [
      t('fix.client.appleMail.open'),
      t('fix.client.appleMail.list'),
      t('fix.client.appleMail.host', { host: s.host }),
      t('fix.client.appleMail.credentials', { username: s.username, secret: secret.name }),
      t('fix.client.appleMail.port', { port: s.port }),
      t('fix.client.appleMail.save'),
    ],
    snippets: [],
    notes: [t('fix.client.appleMail.note')],
    sources: [SRC.appleMail],
  };
}

function gmailSendAs(s: FixSettings, tr: Translator): ClientGuide {
  const { t } = tr;
  const secret = secretWords(s, tr);
  return {
    id: 'gmail-send-as',
    name: t('fix.client.gmailSendAs.name'),
    kind: 'web-app',
    steps: [
      t('fix.client.gmailSendAs.open'),
      t('fix.client.gmailSendAs.add'),
      t('fix.client.gmailSendAs.server', { host: s.host, port: s.port }),
      t('fix.client.gmailSendAs.credentials', { username: s.username, secret: secret.name }),
      s.security === 'ssl' ? t('fix.client.gmailSendAs.ssl') : t('fix.client.gmailSendAs.tls'),
      t('fix.client.gmailSendAs.confirm'),
    ],
    snippets: [],
    notes: [t('fix.client.gmailSendAs.note')],
    sources: [SRC.gmailSendAs, SRC.gmailSendAsSteps],
  };
}

function wpMailSmtp(s: FixSettings, tr: Translator): ClientGuide {
  const { t } = tr;
  const secret = secretWords(s, tr);
  const ssl = s.security === 'ssl' ? 'ssl' : 'tls';
  const code = [
    "define( 'WPMS_ON', true );",
    "define( 'WPMS_MAILER', 'smtp' );",
    `define( 'WPMS_SMTP_HOST', ${phpString(s.host)} );`,
    `define( 'WPMS_SMTP_PORT', ${s.port} );`,
    `define( 'WPMS_SSL', '${ssl}' ); // ${comment(t('fix.client.wp.comment.ssl'))}`,
    "define( 'WPMS_SMTP_AUTH', true );",
    `define( 'WPMS_SMTP_USER', ${phpString(s.username)} );`,
    `define( 'WPMS_SMTP_PASS', ${phpString(secret.placeholder)} ); // ${comment(secret.name)}`,
    "define( 'WPMS_SMTP_AUTOTLS', true );",
  ].join('\n');
  return {
    id: 'wp-mail-smtp',
    name: 'WordPress (WP Mail SMTP)',
    kind: 'web-app',
    steps: [
      t('fix.client.wp.open'),
      t('fix.client.wp.host', { host: s.host }),
      t('fix.client.wp.encryption', { encryption: s.security === 'ssl' ? 'SSL' : 'TLS', port: s.port }),
      t('fix.client.wp.auth'),
      t('fix.client.wp.credentials', { username: s.username, secret: secret.name }),
      t('fix.client.wp.test'),
      t('fix.client.wp.config'),
    ],
    snippets: [{ language: 'php', target: t('fix.client.wp.target'), code }],
    notes: [t('fix.client.wp.note')],
    sources: [SRC.wpMailSmtp],
  };
}

function phpmailer(s: FixSettings, tr: Translator): ClientGuide {
  const { t } = tr;
  const secret = secretWords(s, tr);
  const mode =
    s.security === 'ssl'
      ? `PHPMailer::ENCRYPTION_SMTPS; // ${comment(t('fix.client.comment.sslFirstByte'))}`
      : 'PHPMailer::ENCRYPTION_STARTTLS; // STARTTLS';
  const code = [
    '<?php',
    'use PHPMailer\\PHPMailer\\PHPMailer;',
    '',
    '$mail = new PHPMailer(true);',
    '$mail->isSMTP();',
    `$mail->Host = ${phpString(s.host)};`,
    `$mail->Port = ${s.port};`,
    `$mail->SMTPSecure = ${mode}`,
    '$mail->SMTPAuth = true;',
    `$mail->Username = ${phpString(s.username)};`,
    `$mail->Password = getenv('SMTP_PASSWORD'); // ${comment(secret.name)}`,
    `$mail->setFrom(${phpString(fromOf(s))});`,
  ].join('\n');
  return {
    id: 'phpmailer',
    name: 'PHPMailer',
    kind: 'code',
    steps: [t('fix.client.phpmailer.step')],
    snippets: [{ language: 'php', target: t('fix.client.phpmailer.target'), code }],
    notes: [],
    sources: [SRC.phpmailer],
  };
}

function nodemailer(s: FixSettings, tr: Translator): ClientGuide {
  const { t } = tr;
  const secret = secretWords(s, tr);
  const tls =
    s.security === 'ssl'
      ? [`  secure: true, // ${comment(t('fix.client.comment.sslFirstByte'))}`]
      : [
          `  secure: false, // ${comment(t('fix.client.nodemailer.comment.starttls'))}`,
          `  requireTLS: true, // ${comment(t('fix.client.nodemailer.comment.requireTls'))}`,
        ];
  const code = [
    "import nodemailer from 'nodemailer';",
    '',
    'const transporter = nodemailer.createTransport({',
    `  host: ${jsString(s.host)},`,
    `  port: ${s.port},`,
    ...tls,
    `  auth: { user: ${jsString(s.username)}, pass: process.env.SMTP_PASSWORD }, // ${comment(secret.name)}`,
    '});',
    '',
    `await transporter.sendMail({ from: ${jsString(fromOf(s))}, to: ${jsString(fromOf(s))}, subject: 'Test', text: 'It works.' });`,
  ].join('\n');
  return {
    id: 'nodemailer',
    name: 'Nodemailer (Node.js)',
    kind: 'code',
    steps: [t('fix.client.nodemailer.step')],
    snippets: [{ language: 'javascript', target: t('fix.client.nodemailer.target'), code }],
    notes: [],
    sources: [SRC.nodemailer],
  };
}

function pythonSmtplib(s: FixSettings, tr: Translator): ClientGuide {
  const { t } = tr;
  const secret = secretWords(s, tr);
  const from = fromOf(s);
  const connect =
    s.security === 'ssl'
      ? [`with smtplib.SMTP_SSL(${pyString(s.host)}, ${s.port}, context=context) as smtp:`]
      : [`with smtplib.SMTP(${pyString(s.host)}, ${s.port}) as smtp:`, '    smtp.starttls(context=context)'];
  const code = [
    'import os',
    'import smtplib',
    'import ssl',
    'from email.message import EmailMessage',
    '',
    'msg = EmailMessage()',
    `msg["From"] = ${pyString(from)}`,
    `msg["To"] = ${pyString(from)}`,
    'msg["Subject"] = "Test"',
    'msg.set_content("It works.")',
    '',
    'context = ssl.create_default_context()',
    ...connect,
    `    smtp.login(${pyString(s.username)}, os.environ["SMTP_PASSWORD"])  # ${comment(secret.name)}`,
    '    smtp.send_message(msg)',
  ].join('\n');
  return {
    id: 'python-smtplib',
    name: 'Python smtplib',
    kind: 'code',
    steps: [t('fix.client.python.step')],
    snippets: [{ language: 'python', target: t('fix.client.python.target'), code }],
    notes: [s.security === 'ssl' ? t('fix.client.python.note.ssl') : t('fix.client.python.note.starttls')],
    sources: [SRC.python],
  };
}

function laravelEnv(s: FixSettings, tr: Translator): ClientGuide {
  const { t } = tr;
  const secret = secretWords(s, tr);
  const code = [
    'MAIL_MAILER=smtp',
    `# ${comment(t('fix.client.laravel.comment.scheme'))}`,
    `MAIL_SCHEME=${s.security === 'ssl' ? 'smtps' : 'smtp'}`,
    `MAIL_HOST=${dotenvValue(s.host)}`,
    `MAIL_PORT=${s.port}`,
    `MAIL_USERNAME=${dotenvValue(s.username)}`,
    `# ${comment(secret.name)}`,
    `MAIL_PASSWORD=${dotenvValue(secret.placeholder)}`,
    `MAIL_FROM_ADDRESS=${dotenvValue(fromOf(s))}`,
  ].join('\n');
  const legacy = [
    `# ${comment(t('fix.client.laravel.comment.legacy'))}`,
    `MAIL_ENCRYPTION=${s.security === 'ssl' ? 'ssl' : 'tls'}`,
  ].join('\n');
  return {
    id: 'laravel-env',
    name: 'Laravel (.env)',
    kind: 'code',
    steps: [t('fix.client.laravel.step')],
    snippets: [
      { language: 'dotenv', target: t('fix.client.laravel.target.current'), code },
      { language: 'dotenv', target: t('fix.client.laravel.target.legacy'), code: legacy },
    ],
    notes: [t('fix.client.laravel.note')],
    sources: [SRC.laravelEnv, SRC.laravelScheme, SRC.laravelRenamed, SRC.phpdotenv],
  };
}

function postfix(s: FixSettings, tr: Translator): ClientGuide {
  const { t } = tr;
  const secret = secretWords(s, tr);
  const host = configHost(s.host);
  const relay = `[${host}]:${s.port}`;
  const user = oneLine(s.username);
  const mainCf = [
    `relayhost = ${relay}`,
    'smtp_sasl_auth_enable = yes',
    'smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd',
    'smtp_sasl_security_options = noanonymous',
    'smtp_tls_security_level = encrypt',
    ...(s.security === 'ssl'
      ? [`# ${comment(t('fix.client.postfix.comment.wrapper'))}`, 'smtp_tls_wrappermode = yes']
      : []),
  ].join('\n');
  const saslPasswd = [`${relay} ${user}:${secret.placeholder}`].join('\n');
  const commands = [
    'sudo postmap /etc/postfix/sasl_passwd',
    'sudo chmod 600 /etc/postfix/sasl_passwd /etc/postfix/sasl_passwd.db',
    'sudo systemctl reload postfix',
  ].join('\n');
  const notes = [t('fix.client.postfix.note')];
  if (user.includes(':')) notes.push(t('fix.client.postfix.colon'));
  if (host !== s.host) notes.push(t('fix.client.postfix.hostCleaned'));
  return {
    id: 'postfix',
    name: 'Postfix (relayhost)',
    kind: 'server',
    steps: [
      t('fix.client.postfix.mainCf'),
      t('fix.client.postfix.saslPasswd', { secret: secret.name }),
      t('fix.client.postfix.commands'),
    ],
    snippets: [
      { language: 'postfix', target: '/etc/postfix/main.cf', code: mainCf },
      { language: 'postfix', target: '/etc/postfix/sasl_passwd', code: saslPasswd },
      { language: 'text', target: t('fix.client.postfix.target.shell'), code: commands },
    ],
    notes,
    sources: [SRC.postfixSasl, SRC.postfixGce, SRC.postfixWrapper],
  };
}

const BUILDERS: Record<ClientId, (s: FixSettings, translator: Translator) => ClientGuide> = {
  thunderbird,
  outlook,
  'apple-mail': appleMail,
  'gmail-send-as': gmailSendAs,
  'wp-mail-smtp': wpMailSmtp,
  phpmailer,
  nodemailer,
  'python-smtplib': pythonSmtplib,
  'laravel-env': laravelEnv,
  postfix,
};

export const CLIENT_IDS = Object.keys(BUILDERS) as ClientId[];

/** The guide for one client. */
export function buildClientGuide(
  id: ClientId,
  settings: FixSettings,
  translator: Translator = ENGLISH,
): ClientGuide {
  return BUILDERS[id](clean(settings), translator);
}

/** Guides for every client, in a fixed order (mail apps, web apps, code, server). */
export function buildClientGuides(settings: FixSettings, translator: Translator = ENGLISH): ClientGuide[] {
  return CLIENT_IDS.map((id) => buildClientGuide(id, settings, translator));
}

export { securityLabel };
