import { audienceOf } from '../audience';
import { ENGLISH, type MessageKey, type Translator } from '../i18n';
import type { Vantage } from '../vantage';
import { oneLine } from './escape';
import type { FixSettings, SecretKind, Walkthrough, WalkthroughStep } from './types';

/** How the security setting is labelled in most apps, and what it means. */
export function securityLabel(security: FixSettings['security'], translator: Translator = ENGLISH): string {
  return security === 'ssl' ? translator.t('fix.security.ssl') : 'STARTTLS';
}

export function secretKindOf(settings: FixSettings): SecretKind {
  return settings.secretKind ?? (settings.appPasswordUrl ? 'app-password' : 'password');
}

/** Each secret's messages: the noun alone, and the whole sentences that name it. */
const SECRET_WORDS: Record<
  SecretKind,
  { name: MessageKey; placeholder: string; enter: MessageKey; create?: MessageKey; createLink?: MessageKey }
> = {
  password: {
    name: 'fix.secret.password',
    placeholder: 'YOUR_PASSWORD',
    enter: 'fix.walkthrough.enter.password',
  },
  'app-password': {
    name: 'fix.secret.appPassword',
    placeholder: 'YOUR_APP_PASSWORD',
    enter: 'fix.walkthrough.enter.appPassword',
    create: 'fix.walkthrough.create.appPassword',
    createLink: 'fix.walkthrough.createLink.appPassword',
  },
  'api-key': {
    name: 'fix.secret.apiKey',
    placeholder: 'YOUR_API_KEY',
    enter: 'fix.walkthrough.enter.apiKey',
    create: 'fix.walkthrough.create.apiKey',
    createLink: 'fix.walkthrough.createLink.apiKey',
  },
  'smtp-password': {
    name: 'fix.secret.smtpPassword',
    placeholder: 'YOUR_SMTP_PASSWORD',
    enter: 'fix.walkthrough.enter.smtpPassword',
    create: 'fix.walkthrough.create.smtpPassword',
    createLink: 'fix.walkthrough.createLink.smtpPassword',
  },
  'bridge-password': {
    name: 'fix.secret.bridgePassword',
    placeholder: 'YOUR_BRIDGE_PASSWORD',
    enter: 'fix.walkthrough.enter.bridgePassword',
    create: 'fix.walkthrough.create.bridgePassword',
    createLink: 'fix.walkthrough.createLink.bridgePassword',
  },
};

/** What the password field holds, in the reader's language, and the placeholder code uses for it. */
export function secretWords(
  settings: FixSettings,
  translator: Translator = ENGLISH,
): { name: string; placeholder: string } {
  const words = SECRET_WORDS[secretKindOf(settings)];
  return { name: translator.t(words.name), placeholder: words.placeholder };
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
  translator: Translator = ENGLISH,
): Walkthrough {
  const { t } = translator;
  const s = clean(input);
  const security = s.security === 'ssl' ? 'SSL/TLS' : 'STARTTLS';
  const steps: Omit<WalkthroughStep, 'n'>[] = [
    { text: audienceOf(vantage, translator).settingsPlace },
    {
      text: t('fix.walkthrough.server', { host: s.host }),
      values: [{ label: t('fix.label.server'), value: s.host }],
    },
    {
      text: t('fix.walkthrough.port', { port: s.port, security: securityLabel(s.security, translator) }),
      values: [
        { label: t('fix.label.port'), value: String(s.port) },
        { label: t('fix.label.security'), value: security },
      ],
    },
    {
      text: t('fix.walkthrough.username', { username: s.username }),
      values: [
        s.usernameIsDescription
          ? { label: t('fix.label.username'), value: s.username, placeholder: true }
          : { label: t('fix.label.username'), value: s.username },
      ],
    },
  ];
  const words = SECRET_WORDS[secretKindOf(s)];
  if (s.appPasswordUrl && words.create && words.createLink) {
    steps.push({
      text: t(words.create, { provider: s.providerName }),
      link: { label: t(words.createLink), url: s.appPasswordUrl },
    });
  } else {
    steps.push({ text: t(words.enter) });
  }
  steps.push({ text: t('fix.walkthrough.test') });

  const notes = [
    s.security === 'ssl'
      ? t('fix.walkthrough.note.ssl', { port: s.port })
      : t('fix.walkthrough.note.starttls', { port: s.port }),
  ];
  return {
    title: t('fix.walkthrough.title', { provider: s.providerName, host: s.host, port: s.port, security }),
    steps: steps.map((step, i) => ({ n: i + 1, ...step })),
    notes,
  };
}
