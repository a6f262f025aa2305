/**
 * Authentication changes that break sending which used to work: one advisor, keyed to the
 * enhanced status codes and reply wording the servers use, and to the provider.
 */
import { ENGLISH, type Translator } from '../i18n';
import { CHECKED, type CheckedDate, type Source } from './types';

export interface AuthAdvisory {
  id: string;
  /** Provider record ids this advisory is about. */
  providerIds: string[];
  title: string;
  summary: string;
  /** What to do, in order. */
  steps: string[];
  /**
   * Index in `steps` of the step that names the provider's way in (the app password, the admin
   * switch, the OAuth2 sign-in): the step to show first. Structural, so that no caller has to
   * match words of one language.
   */
  keyStep: number;
  /** Whose account it is, as the reader knows the provider ("Google", "Microsoft 365"). */
  provider: string;
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

const m365SmtpAuthDisabledIn = ({ t }: Translator): AuthAdvisory => ({
  id: 'm365-smtp-auth-disabled',
  providerIds: ['microsoft-365'],
  provider: 'Microsoft 365',
  title: t('providers.auth.m365SmtpAuthDisabled.title'),
  summary: t('providers.auth.m365SmtpAuthDisabled.summary'),
  steps: [
    t('providers.auth.m365SmtpAuthDisabled.step1'),
    t('providers.auth.m365SmtpAuthDisabled.step2'),
    t('providers.auth.m365SmtpAuthDisabled.step3'),
  ],
  keyStep: 0,
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
});

const m365BasicAuthRetirementIn = ({ t }: Translator): AuthAdvisory => ({
  id: 'm365-basic-auth-retirement',
  providerIds: ['microsoft-365'],
  provider: 'Microsoft 365',
  title: t('providers.auth.m365BasicAuthRetirement.title'),
  summary: t('providers.auth.m365BasicAuthRetirement.summary'),
  steps: [
    t('providers.auth.m365BasicAuthRetirement.step1'),
    t('providers.auth.m365BasicAuthRetirement.step2'),
    t('providers.auth.m365BasicAuthRetirement.step3'),
  ],
  keyStep: 0,
  timeline: [
    { date: '2024-04-26', event: t('providers.auth.m365BasicAuthRetirement.timeline.announced') },
    { date: '2025-06-12', event: t('providers.auth.m365BasicAuthRetirement.timeline.delayed') },
    { date: '2026-01-27', event: t('providers.auth.m365BasicAuthRetirement.timeline.replanned') },
    { date: '2026-12', event: t('providers.auth.m365BasicAuthRetirement.timeline.defaultOff') },
    { date: '2027-H2', event: t('providers.auth.m365BasicAuthRetirement.timeline.finalDate') },
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
});

/** Where the Microsoft 365 Basic-auth retirement stands on a given day. */
export function m365BasicAuthStatus(now: Date, translator: Translator = ENGLISH): string {
  const day = now.toISOString().slice(0, 10);
  return day < '2027-01-01'
    ? translator.t('providers.auth.m365BasicAuthRetirement.status.before')
    : translator.t('providers.auth.m365BasicAuthRetirement.status.after');
}

const OUTLOOK_HELP =
  'https://support.office.com/article/pop-imap-and-smtp-settings-for-outlook-com-d088b986-291d-42b8-9564-9c414e2aa040';

const outlookComOAuthIn = ({ t }: Translator): AuthAdvisory => ({
  id: 'outlook-com-oauth-only',
  providerIds: ['outlook-com'],
  provider: 'Outlook.com',
  title: t('providers.auth.outlookComOAuth.title'),
  summary: t('providers.auth.outlookComOAuth.summary'),
  steps: [t('providers.auth.outlookComOAuth.step1'), t('providers.auth.outlookComOAuth.step2')],
  keyStep: 0,
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
});

const GOOGLE_APP_PASSWORDS = 'https://support.google.com/accounts/answer/185833';

const googleLessSecureAppsIn = ({ t }: Translator): AuthAdvisory => ({
  id: 'google-less-secure-apps',
  providerIds: ['gmail', 'google-workspace'],
  provider: 'Google',
  title: t('providers.auth.googleLessSecureApps.title'),
  summary: t('providers.auth.googleLessSecureApps.summary'),
  steps: [
    t('providers.auth.googleLessSecureApps.step1'),
    t('providers.auth.googleLessSecureApps.step2'),
    t('providers.auth.googleLessSecureApps.step3'),
  ],
  // The app password is the way in; 2-Step Verification is what it needs first.
  keyStep: 1,
  timeline: [
    { date: '2022-05-30', event: t('providers.auth.googleLessSecureApps.timeline.personalOff') },
    { date: '2024-06-15', event: t('providers.auth.googleLessSecureApps.timeline.workspaceNew') },
    { date: '2024-09-30', event: t('providers.auth.googleLessSecureApps.timeline.workspaceOff') },
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
});

function appPasswordAdvisory(
  id: string,
  providerId: string,
  name: string,
  rule: (translator: Translator) => string,
  helpUrl: string,
  sources: Source[],
): (translator: Translator) => AuthAdvisory {
  return (translator) => ({
    id,
    providerIds: [providerId],
    provider: name,
    title: translator.t('providers.auth.appPassword.title', { provider: name }),
    summary: rule(translator),
    steps: [
      translator.t('providers.auth.appPassword.step1', { provider: name }),
      translator.t('providers.auth.appPassword.step2'),
    ],
    keyStep: 0,
    enhancedCodes: [],
    phrases: [],
    helpUrl,
    sources,
    checked: CHECKED,
  });
}

const yahooAppPasswordIn = appPasswordAdvisory(
  'yahoo-app-password',
  'yahoo',
  'Yahoo',
  ({ t }) => t('providers.auth.yahoo.summary'),
  'https://help.yahoo.com/kb/generate-manage-rd-party-passwords-sln15241.html',
  [
    {
      url: 'https://help.yahoo.com/kb/generate-manage-rd-party-passwords-sln15241.html',
      title: 'Yahoo Help: Generate and manage 3rd-party app passwords',
    },
  ],
);

const icloudAppPasswordIn = appPasswordAdvisory(
  'icloud-app-password',
  'icloud',
  'Apple Account (iCloud)',
  ({ t }) => t('providers.auth.icloud.summary'),
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

const fastmailAppPasswordIn = appPasswordAdvisory(
  'fastmail-app-password',
  'fastmail',
  'Fastmail',
  ({ t }) => t('providers.auth.fastmail.summary'),
  'https://www.fastmail.com/help/clients/apppassword.html',
  [{ url: 'https://www.fastmail.com/help/clients/apppassword.html', title: 'Fastmail: App passwords' }],
);

const yandexAppPasswordIn = appPasswordAdvisory(
  'yandex-app-password',
  'yandex',
  'Yandex ID',
  ({ t }) => t('providers.auth.yandex.summary'),
  'https://yandex.com/support/passport/authorization/app-passwords.html',
  [
    {
      url: 'https://yandex.com/support/passport/authorization/app-passwords.html',
      title: 'Yandex ID: App passwords',
    },
  ],
);

const zohoAppPasswordIn = appPasswordAdvisory(
  'zoho-app-password',
  'zoho',
  'Zoho',
  ({ t }) => t('providers.auth.zoho.summary'),
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

const ADVISORIES_IN: ReadonlyArray<(translator: Translator) => AuthAdvisory> = [
  m365SmtpAuthDisabledIn,
  m365BasicAuthRetirementIn,
  outlookComOAuthIn,
  googleLessSecureAppsIn,
  yahooAppPasswordIn,
  icloudAppPasswordIn,
  fastmailAppPasswordIn,
  yandexAppPasswordIn,
  zohoAppPasswordIn,
];

/** Every advisory, its prose in the reader's language (facts, codes, phrases and sources stay as data). */
export function authAdvisories(translator: Translator = ENGLISH): readonly AuthAdvisory[] {
  return translator === ENGLISH ? AUTH_ADVISORIES : ADVISORIES_IN.map((advisory) => advisory(translator));
}

export const m365SmtpAuthDisabled = m365SmtpAuthDisabledIn(ENGLISH);
export const m365BasicAuthRetirement = m365BasicAuthRetirementIn(ENGLISH);
export const outlookComOAuth = outlookComOAuthIn(ENGLISH);
export const googleLessSecureApps = googleLessSecureAppsIn(ENGLISH);
export const yahooAppPassword = yahooAppPasswordIn(ENGLISH);
export const icloudAppPassword = icloudAppPasswordIn(ENGLISH);
export const fastmailAppPassword = fastmailAppPasswordIn(ENGLISH);
export const yandexAppPassword = yandexAppPasswordIn(ENGLISH);
export const zohoAppPassword = zohoAppPasswordIn(ENGLISH);

/** The advisories in English, in the order adviseAuth weighs them. */
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
  /** The reader's language (defaults to English). */
  translator?: Translator;
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
  const translator = input.translator ?? ENGLISH;
  const out: AuthAdvice[] = [];
  for (const advisory of authAdvisories(translator)) {
    let reason: AuthAdvice['reason'] | null = null;
    if (text && advisory.phrases.some((p) => text.includes(p))) reason = 'phrase';
    else if (code && advisory.enhancedCodes.includes(code)) reason = 'code';
    else if (input.providerId && advisory.providerIds.includes(input.providerId)) reason = 'provider';
    if (!reason) continue;
    const advice: AuthAdvice = { advisory, reason };
    if (advisory.id === m365BasicAuthRetirement.id)
      advice.status = m365BasicAuthStatus(input.now ?? new Date(), translator);
    out.push(advice);
  }
  return out.sort((a, b) => REASON_RANK[a.reason] - REASON_RANK[b.reason]);
}
