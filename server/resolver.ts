/**
 * The system resolver the guard uses: the hosts file first (as the C library's "files dns"
 * does), then DNS through c-ares (`dns.promises.Resolver`), A and AAAA at once.
 *
 * Not `dns.lookup`: getaddrinfo runs on libuv's thread pool (4 threads) and cannot be stopped,
 * so four names whose DNS never answers held every thread and every other lookup queued behind
 * them long after their probes had given up. c-ares queries run on the event loop; each lookup
 * here has a deadline, is cancelled when it passes, and at most MAX_IN_FLIGHT run at once.
 */
import { Resolver as DnsResolver } from 'node:dns/promises';
import { readFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import { join } from 'node:path';

/** Resolves a host name to its addresses (all of them); gives up when `signal` aborts. */
export type Resolver = (name: string, signal?: AbortSignal) => Promise<string[]>;

export interface SystemResolverOptions {
  /** Consulted before DNS (default the system's hosts file). */
  hostsFile?: string;
  /** DNS servers, e.g. ['127.0.0.1:5353'] (default: the system's, from /etc/resolv.conf). */
  servers?: string[];
  /** Lookups running at once; more wait for a slot, within their own deadline. */
  maxInFlight?: number;
  /** Deadline of a lookup whose caller gives no signal. */
  timeoutMs?: number;
}

/** Far above the backend's 4 concurrent probes; it bounds the sockets and queries a burst opens. */
export const MAX_IN_FLIGHT = 16;
const DEFAULT_TIMEOUT_MS = 5000;
/** c-ares: first try after 1 s, then retries (lost UDP); the deadline cuts it short anyway. */
const QUERY = { timeout: 1000, tries: 3 };
/** Once one family has answered, how long the other may still take (some servers drop AAAA). */
const OTHER_FAMILY_GRACE_MS = 250;

function dnsError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

/** Addresses the hosts file gives `name` (lower-case, no trailing dot), in file order. */
export function hostsAddresses(hostsText: string, name: string): string[] {
  const addresses: string[] = [];
  for (const line of hostsText.split('\n')) {
    const [address, ...names] = line.replace(/#.*/, '').trim().split(/\s+/);
    if (!address || isIP(address.split('%')[0]!) === 0) continue;
    if (names.some((n) => n.toLowerCase().replace(/\.$/, '') === name)) addresses.push(address);
  }
  return addresses;
}

async function readHosts(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return ''; // no hosts file: DNS only
  }
}

/** A counting semaphore whose waiters give up when their signal aborts. */
class Slots {
  private free: number;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly size: number) {
    this.free = size;
  }

  get state(): { inFlight: number; waiting: number } {
    return { inFlight: this.size - this.free, waiting: this.waiting.length };
  }

  acquire(signal: AbortSignal): Promise<void> {
    if (this.free > 0) {
      this.free--;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const grant = () => {
        signal.removeEventListener('abort', giveUp);
        resolve();
      };
      const giveUp = () => {
        this.waiting.splice(this.waiting.indexOf(grant), 1);
        reject(dnsError('ETIMEOUT', `DNS lookup not started: ${this.size} lookups were running`));
      };
      this.waiting.push(grant);
      signal.addEventListener('abort', giveUp, { once: true });
    });
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free++;
  }
}

/** The error to report when neither family gave an address: a failure beats "no such name". */
function combinedError(reasons: unknown[]): unknown {
  const code = (r: unknown) => (r as { code?: unknown }).code;
  const errors = reasons.filter((r) => r !== undefined);
  return (
    errors.find((r) => code(r) !== 'ENOTFOUND' && code(r) !== 'ENODATA') ??
    errors.find((r) => code(r) === 'ENOTFOUND') ??
    errors[0] ??
    dnsError('ENODATA', 'no address records')
  );
}

/** A resolver that also tells how many lookups run and wait for a slot. */
export type SystemResolver = Resolver & { readonly state: { inFlight: number; waiting: number } };

const SYSTEM_HOSTS_FILE =
  process.platform === 'win32'
    ? join(process.env.SystemRoot ?? 'C:\\Windows', 'System32', 'drivers', 'etc', 'hosts')
    : '/etc/hosts';

export function createSystemResolver(options: SystemResolverOptions = {}): SystemResolver {
  const hostsFile = options.hostsFile ?? SYSTEM_HOSTS_FILE;
  const slots = new Slots(options.maxInFlight ?? MAX_IN_FLIGHT);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  const resolve: Resolver = async (rawName, callerSignal) => {
    const name = rawName.toLowerCase().replace(/\.$/, '');
    const fromHosts = hostsAddresses(await readHosts(hostsFile), name);
    if (fromHosts.length > 0) return fromHosts;

    const signal = callerSignal ?? AbortSignal.timeout(timeoutMs);
    if (signal.aborted) throw dnsError('ETIMEOUT', 'DNS lookup timed out');
    await slots.acquire(signal);
    // One c-ares channel per lookup: cancel() stops every query of a channel, so only this one's.
    const dns = new DnsResolver(QUERY);
    if (options.servers) dns.setServers(options.servers);
    const cancel = () => dns.cancel();
    signal.addEventListener('abort', cancel, { once: true });
    try {
      const queries = [dns.resolve4(name), dns.resolve6(name)] as const;
      let grace: NodeJS.Timeout | undefined;
      for (const query of queries) {
        query.then(
          (answers) => {
            if (answers.length > 0) grace ??= setTimeout(cancel, OTHER_FAMILY_GRACE_MS);
          },
          () => {},
        );
      }
      const [v4, v6] = await Promise.allSettled(queries);
      clearTimeout(grace);
      const addresses = [v4, v6].flatMap((r) => (r.status === 'fulfilled' ? r.value : []));
      if (addresses.length > 0) return addresses; // one family answered in time: enough
      if (signal.aborted) throw dnsError('ETIMEOUT', 'DNS lookup timed out');
      throw combinedError([v4, v6].map((r) => (r.status === 'rejected' ? r.reason : undefined)));
    } finally {
      signal.removeEventListener('abort', cancel);
      slots.release();
    }
  };
  return Object.defineProperty(resolve, 'state', { get: () => slots.state }) as SystemResolver;
}

/** The resolver probes use unless a test injects its own. */
export const systemResolver: Resolver = createSystemResolver();
