/** The terminal rendering of a probe response (`smtp-doctor probe HOST`), in the reader's language. */
import type { MessageKey } from '../../lib/i18n/messages.ts';
import { ENGLISH, type Translator } from '../i18n.ts';
import type { PortResult, ProbeResponse, TcpOutcome } from '../../lib/probe/types.ts';
import { localVerdict } from '../../lib/probe/verdict.ts';
import { localDetail } from '../../lib/probe/detail.ts';
import { sanitize } from '../render/terminal.ts';

/** How each TCP connect ended, as the table's status column says it. */
const TCP_WORDS: Record<TcpOutcome, MessageKey> = {
  open: 'cli.table.tcp.open',
  timeout: 'cli.table.tcp.timeout',
  refused: 'cli.table.tcp.refused',
  unreachable: 'cli.table.tcp.unreachable',
  'dns-error': 'cli.table.tcp.dnsError',
};

function tlsText(result: PortResult, translator: Translator): string {
  const { t } = translator;
  const tls = result.tls;
  if (!tls) return result.starttls === false ? t('cli.table.noStarttls') : '';
  // "STARTTLS → TLSv1.3": names and an arrow, the same in every language.
  const how = tls.mode === 'starttls' ? 'STARTTLS → ' : '';
  const protocol = tls.protocol ?? 'TLS';
  if (tls.ok) return `${how}${t('cli.table.tlsOk', { protocol })}`;
  // The TLS library's own error text stays as it is.
  return `${how}${tls.protocol ? `${tls.protocol}, ` : ''}${tls.error ? localDetail(tls.error, translator) : t('cli.table.tlsFailed')}`;
}

function detail(result: PortResult, translator: Translator): string {
  // The prober's details in the reader's language (codes, replies and names kept).
  const error = result.error ? localDetail(result.error, translator) : undefined;
  if (result.tcp !== 'open') return error ?? '';
  const parts: string[] = [];
  if (result.banner) parts.push(result.banner);
  const tls = tlsText(result, translator);
  if (tls) parts.push(tls);
  else if (error) parts.push(error);
  if (result.auth && result.auth.length > 0) parts.push(`AUTH ${result.auth.join(' ')}`);
  if (result.tls?.ok === false && error && !tls.includes(error)) parts.push(error);
  return parts.join(' · ');
}

export function renderTable(response: ProbeResponse, translator: Translator = ENGLISH): string {
  const { t } = translator;
  const rows = response.results.map((r) => [
    String(r.port),
    t(TCP_WORDS[r.tcp]),
    t('cli.table.ms', { ms: r.ms }),
    detail(r, translator),
  ]);
  const header = [t('cli.table.port'), t('cli.table.tcp'), t('cli.table.time'), t('cli.table.what')];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const target =
    response.address && response.address !== response.host
      ? `${response.host} (${response.address})`
      : response.host;
  const verdict = localVerdict(response, translator);
  const out = [
    t('cli.table.title', { target }),
    '',
    line(header),
    ...rows.map(line),
    '',
    verdict.category
      ? t('cli.table.verdictCategory', { category: verdict.category, summary: verdict.summary })
      : t('cli.table.verdict', { summary: verdict.summary }),
  ];
  if (verdict.fix) out.push(t('cli.table.fix', { fix: verdict.fix }));
  // Banners, errors and a backend's verdict come from servers: they must not drive the
  // terminal. One character for one, so the columns stay aligned.
  return `${sanitize(out.join('\n'))}\n`;
}
