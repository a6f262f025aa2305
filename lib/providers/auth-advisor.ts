/**
 * Authentication changes that break sending which used to work: one advisor, keyed to the
 * enhanced status codes and reply wording the servers use, and to the provider.
 */
import { CHECKED, type CheckedDate, type Source } from './types';

export interface AuthAdvisory {
  id: string;
  /** Provider record ids this advisory is about. */
  providerIds: string[];
  title: string;
  summary: string;
  /** What to do, in order. */
  steps: string[];
  /** Dates as YYYY-MM-DD, YYYY-MM, or YYYY-H1/H2 when the source gives only a half-year. */
  timeline?: Array<{ date: string; event: string }>;
  /** RFC 3463 enhanced status codes that point at this advisory. */
  enhancedCodes: string[];
  /** Lower-case phrases from the server's reply that point at this advisory. */
  phrases: string[];
  helpUrl: string;
  sources: Source[];
  checked: CheckedDate;
  verified?: false;
}

const MC786329_BLOG =
  'https://techcommunity.microsoft.com/t5/exchange-team-blog/exchange-online-to-retire-basic-auth-for-client-submission-smtp/ba-p/4114750';
const M365_SMTP_AUTH =
  'https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission';

export const m365SmtpAuthDisabled: AuthAdvisory = {
  id: 'm365-smtp-auth-disabled',
  providerIds: ['microsoft-365'],
  title: 'Microsoft 365: SMTP AUTH is switched off for this tenant or mailbox',
  summary:
    'SMTP AUTH is disabled for organisations created after January 2020. Three switches must all allow it: Security Defaults, the tenant setting SmtpClientAuthenticationDisabled, and the mailbox\'s "Authenticated SMTP".',
  steps: [
    'Ask your Microsoft 365 admin to turn on "Authenticated SMTP" for this mailbox.',
    'If the tenant blocks it (SmtpClientAuthenticationDisabled = true) or Security Defaults are on, the admin must allow SMTP AUTH for the tenant or exempt the mailbox.',
    'Prefer OAuth2 where the app supports it: Basic authentication for SMTP AUTH is being retired.',
  ],
  enhancedCodes: ['5.7.139'],
  phrases: [
    'smtpclientauthentication is disabled',
    'security defaults policy',
    'the request did not meet the criteria to be authenticated successfully',
  ],
  helpUrl: M365_SMTP_AUTH,
  sources: [
    {
      url: 'https://docs.bookyourpto.com/features/smtp-troubleshoot',
      title: '535 5.7.139 variants and 5.7.57',
      secondary: true,
    },
    {
      url: 'https://inflowave.netlify.app/resources/smtp-credentials-microsoft-365',
      title: 'The three SMTP AUTH gates',
      secondary: true,
    },
    {
      url: 'https://github.com/odoo/documentation/issues/4794',
      title: 'Exchange Online has SMTP AUTH disabled by default',
      secondary: true,
    },
  ],
  checked: CHECKED,
};

export const m365BasicAuthRetirement: AuthAdvisory = {
  id: 'm365-basic-auth-retirement',
  providerIds: ['microsoft-365'],
  title: 'Microsoft 365: Basic authentication for SMTP AUTH is being retired',
  summary:
    'Exchange Online is removing user-name-and-password (Basic) sign-in from SMTP client submission (Message Center MC786329). Apps must move to OAuth2 or another way of sending.',
  steps: [
    'If the app or device supports OAuth2 for SMTP, switch it to OAuth2.',
    'If it does not: send through a connector-based SMTP relay, Azure Communication Services Email, Microsoft 365 High Volume Email (internal mail), or a third-party relay.',
    'Until the default changes, an admin can keep SMTP AUTH Basic working per tenant; plan the move anyway.',
  ],
  timeline: [
    { date: '2024-04-26', event: 'Announced for September 2025.' },
    { date: '2025-06-12', event: 'Delayed: rejections to begin 2026-03-01 and reach 100 % by 2026-04-30.' },
    { date: '2026-01-27', event: 'Replanned: behaviour unchanged through December 2026.' },
    {
      date: '2026-12',
      event:
        'End of December 2026: disabled by default for existing tenants; admins can still enable it. Tenants created after December 2026 get it unavailable by default.',
    },
    { date: '2027-H2', event: 'Second half of 2027: Microsoft announces the final removal date.' },
  ],
  enhancedCodes: ['5.7.30'],
  phrases: ['basic authentication is not supported for client submission'],
  helpUrl: MC786329_BLOG,
  sources: [
    {
      url: MC786329_BLOG,
      title: 'Exchange Team Blog: Exchange Online to retire Basic auth for Client Submission (SMTP AUTH)',
    },
    { url: 'https://portal.changepilot.cloud/MC786329', title: 'MC786329 history', secondary: true },
    {
      url: 'https://message.cengizyilmaz.net/message/exchange-online-to-retire-basic-auth-for-client-submission-smtp-auth',
      title: 'MC786329 text',
      secondary: true,
    },
    {
      url: 'https://kingsmtp.com/cloud-smtp/microsoft-exchange-online-smtp-basic-auth-retirement-2026',
      title: 'MC786329 update of 2026-01-27',
      secondary: true,
    },
    {
      url: 'https://easi.its.utoronto.ca/news/page/2',
      title: '550 5.7.30 Basic authentication is not supported for Client Submission',
      secondary: true,
    },
  ],
  checked: CHECKED,
};

/** Where the Microsoft 365 Basic-auth retirement stands on a given day. */
export function m365BasicAuthStatus(now: Date): string {
  const day = now.toISOString().slice(0, 10);
  if (day < '2027-01-01') {
    return 'Until the end of December 2026 SMTP AUTH with Basic authentication keeps working where the tenant allows it.';
  }
  return 'Since the end of December 2026 SMTP AUTH with Basic authentication is disabled by default for existing tenants (an admin can re-enable it) and unavailable by default for new tenants; Microsoft will announce the final removal date in the second half of 2027.';
}

const OUTLOOK_HELP =
  'https://support.office.com/article/pop-imap-and-smtp-settings-for-outlook-com-d088b986-291d-42b8-9564-9c414e2aa040';

export const outlookComOAuth: AuthAdvisory = {
  id: 'outlook-com-oauth-only',
  providerIds: ['outlook-com'],
  title: 'Outlook.com / Hotmail: passwords no longer work in mail apps',
  summary:
    'Since 2024-09-16 personal Microsoft accounts (outlook.com, hotmail.com, live.com, msn.com) accept only modern authentication (OAuth2) in other mail apps. Passwords and app passwords are refused over SMTP.',
  steps: [
    'Use a mail app that signs in with Microsoft (OAuth2): current Outlook, Thunderbird, Apple Mail.',
    'For a script or device that can only send a password, send through another provider or a relay instead.',
  ],
  enhancedCodes: [],
  phrases: [],
  helpUrl: OUTLOOK_HELP,
  sources: [
    {
      url: 'https://techissuestoday.com/how-to-update-outlook-email-settings-to-avoid-losing-access-after-september-16/',
      title: 'Basic Authentication no longer available for Outlook accounts from 2024-09-16',
      secondary: true,
    },
    {
      url: 'https://patriotmail.ai/blog/microsoft-modern-authentication-outlook-app-passwords',
      title: 'Outlook app passwords are gone',
      date: '2026-03-25',
      secondary: true,
    },
    {
      url: 'https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/hotmail.com.xml',
      title: 'Thunderbird ISPDB hotmail.com.xml (OAuth2 only)',
    },
  ],
  checked: CHECKED,
};

const GOOGLE_APP_PASSWORDS = 'https://support.google.com/accounts/answer/185833';

export const googleLessSecureApps: AuthAdvisory = {
  id: 'google-less-secure-apps',
  providerIds: ['gmail', 'google-workspace'],
  title: 'Google: the account password no longer works for SMTP',
  summary:
    'Google turned off password sign-in for "less secure apps": for personal accounts on 2022-05-30, for Workspace accounts on 2024-09-30 ("with the exception of app passwords"). Gmail answers "535 5.7.8 Username and Password not accepted" or "534 5.7.9 Application-specific password required".',
  steps: [
    'Turn on 2-Step Verification for the Google account.',
    'Create an app password and use it instead of the account password (user name stays your full address).',
    'Or use an app that signs in with Google (OAuth2).',
  ],
  timeline: [
    { date: '2022-05-30', event: 'Less secure apps off for personal Google accounts.' },
    { date: '2024-06-15', event: 'Workspace: new connections from less secure apps refused.' },
    {
      date: '2024-09-30',
      event: 'Workspace: password sign-in off for IMAP, SMTP, POP, CalDAV, CardDAV (app passwords excepted).',
    },
  ],
  enhancedCodes: ['5.7.9'],
  phrases: [
    'application-specific password required',
    'username and password not accepted',
    'invalidsecondfactor',
    'badcredentials',
  ],
  helpUrl: GOOGLE_APP_PASSWORDS,
  sources: [
    {
      url: 'https://support.google.com/a/answer/14114704',
      title: 'Google Workspace: transition from less secure apps',
    },
    { url: GOOGLE_APP_PASSWORDS, title: 'Google: Sign in with app passwords' },
    {
      url: 'https://guanacostech.com/blog/blog-lsa.html',
      title: 'Less secure apps off for personal accounts (2022-05-30)',
      secondary: true,
    },
    {
      url: 'https://umzuzu.com/google-sunsets-less-secure-apps-access-making-the-transition-to-oauth-and-app-passwords',
      title: 'Workspace timeline (2024-06-15, 2024-09-30)',
      secondary: true,
    },
  ],
  checked: CHECKED,
};

function appPasswordAdvisory(
  id: string,
  providerId: string,
  name: string,
  rule: string,
  helpUrl: string,
  sources: Source[],
): AuthAdvisory {
  return {
    id,
    providerIds: [providerId],
    title: `${name}: use an app password`,
    summary: rule,
    steps: [
      `Create an app password in your ${name} account settings.`,
      'Enter it in the mail app instead of your account password.',
    ],
    enhancedCodes: [],
    phrases: [],
    helpUrl,
    sources,
    checked: CHECKED,
  };
}

export const yahooAppPassword = appPasswordAdvisory(
  'yahoo-app-password',
  'yahoo',
  'Yahoo',
  'Mail apps that do not use Yahoo\'s own sign-in page must sign in with an app password ("Generate app password" under Account Security). App passwords keep working after you change the main password.',
  'https://help.yahoo.com/kb/generate-manage-rd-party-passwords-sln15241.html',
  [
    {
      url: 'https://help.yahoo.com/kb/generate-manage-rd-party-passwords-sln15241.html',
      title: 'Yahoo Help: Generate and manage 3rd-party app passwords',
    },
  ],
);

export const icloudAppPassword = appPasswordAdvisory(
  'icloud-app-password',
  'icloud',
  'Apple Account (iCloud)',
  'iCloud Mail rejects the Apple Account password over SMTP: create an app-specific password (needs two-factor authentication) and use your iCloud address as user name.',
  'https://support.apple.com/en-us/HT204397',
  [
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
  ],
);

export const fastmailAppPassword = appPasswordAdvisory(
  'fastmail-app-password',
  'fastmail',
  'Fastmail',
  'Fastmail: "You cannot use your regular Fastmail password" in mail apps — create an app password with SMTP access. The Basic plan has no SMTP.',
  'https://www.fastmail.com/help/clients/apppassword.html',
  [{ url: 'https://www.fastmail.com/help/clients/apppassword.html', title: 'Fastmail: App passwords' }],
);

export const yandexAppPassword = appPasswordAdvisory(
  'yandex-app-password',
  'yandex',
  'Yandex ID',
  'Yandex mail apps sign in with an app password; "when two-factor authentication is enabled, app passwords are required".',
  'https://yandex.com/support/passport/authorization/app-passwords.html',
  [
    {
      url: 'https://yandex.com/support/passport/authorization/app-passwords.html',
      title: 'Yandex ID: App passwords',
    },
  ],
);

export const zohoAppPassword = appPasswordAdvisory(
  'zoho-app-password',
  'zoho',
  'Zoho',
  'With two-factor authentication on, Zoho Mail needs an application-specific password in mail apps. Use the SMTP host of your data centre (smtp.zoho.eu, smtp.zoho.in, …).',
  'https://www.zoho.com/mail/help/zoho-smtp.html',
  [
    { url: 'https://www.zoho.com/mail/help/zoho-smtp.html', title: 'Zoho Mail: SMTP configuration' },
    {
      url: 'https://postigo.net/smtp/zoho',
      title: 'Zoho SMTP: app-specific password with 2FA',
      secondary: true,
    },
  ],
);

export const AUTH_ADVISORIES: readonly AuthAdvisory[] = [
  m365SmtpAuthDisabled,
  m365BasicAuthRetirement,
  outlookComOAuth,
  googleLessSecureApps,
  yahooAppPassword,
  icloudAppPassword,
  fastmailAppPassword,
  yandexAppPassword,
  zohoAppPassword,
];

export interface AuthAdviceInput {
  /** Provider record id the user chose or discovery found. */
  providerId?: string;
  /** Enhanced status code from the error, e.g. "5.7.139". */
  enhancedCode?: string;
  /** The error text (server reply or client message). */
  text?: string;
  /** For advisories whose state depends on the date (defaults to now). */
  now?: Date;
}

export interface AuthAdvice {
  advisory: AuthAdvisory;
  /** Why it applies: the reply wording, the enhanced code, or only the provider. */
  reason: 'phrase' | 'code' | 'provider';
  /** Where a dated change stands today, when the advisory has one. */
  status?: string;
}

const REASON_RANK = { phrase: 0, code: 1, provider: 2 } as const;

/** The advisories that explain an authentication failure, most specific evidence first. */
export function adviseAuth(input: AuthAdviceInput): AuthAdvice[] {
  const text = input.text?.toLowerCase() ?? '';
  const code = input.enhancedCode?.trim();
  const out: AuthAdvice[] = [];
  for (const advisory of AUTH_ADVISORIES) {
    let reason: AuthAdvice['reason'] | null = null;
    if (text && advisory.phrases.some((p) => text.includes(p))) reason = 'phrase';
    else if (code && advisory.enhancedCodes.includes(code)) reason = 'code';
    else if (input.providerId && advisory.providerIds.includes(input.providerId)) reason = 'provider';
    if (!reason) continue;
    const advice: AuthAdvice = { advisory, reason };
    if (advisory.id === m365BasicAuthRetirement.id)
      advice.status = m365BasicAuthStatus(input.now ?? new Date());
    out.push(advice);
  }
  return out.sort((a, b) => REASON_RANK[a.reason] - REASON_RANK[b.reason]);
}
