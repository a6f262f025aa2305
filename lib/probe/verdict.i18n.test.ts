// Every verdict the rules reach, said in every language: ports, host names and quoted errors kept,
// no English sentence left (the backend sends English; the CLI and the popup say it from the results).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Translator } from '../i18n';
import type { PortResult } from './types';
import { otherTranslators, translationProblems } from '../../test/support/translations';
import { localVerdict, verdictFor } from './verdict';

let translators: Translator[] = [];
beforeAll(async () => {
  translators = await otherTranslators();
});

const HOST = 'smtp.example.com';
/** Errors that come from elsewhere (the prober, the TLS library): codes, so any English left is ours. */
const TLS_ERROR = 'ERR_SSL_WRONG_VERSION_NUMBER';

const starttls = (port: number): PortResult => ({
  port,
  tcp: 'open',
  ms: 80,
  banner: '220 mx ESMTP',
  starttls: true,
  tls: { ok: true, mode: 'starttls', protocol: 'TLSv1.3' },
});
const implicit = (port: number): PortResult => ({
  port,
  tcp: 'open',
  ms: 70,
  banner: '220 mx',
  tls: { ok: true, mode: 'implicit' },
});
const plain = (port: number): PortResult => ({
  port,
  tcp: 'open',
  ms: 60,
  banner: '220 plain',
  starttls: false,
});
const closed = (port: number, tcp: PortResult['tcp']): PortResult => ({
  port,
  tcp,
  ms: 5,
  failedAt: 'connect',
});
const cert = (hostnameMatch: boolean) => ({
  subject: 'CN=other.example.net',
  issuer: 'CN=other.example.net',
  validFrom: '2026-01-01',
  validTo: '2027-01-01',
  altNames: ['other.example.net', 'mail.example.net'],
  selfSigned: true,
  expired: false,
  hostnameMatch,
  chainTrusted: false,
  fingerprint256: 'AB:CD',
});
const badCert = (port: number, hostnameMatch: boolean): PortResult => ({
  port,
  tcp: 'open',
  ms: 90,
  banner: '220 mx',
  tls: {
    ok: false,
    mode: 'starttls',
    failure: 'certificate',
    error: 'DEPTH_ZERO_SELF_SIGNED_CERT',
    cert: cert(hostnameMatch),
  },
});
const badHandshake = (port: number, error?: string): PortResult => ({
  port,
  tcp: 'open',
  ms: 90,
  banner: '220 mx',
  failedAt: 'tls',
  tls: { ok: false, mode: 'starttls', failure: 'protocol', ...(error ? { error } : {}) },
});

/** One case per sentence the rules can write, with the facts that must survive in every language. */
const CASES: Array<[string, PortResult[], string | undefined, string[]]> = [
  [
    'dns, with the error',
    [{ port: 587, tcp: 'dns-error', ms: 3, error: 'ENOTFOUND' }],
    'dns-failure',
    [HOST, 'ENOTFOUND'],
  ],
  ['dns', [closed(587, 'dns-error')], 'dns-failure', [HOST]],
  ['blocked, STARTTLS works', [closed(25, 'timeout'), starttls(587)], 'port-blocked', ['25', '587']],
  [
    'blocked, SSL/TLS works',
    [closed(25, 'timeout'), closed(26, 'timeout'), implicit(465)],
    'port-blocked',
    ['25', '26', '465'],
  ],
  ['blocked, plain works', [closed(25, 'timeout'), plain(2525)], 'port-blocked', ['25', '2525']],
  [
    'mismatch both ways, nothing works',
    [
      { ...badHandshake(465), tls: { ok: false, failure: 'plaintext' } },
      { ...plain(587), implicitTls: true },
    ],
    'tls-mismatch',
    ['465', '587'],
  ],
  [
    'mismatch: plain on 465',
    [{ ...badHandshake(465), tls: { ok: false, failure: 'plaintext' } }],
    'tls-mismatch',
    ['465'],
  ],
  [
    'certificate for another name',
    [badCert(587, false)],
    'tls-certificate',
    ['587', 'other.example.net', 'mail.example.net'],
  ],
  [
    'certificate not trusted',
    [badCert(587, true)],
    'tls-certificate',
    ['587', 'DEPTH_ZERO_SELF_SIGNED_CERT'],
  ],
  ['handshake fails', [badHandshake(587, TLS_ERROR)], 'tls-protocol', ['587', TLS_ERROR]],
  ['handshake fails, no reason', [badHandshake(587)], 'tls-protocol', ['587']],
  [
    'every port dropped',
    [closed(25, 'timeout'), closed(587, 'timeout')],
    'port-blocked',
    ['25', '587', HOST],
  ],
  [
    'some dropped, others refused',
    [closed(25, 'timeout'), closed(587, 'refused')],
    'port-blocked',
    ['25', HOST],
  ],
  [
    'unreachable in every way',
    [
      closed(25, 'refused'),
      closed(26, 'refused'),
      closed(465, 'unreachable'),
      { port: 587, tcp: 'open', ms: 9 },
      { port: 2525, tcp: 'open', ms: 9, banner: '554 go away', failedAt: 'greeting' },
      { port: 2526, tcp: 'open', ms: 9, banner: '421 busy', failedAt: 'ehlo', error: 'E421' },
    ],
    'server-unreachable',
    [HOST, '25', '26', '465', '587', '2525', '554 go away', '2526 E421'],
  ],
  ['nothing probed', [], 'server-unreachable', [HOST]],
  [
    'works, with notes',
    [
      starttls(587),
      implicit(465),
      closed(25, 'refused'),
      closed(26, 'unreachable'),
      { port: 2525, tcp: 'open', ms: 9 },
      plain(2526),
    ],
    undefined,
    ['587', '25', '26', '2525'],
  ],
  ['works on SSL/TLS only', [implicit(465)], undefined, ['465']],
  [
    'works without encryption',
    [plain(2525), { ...plain(2526), failedAt: 'ehlo', error: 'E500' }],
    undefined,
    ['2525', '2526 E500'],
  ],
];

describe('the probe verdict in every language', () => {
  it.each(CASES)('%s', (_, results, category, facts) => {
    const english = verdictFor(HOST, results);
    expect(english.category).toBe(category);
    const problems: string[] = [];
    for (const translator of translators) {
      const local = verdictFor(HOST, results, translator);
      expect(local.category, translator.locale).toBe(category);
      expect(local.best, translator.locale).toEqual(english.best);
      const text = `${local.summary}\n${local.fix ?? ''}`;
      problems.push(
        ...translationProblems(text, `${english.summary}\n${english.fix ?? ''}`, translator.locale),
      );
      for (const fact of facts)
        if (!new RegExp(`(?<![\\w.])${fact.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`).test(text))
          problems.push(`${translator.locale}: lost "${fact}": ${text}`);
    }
    expect(problems).toEqual([]);
  });

  it('lists ports the way each language does', () => {
    const results = [closed(25, 'refused'), closed(465, 'refused'), closed(587, 'refused')];
    expect(verdictFor(HOST, results).summary).toBe(`${HOST}: 25, 465 and 587 refused the connection`);
    const said = Object.fromEntries(
      translators.map((tr) => [tr.locale, verdictFor(HOST, results, tr).summary]),
    );
    expect(said.de).toContain('25, 465 und 587');
    expect(said.fr).toContain('25, 465 et 587');
    expect(said.es).toContain('25, 465 y 587');
    expect(said['pt-BR']).toContain('25, 465 e 587');
    expect(said.ru).toContain('25, 465 и 587');
  });

  it('says a received verdict again in the language only when its results give the same English', () => {
    const results = [closed(25, 'timeout'), starttls(587)];
    const sent = verdictFor(HOST, results);
    const [german] = translators.filter((tr) => tr.locale === 'de');
    expect(localVerdict({ host: HOST, results, verdict: sent }, german!)).toEqual(
      verdictFor(HOST, results, german),
    );
    expect(localVerdict({ host: HOST, results, verdict: sent }, german!).summary).not.toBe(sent.summary);
    // Another version's rules wrote something else: shown as it came.
    const other = { ...sent, summary: '25 is filtered; use 587' };
    expect(localVerdict({ host: HOST, results, verdict: other }, german!)).toBe(other);
  });
});
