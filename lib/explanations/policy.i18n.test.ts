import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, loadTranslator, type Locale, type Translator } from '../i18n';
import { explainPolicy } from '../i18n/messages/en/explain-policy';
import { classify } from '../rules/index';
import { AUDIENCES, audienceOf } from '../audience';
import { decideVantage, type PageKind, type Vantage } from '../vantage';
import { ENHANCED_STATUS, REPLY_CODES } from '../rules/decoders';
import { answerFirst, type Answer, type AnswerInput } from './answer';
import { explain } from './explain';
import { enhancedCodeMeaning, errnoMeaning, portMeaning, replyCodeMeaning } from './glossary';

/**
 * The area "explain-policy" seen from outside: in every language the rendered text keeps the
 * facts of the error (host, domain, wait, time) and leaves none of the English sentences behind.
 */

const translators = new Map<Locale, Translator>();
beforeAll(async () => {
  for (const locale of LOCALES) translators.set(locale, await loadTranslator(locale));
});
const OTHERS = LOCALES.filter((l) => l !== 'en');

/** The literal stretches of the English messages with these prefixes (placeholders cut out). */
function englishChunks(...prefixes: string[]): string[] {
  const chunks = new Set<string>();
  for (const [key, message] of Object.entries(explainPolicy)) {
    if (!prefixes.some((p) => key.startsWith(p))) continue;
    let flat: string = message;
    for (let before = ''; before !== flat;) {
      before = flat;
      flat = flat.replace(/\{[^{}]*\}/g, '\u0000');
    }
    for (const chunk of flat.split('\u0000')) if (chunk.trim().length >= 12) chunks.add(chunk.trim());
  }
  return [...chunks];
}

function expectNoEnglish(text: string, chunks: readonly string[], where: string): void {
  for (const chunk of chunks)
    expect(text.includes(chunk), `${where}: "${chunk}" left in English`).toBe(false);
}

describe('answerFirst in every language', () => {
  const SEEN_AT = Date.UTC(2026, 11, 6, 22, 30);
  type Case = {
    name: string;
    text: string;
    source: 'page' | 'pasted';
    page?: PageKind;
    extra?: Partial<AnswerInput>;
    /** Facts that must appear in every language. */
    facts: string[];
    /** Which parts come from this area (the rest quotes the explanation, another area). */
    own: Array<'headline' | 'who' | 'next' | 'copy' | 'causes'>;
  };
  const cases: Case[] = [
    {
      name: 'Roundcube connect failure, with host and time',
      text: 'SMTP Error (-1): Connection to server failed.',
      source: 'page',
      page: 'roundcube',
      extra: { pageHost: 'webmail.example.org', seenAt: SEEN_AT },
      facts: ['webmail.example.org', '2026-12-06 22:30 UTC', 'SMTP Error (-1): Connection to server failed.'],
      own: ['headline', 'who', 'next', 'copy'],
    },
    {
      name: 'a panel whose server cannot connect, host and port named',
      text: 'SMTP connect() failed. Connection timed out smtp.example.org:25',
      source: 'page',
      page: 'cpanel',
      extra: { pageHost: 'panel.example.net' },
      facts: ['panel.example.net', 'smtp.example.org', '25', '587', '465'],
      own: ['headline', 'who', 'next', 'copy'],
    },
    {
      name: 'an undecided timeout on this device',
      text: 'Sending of the message failed. The message could not be sent because the connection to Outgoing server (SMTP) smtp.example.com timed out.',
      source: 'pasted',
      facts: [],
      own: ['headline', 'who', 'next', 'causes'],
    },
    {
      name: 'greylisting with a wait',
      text: '451 4.7.1 Greylisted, please try again in 300 seconds',
      source: 'pasted',
      facts: ['5'],
      own: ['who', 'next'],
    },
    {
      name: 'greylisting with a wait in seconds',
      text: '451 4.7.1 Greylisted, please try again in 90 seconds',
      source: 'pasted',
      facts: ['90'],
      own: ['who', 'next'],
    },
    {
      name: 'a rate limit without a wait',
      text: '550 5.4.5 Daily user sending quota exceeded.',
      source: 'pasted',
      facts: [],
      own: ['who', 'next'],
    },
    {
      name: 'DMARC naming the domain',
      text: "550-5.7.26 Unauthenticated email from shop.example.org is not accepted due to domain's DMARC policy.",
      source: 'pasted',
      facts: ['shop.example.org'],
      own: ['who', 'next', 'copy'],
    },
    {
      name: 'a blocklisted server in a bounce',
      text: "Remote server returned '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.'",
      source: 'page',
      page: 'outlook',
      facts: ['5.7.708'],
      own: ['who', 'next', 'copy'],
    },
  ];

  function render(c: Case, translator: Translator): { answer: Answer; own: string } {
    const classification = classify(c.text);
    const explanation = explain(classification, { text: c.text, translator });
    const vantage = decideVantage({
      source: c.source,
      page: c.page,
      text: c.text,
      category: explanation.category,
    });
    const answer = answerFirst({
      explanation,
      classification,
      vantage,
      text: c.text,
      page: c.page,
      ...c.extra,
      translator,
    });
    const parts: unknown[] = [];
    if (c.own.includes('headline')) parts.push(answer.headline);
    if (c.own.includes('who')) parts.push(answer.who);
    if (c.own.includes('next')) parts.push(answer.next.text, answer.next.detail, answer.next.copy?.label);
    if (c.own.includes('copy')) parts.push(answer.next.copy?.value);
    if (c.own.includes('causes')) parts.push(answer.causes);
    parts.push(answer.terms);
    return { answer, own: JSON.stringify(parts) };
  }

  const chunks = englishChunks('policy.answer.', 'policy.term.');

  it.each(cases)('$name: the facts in every language, no English left', (c) => {
    const english = render(c, translators.get('en')!);
    expect(english.own.length).toBeGreaterThan(20);
    for (const fact of c.facts) expect(english.own, `en: ${fact}`).toContain(fact);
    for (const locale of OTHERS) {
      const { answer, own } = render(c, translators.get(locale)!);
      for (const fact of c.facts) expect(own, `${locale}: ${fact}`).toContain(fact);
      expect(answer.who, locale).not.toBe(english.answer.who);
      if (c.own.includes('next')) expect(answer.next.text, locale).not.toBe(english.answer.next.text);
      // The quoted error stays as it was shown.
      if (c.own.includes('copy'))
        expect(answer.next.copy?.value).toContain(c.text.replace(/\s+/g, ' ').slice(0, 60));
      expectNoEnglish(own, chunks, locale);
    }
  });

  it("explains the terms of the first screen in the reader's language", () => {
    const text = 'SMTP connect() failed. Connection timed out smtp.example.org:25';
    const c = cases[1]!;
    for (const locale of LOCALES) {
      const { answer } = render({ ...c, text }, translators.get(locale)!);
      expect(
        answer.terms.map((t) => t.term),
        locale,
      ).toEqual(expect.arrayContaining(['STARTTLS', 'SSL/TLS']));
    }
    const ru = render({ ...c, text }, translators.get('ru')!).answer;
    expect(ru.terms.find((t) => t.term === 'STARTTLS')?.meaning).toMatch(/шифровани/);
  });

  it('names every assumed port in the ready message, joined in the reader’s language', () => {
    const text = 'SMTP Error (-1): Connection to server failed.';
    const classification = classify(text);
    expect(classification.assumedPorts).toEqual([25, 587]);
    const joined = {
      en: '25 or 587',
      de: '25 oder 587',
      fr: '25 ou 587',
      es: '25 o 587',
      'pt-BR': '25 ou 587',
      ru: '25 или 587',
    };
    for (const locale of LOCALES) {
      const translator = translators.get(locale)!;
      const explanation = explain(classification, { text, translator });
      const a = answerFirst({
        explanation,
        classification,
        vantage: 'web-server',
        text,
        page: 'cpanel',
        translator,
      });
      expect(a.next.copy?.value, locale).toContain(joined[locale]);
    }
  });

  it("orders translated provider steps by the app password, found in the reader's language", () => {
    const text = '535-5.7.8 Username and Password not accepted.';
    const classification = classify(text);
    const de = translators.get('de')!;
    const explanation = explain(classification, { text, translator: de });
    const a = answerFirst({
      explanation,
      classification,
      vantage: 'this-device',
      text,
      translator: de,
      providerStep: {
        title: 'Google: Das Kontopasswort funktioniert nicht mehr',
        steps: [
          'Schalten Sie die Bestätigung in zwei Schritten ein.',
          'Erstellen Sie ein App-Passwort und verwenden Sie es.',
        ],
      },
    });
    expect(a.next.text).toBe('Erstellen Sie ein App-Passwort und verwenden Sie es.');
    expect(a.next.detail).toBe('Schalten Sie die Bestätigung in zwei Schritten ein.');
    expect(a.who).toBe('Sie, in Ihrem Google-Konto.');
    expect(a.terms.map((t) => t.term)).toContain('App-Passwort');
  });

  it('follows the step the provider advice marks, whatever its wording', () => {
    const text = '535-5.7.8 Username and Password not accepted.';
    const classification = classify(text);
    const a = answerFirst({
      explanation: explain(classification, { text }),
      classification,
      vantage: 'this-device',
      text,
      providerStep: {
        title: 'Example: sign-in changed',
        steps: ['First this.', 'Then the key step.'],
        keyStep: 1,
      },
    });
    expect(a.next.text).toBe('Then the key step.');
    expect(a.next.detail).toBe('First this.');
  });
});

describe('the explanations of this area in every language', () => {
  type Case = { text: string; category: string; facts: string[] };
  const cases: Case[] = [
    {
      text: 'Error: Invalid login: 535-5.7.8 Username and Password not accepted smtp.gmail.com:587',
      category: 'auth-failed',
      facts: ['smtp.gmail.com', '587', 'myaccount.google.com/apppasswords'],
    },
    {
      text: '535 5.7.8 Error: authentication failed',
      category: 'auth-failed',
      facts: ['apikey', 'Postmark'],
    },
    {
      text: '530 5.7.0 Must issue a STARTTLS command first (port 25) mail.example.com',
      category: 'auth-required',
      facts: ['587', '465', 'auth: { user, pass }', 'Must issue a STARTTLS command first'],
    },
    {
      text: '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.',
      category: 'auth-disabled',
      facts: [
        'Set-CASMailbox -Identity sender@example.com -SmtpClientAuthenticationDisabled $false',
        'MC786329',
      ],
    },
    {
      text: '550 5.4.5 Daily user sending quota exceeded.',
      category: 'rate-limit',
      facts: ['24', 'SendGrid'],
    },
    {
      text: '552 5.3.4 Message size exceeds fixed maximum message size',
      category: 'message-rejected',
      facts: ['5.3.4', '.exe', '50'],
    },
    {
      text: '452 4.2.2 The email account that you tried to reach is over quota.',
      category: 'mailbox-full',
      facts: [],
    },
    { text: '552 5.2.2 Mailbox full', category: 'mailbox-full', facts: ['452 4.2.2', '552 5.2.2'] },
    { text: '451 4.7.1 Greylisted, please try again in 300 seconds', category: 'greylisted', facts: ['5'] },
    { text: '451 4.7.1 Greylisted, please try again in 45 seconds', category: 'greylisted', facts: ['45'] },
    { text: '451 4.7.1 Greylisted, please try again later', category: 'greylisted', facts: [] },
    {
      text: '421 4.3.0 Temporary System Problem at smtp.example.net',
      category: 'unknown',
      facts: ['421 4.3.0', 'npx smtp-doctor probe'],
    },
    { text: 'SMTP error 599 weird', category: 'unknown', facts: ['599'] },
    { text: '550 5.7.1 Relaying denied', category: 'sender-rejected', facts: ['Return-Path', 'mynetworks'] },
    {
      text: '550 5.1.1 The email account that you tried to reach does not exist.',
      category: 'recipient-rejected',
      facts: ['@', 'MX'],
    },
    {
      text: "550-5.7.26 Unauthenticated email from shop.example.org is not accepted due to domain's DMARC policy.",
      category: 'domain-authentication',
      facts: [
        'shop.example.org',
        'dig +short TXT _dmarc.shop.example.org',
        'v=DMARC1; p=none; rua=mailto:dmarc@shop.example.org',
      ],
    },
    {
      text: '550 5.7.26 This message does not pass authentication checks (SPF and DKIM both do not pass).',
      category: 'domain-authentication',
      facts: ['your-domain.example', 'v=spf1 include:<'],
    },
    {
      text: '554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org',
      category: 'ip-reputation',
      facts: ['check.spamhaus.org', '587', '465'],
    },
    {
      text: '550 5.7.25 The IP address sending this message does not have a PTR record setup',
      category: 'reverse-dns',
      facts: ['dig +short -x 203.0.113.10', 'myhostname = mail.example.com', 'HELO/EHLO'],
    },
  ];
  const chunks = englishChunks(
    'policy.auth.',
    'policy.delivery.',
    'policy.senderRejected.',
    'policy.recipientRejected.',
    'policy.domainAuth.',
    'policy.ipReputation.',
    'policy.reverseDns.',
  );

  function render(text: string, translator: Translator): string {
    const e = explain(classify(text), { text, translator });
    return JSON.stringify([e.title, e.summary, e.why, e.confirm, e.steps]);
  }

  it.each(cases)('$category: $text', ({ text, category, facts }) => {
    expect(classify(text).category).toBe(category);
    const english = render(text, translators.get('en')!);
    for (const fact of facts) expect(english, `en: ${fact}`).toContain(fact);
    for (const locale of OTHERS) {
      const out = render(text, translators.get(locale)!);
      expect(out, locale).not.toBe(english);
      for (const fact of facts) expect(out, `${locale}: ${fact}`).toContain(fact);
      expectNoEnglish(out, chunks, locale);
    }
  });
});

describe('the audiences in every language', () => {
  const chunks = englishChunks('policy.audience.');
  it.each<Vantage>(['this-device', 'web-server', 'mail-server'])('%s', (vantage) => {
    const english = audienceOf(vantage);
    expect(english).toEqual(AUDIENCES[vantage]);
    for (const locale of OTHERS) {
      const a = audienceOf(vantage, translators.get(locale)!);
      // What the audience decides does not depend on the language; only its sentences do.
      expect({ ...a, stepsHeading: '', settingsPlace: '', probesFrom: '', measuredFrom: '' }).toEqual({
        ...english,
        stepsHeading: '',
        settingsPlace: '',
        probesFrom: '',
        measuredFrom: '',
      });
      for (const field of ['stepsHeading', 'settingsPlace', 'probesFrom', 'measuredFrom'] as const)
        expect(a[field], `${locale} ${field}`).not.toBe(english[field]);
      expectNoEnglish(JSON.stringify(a), chunks, locale);
    }
  });
});

describe('the glossary in every language', () => {
  const chunks = englishChunks('policy.glossary.');
  const errnos = [
    'ETIMEDOUT',
    '10061',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'EACCES',
    'ECONNRESET',
    'ENOTFOUND',
    'EAI_AGAIN',
  ];
  const nodemailer = [
    'ECONNECTION',
    'ESOCKET',
    'EAUTH',
    'ENOAUTH',
    'ETLS',
    'EENVELOPE',
    'EMESSAGE',
    'EPROTOCOL',
    'EDNS',
  ];

  function meanings(t: Translator['t']): string[] {
    return [
      ...[25, 465, 587, 2525, 2465, 2587].map((p) => portMeaning(p, t)),
      ...[...errnos, ...nodemailer].map((e) => errnoMeaning(e, t)),
      ...Object.keys(REPLY_CODES).map((code) => replyCodeMeaning(Number(code), t)),
      replyCodeMeaning(471, t),
      replyCodeMeaning(599, t),
      ...Object.keys(ENHANCED_STATUS).flatMap((key) => [
        enhancedCodeMeaning(`5.${key}`, t),
        enhancedCodeMeaning(`4.${key}`, t),
      ]),
      ...['0', '1', '2', '3', '4', '5', '6', '7'].map((s) => enhancedCodeMeaning(`5.${s}.199`, t)),
      enhancedCodeMeaning('2.0.0', t),
    ].map((m) => m ?? '');
  }

  it('knows every port, error and code in every language, none left in English', () => {
    const english = meanings(translators.get('en')!.t);
    expect(english.every((m) => m.length > 0)).toBe(true);
    for (const locale of OTHERS) {
      const translated = meanings(translators.get(locale)!.t);
      translated.forEach((m, i) => expect(m, `${locale}: ${english[i]}`).not.toBe(english[i]));
      // Names and numbers stay as they are.
      expect(translated.join('\n')).toContain('RFC 8314');
      expect(translated.join('\n')).toContain('Nodemailer');
      expectNoEnglish(translated.join('\n'), chunks, locale);
    }
  });

  it('the unknown category quotes the codes with their meaning in the reader’s language', () => {
    const text = '421 4.3.0 Temporary System Problem at smtp.example.net';
    const de = explain(classify(text), { text, translator: translators.get('de')! });
    expect(de.summary).toContain('421 4.3.0');
    expect(de.summary).toContain(replyCodeMeaning(421, translators.get('de')!.t)!);
    expect(de.summary).toContain('Dienst nicht verfügbar');
  });
});
