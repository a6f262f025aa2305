import { target } from './context';
import type { CategoryText } from './template';

export const authFailed: CategoryText = {
  title: 'The server rejected the user name or password',
  summary: (c) =>
    `The connection to ${target(c)} worked, but the login was refused: the password is wrong, or the provider ` +
    'wants a different kind of password for apps.',
  why:
    'Many providers refuse your normal password from apps and devices and want an app password instead: Gmail ' +
    '(with 2-Step Verification on), Yahoo, iCloud, Zoho (with two-factor authentication on) and Fastmail. Relay ' +
    'services want their SMTP key or API key, not your account password. The user name is usually the full email address.',
  confirm: [
    {
      text: "Sign in to the provider's webmail with the same user name and password",
      detail:
        'If that works but SMTP still refuses it, the account needs an app password or has SMTP sign-in turned off.',
    },
  ],
  steps: [
    {
      text: 'Re-enter the user name (your full email address) and the password',
      detail: 'Watch for spaces pasted at either end and for a keyboard layout that changes characters.',
    },
    {
      text: 'Create an app password and use it instead of your normal password',
      detail:
        'Google: myaccount.google.com/apppasswords (needs 2-Step Verification). Yahoo, iCloud, Zoho and Fastmail: ' +
        "in the account's security settings. An app password works only for the account that created it.",
    },
    {
      text: "For a relay service, use the SMTP credentials from the service's dashboard",
      detail:
        'SendGrid: user name "apikey" and an API key. Amazon SES: SMTP credentials, not your AWS access keys. ' +
        'Brevo: the SMTP key. Postmark: the server API token as both user name and password.',
    },
    {
      text: 'If the password is right, look for a security hold on the account',
      detail: 'Sign in on the web: providers pause sign-ins from new places until you confirm them.',
    },
  ],
};

export const authRequired: CategoryText = {
  title: 'The server wants encryption or a login first',
  summary:
    'The server answered but refused to take the message, because the program did not log in, or did not switch ' +
    'on encryption (STARTTLS) before trying to.',
  why:
    'Submission servers only accept mail from users who log in, and most only accept the login over an encrypted ' +
    "connection. Port 25 without a login only takes mail addressed to that server's own users.",
  confirm: [
    {
      text: 'Read the reply',
      detail:
        '"Must issue a STARTTLS command first" asks for encryption; "Authentication required" or "Client not ' +
        'authenticated" asks for a login.',
    },
  ],
  steps: [
    {
      text: 'Turn on encryption: STARTTLS on port 587, or SSL/TLS on port 465',
    },
    {
      text: "Turn on authentication with the account's user name and password",
      detail:
        'Outlook: "My outgoing server (SMTP) requires authentication". Nodemailer: auth: { user, pass }. ' +
        'PHPMailer: SMTPAuth = true with Username and Password.',
    },
    {
      when: (c) => c.port === 25,
      text: 'Use the submission port (587 or 465) instead of 25',
    },
  ],
};

export const authDisabled: CategoryText = {
  title: 'SMTP sign-in is turned off for this account',
  summary:
    'The provider refused the login whatever the password: signing in to SMTP with a plain user name and ' +
    'password ("basic authentication") is switched off for this account or organisation, or only a modern ' +
    'sign-in (OAuth) is accepted.',
  why:
    'Microsoft 365 turns SMTP AUTH off by default for organisations created since January 2020 and blocks it ' +
    'whenever security defaults are on, and Microsoft is retiring basic authentication for SMTP AUTH altogether ' +
    '(Message Center MC786329). Outlook.com personal accounts accept only OAuth since September 2024. Google ' +
    'turned off "less secure app" access, leaving OAuth and app passwords.',
  confirm: [
    {
      text: 'Read the reply',
      detail:
        '"SmtpClientAuthentication is disabled for the Tenant" or "for the Mailbox": the SMTP AUTH switch is off. ' +
        '"security defaults policy": security defaults block it. "Basic authentication is not supported" (5.7.30): ' +
        'only OAuth will work.',
    },
  ],
  steps: [
    {
      text: 'Microsoft 365: turn on Authenticated SMTP for the sending mailbox',
      detail:
        'Admin center → Users → Active users → the user → Mail → Manage email apps → Authenticated SMTP. ' +
        'The mailbox setting overrides the organisation-wide one. In Exchange Online PowerShell:',
      code: 'Set-CASMailbox -Identity sender@example.com -SmtpClientAuthenticationDisabled $false',
    },
    {
      text: 'Prefer OAuth 2.0 where the app supports it',
      detail:
        'Microsoft 365, Outlook.com and Gmail accept SMTP with OAuth 2.0 (XOAUTH2); Thunderbird, Nodemailer, ' +
        'MailKit and PHPMailer (with an OAuth provider) support it. Security defaults stay on with OAuth.',
    },
    {
      text: 'Gmail and Google Workspace: use an app password (needs 2-Step Verification) or OAuth',
    },
    {
      text: 'For devices and apps that can do neither, send through a relay',
      detail:
        "A relay service, or Microsoft 365's own options: an SMTP relay connector, or direct send to your " +
        "tenant's MX host (…mail.protection.outlook.com, port 25), which only reaches recipients inside your organisation.",
    },
  ],
};
