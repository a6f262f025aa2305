import { beforeAll, describe, expect, it } from 'vitest';
import type { Translator } from '../../lib/i18n/index.ts';
import type { ProbeResponse } from '../../lib/probe/types.ts';
import { otherTranslators, translationProblems } from '../../test/support/translations.ts';
import { renderTable } from './table.ts';
import { verdictFor } from '../../lib/probe/verdict.ts';
import { detail } from '../../lib/probe/detail.ts';

let translators: Translator[] = [];
beforeAll(async () => {
  translators = await otherTranslators();
});

/** The prober's own detail for a port, as the backend writes it (in English). */
const PROBER_DETAIL = detail('probes.detail.timedOut');

/** Every status word and every kind of detail the table writes. */
const RESULTS: ProbeResponse['results'] = [
  { port: 25, tcp: 'timeout', ms: 5000, error: PROBER_DETAIL },
  {
    port: 465,
    tcp: 'open',
    ms: 180,
    banner: '220 smtp.example.com ESMTP',
    tls: { ok: true, protocol: 'TLSv1.3', mode: 'implicit' },
  },
  {
    port: 587,
    tcp: 'open',
    ms: 95,
    banner: '220 smtp.example.com ESMTP',
    starttls: true,
    tls: { ok: true, protocol: 'TLSv1.2', mode: 'starttls' },
    auth: ['PLAIN', 'LOGIN'],
  },
  { port: 2525, tcp: 'open', ms: 40, banner: '220 relay.example.com', starttls: false },
  {
    port: 2526,
    tcp: 'open',
    ms: 41,
    banner: '220 relay.example.com',
    tls: { ok: false, mode: 'starttls' },
  },
  { port: 26, tcp: 'refused', ms: 3 },
  { port: 27, tcp: 'unreachable', ms: 3 },
  { port: 28, tcp: 'dns-error', ms: 3 },
];

/** As the backend sends it: the verdict in English. */
const RESPONSE: ProbeResponse = {
  host: 'smtp.example.com',
  address: '192.0.2.25',
  results: RESULTS,
  verdict: verdictFor('smtp.example.com', RESULTS),
};

describe('the probe table in every language', () => {
  it('translates the title, headers, status words and TLS notes; keeps ports, times, banners and the verdict', () => {
    const english = renderTable(RESPONSE);
    expect(english).toMatch(/^SMTP probes of smtp\.example\.com \(192\.0\.2\.25\) from this machine/);
    expect(english).toMatch(/PORT +TCP +TIME +WHAT ANSWERED/);
    const problems: string[] = [];
    for (const translator of translators) {
      const local = renderTable(RESPONSE, translator);
      // The header's words are translated (the fact checker would take them for constants): checked apart.
      const withoutHeader = (text: string) => text.split('\n').toSpliced(2, 1).join('\n');
      problems.push(...translationProblems(withoutHeader(local), withoutHeader(english), translator.locale));
      if (/TIME|WHAT ANSWERED/.test(local.split('\n')[2]!))
        problems.push(`${translator.locale}: English header`);
      for (const word of ['timeout', 'refused', 'unreachable', 'dns-error', 'certificate ok', 'TLS failed'])
        if (local.includes(word)) problems.push(`${translator.locale}: "${word}" left: ${local}`);
      const lines = local.split('\n');
      // The verdict in the reader's language: its category's id and its ports kept.
      const verdict = verdictFor(RESPONSE.host, RESULTS, translator);
      expect(local, translator.locale).toContain(`port-blocked — ${verdict.summary}`);
      expect(local, translator.locale).toContain(verdict.fix);
      expect(verdict.summary, translator.locale).toMatch(/\b25\b.+\b587\b/);
      expect(verdict.fix, translator.locale).toContain('587');
      expect(local, translator.locale).toContain('STARTTLS → TLSv1.2');
      expect(local, translator.locale).toContain('AUTH PLAIN LOGIN');
      // The columns line up in every language: each row's time starts where the header's does.
      const header = lines[2]!;
      const row = lines.find((l) => l.startsWith('587 '))!;
      expect(row.indexOf('95 '), translator.locale).toBe(header.indexOf(header.split(/ {2,}/)[2]!));
    }
    expect(problems).toEqual([]);
  });
});
