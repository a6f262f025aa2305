// The prober's details per port, as the backend writes them (English) and as each language says them.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Translator } from '../i18n';
import { ENGLISH_MESSAGES } from '../i18n/messages';
import { otherTranslators, translationProblems } from '../../test/support/translations';
import { detail, localDetail, type DetailKey } from './detail';

let translators: Translator[] = [];
beforeAll(async () => {
  translators = await otherTranslators();
});

/** Facts from elsewhere (codes, replies, names): any English left around them is ours. */
const SAMPLES = {
  ms: 5000,
  code: 'ECONNREFUSED',
  port: 2525,
  reply: '554 5.7.1 go away',
  error: 'E_GREETING',
  why: 'ERR_SSL_UNSUPPORTED_PROTOCOL',
  date: '2026-01-01',
  names: 'mail.example.net, other.example.net',
  host: 'smtp.example.com',
};

const KEYS = Object.keys(ENGLISH_MESSAGES).filter((k): k is DetailKey => k.startsWith('probes.detail.'));

describe('the prober’s details in every language', () => {
  it('says every detail in every language, its facts kept; English stays as it was sent', () => {
    expect(KEYS.length).toBeGreaterThan(25);
    const problems: string[] = [];
    for (const key of KEYS) {
      const english = detail(key, SAMPLES);
      expect(localDetail(english), key).toBe(english);
      for (const translator of translators)
        problems.push(
          ...translationProblems(localDetail(english, translator), english, `${translator.locale} ${key}`),
        );
    }
    expect(problems).toEqual([]);
  });

  it('reads joined certificate problems one by one, and leaves text no message wrote as it is', () => {
    const joined = [
      detail('probes.detail.selfSigned'),
      detail('probes.detail.expiredOn', { date: '2025-03-01' }),
      detail('probes.detail.wrongName', { names: 'other.example.net', host: 'smtp.example.com' }),
    ].join('; ');
    const [german] = translators.filter((t) => t.locale === 'de');
    expect(localDetail(joined, german)).toBe(
      'selbstsigniertes Zertifikat; Zertifikat abgelaufen am 2025-03-01; Zertifikat gilt für other.example.net, nicht für smtp.example.com',
    );
    // A detail inside a detail is said too.
    const unprotected = detail('probes.detail.credentialsUnprotected', {
      why: detail('probes.detail.handshakeTimeout', { ms: 4000 }),
    });
    expect(localDetail(unprotected, german)).toBe(
      'die Zugangsdaten wären nicht geschützt: TLS-Handshake nicht innerhalb von 4000 ms abgeschlossen',
    );
    // A library's own words (or another version's) pass through; a known part beside them is said.
    expect(localDetail('socket hang up', german)).toBe('socket hang up');
    expect(localDetail(`socket hang up; ${detail('probes.detail.revoked')}`, german)).toBe(
      'socket hang up; Zertifikat widerrufen',
    );
  });
});
