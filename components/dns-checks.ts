import type { CategoryId } from '../lib/categories';
import type { DohResolver, Lookup } from '../lib/probe/doh';
import { findProviderByMx } from '../lib/providers/index';

/*
 * The DNS checks the popup runs when the user asks, and what each answer means for the
 * finding. The look-ups themselves are lib/probe/doh's; only the short reading of each answer
 * lives here, next to the card that shows it.
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
  tone: 'ok' | 'warn' | 'bad' | 'neutral';
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

function failed(id: DnsCheckId, name: string, type: string, error: string): DnsCheckResult {
  return { id, name, type, answer: '—', meaning: `The look-up failed: ${error}.`, tone: 'neutral' };
}

export async function runDnsCheck(
  id: DnsCheckId,
  target: string,
  resolver: DohResolver,
): Promise<DnsCheckResult> {
  switch (id) {
    case 'host-a': {
      const result = await resolver.query(target, 'A');
      if (!result.ok) return failed(id, target, 'A', result.error);
      if (result.rcode === 3) {
        return {
          id,
          name: target,
          type: 'A',
          answer: 'does not exist (NXDOMAIN)',
          meaning: 'This host name does not exist: check its spelling in the mail settings.',
          tone: 'bad',
        };
      }
      const addresses = result.answers.map((a) => a.data);
      return addresses.length
        ? {
            id,
            name: target,
            type: 'A',
            answer: addresses.slice(0, 4).join(', '),
            meaning:
              'The name resolves. If the error said it does not, the DNS of the machine that sent the mail is at fault, not the name.',
            tone: 'ok',
          }
        : {
            id,
            name: target,
            type: 'A',
            answer: 'no IPv4 address',
            meaning: 'The name exists but has no IPv4 address: mail programs that need one cannot connect.',
            tone: 'warn',
          };
    }
    case 'mx': {
      const result = await resolver.mx(target);
      if (!result.ok) return failed(id, target, 'MX', result.error);
      if (!result.value.length) {
        return {
          id,
          name: target,
          type: 'MX',
          answer: result.nxdomain ? 'domain does not exist' : 'none',
          meaning: result.nxdomain
            ? 'The domain does not exist: the address is misspelt.'
            : 'The domain has no MX record: it does not receive mail, so mail to it bounces.',
          tone: 'bad',
        };
      }
      const first = result.value[0]!;
      const provider = findProviderByMx(first.exchange)?.provider.name;
      return {
        id,
        name: target,
        type: 'MX',
        answer: result.value
          .slice(0, 3)
          .map((mx) => `${mx.preference} ${mx.exchange}`)
          .join(', '),
        meaning: `Mail for ${target} is received by ${first.exchange}${provider ? ` (${provider})` : ''}.`,
        tone: 'ok',
      };
    }
    case 'spf': {
      const result = await resolver.spf(target);
      if (!result.ok) return failed(id, target, 'TXT', result.error);
      if (!result.value) {
        return {
          id,
          name: target,
          type: 'TXT (SPF)',
          answer: 'none',
          meaning: `${target} has no SPF record: receivers cannot tell which servers may send for it, and strict ones reject or junk its mail.`,
          tone: 'bad',
        };
      }
      const all = result.value.all;
      return {
        id,
        name: target,
        type: 'TXT (SPF)',
        answer: result.value.record,
        meaning:
          all === '+'
            ? 'SPF ends in "+all": it allows every server in the world, which receivers treat as no SPF at all.'
            : 'SPF is published. The server that sends the mail must be covered by it (an include: or ip4: entry).',
        tone: all === '+' ? 'warn' : 'ok',
      };
    }
    case 'dmarc': {
      const name = `_dmarc.${target}`;
      const result = await resolver.dmarc(target);
      if (!result.ok) return failed(id, name, 'TXT', result.error);
      if (!result.value) {
        return {
          id,
          name,
          type: 'TXT (DMARC)',
          answer: 'none',
          meaning: `${target} has no DMARC record. Large mailbox providers expect one from domains that send to them.`,
          tone: 'bad',
        };
      }
      const policy = result.value.policy ?? 'none';
      return {
        id,
        name,
        type: 'TXT (DMARC)',
        answer: result.value.record,
        meaning: `DMARC policy "${policy}": mail that fails both SPF and DKIM alignment is ${
          policy === 'reject' ? 'rejected' : policy === 'quarantine' ? 'sent to spam' : 'only reported'
        }.`,
        tone: 'ok',
      };
    }
    case 'srv-submissions':
    case 'srv-submission': {
      const implicit = id === 'srv-submissions';
      const name = `${implicit ? '_submissions' : '_submission'}._tcp.${target}`;
      const result: Lookup<{ port: number; target: string }[]> = await resolver.srv(name);
      if (!result.ok) return failed(id, name, 'SRV', result.error);
      const usable = result.value.filter((r) => r.target);
      if (!usable.length) {
        return {
          id,
          name,
          type: 'SRV',
          answer: result.value.length ? 'service not offered' : 'none',
          meaning: 'No announcement here; most domains publish none, so this says nothing about the error.',
          tone: 'neutral',
        };
      }
      const best = usable[0]!;
      return {
        id,
        name,
        type: 'SRV',
        answer: usable.map((r) => `${r.target}:${r.port}`).join(', '),
        meaning: `The domain announces its submission server: ${best.target}, port ${best.port}, ${
          implicit ? 'SSL/TLS' : 'STARTTLS'
        }. Use these in the mail settings.`,
        tone: 'ok',
      };
    }
  }
}

/** Answers already looked up while the popup is open (the resolver's TTLs are longer). */
const cache = new Map<string, Promise<DnsCheckResult>>();

export function cachedDnsCheck(
  id: DnsCheckId,
  target: string,
  resolver: DohResolver,
  resolverId: string,
): Promise<DnsCheckResult> {
  const key = `${resolverId}|${id}|${target.toLowerCase()}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = runDnsCheck(id, target, resolver);
    cache.set(key, pending);
  }
  return pending;
}
