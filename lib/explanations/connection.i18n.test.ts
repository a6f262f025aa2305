import { describe, expect, it } from 'vitest';
import { CONNECTION_CATEGORIES, type CategoryId } from '../categories';
import { ENGLISH, LOCALES, loadTranslator, type Translator } from '../i18n';
import { explainConnection } from '../i18n/messages/en/explain-connection';
import { CHECK_IDS, type Classification, type Extracted } from '../rules/types';
import type { Vantage } from '../vantage';
import {
  dmarcReading,
  hostReading,
  lookupFailedReading,
  mxReading,
  spfReading,
  submissionSrvReading,
  type DnsReading,
} from './dns-readings';
import { explain } from './explain';
import type { Explanation } from './types';

/*
 * The connection explanations in every language, seen from outside: the facts of the
 * error (host, port, reply code) appear in every language, and a non-English reader
 * gets no English sentence of this area.
 */

interface Case {
  name: string;
  category: CategoryId;
  extracted: Extracted;
  assumedPorts?: number[];
  text?: string;
  vantage?: Vantage;
  /** Strings every language must show. */
  facts: string[];
}

const CASES: Case[] = [
  {
    name: 'port-blocked on a submission port, with a host',
    category: 'port-blocked',
    extracted: { port: 587, host: 'smtp.example.net', errno: 'ETIMEDOUT' },
    facts: ['smtp.example.net', '587'],
  },
  {
    name: 'port-blocked with no host and two assumed ports',
    category: 'port-blocked',
    extracted: {},
    assumedPorts: [25, 587],
    facts: ['25', '587'],
  },
  {
    name: 'port-blocked on 465 from a web server',
    category: 'port-blocked',
    extracted: { port: 465, host: 'smtp.example.net' },
    vantage: 'web-server',
    facts: ['smtp.example.net', '465'],
  },
  {
    name: 'port-blocked in server-to-server delivery',
    category: 'port-blocked',
    extracted: { port: 25, host: 'mx1.example.org' },
    text: 'postfix/smtp[811]: connect to mx1.example.org[192.0.2.7]:25: Connection timed out',
    facts: ['mx1.example.org', '25'],
  },
  {
    name: 'port-blocked by this machine',
    category: 'port-blocked',
    extracted: { errno: '13', port: 587, host: 'smtp.example.net' },
    text: 'SMTP ERROR: Failed to connect to server: Permission denied (13)',
    facts: ['smtp.example.net', '587', 'setsebool'],
  },
  {
    name: 'server-unreachable on localhost',
    category: 'server-unreachable',
    extracted: { port: 25, host: 'localhost', errno: 'ECONNREFUSED' },
    facts: ['localhost', '25'],
  },
  {
    name: 'server-unreachable, remote, with a reply code',
    category: 'server-unreachable',
    extracted: { port: 587, host: 'smtp.example.net', replyCode: 421 },
    facts: ['smtp.example.net', '587', '421'],
  },
  {
    name: 'server-unreachable with nothing known',
    category: 'server-unreachable',
    extracted: {},
    facts: [],
  },
  {
    name: 'dns-failure with a host',
    category: 'dns-failure',
    extracted: { host: 'smtp.exmaple.com', errno: 'EAI_AGAIN' },
    facts: ['smtp.exmaple.com', 'EAI_AGAIN'],
  },
  {
    name: 'dns-failure without a host',
    category: 'dns-failure',
    extracted: {},
    facts: [],
  },
  {
    name: 'tls-mismatch on 465 with a PHPMailer clue',
    category: 'tls-mismatch',
    extracted: { port: 465, host: 'smtp.example.net', replyCode: 220 },
    text: 'SMTP connect() failed. PHPMailer',
    facts: ['smtp.example.net', '465', '220', 'PHPMailer'],
  },
  {
    name: 'tls-mismatch on 587',
    category: 'tls-mismatch',
    extracted: { port: 587, host: 'smtp.example.net' },
    facts: ['smtp.example.net', '587'],
  },
  {
    name: 'tls-mismatch with two assumed ports',
    category: 'tls-mismatch',
    extracted: {},
    assumedPorts: [465, 587],
    facts: ['465', '587'],
  },
  {
    name: 'tls-certificate with a host and an enhanced code',
    category: 'tls-certificate',
    extracted: { port: 465, host: 'mail.example.org', enhancedCode: '5.7.1' },
    facts: ['mail.example.org', '465', '5.7.1'],
  },
  {
    name: 'tls-protocol without a host',
    category: 'tls-protocol',
    extracted: { port: 25 },
    facts: ['25'],
  },
];

/** Every check, as the alternatives of a finding: their prose is this area's too. */
const ALTERNATIVES: Classification['alternativeDetails'] = CHECK_IDS.map((check, i) => ({
  category: CONNECTION_CATEGORIES[i % CONNECTION_CATEGORIES.length]!,
  confidence: 0.3,
  check,
}));

function classification(c: Case): Classification {
  return {
    match: true,
    category: c.category,
    alternatives: (ALTERNATIVES ?? []).map((a) => a.category),
    alternativeDetails: ALTERNATIVES,
    rule: `test.${c.category}`,
    confidence: 0.8,
    extracted: c.extracted,
    evidence: [],
    ...(c.assumedPorts ? { assumedPorts: c.assumedPorts } : {}),
  };
}

/** The prose of an explanation, without the code snippets (commands stay as they are). */
function prose(e: Explanation): string[] {
  return [
    e.title,
    e.summary,
    e.why,
    ...[...e.confirm, ...e.steps].flatMap((s) => [s.text, s.detail ?? '']),
    e.assumedPortsNote ?? '',
    e.world?.note ?? '',
    ...e.alternatives.flatMap((a) => [a.title, a.check?.title ?? '', a.check?.text ?? '']),
  ].filter((s) => s !== '');
}

function everything(e: Explanation): string {
  return JSON.stringify(e);
}

/** The literal stretches of this area's English messages long enough to be sentences. */
const ENGLISH_SENTENCES: string[] = Object.values(explainConnection as Record<string, string>)
  .flatMap((m) => m.split(/\{[^{}]*\}/))
  .map((s) => s.trim())
  .filter((s) => s.length >= 24 && / \S+ /.test(s));

const translators = new Map<string, Translator>();

describe('connection explanations in every language', async () => {
  for (const locale of LOCALES) translators.set(locale, await loadTranslator(locale));

  describe.each(CASES)('$name', (c) => {
    const english = explain(classification(c), { text: c.text, vantage: c.vantage, translator: ENGLISH });

    it.each(LOCALES)('%s shows the facts and speaks its own language', (locale) => {
      const translator = translators.get(locale)!;
      const e = explain(classification(c), { text: c.text, vantage: c.vantage, translator });
      const all = everything(e);
      for (const fact of c.facts) expect(all, fact).toContain(fact);
      expect(all).not.toMatch(/undefined|NaN|\[object |\{[A-Za-z]+\}/);
      // The same steps for every language: only the words change.
      expect(e.steps.length).toBe(english.steps.length);
      expect(e.confirm.length).toBe(english.confirm.length);
      expect(e.steps.map((s) => s.code ?? '').filter(Boolean).length).toBe(
        english.steps.map((s) => s.code ?? '').filter(Boolean).length,
      );
      if (locale === 'en') return;
      const lines = prose(e);
      const englishLines = prose(english);
      lines.forEach((line, i) => expect(line, `line ${i}`).not.toBe(englishLines[i]));
      for (const sentence of ENGLISH_SENTENCES) expect(all, sentence).not.toContain(sentence);
      // Lists are joined the language's way, never with an English "and" / "or".
      for (const line of lines) expect(line).not.toMatch(/\d (?:or|and) \d|, \w+ (?:and|or) [A-Z]/);
    });
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s: a text that is no send error', (locale) => {
    const translator = translators.get(locale)!;
    const none: Classification = { ...classification(CASES[0]!), match: false, category: null };
    const e = explain(none, { translator });
    const english = explain(none);
    expect(e.title).not.toBe(english.title);
    expect(e.summary).not.toBe(english.summary);
    expect(e.steps[0]?.text).not.toBe(english.steps[0]?.text);
  });
});

/** Every DNS reading, with the facts it must name in every language. */
const READINGS: ReadonlyArray<[string, (t: Translator['t']) => DnsReading, string[]]> = [
  ['lookup failed', (t) => lookupFailedReading('timeout', t), ['timeout']],
  ['host NXDOMAIN', (t) => hostReading({ nxdomain: true, addresses: [] }, t), ['NXDOMAIN']],
  ['host without IPv4', (t) => hostReading({ nxdomain: false, addresses: [] }, t), ['IPv4']],
  ['host resolves', (t) => hostReading({ nxdomain: false, addresses: ['192.0.2.1'] }, t), ['192.0.2.1']],
  ['MX NXDOMAIN', (t) => mxReading('example.org', { nxdomain: true, records: [] }, t), []],
  ['no MX', (t) => mxReading('example.org', { nxdomain: false, records: [] }, t), ['MX']],
  [
    'MX of a provider',
    (t) =>
      mxReading(
        'example.org',
        {
          nxdomain: false,
          records: [{ preference: 10, exchange: 'mx.example.net' }],
          providerName: 'Example Mail',
        },
        t,
      ),
    ['example.org', 'mx.example.net', 'Example Mail', '10 mx.example.net'],
  ],
  [
    'MX',
    (t) =>
      mxReading(
        'example.org',
        { nxdomain: false, records: [{ preference: 5, exchange: 'mx.example.net' }] },
        t,
      ),
    ['example.org', 'mx.example.net'],
  ],
  ['no SPF', (t) => spfReading('example.org', null, t), ['example.org', 'SPF']],
  [
    'SPF +all',
    (t) => spfReading('example.org', { record: 'v=spf1 +all', all: '+' }, t),
    ['+all', 'v=spf1 +all'],
  ],
  ['SPF', (t) => spfReading('example.org', { record: 'v=spf1 -all', all: '-' }, t), ['include:', 'ip4:']],
  ['no DMARC', (t) => dmarcReading('example.org', null, t), ['example.org', 'DMARC']],
  [
    'DMARC reject',
    (t) => dmarcReading('example.org', { record: 'v=DMARC1; p=reject', policy: 'reject' }, t),
    ['reject'],
  ],
  [
    'DMARC quarantine',
    (t) => dmarcReading('example.org', { record: 'v=DMARC1; p=quarantine', policy: 'quarantine' }, t),
    ['quarantine'],
  ],
  ['DMARC none', (t) => dmarcReading('example.org', { record: 'v=DMARC1' }, t), ['none', 'v=DMARC1']],
  ['no SRV', (t) => submissionSrvReading(true, { answered: false, records: [] }, t), []],
  ['SRV not offered', (t) => submissionSrvReading(true, { answered: true, records: [] }, t), []],
  [
    'SRV',
    (t) =>
      submissionSrvReading(
        false,
        { answered: true, records: [{ target: 'smtp.example.org', port: 587 }] },
        t,
      ),
    ['smtp.example.org', '587', 'STARTTLS'],
  ],
];

describe('DNS readings in every language', () => {
  it.each(LOCALES)('%s names the facts of every reading in its own words', async (locale) => {
    const { t } = await loadTranslator(locale);
    for (const [name, read, facts] of READINGS) {
      const reading = read(t);
      const english = read(ENGLISH.t);
      expect(reading.tone, name).toBe(english.tone);
      for (const fact of facts)
        expect(`${reading.answer} ${reading.meaning}`, `${name}: ${fact}`).toContain(fact);
      if (locale === 'en') continue;
      expect(reading.meaning, name).not.toBe(english.meaning);
      for (const sentence of ENGLISH_SENTENCES) expect(reading.meaning, name).not.toContain(sentence);
    }
  });
});
