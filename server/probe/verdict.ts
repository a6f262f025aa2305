/**
 * From per-port results to one verdict: the category the probes support and the
 * fix. Pure (no Node APIs), so any reader of the results can reach the same verdict.
 *
 * Order of the rules, most specific first:
 *  1. every port: DNS error                    → dns-failure
 *  2. some port dropped (timeout), another works → port-blocked, use the working one
 *  3. a port and its TLS mode disagree          → tls-mismatch
 *  4. TLS works but the certificate is not trusted → tls-certificate
 *  5. the TLS handshake fails                   → tls-protocol
 *  6. nothing works and something was dropped   → port-blocked (everything filtered)
 *  7. nothing works: refused / unreachable / silent → server-unreachable
 *  8. otherwise                                 → no category, name what works
 */
import type { PortResult, Verdict } from '../../lib/probe/types.ts';
import { IMPLICIT_TLS_PORT } from '../../lib/probe/types.ts';

type Security = 'starttls' | 'tls' | 'none';

/** A port where a client can log in and send: greeted, and TLS trusted (or no TLS on offer at all). */
function working(result: PortResult): Security | null {
  if (result.tcp !== 'open' || result.failedAt) return null;
  if (result.tls?.ok)
    return result.tls.mode === 'implicit' || result.port === IMPLICIT_TLS_PORT ? 'tls' : 'starttls';
  if (!result.tls && result.banner !== undefined) return 'none';
  return null;
}

/** Which working port to recommend: submission with TLS first (587, 465, 2525), then anything. */
function bestPort(results: PortResult[]): { port: number; security: Security } | undefined {
  const order = (r: PortResult, s: Security) =>
    (s === 'none' ? 100 : 0) + ([587, 465, 2525].indexOf(r.port) + 1 || (r.port === 25 ? 50 : 10));
  const candidates = results
    .map((r) => ({ r, s: working(r) }))
    .filter((c): c is { r: PortResult; s: Security } => c.s !== null)
    .sort((a, b) => order(a.r, a.s) - order(b.r, b.s));
  const first = candidates[0];
  return first ? { port: first.r.port, security: first.s } : undefined;
}

function describeBest(best: { port: number; security: Security }): string {
  if (best.security === 'starttls') return `${best.port} with STARTTLS works`;
  if (best.security === 'tls') return `${best.port} with SSL/TLS works`;
  return `${best.port} answers, but without encryption`;
}

function fixFor(best: { port: number; security: Security }): string {
  if (best.security === 'starttls') return `use port ${best.port} with STARTTLS`;
  if (best.security === 'tls') return `use port ${best.port} with SSL/TLS (implicit TLS)`;
  return `use port ${best.port} (it offers no encryption: avoid sending a password over it)`;
}

const list = (ports: number[]) =>
  ports.length <= 1
    ? String(ports[0] ?? '')
    : `${ports.slice(0, -1).join(', ')} and ${ports[ports.length - 1]}`;

export function verdictFor(host: string, results: PortResult[]): Verdict {
  const ports = (pred: (r: PortResult) => boolean) => results.filter(pred).map((r) => r.port);
  const best = bestPort(results);
  const dropped = ports((r) => r.tcp === 'timeout');

  if (results.length > 0 && results.every((r) => r.tcp === 'dns-error')) {
    return {
      category: 'dns-failure',
      summary: `${host} does not resolve from here${results[0]?.error ? ` (${results[0].error})` : ''}`,
      fix: 'check the SMTP server name for typos, and that it exists in DNS (your provider names it in its setup guide)',
    };
  }

  if (dropped.length > 0 && best) {
    return {
      category: 'port-blocked',
      summary: `${list(dropped)} blocked from here (the connection timed out); ${describeBest(best)}`,
      fix: fixFor(best),
      best,
    };
  }

  const plaintextOnTls = results.find((r) => r.tls?.failure === 'plaintext');
  const tlsOnPlain = results.find((r) => r.implicitTls);
  if (plaintextOnTls || tlsOnPlain) {
    const parts: string[] = [];
    if (plaintextOnTls)
      parts.push(`${plaintextOnTls.port} answers in plain SMTP (it expects STARTTLS, not SSL/TLS)`);
    if (tlsOnPlain)
      parts.push(`${tlsOnPlain.port} speaks TLS from the first byte (it expects SSL/TLS, not STARTTLS)`);
    const fix = best
      ? fixFor(best)
      : tlsOnPlain
        ? `on port ${tlsOnPlain.port} choose SSL/TLS (implicit TLS) instead of STARTTLS`
        : `on port ${plaintextOnTls!.port} choose STARTTLS instead of SSL/TLS`;
    return { category: 'tls-mismatch', summary: parts.join('; '), fix, ...(best ? { best } : {}) };
  }

  const badCert = results.find((r) => r.tls?.failure === 'certificate');
  if (badCert) {
    const names = badCert.tls?.cert?.altNames ?? [];
    const wrongName = badCert.tls?.cert && !badCert.tls.cert.hostnameMatch && names.length > 0;
    return {
      category: 'tls-certificate',
      summary: `the certificate on ${badCert.port} is not trusted: ${badCert.tls?.error ?? 'unknown reason'}`,
      fix: wrongName
        ? `use the host name the certificate names (${names.slice(0, 3).join(', ')}) as the SMTP server, or ask the provider to fix the certificate`
        : 'ask the server operator to install a valid certificate; do not turn off certificate checks in your mail client',
      ...(best ? { best } : {}),
    };
  }

  const badHandshake = results.find(
    (r) => r.tls && !r.tls.ok && (r.tls.failure === 'protocol' || r.tls.failure === 'timeout'),
  );
  if (badHandshake) {
    return {
      category: 'tls-protocol',
      summary: `the TLS handshake on ${badHandshake.port} fails: ${badHandshake.tls?.error ?? 'unknown reason'}`,
      fix: best
        ? fixFor(best)
        : 'the server and this machine share no TLS version or cipher: update the mail client (TLS 1.2+) or ask the operator to enable TLS 1.2/1.3',
      ...(best ? { best } : {}),
    };
  }

  if (!best && dropped.length > 0) {
    const all = dropped.length === results.length;
    return {
      category: 'port-blocked',
      summary: all
        ? `every port timed out (${list(dropped)}): a firewall drops SMTP between this network and ${host}`
        : `${list(dropped)} timed out and nothing else answers: a firewall drops SMTP between this network and ${host}`,
      fix: 'try from another network (for example a phone hotspot): if it works there, this network blocks SMTP — ask its operator, or use a relay on port 2525 or an HTTPS email API',
    };
  }

  if (!best) {
    const refused = ports((r) => r.tcp === 'refused');
    const unreachable = ports((r) => r.tcp === 'unreachable');
    const rejecting = results.filter((r) => r.tcp === 'open' && r.banner !== undefined);
    const silent = ports((r) => r.tcp === 'open' && r.banner === undefined);
    const parts: string[] = [];
    if (refused.length > 0) parts.push(`${list(refused)} refused the connection`);
    if (unreachable.length > 0) parts.push(`${list(unreachable)} unreachable (no route)`);
    if (silent.length > 0) parts.push(`${list(silent)} accepted the connection but sent no SMTP greeting`);
    for (const r of rejecting) parts.push(`${r.port} ${r.error ?? `answered "${r.banner}"`}`);
    return {
      category: 'server-unreachable',
      summary: `${host}: ${parts.join('; ') || 'no port answered'}`,
      fix: 'check the server name and port in your provider’s setup guide; nothing usable listens where the settings point',
    };
  }

  const others = results.filter((r) => r.port !== best.port && working(r) === null);
  const notes = others.map((r) => `${r.port} ${r.tcp === 'open' ? (r.error ?? 'not usable') : r.tcp}`);
  return {
    summary: `${describeBest(best)} from here${notes.length > 0 ? `; ${notes.join('; ')}` : ''}`,
    ...(best.security === 'none' ? { fix: fixFor(best) } : {}),
    best,
  };
}
