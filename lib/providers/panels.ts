import { CHECKED, type ProviderRecord } from './types';

/** Placeholder a panel record puts where the customer's own domain goes. */
export const DOMAIN_PLACEHOLDER = '{domain}';

const CPANEL_COPY = 'https://pastebin.com/QBqnti3V';

export const cpanel: ProviderRecord = {
  id: 'cpanel',
  name: 'cPanel hosting',
  kind: 'panel',
  domains: [],
  mxSuffixes: [],
  submission: [
    {
      host: `mail.${DOMAIN_PLACEHOLDER}`,
      port: 465,
      security: 'ssl',
      verified: false,
      note: 'cPanel\'s "Secure SSL/TLS Settings" name the server\'s own host name (e.g. host55.registrar-servers.com); mail.<domain> with SSL often fails the certificate check.',
    },
    {
      host: `mail.${DOMAIN_PLACEHOLDER}`,
      port: 587,
      security: 'starttls',
      verified: false,
      note: 'Some cPanel hosts also listen on 26 (or 25) when 587 is blocked.',
    },
  ],
  username: { form: 'email', note: 'The full address of the mailbox created in cPanel.' },
  auth: [
    {
      kind: 'account-password',
      when: 'always',
      text: 'cPanel: "IMAP, POP3, and SMTP require authentication" with the mailbox password.',
    },
  ],
  supports2525: false,
  helpUrl: 'https://cpanel.net/',
  notes: ['Email Accounts → Connect Devices shows the exact host and ports for your account.'],
  sources: [
    { url: CPANEL_COPY, title: 'cPanel "Mail Client Manual Settings" (generated text)', secondary: true },
    {
      url: 'https://pastebin.com/EBhMF1re',
      title: 'cPanel "Mail Client Manual Settings" (another host)',
      secondary: true,
    },
    {
      url: 'https://pastebin.com/iDJ15abb',
      title: 'cPanel "Mail Client Manual Settings" (another host)',
      secondary: true,
    },
  ],
  checked: CHECKED,
};

const PLESK_GUIDE = 'https://dutchwebhosting.nl/handleidingen/plesk-onyx-administrator-guide/59430.htm';

export const plesk: ProviderRecord = {
  id: 'plesk',
  name: 'Plesk hosting',
  kind: 'panel',
  domains: [],
  mxSuffixes: [],
  submission: [
    {
      host: `mail.${DOMAIN_PLACEHOLDER}`,
      port: 587,
      security: 'starttls',
      note: 'Plesk admins "may also ask your customers to specify the port 587" once submission is enabled.',
    },
    {
      host: `mail.${DOMAIN_PLACEHOLDER}`,
      port: 465,
      security: 'ssl',
      verified: false,
      note: 'Commonly offered; not confirmed by a stored Plesk page.',
    },
  ],
  username: { form: 'email' },
  auth: [
    {
      kind: 'account-password',
      when: 'always',
      text: 'Relaying defaults to "authorization is required": sign in with the mailbox address and password.',
      helpUrl: 'https://support.plesk.com/hc/en-us/articles/213361549',
    },
  ],
  supports2525: false,
  helpUrl: 'https://support.plesk.com/hc/en-us/articles/213361549',
  sources: [
    {
      url: PLESK_GUIDE,
      title: 'Plesk Onyx administrator guide: mail server settings (copy)',
      secondary: true,
    },
    { url: 'https://support.plesk.com/hc/en-us/articles/213361549', title: 'Plesk: Relay access denied' },
  ],
  checked: CHECKED,
};

export const directadmin: ProviderRecord = {
  id: 'directadmin',
  name: 'DirectAdmin hosting',
  kind: 'panel',
  domains: [],
  mxSuffixes: [],
  submission: [
    {
      host: `mail.${DOMAIN_PLACEHOLDER}`,
      port: 587,
      security: 'starttls',
      verified: false,
      note: "DirectAdmin's own defaults are not confirmed by a stored source; this is the usual mail.<domain> pattern (Thunderbird guesses smtp., then mail., then the domain).",
    },
    { host: `mail.${DOMAIN_PLACEHOLDER}`, port: 465, security: 'ssl', verified: false },
  ],
  username: { form: 'email' },
  auth: [
    {
      kind: 'account-password',
      when: 'always',
      text: 'Sign in with the mailbox address and password (usual for hosting panels; not confirmed for DirectAdmin by a stored source).',
      verified: false,
    },
  ],
  supports2525: false,
  helpUrl: 'https://www.directadmin.com/',
  sources: [
    {
      url: 'https://github.com/mozilla/releases-comm-central/blob/058114d/mail/components/accountcreation/modules/GuessConfig.sys.mjs',
      title: 'Thunderbird GuessConfig: smtp.<d>, mail.<d>, <d>; 587 STARTTLS / 465 SSL',
    },
  ],
  checked: CHECKED,
};

export const PANELS: readonly ProviderRecord[] = [cpanel, plesk, directadmin];
