import type { CategoryId } from '../lib/categories';
import type { DohResolver, Lookup } from '../lib/probe/doh';
import { findProviderByMx } from '../lib/providers/index';
import {
  dmarcReading,
  hostReading,
  lookupFailedReading,
  mxReading,
  spfReading,
  submissionSrvReading,
  type DnsReading,
} from '../lib/explanations/dns-readings';
import { ENGLISH, type Translator } from '../lib/i18n/translator';

/*
 * The DNS checks the popup runs when the user asks: which look-ups help which finding.
 * The look-ups are lib/probe/doh's; what each answer means is lib/explanations/dns-readings's.
 */

export type DnsCheckId = 'host-a' | 'mx' | 'spf' | 'dmarc' | 'srv-submissions' | 'srv-submission';

export interface DnsCheckResult {
  id: DnsCheckId;
  /** The DNS name asked, e.g. "_dmarc.example.org". */
  name: string;
  type: string;
  /** The answer as found, or "—". */
  answer: string;
  /** What it means for this finding. */
  meaning: string;
  tone: DnsReading['tone'];
}

/** Which checks help which diagnosis: the host for name errors, the domain's records for the rest. */
export function checksFor(category: CategoryId): { host: DnsCheckId[]; domain: DnsCheckId[] } {
  switch (category) {
    case 'dns-failure':
      return { host: ['host-a'], domain: ['srv-submissions', 'srv-submission'] };
    case 'domain-authentication':
      return { host: [], domain: ['spf', 'dmarc', 'mx'] };
    case 'recipient-rejected':
    case 'mailbox-full':
      return { host: [], domain: ['mx'] };
    case 'port-blocked':
    case 'server-unreachable':
    case 'tls-mismatch':
    case 'tls-certificate':
    case 'tls-protocol':
    case 'auth-failed':
    case 'auth-required':
    case 'auth-disabled':
      return { host: ['host-a'], domain: ['srv-submissions', 'srv-submission', 'mx'] };
    case 'sender-rejected':
      return { host: [], domain: ['spf', 'mx'] };
    default:
      return { host: [], domain: [] };
  }
}

function result(id: DnsCheckId, name: string, type: string, reading: DnsReading): DnsCheckResult {
  return { id, name, type, ...reading };
}

export async function runDnsCheck(
  id: DnsCheckId,
  target: string,
  resolver: DohResolver,
  { t }: Translator = ENGLISH,
): Promise<DnsCheckResult> {
  switch (id) {
    case 'host-a': {
      const found = await resolver.query(target, 'A');
      if (!found.ok) return result(id, target, 'A', lookupFailedReading(found.error, t));
      const addresses = found.answers.map((a) => a.data);
      return result(id, target, 'A', hostReading({ nxdomain: found.rcode === 3, addresses }, t));
    }
    case 'mx': {
      const found = await resolver.mx(target);
      if (!found.ok) return result(id, target, 'MX', lookupFailedReading(found.error, t));
      const first = found.value[0];
      const providerName = first ? findProviderByMx(first.exchange)?.provider.name : undefined;
      return result(
        id,
        target,
        'MX',
        mxReading(target, { nxdomain: found.nxdomain, records: found.value, providerName }, t),
      );
    }
    case 'spf': {
      const found = await resolver.spf(target);
      if (!found.ok) return result(id, target, 'TXT', lookupFailedReading(found.error, t));
      return result(id, target, 'TXT (SPF)', spfReading(target, found.value, t));
    }
    case 'dmarc': {
      const name = `_dmarc.${target}`;
      const found = await resolver.dmarc(target);
      if (!found.ok) return result(id, name, 'TXT', lookupFailedReading(found.error, t));
      return result(id, name, 'TXT (DMARC)', dmarcReading(target, found.value, t));
    }
    case 'srv-submissions':
    case 'srv-submission': {
      const implicit = id === 'srv-submissions';
      const name = `${implicit ? '_submissions' : '_submission'}._tcp.${target}`;
      const found: Lookup<{ port: number; target: string }[]> = await resolver.srv(name);
      if (!found.ok) return result(id, name, 'SRV', lookupFailedReading(found.error, t));
      const records = found.value.filter((r) => r.target);
      return result(
        id,
        name,
        'SRV',
        submissionSrvReading(implicit, { answered: found.value.length > 0, records }, t),
      );
    }
  }
}

/** Answers already looked up while the popup is open (the resolver's TTLs are longer), per language. */
const cache = new Map<string, Promise<DnsCheckResult>>();

export function cachedDnsCheck(
  id: DnsCheckId,
  target: string,
  resolver: DohResolver,
  resolverId: string,
  translator: Translator = ENGLISH,
): Promise<DnsCheckResult> {
  const key = `${translator.locale}|${resolverId}|${id}|${target.toLowerCase()}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = runDnsCheck(id, target, resolver, translator);
    cache.set(key, pending);
  }
  return pending;
}
