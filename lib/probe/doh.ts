/**
 * DNS over HTTPS, JSON flavour (Cloudflare's /dns-query with `accept: application/dns-json`,
 * Google's /resolve). Both answer `{Status, Answer: [{name, type, TTL, data}]}` and send
 * `Access-Control-Allow-Origin: *`, so the popup, options page and worker can call them.
 * The fetch function and the resolver URL are injected: nothing here touches the network itself.
 */

/** The subset of `fetch` this module needs; tests pass a function returning canned responses. */
export type FetchLike = (
  url: string,
  init?: { headers?: Record<string, string>; signal?: AbortSignal; redirect?: 'follow' | 'error' | 'manual' },
) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

export const DOH_RESOLVERS = {
  cloudflare: 'https://cloudflare-dns.com/dns-query',
  google: 'https://dns.google/resolve',
} as const;
export type DohResolverId = keyof typeof DOH_RESOLVERS;

export const RR_TYPE = { A: 1, CNAME: 5, MX: 15, TXT: 16, AAAA: 28, SRV: 33 } as const;
export type RecordType = keyof typeof RR_TYPE;

/** DNS RCODEs the answers carry in `Status`. */
export const RCODE = { NOERROR: 0, SERVFAIL: 2, NXDOMAIN: 3 } as const;

export interface DnsAnswer {
  name: string;
  type: number;
  ttl: number;
  data: string;
}

export type DnsResult = { ok: true; rcode: number; answers: DnsAnswer[] } | { ok: false; error: string };

export type Lookup<T> = { ok: true; value: T; nxdomain: boolean } | { ok: false; error: string };

export interface MxRecord {
  preference: number;
  exchange: string;
}

export interface SrvRecord {
  priority: number;
  weight: number;
  port: number;
  /** Host name without the trailing dot; "." (service explicitly not offered) becomes "". */
  target: string;
}

export interface SpfRecord {
  record: string;
  /** Mechanisms and modifiers in order, e.g. ["include:_spf.google.com", "~all"]. */
  terms: string[];
  includes: string[];
  /** The qualifier of "all" ("-", "~", "?", "+"), when the record ends in one. */
  all?: '-' | '~' | '?' | '+';
}

export interface DmarcRecord {
  record: string;
  tags: Record<string, string>;
  policy?: string;
}

export interface DohOptions {
  fetch: FetchLike;
  /** Resolver base URL (default Cloudflare). */
  url?: string;
  /** Per-query time limit in ms (default 5000). */
  timeoutMs?: number;
}

export interface DohResolver {
  query(name: string, type: RecordType): Promise<DnsResult>;
  mx(domain: string): Promise<Lookup<MxRecord[]>>;
  srv(name: string): Promise<Lookup<SrvRecord[]>>;
  txt(name: string): Promise<Lookup<string[]>>;
  spf(domain: string): Promise<Lookup<SpfRecord | null>>;
  dmarc(domain: string): Promise<Lookup<DmarcRecord | null>>;
}

const MAX_BODY = 256 * 1024;

/** Runs `work` with an AbortSignal that fires after `ms`; rejects with a timeout error even if `work` ignores the signal. */
export async function withTimeout<T>(ms: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error(`timed out after ${ms} ms`));
    }, ms);
  });
  try {
    return await Promise.race([work(controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Reads the JSON body of a DoH answer. Anything unexpected is an error, never a throw. */
export function parseDohJson(body: string, wantType: number): DnsResult {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, error: 'resolver answer is not JSON' };
  }
  if (!json || typeof json !== 'object') return { ok: false, error: 'resolver answer is not an object' };
  const { Status, Answer } = json as { Status?: unknown; Answer?: unknown };
  if (typeof Status !== 'number') return { ok: false, error: 'resolver answer has no Status' };
  const answers: DnsAnswer[] = [];
  if (Array.isArray(Answer)) {
    for (const a of Answer) {
      if (!a || typeof a !== 'object') continue;
      const { name, type, TTL, data } = a as Record<string, unknown>;
      // CNAME steps and DNSSEC records ride along; keep only the type asked for.
      if (type !== wantType || typeof data !== 'string') continue;
      answers.push({
        name: typeof name === 'string' ? name : '',
        type,
        ttl: typeof TTL === 'number' ? TTL : 0,
        data,
      });
    }
  }
  return { ok: true, rcode: Status, answers };
}

function stripDot(host: string): string {
  return host.endsWith('.') ? host.slice(0, -1) : host;
}

/** "10 aspmx.l.google.com." → {preference: 10, exchange: "aspmx.l.google.com"} */
export function parseMx(data: string): MxRecord | null {
  const m = /^\s*(\d{1,5})\s+(\S+)\s*$/.exec(data);
  if (!m) return null;
  return { preference: Number(m[1]), exchange: stripDot(m[2]!).toLowerCase() };
}

/** "5 0 587 smtp.example.com." → {priority, weight, port, target} */
export function parseSrv(data: string): SrvRecord | null {
  const m = /^\s*(\d{1,5})\s+(\d{1,5})\s+(\d{1,5})\s+(\S+)\s*$/.exec(data);
  if (!m) return null;
  const port = Number(m[3]);
  if (port > 65535) return null;
  const target = m[4] === '.' ? '' : stripDot(m[4]!).toLowerCase();
  return { priority: Number(m[1]), weight: Number(m[2]), port, target };
}

/**
 * TXT data as resolvers print it: one or more quoted strings ("v=spf1 " "include:…"), with
 * backslash escapes (\" \\ \DDD). The strings of one record are joined. Unquoted data is kept as is.
 */
export function parseTxt(data: string): string {
  const s = data.trim();
  if (!s.startsWith('"')) return s;
  let out = '';
  let inQuote = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (!inQuote) {
      if (ch === '"') inQuote = true;
      continue;
    }
    if (ch === '"') {
      inQuote = false;
    } else if (ch === '\\' && i + 1 < s.length) {
      const digits = /^\d{3}/.exec(s.slice(i + 1, i + 4));
      if (digits) {
        out += String.fromCharCode(Number(digits[0]));
        i += 3;
      } else {
        out += s[i + 1];
        i += 1;
      }
    } else {
      out += ch;
    }
  }
  return out;
}

export function parseSpf(record: string): SpfRecord | null {
  const terms = record.trim().split(/\s+/);
  if (terms[0]?.toLowerCase() !== 'v=spf1') return null;
  const rest = terms.slice(1).filter(Boolean);
  const includes = rest.filter((t) => /^[+~?-]?include:/i.test(t)).map((t) => t.slice(t.indexOf(':') + 1));
  const last = rest[rest.length - 1];
  const allMatch = last ? /^([+~?-]?)all$/i.exec(last) : null;
  const spf: SpfRecord = { record, terms: rest, includes };
  if (allMatch) spf.all = (allMatch[1] || '+') as SpfRecord['all'];
  return spf;
}

export function parseDmarc(record: string): DmarcRecord | null {
  const parts = record
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts[0]?.replace(/\s+/g, '').toUpperCase() !== 'V=DMARC1') return null;
  const tags: Record<string, string> = {};
  for (const part of parts.slice(1)) {
    const eq = part.indexOf('=');
    if (eq > 0) tags[part.slice(0, eq).trim().toLowerCase()] = part.slice(eq + 1).trim();
  }
  const out: DmarcRecord = { record, tags };
  if (tags.p) out.policy = tags.p.toLowerCase();
  return out;
}

function mapLookup<T>(result: DnsResult, map: (answers: DnsAnswer[]) => T): Lookup<T> {
  if (!result.ok) return result;
  if (result.rcode !== RCODE.NOERROR && result.rcode !== RCODE.NXDOMAIN) {
    return { ok: false, error: `DNS error (rcode ${result.rcode})` };
  }
  return { ok: true, value: map(result.answers), nxdomain: result.rcode === RCODE.NXDOMAIN };
}

export function createDohResolver(options: DohOptions): DohResolver {
  const base = options.url ?? DOH_RESOLVERS.cloudflare;
  const timeoutMs = options.timeoutMs ?? 5000;

  async function query(name: string, type: RecordType): Promise<DnsResult> {
    const url = `${base}${base.includes('?') ? '&' : '?'}name=${encodeURIComponent(name)}&type=${type}`;
    try {
      return await withTimeout(timeoutMs, async (signal) => {
        const res = await options.fetch(url, { headers: { accept: 'application/dns-json' }, signal });
        if (!res.ok) return { ok: false, error: `resolver answered HTTP ${res.status}` };
        const body = await res.text();
        if (body.length > MAX_BODY) return { ok: false, error: 'resolver answer too large' };
        return parseDohJson(body, RR_TYPE[type]);
      });
    } catch (e) {
      return { ok: false, error: errorText(e) };
    }
  }

  return {
    query,
    async mx(domain) {
      return mapLookup(await query(domain, 'MX'), (answers) =>
        answers
          .map((a) => parseMx(a.data))
          .filter((r): r is MxRecord => r !== null)
          .sort((a, b) => a.preference - b.preference),
      );
    },
    async srv(name) {
      return mapLookup(await query(name, 'SRV'), (answers) =>
        answers
          .map((a) => parseSrv(a.data))
          .filter((r): r is SrvRecord => r !== null)
          .sort((a, b) => a.priority - b.priority || b.weight - a.weight),
      );
    },
    async txt(name) {
      return mapLookup(await query(name, 'TXT'), (answers) => answers.map((a) => parseTxt(a.data)));
    },
    async spf(domain) {
      const txt = await this.txt(domain);
      if (!txt.ok) return txt;
      const record = txt.value.find((t) => /^v=spf1(?:\s|$)/i.test(t));
      return { ok: true, value: record ? parseSpf(record) : null, nxdomain: txt.nxdomain };
    },
    async dmarc(domain) {
      const txt = await this.txt(`_dmarc.${domain}`);
      if (!txt.ok) return txt;
      const record = txt.value.find((t) => /^v\s*=\s*DMARC1/i.test(t));
      return { ok: true, value: record ? parseDmarc(record) : null, nxdomain: txt.nxdomain };
    },
  };
}
