import { ispdb, NODEMAILER_SERVICES } from './sources';
import { CHECKED, type ProviderRecord } from './types';

const GOOGLE_APP_PASSWORDS = 'https://support.google.com/accounts/answer/185833';
const GOOGLE_SMTP_HELP = 'https://support.google.com/mail/answer/7126229';

const gmailServers: ProviderRecord['submission'] = [
  { host: 'smtp.gmail.com', port: 465, security: 'ssl' },
  {
    host: 'smtp.gmail.com',
    port: 587,
    security: 'starttls',
    note: 'Google: "Use port 465, or port 587 if your client begins with plain text before issuing the STARTTLS command".',
  },
];

const gmailSources = [
  ispdb('googlemail.com.xml'),
  {
    url: 'https://mailconfiguration.com/gmail/gmail-imap-pop-smtp-settings/',
    title: 'Gmail SMTP settings (quoting Google)',
    secondary: true,
  },
  { url: GOOGLE_SMTP_HELP, title: 'Google: Read Gmail messages on other email clients using POP/IMAP' },
];

export const gmail: ProviderRecord = {
  id: 'gmail',
  name: 'Gmail',
  kind: 'mailbox',
  domains: ['gmail.com', 'googlemail.com'],
  mxSuffixes: [],
  submission: gmailServers,
  username: { form: 'email' },
  auth: [
    {
      kind: 'app-password',
      when: 'with-2fa',
      text: 'Google no longer accepts the account password from mail apps. Use an app password (needs 2-Step Verification) or an app that signs in with Google (OAuth).',
      helpUrl: GOOGLE_APP_PASSWORDS,
    },
    {
      kind: 'oauth2',
      when: 'alternative',
      text: 'Apps that offer "Sign in with Google" (OAuth2) need no app password.',
    },
  ],
  supports2525: false,
  helpUrl: GOOGLE_SMTP_HELP,
  notes: ['"Less secure apps" (password sign-in) was turned off for personal accounts on 2022-05-30.'],
  sources: [
    ...gmailSources,
    { url: GOOGLE_APP_PASSWORDS, title: 'Google: Sign in with app passwords' },
    {
      url: 'https://guanacostech.com/blog/blog-lsa.html',
      title: 'Less secure apps turn-off date',
      secondary: true,
    },
  ],
  checked: CHECKED,
};

export const googleWorkspace: ProviderRecord = {
  id: 'google-workspace',
  name: 'Google Workspace',
  kind: 'mailbox',
  domains: [],
  mxSuffixes: ['google.com', 'googlemail.com'],
  submission: gmailServers,
  variants: [
    {
      id: 'smtp-relay',
      label: 'Workspace SMTP relay service (set up by the admin; IP or SMTP-AUTH)',
      host: 'smtp-relay.gmail.com',
      sources: [NODEMAILER_SERVICES],
    },
  ],
  username: { form: 'email' },
  auth: [
    {
      kind: 'app-password',
      when: 'with-2fa',
      text: 'Since 2024-09-30 Workspace accounts accept only OAuth or app passwords from mail apps; password sign-in ("less secure apps") is off.',
      helpUrl: 'https://support.google.com/a/answer/14114704',
    },
    {
      kind: 'oauth2',
      when: 'alternative',
      text: 'Apps that sign in with Google (OAuth2) need no app password.',
    },
  ],
  supports2525: false,
  helpUrl: 'https://support.google.com/a/answer/14114704',
  sources: [
    ...gmailSources,
    {
      url: 'https://support.google.com/a/answer/14114704',
      title: 'Google Workspace: transition from less secure apps',
    },
    {
      url: 'https://umzuzu.com/google-sunsets-less-secure-apps-access-making-the-transition-to-oauth-and-app-passwords',
      title: 'Google sunsets less secure apps (timeline)',
      secondary: true,
    },
    NODEMAILER_SERVICES,
  ],
  checked: CHECKED,
};

const OUTLOOK_HELP =
  'https://support.office.com/article/pop-imap-and-smtp-settings-for-outlook-com-d088b986-291d-42b8-9564-9c414e2aa040';

export const outlookCom: ProviderRecord = {
  id: 'outlook-com',
  name: 'Outlook.com / Hotmail',
  kind: 'mailbox',
  domains: [
    'outlook.com',
    'hotmail.com',
    'live.com',
    'msn.com',
    'windowslive.com',
    'livemail.tw',
    ...[
      'at',
      'be',
      'cl',
      'co.id',
      'co.il',
      'co.th',
      'com.ar',
      'com.au',
      'com.br',
      'com.gr',
      'com.tr',
      'com.vn',
    ]
      .concat([
        'cz',
        'de',
        'dk',
        'es',
        'fr',
        'hu',
        'ie',
        'in',
        'it',
        'jp',
        'kr',
        'lv',
        'my',
        'ph',
        'pt',
        'sa',
        'sg',
        'sk',
      ])
      .map((tld) => `outlook.${tld}`),
    ...[
      'be',
      'ca',
      'cl',
      'co.id',
      'co.il',
      'co.in',
      'co.jp',
      'co.kr',
      'co.th',
      'co.uk',
      'co.za',
      'com.ar',
      'com.au',
    ]
      .concat([
        'com.br',
        'com.hk',
        'com.tr',
        'com.tw',
        'com.vn',
        'cz',
        'de',
        'dk',
        'es',
        'fi',
        'fr',
        'gr',
        'hu',
        'it',
      ])
      .concat(['lt', 'lv', 'my', 'nl', 'no', 'ph', 'rs', 'se', 'sg', 'sk'])
      .map((tld) => `hotmail.${tld}`),
    ...[
      'at',
      'be',
      'ca',
      'cl',
      'cn',
      'co.jp',
      'co.kr',
      'co.uk',
      'co.za',
      'com.ar',
      'com.au',
      'com.mx',
      'com.my',
    ]
      .concat([
        'com.ph',
        'com.pt',
        'com.sg',
        'de',
        'dk',
        'fi',
        'fr',
        'hk',
        'ie',
        'in',
        'it',
        'jp',
        'nl',
        'no',
        'ru',
        'se',
      ])
      .map((tld) => `live.${tld}`),
  ],
  mxSuffixes: ['olc.protection.outlook.com'],
  submission: [{ host: 'smtp-mail.outlook.com', port: 587, security: 'starttls' }],
  username: { form: 'email' },
  auth: [
    {
      kind: 'oauth2',
      when: 'always',
      text: 'Personal Microsoft accounts accept only modern authentication (OAuth2) since 2024-09-16; passwords and app passwords no longer work for SMTP. Use a mail app that signs in with Microsoft.',
      helpUrl: OUTLOOK_HELP,
    },
  ],
  supports2525: false,
  helpUrl: OUTLOOK_HELP,
  sources: [
    ispdb('hotmail.com.xml'),
    {
      url: 'https://techissuestoday.com/how-to-update-outlook-email-settings-to-avoid-losing-access-after-september-16/',
      title: 'Outlook.com Basic Authentication end (2024-09-16)',
      secondary: true,
    },
    {
      url: 'https://patriotmail.ai/blog/microsoft-modern-authentication-outlook-app-passwords',
      title: 'Outlook app passwords are gone for personal accounts',
      date: '2026-03-25',
      secondary: true,
    },
  ],
  checked: CHECKED,
};

const M365_SMTP_AUTH =
  'https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission';

export const microsoft365: ProviderRecord = {
  id: 'microsoft-365',
  name: 'Microsoft 365 / Exchange Online',
  kind: 'mailbox',
  domains: ['onmicrosoft.com'],
  mxSuffixes: ['mail.protection.outlook.com'],
  submission: [
    {
      host: 'smtp.office365.com',
      port: 587,
      security: 'starttls',
      note: 'Microsoft 365 offers no port 465.',
    },
  ],
  username: { form: 'email', note: 'The sign-in name (UPN) of the mailbox, usually its address.' },
  auth: [
    {
      kind: 'account-setting',
      when: 'always',
      text: 'SMTP AUTH is disabled for organisations created after January 2020; an admin must allow it for the tenant (SmtpClientAuthenticationDisabled) and for the mailbox ("Authenticated SMTP"), and Security Defaults must not block it.',
      helpUrl: M365_SMTP_AUTH,
    },
    {
      kind: 'oauth2',
      when: 'alternative',
      text: 'Basic authentication for SMTP AUTH is being retired (see the advisory with dates); OAuth2 keeps working.',
      helpUrl:
        'https://techcommunity.microsoft.com/t5/exchange-team-blog/exchange-online-to-retire-basic-auth-for-client-submission-smtp/ba-p/4114750',
    },
  ],
  supports2525: false,
  helpUrl: M365_SMTP_AUTH,
  sources: [
    ispdb('office365.com.xml'),
    NODEMAILER_SERVICES,
    {
      url: 'https://github.com/odoo/documentation/issues/4794',
      title: 'Exchange Online has SMTP AUTH disabled by default (links MS Learn)',
      secondary: true,
    },
    {
      url: 'https://inflowave.netlify.app/resources/smtp-credentials-microsoft-365',
      title: 'The three SMTP AUTH gates',
      secondary: true,
    },
  ],
  checked: CHECKED,
};

const YAHOO_APP_PASSWORDS = 'https://help.yahoo.com/kb/generate-manage-rd-party-passwords-sln15241.html';

export const yahoo: ProviderRecord = {
  id: 'yahoo',
  name: 'Yahoo Mail',
  kind: 'mailbox',
  domains: [
    'yahoo.com',
    'yahoo.ca',
    'yahoo.co.in',
    'yahoo.co.nz',
    'yahoo.co.uk',
    'yahoo.com.ar',
    'yahoo.com.au',
    'yahoo.com.br',
    'yahoo.com.mx',
    'yahoo.de',
    'yahoo.es',
    'yahoo.fr',
    'yahoo.it',
    'yahoo.se',
    'ymail.com',
    'myyahoo.com',
    'rocketmail.com',
    'cox.net',
  ],
  mxSuffixes: ['am0.yahoodns.net'],
  submission: [
    { host: 'smtp.mail.yahoo.com', port: 465, security: 'ssl' },
    {
      host: 'smtp.mail.yahoo.com',
      port: 587,
      security: 'starttls',
      note: 'Reported by third-party guides; Thunderbird lists only 465.',
      verified: false,
    },
  ],
  username: { form: 'email' },
  auth: [
    {
      kind: 'app-password',
      when: 'always',
      text: 'Mail apps that do not use Yahoo\'s own sign-in page need an app password ("Generate app password" under Account Security).',
      helpUrl: YAHOO_APP_PASSWORDS,
    },
    {
      kind: 'oauth2',
      when: 'alternative',
      text: "Apps that sign in through Yahoo's page (OAuth2) need no app password.",
    },
  ],
  supports2525: false,
  helpUrl: YAHOO_APP_PASSWORDS,
  sources: [
    ispdb('yahoo.com.xml'),
    { url: YAHOO_APP_PASSWORDS, title: 'Yahoo Help: Generate and manage 3rd-party app passwords' },
    {
      url: 'https://xenocept.com/docs/email-setup/yahoo.html',
      title: 'Yahoo Mail SMTP set-up guide',
      secondary: true,
    },
  ],
  checked: CHECKED,
};

export const aol: ProviderRecord = {
  id: 'aol',
  name: 'AOL Mail',
  kind: 'mailbox',
  domains: [
    'aol.com',
    'aim.com',
    'aol.co.nz',
    'aol.co.uk',
    'aol.com.ar',
    'aol.com.au',
    'aol.com.br',
    'aol.com.mx',
    'aol.de',
    'aol.es',
    'aol.fr',
    'aol.it',
    'aol.se',
    'compuserve.com',
    'cs.com',
    'netscape.com',
    'netscape.net',
    'wmconnect.com',
  ],
  mxSuffixes: ['gm0.yahoodns.net'],
  submission: [
    { host: 'smtp.aol.com', port: 465, security: 'ssl' },
    {
      host: 'smtp.aol.com',
      port: 587,
      security: 'starttls',
      note: 'Listed by Nodemailer; Thunderbird lists only 465.',
      verified: false,
    },
  ],
  username: { form: 'email' },
  auth: [
    {
      kind: 'oauth2',
      when: 'alternative',
      text: 'AOL accepts OAuth2 or a password. Whether it requires an app password for mail apps is not confirmed by a stored source.',
      helpUrl:
        'https://help.aol.com/articles/how-do-i-use-other-email-applications-to-send-and-receive-my-aol-mail',
    },
  ],
  supports2525: false,
  helpUrl:
    'https://help.aol.com/articles/how-do-i-use-other-email-applications-to-send-and-receive-my-aol-mail',
  sources: [ispdb('aol.com.xml'), NODEMAILER_SERVICES],
  checked: CHECKED,
};

const APPLE_APP_PASSWORDS = 'https://support.apple.com/en-us/HT204397';

export const icloud: ProviderRecord = {
  id: 'icloud',
  name: 'iCloud Mail',
  kind: 'mailbox',
  domains: ['icloud.com', 'me.com', 'mac.com'],
  mxSuffixes: ['mail.icloud.com'],
  submission: [
    {
      host: 'smtp.mail.me.com',
      port: 587,
      security: 'starttls',
      note: 'Use 587: reports about 465 disagree.',
    },
  ],
  username: { form: 'email', note: 'Your iCloud address, also when you send from a custom domain.' },
  auth: [
    {
      kind: 'app-password',
      when: 'always',
      text: 'iCloud rejects the Apple Account password over SMTP: create an app-specific password (needs two-factor authentication).',
      helpUrl: APPLE_APP_PASSWORDS,
    },
  ],
  supports2525: false,
  helpUrl: 'https://support.apple.com/HT202304',
  sources: [
    ispdb('me.com.xml'),
    {
      url: 'https://developer.nylas.com/docs/provider-guides/icloud/',
      title: 'Apple requires an app-specific password (links Apple HT204397)',
      secondary: true,
    },
    {
      url: 'https://github.com/chatmail/provider-db/blob/master/_providers/icloud.md',
      title: 'Delta Chat provider DB: iCloud',
      secondary: true,
    },
    {
      url: 'https://meshworld.in/blog/devops/email/icloud-smtp-server',
      title: 'iCloud SMTP server (465 disputed)',
      secondary: true,
    },
  ],
  checked: CHECKED,
};

const ZOHO_SMTP_HELP = 'https://www.zoho.com/mail/help/zoho-smtp.html';

export const zoho: ProviderRecord = {
  id: 'zoho',
  name: 'Zoho Mail',
  kind: 'mailbox',
  domains: ['zoho.com', 'zohomail.com'],
  mxSuffixes: ['zoho.com'],
  submission: [
    { host: 'smtp.zoho.com', port: 465, security: 'ssl' },
    { host: 'smtp.zoho.com', port: 587, security: 'starttls' },
  ],
  variants: [
    {
      id: 'eu',
      label: 'EU data centre',
      host: 'smtp.zoho.eu',
      domains: ['zoho.eu', 'zohomail.eu'],
      mxSuffixes: ['zoho.eu'],
      sources: [ispdb('zoho.eu.xml')],
    },
    {
      id: 'in',
      label: 'India data centre',
      host: 'smtp.zoho.in',
      domains: ['zoho.in', 'zohomail.in'],
      mxSuffixes: ['zoho.in'],
      sources: [ispdb('zoho.in.xml')],
    },
    {
      id: 'au',
      label: 'Australia data centre',
      host: 'smtp.zoho.com.au',
      domains: ['zoho.com.au', 'zohomail.com.au'],
      mxSuffixes: ['zoho.com.au'],
      sources: [ispdb('zoho.com.au.xml')],
    },
    {
      id: 'jp',
      label: 'Japan data centre',
      host: 'smtp.zoho.jp',
      domains: ['zoho.jp', 'zohomail.jp'],
      mxSuffixes: ['zoho.jp'],
      sources: [ispdb('zoho.jp.xml')],
    },
    {
      id: 'ca',
      label: 'Canada data centre',
      host: 'smtp.zohocloud.ca',
      domains: ['zohocloud.ca', 'zohomailcloud.ca'],
      mxSuffixes: ['zohocloud.ca'],
      sources: [ispdb('zohocloud.ca.xml')],
    },
    {
      id: 'org',
      label: 'Organisation (custom-domain) accounts, US data centre',
      host: 'smtppro.zoho.com',
      verified: false,
      sources: [{ url: 'https://postigo.net/smtp/zoho', title: 'Zoho SMTP settings', secondary: true }],
    },
  ],
  username: { form: 'email' },
  auth: [
    {
      kind: 'app-password',
      when: 'with-2fa',
      text: 'With two-factor authentication on, mail apps need an application-specific password.',
      helpUrl: ZOHO_SMTP_HELP,
    },
  ],
  supports2525: false,
  helpUrl: ZOHO_SMTP_HELP,
  notes: ['Use the host of the data centre your account lives in (zoho.eu, zoho.in, …).'],
  sources: [
    ispdb('zoho.com.xml'),
    ispdb('zoho.eu.xml'),
    { url: ZOHO_SMTP_HELP, title: 'Zoho Mail: SMTP configuration' },
  ],
  checked: CHECKED,
};

const FASTMAIL_PORTS = 'https://www.fastmail.com/help/technical/servernamesandports.html';
const FASTMAIL_APP_PASSWORDS = 'https://www.fastmail.com/help/clients/apppassword.html';

export const fastmail: ProviderRecord = {
  id: 'fastmail',
  name: 'Fastmail',
  kind: 'mailbox',
  domains: ['fastmail.com', 'fastmail.fm'],
  mxSuffixes: ['messagingengine.com'],
  submission: [
    {
      host: 'smtp.fastmail.com',
      port: 465,
      security: 'ssl',
      note: 'Fastmail: "SSL/TLS Encryption Enabled, but not STARTTLS".',
    },
    { host: 'smtp.fastmail.com', port: 587, security: 'starttls' },
  ],
  username: { form: 'email' },
  auth: [
    {
      kind: 'app-password',
      when: 'always',
      text: 'Fastmail: "You cannot use your regular Fastmail password" in mail apps; create an app password.',
      helpUrl: FASTMAIL_APP_PASSWORDS,
    },
    {
      kind: 'paid-plan',
      when: 'always',
      text: 'The Basic plan has no SMTP access.',
      helpUrl: FASTMAIL_PORTS,
    },
  ],
  supports2525: false,
  helpUrl: FASTMAIL_PORTS,
  sources: [
    ispdb('messagingengine.com.xml'),
    { url: FASTMAIL_PORTS, title: 'Fastmail: Server names and ports' },
    { url: FASTMAIL_APP_PASSWORDS, title: 'Fastmail: App passwords' },
    NODEMAILER_SERVICES,
  ],
  checked: CHECKED,
};

const PROTON_BRIDGE = 'https://proton.me/support/protonmail-bridge-faq';

export const protonBridge: ProviderRecord = {
  id: 'proton-bridge',
  name: 'Proton Mail (Bridge)',
  kind: 'mailbox',
  domains: ['proton.me', 'protonmail.com', 'protonmail.ch', 'pm.me'],
  mxSuffixes: ['protonmail.ch'],
  submission: [
    {
      host: '127.0.0.1',
      port: 1025,
      security: 'starttls',
      note: 'Proton Bridge runs on your computer; use the SMTP port Bridge shows (typically 1025). Its certificate is self-signed.',
    },
  ],
  username: { form: 'email' },
  auth: [
    {
      kind: 'bridge-password',
      when: 'always',
      text: 'Use the password Bridge shows, not your Proton account password.',
      helpUrl: PROTON_BRIDGE,
    },
    { kind: 'paid-plan', when: 'always', text: 'Bridge needs a paid Proton plan.', helpUrl: PROTON_BRIDGE },
  ],
  supports2525: false,
  helpUrl: PROTON_BRIDGE,
  sources: [
    { url: PROTON_BRIDGE, title: 'Proton Mail Bridge FAQ' },
    {
      url: 'https://xenocept.com/docs/email-setup/proton.html',
      title: 'Proton Bridge SMTP set-up',
      secondary: true,
    },
  ],
  checked: CHECKED,
};

export const gmx: ProviderRecord = {
  id: 'gmx',
  name: 'GMX',
  kind: 'mailbox',
  domains: [
    ...[
      'gmx.com',
      'gmx.us',
      'gmx.co.uk',
      'gmx.ca',
      'gmx.cn',
      'gmx.co.in',
      'gmx.com.br',
      'gmx.com.my',
      'gmx.com.tr',
    ],
    ...[
      'gmx.es',
      'gmx.fr',
      'gmx.hk',
      'gmx.ie',
      'gmx.it',
      'gmx.li',
      'gmx.ph',
      'gmx.pt',
      'gmx.ru',
      'gmx.se',
      'gmx.sg',
    ],
    ...['gmx.tm', 'gmx.tw'],
  ],
  mxSuffixes: [],
  submission: [
    { host: 'mail.gmx.com', port: 465, security: 'ssl' },
    { host: 'mail.gmx.com', port: 587, security: 'starttls' },
  ],
  variants: [
    {
      id: 'net',
      label: 'gmx.net / gmx.de / gmx.at / gmx.ch accounts',
      host: 'mail.gmx.net',
      domains: ['gmx.net', 'gmx.de', 'gmx.at', 'gmx.ch', 'gmx.eu', 'gmx.biz', 'gmx.org', 'gmx.info'],
      sources: [ispdb('gmx.net.xml')],
    },
  ],
  username: { form: 'email' },
  auth: [
    {
      kind: 'account-setting',
      when: 'always',
      text: 'gmx.net accounts must allow "access via POP3 & IMAP" once in the mail settings (Thunderbird\'s ISPDB says so; whether sending alone needs it is not confirmed).',
      helpUrl: 'https://hilfe.gmx.net/pop-imap/einschalten.html',
      verified: false,
    },
  ],
  supports2525: false,
  helpUrl: 'https://hilfe.gmx.net/pop-imap/imap/imap-serverdaten.html',
  sources: [ispdb('gmx.com.xml'), ispdb('gmx.net.xml'), NODEMAILER_SERVICES],
  checked: CHECKED,
};

export const webDe: ProviderRecord = {
  id: 'web-de',
  name: 'WEB.DE',
  kind: 'mailbox',
  domains: ['web.de'],
  mxSuffixes: [],
  submission: [
    { host: 'smtp.web.de', port: 465, security: 'ssl' },
    { host: 'smtp.web.de', port: 587, security: 'starttls' },
  ],
  username: { form: 'localpart', note: "Thunderbird's ISPDB gives the part before the @." },
  auth: [
    {
      kind: 'account-setting',
      when: 'always',
      text: 'Allow "access via POP3 & IMAP" once in the WEB.DE mail settings (Thunderbird\'s ISPDB says so; whether sending alone needs it is not confirmed).',
      helpUrl: 'https://hilfe.web.de/pop-imap/einschalten.html',
      verified: false,
    },
  ],
  supports2525: false,
  helpUrl: 'https://hilfe.web.de/pop-imap/imap/imap-serverdaten.html',
  sources: [ispdb('web.de.xml')],
  checked: CHECKED,
};

export const mailCom: ProviderRecord = {
  id: 'mail-com',
  name: 'mail.com',
  kind: 'mailbox',
  domains: [
    ...[
      'mail.com',
      'email.com',
      'mail.org',
      'post.com',
      'usa.com',
      'accountant.com',
      'consultant.com',
      'dr.com',
    ],
    ...[
      'engineer.com',
      'cheerful.com',
      'techie.com',
      'linuxmail.org',
      'europe.com',
      'london.com',
      'myself.com',
    ],
    ...[
      'iname.com',
      'writeme.com',
      'workmail.com',
      'programmer.net',
      'journalist.com',
      'lawyer.com',
      'doctor.com',
    ],
    ...[
      'musician.org',
      'graduate.org',
      'teachers.org',
      'collector.org',
      'scientist.com',
      'chemist.com',
      'uymail.com',
    ],
  ],
  mxSuffixes: [],
  submission: [
    { host: 'smtp.mail.com', port: 465, security: 'ssl' },
    { host: 'smtp.mail.com', port: 587, security: 'starttls' },
  ],
  username: { form: 'email' },
  auth: [],
  supports2525: false,
  helpUrl: 'https://www.mail.com/',
  notes: ['mail.com runs about 190 address domains; the ISPDB file lists them all.'],
  sources: [ispdb('mail.com.xml')],
  checked: CHECKED,
};

const YANDEX_APP_PASSWORDS = 'https://yandex.com/support/passport/authorization/app-passwords.html';

export const yandex: ProviderRecord = {
  id: 'yandex',
  name: 'Yandex Mail',
  kind: 'mailbox',
  domains: ['yandex.ru', 'yandex.com', 'yandex.by', 'yandex.kz', 'yandex.ua', 'ya.ru', 'narod.ru'],
  mxSuffixes: ['yandex.net', 'yandex.ru'],
  submission: [{ host: 'smtp.yandex.com', port: 465, security: 'ssl' }],
  variants: [
    { id: 'ru', label: 'Russian host name', host: 'smtp.yandex.ru', sources: [NODEMAILER_SERVICES] },
  ],
  username: { form: 'email' },
  auth: [
    {
      kind: 'app-password',
      when: 'always',
      text: 'Mail apps sign in with an app password; with two-factor authentication on, app passwords are required.',
      helpUrl: YANDEX_APP_PASSWORDS,
    },
    { kind: 'oauth2', when: 'alternative', text: "Yandex's SMTP server also accepts OAuth (XOAUTH2)." },
  ],
  supports2525: false,
  helpUrl: YANDEX_APP_PASSWORDS,
  sources: [
    ispdb('yandex.ru.xml'),
    { url: YANDEX_APP_PASSWORDS, title: 'Yandex ID: App passwords' },
    {
      url: 'https://yandex.ru/support/mail-business/web/security/oauth.html',
      title: 'Yandex Mail: OAuth for IMAP and SMTP',
    },
    NODEMAILER_SERVICES,
  ],
  checked: CHECKED,
};

export const MAILBOX_PROVIDERS: readonly ProviderRecord[] = [
  gmail,
  googleWorkspace,
  outlookCom,
  microsoft365,
  yahoo,
  aol,
  icloud,
  zoho,
  fastmail,
  protonBridge,
  gmx,
  webDe,
  mailCom,
  yandex,
];
