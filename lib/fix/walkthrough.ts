import { audienceOf } from '../audience';
import type { Vantage } from '../vantage';
import { oneLine } from './escape';
import type { FixSettings, SecretKind, Walkthrough, WalkthroughStep } from './types';

/** How the security setting is labelled in most apps, and what it means. */
export function securityLabel(security: FixSettings['security']): string {
  return security === 'ssl' ? 'SSL/TLS (encrypted from the first byte)' : 'STARTTLS';
}

export function secretKindOf(settings: FixSettings): SecretKind {
  return settings.secretKind ?? (settings.appPasswordUrl ? 'app-password' : 'password');
}

const SECRET_WORDS: Record<SecretKind, { name: string; placeholder: string }> = {
  password: { name: 'your mailbox password', placeholder: 'YOUR_PASSWORD' },
  'app-password': { name: 'an app password', placeholder: 'YOUR_APP_PASSWORD' },
  'api-key': { name: 'the API key', placeholder: 'YOUR_API_KEY' },
  'smtp-password': { name: 'the SMTP password', placeholder: 'YOUR_SMTP_PASSWORD' },
  'bridge-password': { name: 'the Bridge password', placeholder: 'YOUR_BRIDGE_PASSWORD' },
};

export function secretWords(settings: FixSettings): { name: string; placeholder: string } {
  return SECRET_WORDS[secretKindOf(settings)];
}

/** Values shown to the user are one line of plain text: no markup, no line breaks. */
export function clean(settings: FixSettings): FixSettings {
  const out: FixSettings = {
    ...settings,
    host: oneLine(settings.host),
    username: oneLine(settings.username),
    providerName: oneLine(settings.providerName),
  };
  if (settings.fromAddress !== undefined) out.fromAddress = oneLine(settings.fromAddress);
  return out;
}

/** The short numbered walkthrough with the exact values (each with a copy button in the UI). */
export function buildWalkthrough(
  input: FixSettings,
  /** Where the failing connection was made: the first step says where the settings are (lib/audience). */
  vantage?: Vantage,
): Walkthrough {
  const s = clean(input);
  const secret = secretWords(s);
  const steps: Omit<WalkthroughStep, 'n'>[] = [
    { text: audienceOf(vantage).settingsPlace },
    { text: `Set the server (host) to ${s.host}.`, values: [{ label: 'Server', value: s.host }] },
    {
      text: `Set the port to ${s.port} and the connection security to ${securityLabel(s.security)}.`,
      values: [
        { label: 'Port', value: String(s.port) },
        { label: 'Security', value: s.security === 'ssl' ? 'SSL/TLS' : 'STARTTLS' },
      ],
    },
    {
      text: `Turn authentication on and enter the user name ${s.username}.`,
      values: [
        s.usernameIsDescription
          ? { label: 'User name', value: s.username, placeholder: true }
          : { label: 'User name', value: s.username },
      ],
    },
  ];
  const kind = secretKindOf(s);
  if (s.appPasswordUrl && kind !== 'password') {
    steps.push({
      text: `Create ${secret.name} for ${s.providerName} and paste it as the password — not your normal sign-in password.`,
      link: { label: `Create ${secret.name}`, url: s.appPasswordUrl },
    });
  } else {
    steps.push({ text: `Enter ${secret.name} as the password.` });
  }
  steps.push({ text: 'Save, then send a test message to yourself.' });

  const notes = [
    s.security === 'ssl'
      ? `Port ${s.port} expects TLS from the first byte: choosing STARTTLS here makes the connection hang or fail with "wrong version number".`
      : `Port ${s.port} starts in plain text and switches to TLS with STARTTLS: choosing SSL/TLS here makes the connection fail.`,
  ];
  return {
    title: `Send through ${s.providerName}: ${s.host}, port ${s.port}, ${s.security === 'ssl' ? 'SSL/TLS' : 'STARTTLS'}`,
    steps: steps.map((step, i) => ({ n: i + 1, ...step })),
    notes,
  };
}
