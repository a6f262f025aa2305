/** The terminal rendering of a probe response (`smtp-doctor probe HOST`). */
import type { PortResult, ProbeResponse } from '../../lib/probe/types.ts';

function tlsText(result: PortResult): string {
  const tls = result.tls;
  if (!tls) return result.starttls === false ? 'no STARTTLS offered (plain text only)' : '';
  const how = tls.mode === 'starttls' ? 'STARTTLS → ' : '';
  if (tls.ok) return `${how}${tls.protocol ?? 'TLS'}, certificate ok`;
  return `${how}${tls.protocol ? `${tls.protocol}, ` : ''}${tls.error ?? 'TLS failed'}`;
}

function detail(result: PortResult): string {
  if (result.tcp !== 'open') return result.error ?? '';
  const parts: string[] = [];
  if (result.banner) parts.push(result.banner);
  const tls = tlsText(result);
  if (tls) parts.push(tls);
  else if (result.error) parts.push(result.error);
  if (result.auth && result.auth.length > 0) parts.push(`AUTH ${result.auth.join(' ')}`);
  if (result.tls?.ok === false && result.error && !tls.includes(result.error)) parts.push(result.error);
  return parts.join(' · ');
}

export function renderTable(response: ProbeResponse): string {
  const rows = response.results.map((r) => [String(r.port), r.tcp, `${r.ms} ms`, detail(r)]);
  const header = ['PORT', 'TCP', 'TIME', 'WHAT ANSWERED'];
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
  const verdict = response.verdict;
  const out = [
    `SMTP probes of ${target} from this machine`,
    '',
    line(header),
    ...rows.map(line),
    '',
    `Verdict: ${verdict.category ? `${verdict.category} — ` : ''}${verdict.summary}`,
  ];
  if (verdict.fix) out.push(`Fix: ${verdict.fix}`);
  return `${out.join('\n')}\n`;
}
