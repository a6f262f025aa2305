/**
 * The target guard: what keeps the probe backend from becoming an open port
 * scanner or an SSRF proxy into the network it runs in.
 *
 * - Host names are parsed the way a browser parses them (WHATWG URL host parser),
 *   so odd IPv4 spellings (2130706433, 0x7f.1, 017700000001, 127.1) become the
 *   dotted address they mean before any check.
 * - Names are resolved FIRST; every address is checked; the probe then connects to
 *   the checked address itself (never to the name again), so DNS rebinding cannot
 *   swap in another address between the check and the connect.
 * - Only global unicast addresses pass (ipaddr.js `range() === 'unicast'`, on the
 *   address as written AND after unwrapping IPv4-mapped IPv6), plus an explicit deny
 *   list for what ipaddr.js calls unicast but is not safe (IPv4-compatible ::/96,
 *   cloud metadata addresses).
 * - `lab` mode (tests, local experiments) additionally allows loopback, nothing else.
 */
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { DEFAULT_PROBE_PORTS } from '../lib/probe/types.ts';
import { refusalText, type RefusalReason } from '../lib/probe/refusal.ts';
import { isLoopbackHost } from '../lib/probe/loopback.ts';
import { systemResolver, type Resolver } from './resolver.ts';

export { systemResolver, type Resolver };

/**
 * A request the guard refuses; `status` is the HTTP status to answer with. The message is
 * the reason's English sentence; clients say the reason in the reader's language.
 */
export class GuardError extends Error {
  constructor(
    readonly reason: RefusalReason,
    readonly status: number = 403,
  ) {
    super(refusalText(reason));
    this.name = 'GuardError';
  }
}

export interface TargetPolicy {
  /** Allow loopback targets (127.0.0.0/8, ::1) — for tests and local experiments only. */
  lab: boolean;
}

/** Cloud metadata endpoints: named explicitly, whatever range they fall in. */
const METADATA_CIDRS = ['169.254.169.254/32', 'fd00:ec2::254/128', '100.100.100.200/32'].map((c) =>
  ipaddr.parseCIDR(c),
);
/** IPv4-compatible IPv6 (::a.b.c.d), deprecated, and called unicast by ipaddr.js. */
const IPV4_COMPATIBLE = ipaddr.parseCIDR('::/96');

function inRange(address: ipaddr.IPv4 | ipaddr.IPv6, range: [ipaddr.IPv4 | ipaddr.IPv6, number]): boolean {
  return address.kind() === range[0].kind() && address.match(range);
}

/**
 * The kind of address `address` is when it may not be probed (an ipaddr.js range name,
 * "metadata", "ipv4Compatible", or "not-ip" for anything but an IP literal), or null when
 * it may. `address` must be an IP literal, already normalised.
 */
export function refusedRange(address: string, policy: TargetPolicy): string | null {
  if (!ipaddr.isValid(address) || isIP(address) === 0) return 'not-ip';
  const raw = ipaddr.parse(address);
  const unwrapped = ipaddr.process(address);
  if (METADATA_CIDRS.some((r) => inRange(raw, r) || inRange(unwrapped, r))) return 'metadata';
  const rawRange = raw.range();
  const range = unwrapped.range();
  if (policy.lab && range === 'loopback' && (rawRange === 'loopback' || raw.kind() === 'ipv4')) return null;
  if (rawRange !== 'unicast') return rawRange;
  if (range !== 'unicast') return range;
  if (inRange(raw, IPV4_COMPATIBLE)) return 'ipv4Compatible';
  return null;
}

export type ParsedHost = { kind: 'ip'; address: string } | { kind: 'name'; name: string };

const MAX_HOST_LENGTH = 253;
// Letters, digits, hyphen and underscore (seen in real MX names) per label, 1–63 characters.
const LABEL = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/;

/**
 * Parse what a user typed as a host: a name, an IPv4 address in any spelling a
 * browser accepts, or an IPv6 address with or without brackets. Throws a 400
 * GuardError for anything that is not a host (ports, paths, user info, spaces …).
 */
export function parseHost(input: string): ParsedHost {
  const text = input.trim();
  if (text.length === 0) throw new GuardError({ code: 'host-empty' }, 400);
  if (text.length > MAX_HOST_LENGTH + 2) throw new GuardError({ code: 'host-too-long' }, 400);
  // Only characters a host can contain; this also keeps the URL parser from seeing a
  // port, path, query, user info or percent-escape.
  if (/[\s\p{Cc}/\\?#@%]/u.test(text)) {
    throw new GuardError({ code: 'not-a-host', params: { host: truncate(text) } }, 400);
  }
  const bracketed = text.startsWith('[') && text.endsWith(']');
  const bare = bracketed ? text.slice(1, -1) : text;
  if (bare.includes(':') || bracketed) {
    if (isIP(bare) !== 6) {
      throw new GuardError({ code: 'not-a-host-port', params: { host: truncate(text) } }, 400);
    }
    return { kind: 'ip', address: ipaddr.parse(bare).toString() };
  }
  if (/[[\]]/.test(bare)) throw new GuardError({ code: 'not-a-host', params: { host: truncate(text) } }, 400);
  let hostname: string;
  try {
    hostname = new URL(`http://${bare}/`).hostname;
  } catch {
    throw new GuardError({ code: 'not-a-host', params: { host: truncate(text) } }, 400);
  }
  if (isIP(hostname) === 4) return { kind: 'ip', address: hostname };
  const name = hostname.endsWith('.') ? hostname.slice(0, -1) : hostname;
  if (name.length === 0 || name.length > MAX_HOST_LENGTH || !name.split('.').every((l) => LABEL.test(l))) {
    throw new GuardError({ code: 'invalid-host-name', params: { host: truncate(text) } }, 400);
  }
  return { kind: 'name', name };
}

/** Names that never point at a public mail server. */
function nameRefusal(name: string, policy: TargetPolicy): RefusalReason | null {
  if (policy.lab && name === 'localhost') return null;
  if (/(?:^|\.)(?:localhost|local|internal|home\.arpa)$/.test(name))
    return { code: 'local-name', params: { name } };
  // A single label would resolve inside this network.
  if (!name.includes('.')) return { code: 'single-label', params: { name } };
  return null;
}

/** The outcome of resolving a target: addresses that passed, or a DNS failure (not a refusal). */
export type ResolvedTarget =
  | { ok: true; host: string; address: string; addresses: string[] }
  | { ok: false; host: string; dnsError: string };

/**
 * Parse, resolve and check a target. Throws GuardError when it may not be probed;
 * returns a DNS failure as a result (it is a finding, not an attack). Every address
 * a name resolves to must pass: a name mixing public and private addresses is refused.
 */
export async function resolveTarget(
  input: string,
  policy: TargetPolicy,
  resolve: Resolver = systemResolver,
): Promise<ResolvedTarget> {
  const parsed = parseHost(input);
  if (parsed.kind === 'ip') {
    const range = refusedRange(parsed.address, policy);
    if (range === 'not-ip') throw new GuardError({ code: 'not-an-ip', params: { address: parsed.address } });
    if (range) throw new GuardError({ code: 'address', params: { address: parsed.address, range } });
    return { ok: true, host: parsed.address, address: parsed.address, addresses: [parsed.address] };
  }
  const whyName = nameRefusal(parsed.name, policy);
  if (whyName) throw new GuardError(whyName);
  let answers: string[];
  try {
    answers = await resolve(parsed.name);
  } catch (error) {
    return { ok: false, host: parsed.name, dnsError: dnsErrorText(error) };
  }
  if (answers.length === 0) return { ok: false, host: parsed.name, dnsError: 'no addresses' };
  const addresses: string[] = [];
  for (const answer of answers) {
    const address = isIP(answer) ? ipaddr.parse(answer).toString() : answer;
    const range = refusedRange(address, policy);
    if (range === 'not-ip')
      throw new GuardError({ code: 'resolves-not-ip', params: { name: parsed.name, address } });
    if (range) throw new GuardError({ code: 'resolves', params: { name: parsed.name, range } });
    addresses.push(address);
  }
  // Prefer IPv4: many home networks have no working IPv6 route, which would look like a block.
  const address = addresses.find((a) => isIP(a) === 4) ?? addresses[0]!;
  return { ok: true, host: parsed.name, address, addresses };
}

function dnsErrorText(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  if (code === 'ENOTFOUND') return 'name not found (NXDOMAIN)';
  if (code === 'ENODATA') return 'the name has no address records';
  if (code === 'EAI_AGAIN' || code === 'ETIMEOUT') return 'DNS lookup failed temporarily';
  if (code === 'ESERVFAIL') return 'the DNS server failed to answer (SERVFAIL)';
  if (code === 'ECONNREFUSED') return 'no DNS server answered (connection refused)';
  return typeof code === 'string' ? `DNS lookup failed (${code})` : 'DNS lookup failed';
}

/** Ports a backend probes: the SMTP defaults plus what the operator added. */
export function allowedPorts(extra: readonly number[] = []): number[] {
  return [...new Set([...DEFAULT_PROBE_PORTS, ...extra])].sort((a, b) => a - b);
}

/** Throws a 403 GuardError when a requested port is not on the allow-list. */
export function checkPorts(ports: readonly number[], allowed: readonly number[]): void {
  const refused = ports.filter((p) => !allowed.includes(p));
  if (refused.length > 0) {
    throw new GuardError({
      code: 'ports-not-allowed',
      params: { count: refused.length, ports: refused.join(', '), allowed: allowed.join(', ') },
    });
  }
}

/** Parse `--allow-ports 2526,10025`. */
export function parsePortList(text: string): number[] {
  const ports = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map(Number);
  for (const port of ports) {
    if (!Number.isInteger(port) || port < 1 || port > 65535)
      throw new GuardError({ code: 'not-a-port-list', params: { text } }, 400);
  }
  return ports;
}

// Chrome extension ids are 32 letters a–p; Firefox gives each install a random UUID.
const EXTENSION_ORIGIN =
  /^(?:chrome-extension:\/\/[a-p]{32}|moz-extension:\/\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/**
 * May a browser page at `origin` call the backend? Only extension origins; when
 * `exact` lists origins, only those.
 */
export function isAllowedOrigin(origin: string, exact: readonly string[] = []): boolean {
  if (exact.length > 0) return exact.includes(origin);
  return EXTENSION_ORIGIN.test(origin);
}

/**
 * Host headers a loopback-bound backend answers: its own loopback names. A page
 * that rebinds its own name to 127.0.0.1 still sends its own name, and is refused.
 */
export function isLoopbackHostHeader(value: string | undefined): boolean {
  if (!value) return false;
  const host = value.startsWith('[') ? value.slice(0, value.indexOf(']') + 1) : value.replace(/:\d+$/, '');
  return isLoopbackHost(host);
}

/** Is this bind address (or name) loopback-only? */
export function isLoopbackBind(host: string): boolean {
  if (host === 'localhost') return true;
  return ipaddr.isValid(host) && ipaddr.process(host).range() === 'loopback';
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
