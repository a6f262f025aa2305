import { createDohResolver, DOH_RESOLVERS, type FetchLike } from '../../lib/probe/doh.ts';
import { discoverSettings, type DiscoveryResult } from '../../lib/probe/discovery.ts';
import type { CommandIO } from '../cli.ts';
import { jsonLine, sanitize, useColor } from '../render/terminal.ts';
import { ENGLISH, type Translator } from '../i18n.ts';
import type { MessageKey } from '../../lib/i18n/index.ts';
import { optionLine } from './help-text.ts';

export function settingsUsage({ t }: Translator = ENGLISH): string {
  const option = (name: string, text: string) => optionLine(name, 22, text);
  const exit = (code: string, text: string) => optionLine(code, 5, text);
  return [
    `${t('cli.usage.title')} smtp-doctor settings [--json] [--offline] [--timeout MS] [--resolver NAME|URL] <address-or-domain>`,
    '',
    t('cli.settings.help.about'),
    '',
    t('cli.help.options'),
    option('--json', t('cli.settings.help.json')),
    option('--offline', t('cli.settings.help.offline')),
    option('--timeout MS', t('cli.settings.help.timeout', { ms: 3000 })),
    option('--resolver NAME', t('cli.settings.help.resolver')),
    option('-h, --help', t('cli.help.help')),
    '',
    t('cli.help.exitStatus'),
    exit('0', t('cli.settings.help.exit0')),
    exit('1', t('cli.settings.help.exit1')),
    exit('2', t('cli.settings.help.exit2')),
    '',
  ].join('\n');
}

interface Options {
  json: boolean;
  offline: boolean;
  timeoutMs: number;
  resolver: string;
  help: boolean;
  target?: string;
}

type Parsed = { ok: true; options: Options } | { ok: false; error: string };

function parse(args: readonly string[], { t }: Translator): Parsed {
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
        return { ok: false, error: t('cli.settings.error.timeout') };
      options.timeoutMs = ms;
    } else if (arg === '--resolver') {
      const r = value() ?? '';
      if (r in DOH_RESOLVERS) options.resolver = DOH_RESOLVERS[r as keyof typeof DOH_RESOLVERS];
      else if (r.startsWith('https://')) options.resolver = r;
      else return { ok: false, error: t('cli.settings.error.resolver') };
    } else if (arg.startsWith('-'))
      return { ok: false, error: t('cli.error.unknownOption', { option: arg }) };
    else words.push(arg);
  }
  if (words.length > 1) return { ok: false, error: t('cli.settings.error.oneTarget') };
  if (words[0] !== undefined) options.target = words[0];
  return { ok: true, options };
}

const SOURCE_LABEL: Record<NonNullable<DiscoveryResult['source']>, MessageKey> = {
  preset: 'cli.settings.source.preset',
  ispdb: 'cli.settings.source.ispdb',
  autoconfig: 'cli.settings.source.autoconfig',
  'well-known': 'cli.settings.source.wellKnown',
  srv: 'cli.settings.source.srv',
  'mx-guess': 'cli.settings.source.mx',
};

/** How a discovery attempt ended, in the reader's words (English keeps the codes). */
const OUTCOME_WORD: Record<DiscoveryResult['attempts'][number]['outcome'], MessageKey> = {
  found: 'cli.settings.outcome.found',
  'not-found': 'cli.settings.outcome.notFound',
  error: 'cli.settings.outcome.error',
  skipped: 'cli.settings.outcome.skipped',
};

function renderText(r: DiscoveryResult, offline: boolean, color: boolean, { t }: Translator): string {
  const bold = (t: string) => (color ? `\u001b[1m${t}\u001b[22m` : t);
  const dim = (t: string) => (color ? `\u001b[2m${t}\u001b[22m` : t);
  const s = (t: string) => sanitize(t);
  const out: string[] = [];
  out.push(
    bold(t('cli.settings.title', { input: s(r.input.trim()) })) +
      (r.domain && r.address ? ` ${t('cli.settings.domain', { domain: s(r.domain) })}` : ''),
  );
  if (r.found && r.source) {
    const provider = r.provider
      ? ` — ${s(r.provider.name)}${r.provider.variant ? `, ${s(r.provider.variant)}` : ''}`
      : '';
    out.push(t('cli.settings.source', { source: t(SOURCE_LABEL[r.source]) }) + provider);
    if (r.sourceTarget && r.source !== 'preset') out.push(dim(`        ${s(r.sourceTarget)}`));
  }
  const network =
    r.network === 'skipped'
      ? offline
        ? t('cli.settings.network.offline')
        : r.found && r.source === 'preset'
          ? t('cli.settings.network.notNeeded')
          : t('cli.settings.network.skipped')
      : r.network === 'failed'
        ? t('cli.settings.network.failed')
        : t('cli.settings.network.used');
  out.push(t('cli.settings.network', { state: network }));
  out.push('');
  if (r.servers.length) {
    r.servers.forEach((server, i) => {
      const security =
        server.security === 'ssl'
          ? 'SSL/TLS'
          : server.security === 'starttls'
            ? 'STARTTLS'
            : t('cli.settings.noTls');
      const unverified = server.verified === false ? dim(` ${t('cli.settings.unverified')}`) : '';
      const port = t('cli.settings.port', { port: server.port });
      out.push(`  ${i + 1}. ${bold(s(server.host))}  ${port}  ${security}${unverified}`);
      out.push(`     ${t('cli.settings.userName', { name: s(server.username ?? server.usernameForm) })}`);
      if (server.note) out.push(`     ${t('cli.settings.note', { note: s(server.note) })}`);
    });
    out.push('');
  } else {
    out.push(`  ${t('cli.settings.nothingFound')}`);
    out.push('');
  }
  if (r.notes.length) {
    out.push(t('cli.settings.notes'));
    for (const note of r.notes) out.push(`  - ${s(note)}`);
  }
  if (!r.found && r.attempts.length) {
    out.push(t('cli.settings.tried'));
    for (const a of r.attempts)
      out.push(`  - ${a.source}: ${t(OUTCOME_WORD[a.outcome])}${a.detail ? ` (${s(a.detail)})` : ''}`);
  }
  return out.join('\n') + '\n';
}

/** Node's global fetch narrowed to what discovery needs. */
const nodeFetch: FetchLike = (url, init) => fetch(url, init);

export async function settings(args: string[], io: CommandIO): Promise<number> {
  const translator = io.translator ?? ENGLISH;
  const { t } = translator;
  const parsed = parse(args, translator);
  if (!parsed.ok) {
    io.stderr.write(`smtp-doctor settings: ${parsed.error}\n\n${settingsUsage(translator)}`);
    return 2;
  }
  const { options } = parsed;
  if (options.help) {
    io.stdout.write(settingsUsage(translator));
    return 0;
  }
  if (!options.target) {
    io.stderr.write(
      `smtp-doctor settings: ${t('cli.settings.error.noTarget')}\n\n${settingsUsage(translator)}`,
    );
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
    // JSON is for programs: its notes stay in English whatever the reader's language.
    translator: options.json ? ENGLISH : translator,
  });
  if (result.domain === null) {
    io.stderr.write(
      `smtp-doctor settings: ${t('cli.settings.error.notAddress', { target: sanitize(options.target) })}\n`,
    );
    return 2;
  }
  io.stdout.write(
    options.json
      ? jsonLine(result)
      : renderText(result, options.offline, useColor(io.isTTY, process.env), translator),
  );
  return result.found ? 0 : 1;
}
