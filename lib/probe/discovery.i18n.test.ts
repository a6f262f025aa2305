import { beforeAll, describe, expect, it } from 'vitest';
import { ENGLISH, type Translator } from '../i18n';
import { buildWalkthrough, fixSettingsFromProvider } from '../fix/index';
import { getProvider } from '../providers/lookup';
import { otherTranslators, translationProblems } from '../../test/support/translations';
import { createDiscoveryCache, discoverSettings, type DiscoveryOptions } from './discovery';
import { createDohResolver, type FetchLike } from './doh';

let translators: Translator[] = [];
beforeAll(async () => {
  translators = await otherTranslators();
});

/** An in-memory network: DoH answers from `dns` ("name TYPE" → data), every page is a 404 unless `fail`. */
function network(dns: Record<string, string[]>, fail = false): DiscoveryOptions {
  const fetch: FetchLike = async (url) => {
    if (fail) throw new TypeError('fetch failed');
    const u = new URL(url);
    if (u.hostname !== 'cloudflare-dns.com') return { ok: false, status: 404, text: async () => 'Not Found' };
    const name = u.searchParams.get('name')!;
    const type = u.searchParams.get('type')!;
    const data = dns[`${name} ${type}`];
    const code = { MX: 15, SRV: 33 }[type] ?? 1;
    const body = data
      ? { Status: 0, Answer: data.map((d) => ({ name, type: code, TTL: 60, data: d })) }
      : { Status: 3 };
    return { ok: true, status: 200, text: async () => JSON.stringify(body) };
  };
  return { fetch, doh: createDohResolver({ fetch, timeoutMs: 200 }), timeoutMs: 200 };
}

const CASES: Array<[string, DiscoveryOptions]> = [
  ['not an address', {}],
  ['ann@example.org', { offline: true }],
  [
    'bob@srv.test',
    network({
      '_submissions._tcp.srv.test SRV': ['0 0 0 .'],
      '_submission._tcp.srv.test SRV': ['0 1 587 mail.srv.test.'],
    }),
  ],
  ['carol@custom.test', network({ 'custom.test MX': ['10 aspmx.l.google.com.'] })],
  ['dan@nothing.test', network({})],
  ['eve@down.test', network({}, true)],
];

describe('discovery notes in every language', () => {
  it('say what was found and how the user name is formed, in the reader’s language', async () => {
    const problems: string[] = [];
    for (const [input, options] of CASES) {
      const en = await discoverSettings(input, options);
      expect(en.notes.length, input).toBeGreaterThan(0);
      for (const translator of translators) {
        const tr = await discoverSettings(input, { ...options, translator });
        const where = `${translator.locale} ${input}`;
        expect(tr.servers.map((s) => [s.host, s.port, s.security])).toEqual(
          en.servers.map((s) => [s.host, s.port, s.security]),
        );
        en.servers.forEach((s, i) =>
          problems.push(
            ...translationProblems(tr.servers[i]!.usernameForm, s.usernameForm, `${where} user name`),
          ),
        );
        // Discovery's own sentences and the provider record's prose (lib/providers/prose.ts).
        expect(tr.notes.length, where).toBe(en.notes.length);
        en.notes.forEach((note, i) =>
          problems.push(...translationProblems(tr.notes[i]!, note, `${where} note`)),
        );
        // Why each source found nothing; an error's own text (from the network) stays as it came.
        en.attempts.forEach((a, i) => {
          if (a.detail && a.outcome !== 'error')
            problems.push(...translationProblems(tr.attempts[i]!.detail ?? '', a.detail, `${where} attempt`));
        });
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps a cached answer per language', async () => {
    const cache = createDiscoveryCache();
    const options = { offline: true, cache };
    const en = await discoverSettings('ann@example.org', options);
    const [de] = translators;
    const local = await discoverSettings('ann@example.org', { ...options, translator: de });
    expect(local.notes[0]).not.toBe(en.notes[0]);
    expect((await discoverSettings('ann@example.org', options)).notes).toEqual(en.notes);
    expect(cache.size).toBe(2);
  });

  it('describes the user name to type in the walkthrough in the reader’s language', () => {
    const gmail = getProvider('gmail')!;
    for (const translator of translators) {
      const settings = fixSettingsFromProvider(gmail, { translator });
      const english = fixSettingsFromProvider(gmail, { translator: ENGLISH });
      expect(settings.username).not.toBe(english.username);
      const value = buildWalkthrough(settings, undefined, translator)
        .steps.flatMap((s) => s.values ?? [])
        .find((v) => v.placeholder);
      expect(value?.value).toBe(settings.username);
    }
  });
});
