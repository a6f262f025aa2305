import { createDohResolver, DOH_RESOLVERS, type FetchLike } from '../../lib/probe/doh.ts';
import { discoverSettings, type DiscoveryResult } from '../../lib/probe/discovery.ts';
import type { CommandIO } from '../cli.ts';
import { sanitize, useColor } from '../render/terminal.ts';

export const SETTINGS_USAGE = `Usage: smtp-doctor settings [--json] [--offline] [--timeout MS] [--resolver NAME|URL] <address-or-domain>

Finds the submission (outgoing SMTP) settings for an email address or domain:
built-in presets, then Thunderbird's ISPDB, autoconfig.<domain>, <domain>/.well-known,
DNS SRV records (_submissions._tcp, _submission._tcp) and the MX records, over HTTPS.

Options:
  --json              print the discovery result as one JSON object
  --offline           use the built-in presets only; no network
  --timeout MS        time limit per network request (default 3000)
  --resolver NAME     DNS-over-HTTPS resolver: cloudflare (default), google, or an https:// URL
  -h, --help          show this help

Exit status:
  0  settings found
  1  nothing found
  2  bad usage
`;

interface Options {
  json: boolean;
  offline: boolean;
  timeoutMs: number;
  resolver: string;
  help: boolean;
  target?: string;
}

type Parsed = { ok: true; options: Options } | { ok: false; error: string };

function parse(args: readonly string[]): Parsed {
  const options: Options = {
    json: false,
    offline: false,
    timeoutMs: 3000,
    resolver: DOH_RESOLVERS.cloudflare,
    help: false,
  };
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () => args[++i];
    if (arg === '--json') options.json = true;
    else if (arg === '--offline') options.offline = true;
    else if (arg === '-h' || arg === '--help') options.help = true;
    else if (arg === '--timeout') {
      const ms = Number(value());
      if (!Number.isInteger(ms) || ms < 1 || ms > 60_000)
        return { ok: false, error: '--timeout needs a number of milliseconds (1–60000)' };
      options.timeoutMs = ms;
    } else if (arg === '--resolver') {
      const r = value() ?? '';
      if (r in DOH_RESOLVERS) options.resolver = DOH_RESOLVERS[r as keyof typeof DOH_RESOLVERS];
      else if (r.startsWith('https://')) options.resolver = r;
      else return { ok: false, error: '--resolver must be cloudflare, google or an https:// URL' };
    } else if (arg.startsWith('-')) return { ok: false, error: `unknown option "${arg}"` };
    else words.push(arg);
  }
  if (words.length > 1) return { ok: false, error: 'give one address or domain' };
  if (words[0] !== undefined) options.target = words[0];
  return { ok: true, options };
}

const SOURCE_LABEL: Record<NonNullable<DiscoveryResult['source']>, string> = {
  preset: 'built-in preset',
  ispdb: "Thunderbird's ISPDB",
  autoconfig: "the domain's autoconfig server",
  'well-known': "the domain's .well-known autoconfig file",
  srv: 'DNS SRV records (RFC 6186/8314)',
  'mx-guess': "the domain's MX records",
};

function renderText(r: DiscoveryResult, offline: boolean, color: boolean): string {
  const bold = (t: string) => (color ? `\u001b[1m${t}\u001b[22m` : t);
  const dim = (t: string) => (color ? `\u001b[2m${t}\u001b[22m` : t);
  const s = (t: string) => sanitize(t);
  const out: string[] = [];
  out.push(
    bold(`Submission settings for ${s(r.input.trim())}`) +
      (r.domain && r.address ? ` (domain ${s(r.domain)})` : ''),
  );
  if (r.found && r.source) {
    const provider = r.provider
      ? ` — ${s(r.provider.name)}${r.provider.variant ? `, ${s(r.provider.variant)}` : ''}`
      : '';
    out.push(`Source: ${SOURCE_LABEL[r.source]}${provider}`);
    if (r.sourceTarget && r.source !== 'preset') out.push(dim(`        ${s(r.sourceTarget)}`));
  }
  const network =
    r.network === 'skipped'
      ? offline
        ? 'skipped (--offline): only the built-in presets were checked'
        : r.found && r.source === 'preset'
          ? 'not needed (known provider)'
          : 'skipped'
      : r.network === 'failed'
        ? 'failed — no answer from DNS or the autoconfig servers; only the built-in presets were checked'
        : 'used';
  out.push(`Network discovery: ${network}`);
  out.push('');
  if (r.servers.length) {
    r.servers.forEach((server, i) => {
      const security =
        server.security === 'ssl' ? 'SSL/TLS' : server.security === 'starttls' ? 'STARTTLS' : 'no TLS';
      const unverified = server.verified === false ? dim(' (not confirmed by the provider)') : '';
      out.push(`  ${i + 1}. ${bold(s(server.host))}  port ${server.port}  ${security}${unverified}`);
      out.push(`     user name: ${s(server.username ?? server.usernameForm)}`);
      if (server.note) out.push(`     note: ${s(server.note)}`);
    });
    out.push('');
  } else {
    out.push('  No submission settings found.');
    out.push('');
  }
  if (r.notes.length) {
    out.push('Notes:');
    for (const note of r.notes) out.push(`  - ${s(note)}`);
  }
  if (!r.found && r.attempts.length) {
    out.push('Tried:');
    for (const a of r.attempts)
      out.push(`  - ${a.source}: ${a.outcome}${a.detail ? ` (${s(a.detail)})` : ''}`);
  }
  return out.join('\n') + '\n';
}

/** Node's global fetch narrowed to what discovery needs. */
const nodeFetch: FetchLike = (url, init) => fetch(url, init);

export async function settings(args: string[], io: CommandIO): Promise<number> {
  const parsed = parse(args);
  if (!parsed.ok) {
    io.stderr.write(`smtp-doctor settings: ${parsed.error}\n\n${SETTINGS_USAGE}`);
    return 2;
  }
  const { options } = parsed;
  if (options.help) {
    io.stdout.write(SETTINGS_USAGE);
    return 0;
  }
  if (!options.target) {
    io.stderr.write(`smtp-doctor settings: give an email address or a domain\n\n${SETTINGS_USAGE}`);
    return 2;
  }
  const network = options.offline
    ? {}
    : {
        fetch: nodeFetch,
        doh: createDohResolver({ fetch: nodeFetch, url: options.resolver, timeoutMs: options.timeoutMs }),
      };
  const result = await discoverSettings(options.target, {
    ...network,
    offline: options.offline,
    timeoutMs: options.timeoutMs,
  });
  if (result.domain === null) {
    io.stderr.write(
      `smtp-doctor settings: "${sanitize(options.target)}" is not an email address or domain name\n`,
    );
    return 2;
  }
  io.stdout.write(
    options.json
      ? `${JSON.stringify(result)}\n`
      : renderText(result, options.offline, useColor(io.isTTY, process.env)),
  );
  return result.found ? 0 : 1;
}
