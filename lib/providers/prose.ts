import type { Translator } from '../i18n/translator';
import { ALL_PROVIDERS } from './lookup';
import { PORT_POLICIES } from './port-policies';
import type { PortPolicy, ProviderRecord } from './types';

/**
 * The provider records and port policies keep their prose in English, beside the sources it
 * comes from (one source of truth per fact). Other languages translate it by key, in
 * lib/i18n/messages/<locale>/provider-data.ts; the keys are made here and nowhere else.
 */
const keys = {
  auth: (p: ProviderRecord, i: number) => `provider.${p.id}.auth.${i}`,
  note: (p: ProviderRecord, i: number) => `provider.${p.id}.note.${i}`,
  server: (p: ProviderRecord, i: number) => `provider.${p.id}.server.${i}`,
  username: (p: ProviderRecord) => `provider.${p.id}.username`,
  variant: (p: ProviderRecord, id: string) => `provider.${p.id}.variant.${id}`,
  summary: (p: PortPolicy) => `policy.${p.id}.summary`,
  how: (p: PortPolicy) => `policy.${p.id}.how`,
  policyNote: (p: PortPolicy, i: number) => `policy.${p.id}.note.${i}`,
};

/** A provider record with its prose in the translator's language (English where untranslated). */
export function localizeProvider(record: ProviderRecord, { dataText }: Translator): ProviderRecord {
  const username = record.username;
  return {
    ...record,
    auth: record.auth.map((a, i) => ({ ...a, text: dataText(keys.auth(record, i), a.text) })),
    submission: record.submission.map((s, i) =>
      s.note === undefined ? s : { ...s, note: dataText(keys.server(record, i), s.note) },
    ),
    username:
      'note' in username && username.note !== undefined
        ? { ...username, note: dataText(keys.username(record), username.note) }
        : username,
    ...(record.notes && { notes: record.notes.map((n, i) => dataText(keys.note(record, i), n)) }),
    ...(record.variants && {
      variants: record.variants.map((v) => ({ ...v, label: dataText(keys.variant(record, v.id), v.label) })),
    }),
  };
}

/** A port policy with its prose in the translator's language (English where untranslated). */
export function localizePolicy(policy: PortPolicy, { dataText }: Translator): PortPolicy {
  return {
    ...policy,
    summary: dataText(keys.summary(policy), policy.summary),
    exception: { ...policy.exception, how: dataText(keys.how(policy), policy.exception.how) },
    ...(policy.notes && { notes: policy.notes.map((n, i) => dataText(keys.policyNote(policy, i), n)) }),
  };
}

/** Every piece of translatable prose, key → English: what each language's provider-data file covers. */
export function providerProse(): Map<string, string> {
  const prose = new Map<string, string>();
  for (const p of ALL_PROVIDERS) {
    p.auth.forEach((a, i) => prose.set(keys.auth(p, i), a.text));
    p.notes?.forEach((n, i) => prose.set(keys.note(p, i), n));
    p.submission.forEach((s, i) => s.note !== undefined && prose.set(keys.server(p, i), s.note));
    if ('note' in p.username && p.username.note !== undefined) prose.set(keys.username(p), p.username.note);
    p.variants?.forEach((v) => prose.set(keys.variant(p, v.id), v.label));
  }
  for (const p of PORT_POLICIES) {
    prose.set(keys.summary(p), p.summary);
    prose.set(keys.how(p), p.exception.how);
    p.notes?.forEach((n, i) => prose.set(keys.policyNote(p, i), n));
  }
  return prose;
}
