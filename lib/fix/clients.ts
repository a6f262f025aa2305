/**
 * Per-client instructions and snippets, all generated from one FixSettings record. Secrets are
 * never written into a snippet: code reads them from the environment, config files get a placeholder.
 */
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

function fromOf(s: FixSettings): string {
  if (s.fromAddress) return s.fromAddress;
  return s.username.includes('@') ? s.username : 'you@example.com';
}

function thunderbird(s: FixSettings): ClientGuide {
  const secret = secretWords(s);
  return {
    id: 'thunderbird',
    name: 'Thunderbird',
    kind: 'mail-app',
    steps: [
      'Open Account Settings and select "Outgoing Server (SMTP)" in the left pane.',
      `Select the server your account uses and click Edit (or Add for a new one).`,
      `Server Name: ${s.host}`,
      `Port: ${s.port}`,
      `Connection security: ${s.security === 'ssl' ? 'SSL/TLS' : 'STARTTLS'}`,
      'Authentication method: Normal password (OAuth2 if the provider requires it)',
      `User Name: ${s.username}`,
      `Click OK. Thunderbird asks for the password on the next send: enter ${secret.name}.`,
    ],
    snippets: [],
    notes: ['One outgoing server can serve several accounts: changing it affects them all.'],
    sources: [SRC.thunderbirdSmtp, SRC.thunderbirdAuth],
  };
}

function outlook(s: FixSettings): ClientGuide {
  const secret = secretWords(s);
  return {
    id: 'outlook',
    name: 'Outlook (classic desktop)',
    kind: 'mail-app',
    steps: [
      'Choose File → Account Settings → Account Settings, then double-click the account.',
      `Outgoing mail server (SMTP): ${s.host}`,
      'Open More Settings → Outgoing Server and tick "My outgoing server (SMTP) requires authentication".',
      `On the Advanced tab set the outgoing server port to ${s.port} and the encryption to ${s.security === 'ssl' ? 'SSL/TLS' : 'STARTTLS'}.`,
      `User name: ${s.username}; password: ${secret.name}.`,
      'Click OK, Next and let Outlook test the settings.',
    ],
    snippets: [],
    notes: [
      'Outlook.com and Microsoft 365 accounts added with "sign in with Microsoft" use OAuth and need none of this.',
    ],
    sources: [SRC.outlookAccount, SRC.outlookAuth],
  };
}

function appleMail(s: FixSettings): ClientGuide {
  const secret = secretWords(s);
  return {
    id: 'apple-mail',
    name: 'Apple Mail (Mac)',
    kind: 'mail-app',
    steps: [
      'Choose Mail → Settings (Preferences on older macOS) → Accounts, select the account and click Server Settings.',
      'Open the Outgoing Account pop-up menu and choose Edit SMTP Server List.',
      `Host Name: ${s.host}`,
      `User Name: ${s.username}; Password: ${secret.name}`,
      `Turn off "Automatically manage connection settings", then set Port to ${s.port} and turn TLS/SSL on.`,
      'Click OK, then Save.',
    ],
    snippets: [],
    notes: [
      'With "Automatically manage connection settings" on, Mail tries other ports and TLS modes by itself when a send fails.',
    ],
    sources: [SRC.appleMail],
  };
}

function gmailSendAs(s: FixSettings): ClientGuide {
  const secret = secretWords(s);
  return {
    id: 'gmail-send-as',
    name: 'Gmail "Send mail as"',
    kind: 'web-app',
    steps: [
      'In Gmail open Settings → See all settings → Accounts and Import.',
      'Under "Send mail as" click "Add another email address", enter the name and address, click Next.',
      `SMTP Server: ${s.host}; Port: ${s.port}`,
      `Username: ${s.username}; Password: ${secret.name}`,
      s.security === 'ssl'
        ? 'Choose "Secured connection using SSL" (SSL from the first byte, usually port 465).'
        : 'Choose "Secured connection using TLS" (Google\'s name for STARTTLS, usually port 587).',
      'Click Add Account, then confirm the code Gmail sends to that address.',
    ],
    snippets: [],
    notes: [
      "Gmail sends through the other provider's server here, so that provider's app-password rules apply.",
    ],
    sources: [SRC.gmailSendAs, SRC.gmailSendAsSteps],
  };
}

function wpMailSmtp(s: FixSettings): ClientGuide {
  const secret = secretWords(s);
  const ssl = s.security === 'ssl' ? 'ssl' : 'tls';
  const code = [
    "define( 'WPMS_ON', true );",
    "define( 'WPMS_MAILER', 'smtp' );",
    `define( 'WPMS_SMTP_HOST', ${phpString(s.host)} );`,
    `define( 'WPMS_SMTP_PORT', ${s.port} );`,
    `define( 'WPMS_SSL', '${ssl}' ); // 'ssl' = SSL/TLS (465), 'tls' = STARTTLS (587)`,
    "define( 'WPMS_SMTP_AUTH', true );",
    `define( 'WPMS_SMTP_USER', ${phpString(s.username)} );`,
    `define( 'WPMS_SMTP_PASS', ${phpString(secret.placeholder)} ); // ${secret.name}`,
    "define( 'WPMS_SMTP_AUTOTLS', true );",
  ].join('\n');
  return {
    id: 'wp-mail-smtp',
    name: 'WordPress (WP Mail SMTP)',
    kind: 'web-app',
    steps: [
      'In WordPress open WP Mail SMTP → Settings and choose the "Other SMTP" mailer.',
      `SMTP Host: ${s.host}`,
      `Encryption: ${s.security === 'ssl' ? 'SSL' : 'TLS'}; SMTP Port: ${s.port}`,
      'Authentication: on',
      `SMTP Username: ${s.username}; SMTP Password: ${secret.name}`,
      'Save, then use WP Mail SMTP → Tools → Email Test.',
      'Or put the settings in wp-config.php (below), which keeps the password out of the database.',
    ],
    snippets: [
      { language: 'php', target: 'wp-config.php, above the line "That\'s all, stop editing!"', code },
    ],
    notes: [
      'In WP Mail SMTP (as in PHPMailer) "TLS" means STARTTLS and "SSL" means TLS from the first byte.',
    ],
    sources: [SRC.wpMailSmtp],
  };
}

function phpmailer(s: FixSettings): ClientGuide {
  const secret = secretWords(s);
  const mode =
    s.security === 'ssl'
      ? 'PHPMailer::ENCRYPTION_SMTPS; // SSL/TLS from the first byte'
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
    `$mail->Password = getenv('SMTP_PASSWORD'); // ${secret.name}`,
    `$mail->setFrom(${phpString(fromOf(s))});`,
  ].join('\n');
  return {
    id: 'phpmailer',
    name: 'PHPMailer',
    kind: 'code',
    steps: ['Set the SMTP properties as below; keep the password in the SMTP_PASSWORD environment variable.'],
    snippets: [{ language: 'php', target: 'your mail-sending PHP code', code }],
    notes: [],
    sources: [SRC.phpmailer],
  };
}

function nodemailer(s: FixSettings): ClientGuide {
  const secret = secretWords(s);
  const tls =
    s.security === 'ssl'
      ? ['  secure: true, // SSL/TLS from the first byte']
      : [
          '  secure: false, // plain connect, then STARTTLS',
          '  requireTLS: true, // refuse to send if STARTTLS is not offered',
        ];
  const code = [
    "import nodemailer from 'nodemailer';",
    '',
    'const transporter = nodemailer.createTransport({',
    `  host: ${jsString(s.host)},`,
    `  port: ${s.port},`,
    ...tls,
    `  auth: { user: ${jsString(s.username)}, pass: process.env.SMTP_PASSWORD }, // ${secret.name}`,
    '});',
    '',
    `await transporter.sendMail({ from: ${jsString(fromOf(s))}, to: ${jsString(fromOf(s))}, subject: 'Test', text: 'It works.' });`,
  ].join('\n');
  return {
    id: 'nodemailer',
    name: 'Nodemailer (Node.js)',
    kind: 'code',
    steps: ['Create the transport as below; keep the password in the SMTP_PASSWORD environment variable.'],
    snippets: [{ language: 'javascript', target: 'your Node.js code', code }],
    notes: [],
    sources: [SRC.nodemailer],
  };
}

function pythonSmtplib(s: FixSettings): ClientGuide {
  const secret = secretWords(s);
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
    `    smtp.login(${pyString(s.username)}, os.environ["SMTP_PASSWORD"])  # ${secret.name}`,
    '    smtp.send_message(msg)',
  ].join('\n');
  return {
    id: 'python-smtplib',
    name: 'Python smtplib',
    kind: 'code',
    steps: ['Send as below; keep the password in the SMTP_PASSWORD environment variable.'],
    snippets: [{ language: 'python', target: 'your Python code', code }],
    notes: [
      s.security === 'ssl'
        ? 'SMTP_SSL speaks TLS from the first byte (port 465).'
        : 'smtplib.SMTP connects in plain text; starttls() switches to TLS before login.',
    ],
    sources: [SRC.python],
  };
}

function laravelEnv(s: FixSettings): ClientGuide {
  const secret = secretWords(s);
  const code = [
    'MAIL_MAILER=smtp',
    `# smtps = SSL/TLS from the first byte; smtp = plain connect, upgraded with STARTTLS when offered`,
    `MAIL_SCHEME=${s.security === 'ssl' ? 'smtps' : 'smtp'}`,
    `MAIL_HOST=${dotenvValue(s.host)}`,
    `MAIL_PORT=${s.port}`,
    `MAIL_USERNAME=${dotenvValue(s.username)}`,
    `# ${secret.name}`,
    `MAIL_PASSWORD=${dotenvValue(secret.placeholder)}`,
    `MAIL_FROM_ADDRESS=${dotenvValue(fromOf(s))}`,
  ].join('\n');
  const legacy = [
    '# Laravel 10 and older read MAIL_ENCRYPTION instead of MAIL_SCHEME:',
    `MAIL_ENCRYPTION=${s.security === 'ssl' ? 'ssl' : 'tls'}`,
  ].join('\n');
  return {
    id: 'laravel-env',
    name: 'Laravel (.env)',
    kind: 'code',
    steps: ['Put these lines in .env, replace the password placeholder, then run php artisan config:clear.'],
    snippets: [
      { language: 'dotenv', target: '.env (Laravel 11.x / 12)', code },
      { language: 'dotenv', target: '.env (Laravel 10 and older)', code: legacy },
    ],
    notes: [
      'Current Laravel ignores MAIL_ENCRYPTION: symfony/mailer picks TLS from MAIL_SCHEME (or from port 465 when the scheme is empty).',
    ],
    sources: [SRC.laravelEnv, SRC.laravelScheme, SRC.laravelRenamed, SRC.phpdotenv],
  };
}

function postfix(s: FixSettings): ClientGuide {
  const secret = secretWords(s);
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
      ? ['# port 465 speaks TLS from the first byte', 'smtp_tls_wrappermode = yes']
      : []),
  ].join('\n');
  const saslPasswd = [`${relay} ${user}:${secret.placeholder}`].join('\n');
  const commands = [
    'sudo postmap /etc/postfix/sasl_passwd',
    'sudo chmod 600 /etc/postfix/sasl_passwd /etc/postfix/sasl_passwd.db',
    'sudo systemctl reload postfix',
  ].join('\n');
  const notes = ['This makes Postfix hand every message to the relay: it no longer needs outbound port 25.'];
  if (user.includes(':'))
    notes.push(
      'The user name contains ":", which sasl_passwd uses as the separator: check it with your provider.',
    );
  if (host !== s.host)
    notes.push('Characters that cannot appear in a host name were removed from the server name.');
  return {
    id: 'postfix',
    name: 'Postfix (relayhost)',
    kind: 'server',
    steps: [
      `Add the lines below to /etc/postfix/main.cf (replace any existing relayhost).`,
      `Create /etc/postfix/sasl_passwd with the user name and ${secret.name}.`,
      'Hash it, protect it and reload Postfix with the commands below.',
    ],
    snippets: [
      { language: 'postfix', target: '/etc/postfix/main.cf', code: mainCf },
      { language: 'postfix', target: '/etc/postfix/sasl_passwd', code: saslPasswd },
      { language: 'text', target: 'shell', code: commands },
    ],
    notes,
    sources: [SRC.postfixSasl, SRC.postfixGce, SRC.postfixWrapper],
  };
}

const BUILDERS: Record<ClientId, (s: FixSettings) => ClientGuide> = {
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
export function buildClientGuide(id: ClientId, settings: FixSettings): ClientGuide {
  return BUILDERS[id](clean(settings));
}

/** Guides for every client, in a fixed order (mail apps, web apps, code, server). */
export function buildClientGuides(settings: FixSettings): ClientGuide[] {
  return CLIENT_IDS.map((id) => buildClientGuide(id, settings));
}

export { securityLabel };
