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
import type { MessageKey } from '../i18n/messages';
import { ENGLISH, type Translator } from '../i18n/translator';
import { localDetail } from './detail';
import type { PortResult, TcpOutcome, Verdict } from './types';
import { IMPLICIT_TLS_PORT } from './types';

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

const SECURITY_KEY = { starttls: 'starttls', tls: 'tls', none: 'plain' } as const;

/** What works, as a clause ("587 with STARTTLS works"); `here`: the sentence that ends "from here". */
function describeBest(best: { port: number; security: Security }, { t }: Translator, here = false): string {
  const which = SECURITY_KEY[best.security];
  return t(here ? `probes.verdict.bestHere.${which}` : `probes.verdict.best.${which}`, { port: best.port });
}

function fixFor(best: { port: number; security: Security }, { t }: Translator): string {
  return t(`probes.verdict.fix.${SECURITY_KEY[best.security]}`, { port: best.port });
}

/** A port that does not work, in a note: its TCP outcome, or why it is not usable. */
const PORT_STATE: Record<Exclude<TcpOutcome, 'open'>, MessageKey> = {
  timeout: 'probes.verdict.port.timeout',
  refused: 'probes.verdict.port.refused',
  unreachable: 'probes.verdict.port.unreachable',
  'dns-error': 'probes.verdict.port.dnsError',
};

/** "25, 465 and 587" in the reader's language (British English keeps the list without a serial comma). */
const listIn =
  ({ locale }: Translator) =>
  (ports: number[]) =>
    new Intl.ListFormat(locale === 'en' ? 'en-GB' : locale, { type: 'conjunction' }).format(
      ports.map(String),
    );

/**
 * The verdict, its sentences in the reader's language (the backend sends English; a client
 * can say the same verdict in its reader's language from the same results). Ports, host
 * names and quoted errors stay as they are.
 */
export function verdictFor(host: string, results: PortResult[], translator: Translator = ENGLISH): Verdict {
  const { t } = translator;
  const list = listIn(translator);
  /** The prober's details, in the reader's language where a message wrote them. */
  const say = (detail: string) => localDetail(detail, translator);
  const ports = (pred: (r: PortResult) => boolean) => results.filter(pred).map((r) => r.port);
  const best = bestPort(results);
  const dropped = ports((r) => r.tcp === 'timeout');

  if (results.length > 0 && results.every((r) => r.tcp === 'dns-error')) {
    return {
      category: 'dns-failure',
      summary: results[0]?.error
        ? t('probes.verdict.dnsWhy', { host, error: say(results[0].error) })
        : t('probes.verdict.dns', { host }),
      fix: t('probes.verdict.dnsFix'),
    };
  }

  if (dropped.length > 0 && best) {
    return {
      category: 'port-blocked',
      summary: t('probes.verdict.blockedButWorks', {
        ports: list(dropped),
        works: describeBest(best, translator),
      }),
      fix: fixFor(best, translator),
      best,
    };
  }

  const plaintextOnTls = results.find((r) => r.tls?.failure === 'plaintext');
  const tlsOnPlain = results.find((r) => r.implicitTls);
  if (plaintextOnTls || tlsOnPlain) {
    const parts: string[] = [];
    if (plaintextOnTls) parts.push(t('probes.verdict.plainOnTls', { port: plaintextOnTls.port }));
    if (tlsOnPlain) parts.push(t('probes.verdict.tlsOnPlain', { port: tlsOnPlain.port }));
    const fix = best
      ? fixFor(best, translator)
      : tlsOnPlain
        ? t('probes.verdict.fixChooseTls', { port: tlsOnPlain.port })
        : t('probes.verdict.fixChooseStarttls', { port: plaintextOnTls!.port });
    return { category: 'tls-mismatch', summary: parts.join('; '), fix, ...(best ? { best } : {}) };
  }

  const badCert = results.find((r) => r.tls?.failure === 'certificate');
  if (badCert) {
    const names = badCert.tls?.cert?.altNames ?? [];
    const wrongName = badCert.tls?.cert && !badCert.tls.cert.hostnameMatch && names.length > 0;
    return {
      category: 'tls-certificate',
      summary: t('probes.verdict.certUntrusted', {
        port: badCert.port,
        error: badCert.tls?.error ? say(badCert.tls.error) : t('probes.verdict.unknownReason'),
      }),
      fix: wrongName
        ? t('probes.verdict.fixCertName', { names: names.slice(0, 3).join(', ') })
        : t('probes.verdict.fixCertOperator'),
      ...(best ? { best } : {}),
    };
  }

  const badHandshake = results.find(
    (r) => r.tls && !r.tls.ok && (r.tls.failure === 'protocol' || r.tls.failure === 'timeout'),
  );
  if (badHandshake) {
    return {
      category: 'tls-protocol',
      summary: t('probes.verdict.handshakeFails', {
        port: badHandshake.port,
        error: badHandshake.tls?.error ? say(badHandshake.tls.error) : t('probes.verdict.unknownReason'),
      }),
      fix: best ? fixFor(best, translator) : t('probes.verdict.fixHandshake'),
      ...(best ? { best } : {}),
    };
  }

  if (!best && dropped.length > 0) {
    const all = dropped.length === results.length;
    return {
      category: 'port-blocked',
      summary: t(all ? 'probes.verdict.allTimedOut' : 'probes.verdict.someTimedOut', {
        ports: list(dropped),
        host,
      }),
      fix: t('probes.verdict.fixFirewall'),
    };
  }

  if (!best) {
    const refused = ports((r) => r.tcp === 'refused');
    const unreachable = ports((r) => r.tcp === 'unreachable');
    const rejecting = results.filter((r) => r.tcp === 'open' && r.banner !== undefined);
    const silent = ports((r) => r.tcp === 'open' && r.banner === undefined);
    const parts: string[] = [];
    if (refused.length > 0) parts.push(t('probes.verdict.refused', { ports: list(refused) }));
    if (unreachable.length > 0) parts.push(t('probes.verdict.unreachable', { ports: list(unreachable) }));
    if (silent.length > 0) parts.push(t('probes.verdict.silent', { ports: list(silent) }));
    // The prober's own error for a port stays as it is.
    for (const r of rejecting)
      parts.push(
        r.error
          ? `${r.port} ${say(r.error)}`
          : t('probes.verdict.answered', { port: r.port, banner: r.banner ?? '' }),
      );
    return {
      category: 'server-unreachable',
      summary: `${host}: ${parts.join('; ') || t('probes.verdict.noPortAnswered')}`,
      fix: t('probes.verdict.fixUnreachable'),
    };
  }

  const others = results.filter((r) => r.port !== best.port && working(r) === null);
  const notes = others.map((r) =>
    r.tcp !== 'open'
      ? t(PORT_STATE[r.tcp], { port: r.port })
      : r.error
        ? `${r.port} ${say(r.error)}`
        : t('probes.verdict.port.notUsable', { port: r.port }),
  );
  return {
    summary: [describeBest(best, translator, true), ...notes].join('; '),
    ...(best.security === 'none' ? { fix: fixFor(best, translator) } : {}),
    best,
  };
}

/**
 * A received verdict in the reader's language: said again from its results when they give the
 * same English verdict (same rules); otherwise (another version's backend) as it came.
 */
export function localVerdict(
  response: { host: string; results: PortResult[]; verdict: Verdict },
  translator: Translator,
): Verdict {
  const english = verdictFor(response.host, response.results);
  const { verdict } = response;
  const same =
    english.category === verdict.category &&
    english.summary === verdict.summary &&
    english.fix === verdict.fix;
  return same ? verdictFor(response.host, response.results, translator) : verdict;
}
