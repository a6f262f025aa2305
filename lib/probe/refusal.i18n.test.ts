import { beforeAll, describe, expect, it } from 'vitest';
import type { Translator } from '../i18n';
import { otherTranslators, translationProblems } from '../../test/support/translations';
import { readRefusal, refusalText, type RefusalReason } from './refusal';

let translators: Translator[] = [];
beforeAll(async () => {
  translators = await otherTranslators();
});

/** Every refusal the backend writes, with facts as the guard and the app give them. */
const REASONS: RefusalReason[] = [
  { code: 'host-empty' },
  { code: 'host-too-long' },
  { code: 'not-a-host', params: { host: 'smtp.example.com/path' } },
  { code: 'not-a-host-port', params: { host: 'smtp.example.com:587' } },
  { code: 'invalid-host-name', params: { host: 'smtp..example.com' } },
  { code: 'address', params: { address: '10.0.0.1', range: 'private' } },
  { code: 'address', params: { address: '127.0.0.1', range: 'loopback' } },
  { code: 'address', params: { address: '169.254.169.254', range: 'metadata' } },
  { code: 'address', params: { address: '::ffff:7f00:1', range: 'ipv4Mapped' } },
  { code: 'address', params: { address: '0.0.0.0', range: 'unspecified' } },
  { code: 'address', params: { address: '2001:db8::1', range: 'amt' } },
  { code: 'not-an-ip', params: { address: '10.0.0.300' } },
  { code: 'resolves', params: { name: 'intranet.example.com', range: 'private' } },
  { code: 'resolves', params: { name: 'v6.example.com', range: 'uniqueLocal' } },
  { code: 'resolves-not-ip', params: { name: 'odd.example.com', address: 'x.example.com' } },
  { code: 'local-name', params: { name: 'printer.local' } },
  { code: 'single-label', params: { name: 'mailhost' } },
  { code: 'ports-not-allowed', params: { count: 1, ports: '22', allowed: '25, 465, 587, 2525' } },
  { code: 'ports-not-allowed', params: { count: 2, ports: '22, 8080', allowed: '25, 465, 587, 2525' } },
  { code: 'login-needs-loopback' },
  { code: 'busy', params: { running: 1 } },
  { code: 'busy', params: { running: 4 } },
  { code: 'rate-limited', params: { max: 60, seconds: 1 } },
  { code: 'rate-limited', params: { max: 60, seconds: 42 } },
  { code: 'token-missing' },
  { code: 'token-wrong' },
  { code: 'internal' },
];

describe('the backend refusals', () => {
  it.each(REASONS.map((r) => [refusalText(r), r] as const))(
    '%s: read back from its English text, said the same in every language',
    (text, reason) => {
      const read = readRefusal(text);
      expect(read?.code).toBe(reason.code);
      for (const translator of translators)
        expect(refusalText(read!, translator), translator.locale).toBe(refusalText(reason, translator));
    },
  );

  it('keep the English the backend always wrote', () => {
    expect(refusalText({ code: 'address', params: { address: '10.0.0.1', range: 'private' } })).toBe(
      'target refused: 10.0.0.1 is a private address',
    );
    expect(
      refusalText({ code: 'ports-not-allowed', params: { count: 2, ports: '22, 23', allowed: '25, 587' } }),
    ).toBe('ports 22, 23 not allowed; this backend probes 25, 587');
    expect(refusalText({ code: 'busy', params: { running: 4 } })).toBe(
      'busy: 4 probes are running, retry in a moment',
    );
  });

  it('leave other text alone: it is shown as the backend wrote it', () => {
    for (const text of [
      'target refused: 10.0.0.1 is a fine address',
      'origin not allowed (only the SMTP Doctor extension may call this backend)',
      'invalid request: body/ports must NOT have more than 8 items',
      'target refused: 10.0.0.1 is a private address and more',
      '',
    ])
      expect(readRefusal(text), text).toBeUndefined();
  });

  it('are said in every language with their facts and no English left', () => {
    const problems: string[] = [];
    for (const translator of translators) {
      for (const reason of REASONS) {
        const english = refusalText(reason);
        const local = refusalText(reason, translator);
        problems.push(...translationProblems(local, english, `${translator.locale} ${reason.code}`));
        // Every fact appears as it is, but the kind of address (said in words) and the plural's count.
        for (const [name, value] of Object.entries(reason.params ?? {}))
          if (name !== 'range' && name !== 'count' && !local.includes(String(value)))
            problems.push(`${translator.locale} ${reason.code}: lost ${name} "${value}": ${local}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
