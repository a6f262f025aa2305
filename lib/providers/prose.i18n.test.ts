import { beforeAll, describe, expect, it } from 'vitest';
import { ENGLISH, type Translator } from '../i18n';
import { otherTranslators, translationProblems } from '../../test/support/translations';
import { findProviderByDomain, getProvider } from './lookup';
import { PORT_POLICIES } from './port-policies';
import { localizePolicy, localizeProvider, providerProse } from './prose';

let translators: Translator[] = [];
beforeAll(async () => {
  translators = await otherTranslators();
});

const english = providerProse();

describe('provider records in every language', () => {
  it('the prose is collected from every record and policy', () => {
    expect(english.size).toBeGreaterThan(100);
    expect(english.get('provider.gmail.auth.0')).toBe(getProvider('gmail')!.auth[0]!.text);
    expect(english.get(`policy.${PORT_POLICIES[0]!.id}.summary`)).toBe(PORT_POLICIES[0]!.summary);
  });

  it('each language translates every piece of prose, keeping dates, hosts, numbers and setting names', () => {
    const problems: string[] = [];
    for (const translator of translators) {
      for (const [key, text] of english) {
        const translated = translator.dataText(key, '');
        if (translated === '') problems.push(`${translator.locale} ${key}: missing`);
        else problems.push(...translationProblems(translated, text, `${translator.locale} ${key}`));
      }
    }
    expect(problems).toEqual([]);
  });

  it('no language keeps a key that no record has (a renamed or removed record)', async () => {
    for (const translator of translators) {
      const { providerData } = await import(`../i18n/messages/${translator.locale}/provider-data.ts`);
      const stale = Object.keys(providerData).filter((key) => !english.has(key));
      expect(stale, translator.locale).toEqual([]);
    }
  });

  it('a localized record keeps every fact and changes only the prose', () => {
    const ru = translators.find((t) => t.locale === 'ru')!;
    const { provider } = findProviderByDomain('gmx.de')!;
    const local = localizeProvider(provider, ru);
    expect(local.submission.map((s) => [s.host, s.port, s.security])).toEqual(
      provider.submission.map((s) => [s.host, s.port, s.security]),
    );
    expect(local.auth.map((a) => [a.kind, a.when, a.helpUrl])).toEqual(
      provider.auth.map((a) => [a.kind, a.when, a.helpUrl]),
    );
    expect(local.auth[0]!.text).not.toBe(provider.auth[0]!.text);
    expect(local.variants!.map((v) => v.host)).toEqual(provider.variants!.map((v) => v.host));
    expect(localizeProvider(provider, ENGLISH)).toEqual(provider);

    const policy = PORT_POLICIES.find((p) => p.id === 'aws')!;
    const de = localizePolicy(
      policy,
      translators.find((t) => t.locale === 'de')!,
    );
    expect(de.summary).not.toBe(policy.summary);
    expect(de.exception).toEqual({ ...policy.exception, how: de.exception.how });
    expect(de.blockedPorts).toEqual(policy.blockedPorts);
    expect(localizePolicy(policy, ENGLISH)).toEqual(policy);
  });
});
