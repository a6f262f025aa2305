/**
 * What each DNS answer means for a finding, as the popup's DNS checks show it: the
 * answer in words and its reading ("example.org has no DMARC record …"). The look-ups
 * are lib/probe/doh's; this module only reads their results. Every reading takes the
 * reader's `t` (English by default).
 */

import { ENGLISH, type MessageKey, type Translator } from '../i18n';

type T = Translator['t'];

export type DnsTone = 'ok' | 'warn' | 'bad' | 'neutral';

export interface DnsReading {
  /** The answer as found, in words ("none", "10 mx.example.org" …), or "—". */
  answer: string;
  /** What it means for the finding. */
  meaning: string;
  tone: DnsTone;
}

export const DNS_NO_ANSWER = '—';

export function lookupFailedReading(error: string, t: T = ENGLISH.t): DnsReading {
  return { answer: DNS_NO_ANSWER, meaning: t('conn.reading.lookupFailed', { error }), tone: 'neutral' };
}

/** The A record of the SMTP host the error names. */
export function hostReading(
  answer: { nxdomain: boolean; addresses: readonly string[] },
  t: T = ENGLISH.t,
): DnsReading {
  if (answer.nxdomain) {
    return {
      answer: t('conn.reading.host.nxdomainAnswer'),
      meaning: t('conn.reading.host.nxdomain'),
      tone: 'bad',
    };
  }
  if (!answer.addresses.length) {
    return {
      answer: t('conn.reading.host.noIpv4Answer'),
      meaning: t('conn.reading.host.noIpv4'),
      tone: 'warn',
    };
  }
  return {
    answer: answer.addresses.slice(0, 4).join(', '),
    meaning: t('conn.reading.host.resolves'),
    tone: 'ok',
  };
}

/** The domain's MX records, best first; `providerName` when a known provider receives its mail. */
export function mxReading(
  domain: string,
  answer: {
    nxdomain: boolean;
    records: ReadonlyArray<{ preference: number; exchange: string }>;
    providerName?: string;
  },
  t: T = ENGLISH.t,
): DnsReading {
  const first = answer.records[0];
  if (!first) {
    return answer.nxdomain
      ? {
          answer: t('conn.reading.mx.nxdomainAnswer'),
          meaning: t('conn.reading.mx.nxdomain'),
          tone: 'bad',
        }
      : {
          answer: t('conn.reading.none'),
          meaning: t('conn.reading.mx.none'),
          tone: 'bad',
        };
  }
  const exchange = first.exchange;
  return {
    answer: answer.records
      .slice(0, 3)
      .map((mx) => `${mx.preference} ${mx.exchange}`)
      .join(', '),
    meaning: answer.providerName
      ? t('conn.reading.mx.foundProvider', { domain, exchange, provider: answer.providerName })
      : t('conn.reading.mx.found', { domain, exchange }),
    tone: 'ok',
  };
}

/** The domain's SPF record; `all` is the qualifier of its final "all" term. */
export function spfReading(
  domain: string,
  spf: { record: string; all?: string } | null,
  t: T = ENGLISH.t,
): DnsReading {
  if (!spf) {
    return { answer: t('conn.reading.none'), meaning: t('conn.reading.spf.none', { domain }), tone: 'bad' };
  }
  return spf.all === '+'
    ? { answer: spf.record, meaning: t('conn.reading.spf.plusAll'), tone: 'warn' }
    : { answer: spf.record, meaning: t('conn.reading.spf.published'), tone: 'ok' };
}

/** What a DMARC policy does to mail that fails: one whole sentence each. */
const DMARC_EFFECT: Readonly<Record<string, MessageKey>> = {
  reject: 'conn.reading.dmarc.rejected',
  quarantine: 'conn.reading.dmarc.quarantined',
};

/** The domain's DMARC record and its policy (p=). */
export function dmarcReading(
  domain: string,
  dmarc: { record: string; policy?: string } | null,
  t: T = ENGLISH.t,
): DnsReading {
  if (!dmarc) {
    return { answer: t('conn.reading.none'), meaning: t('conn.reading.dmarc.none', { domain }), tone: 'bad' };
  }
  const policy = dmarc.policy ?? 'none';
  return {
    answer: dmarc.record,
    meaning: t(DMARC_EFFECT[policy] ?? 'conn.reading.dmarc.reported', { policy }),
    tone: 'ok',
  };
}

/**
 * The RFC 6186 submission announcement (`_submissions._tcp` for implicit TLS,
 * `_submission._tcp` for STARTTLS). `answered` is true when the name exists but says
 * "service not offered" (a target of ".").
 */
export function submissionSrvReading(
  implicitTls: boolean,
  srv: { answered: boolean; records: ReadonlyArray<{ target: string; port: number }> },
  t: T = ENGLISH.t,
): DnsReading {
  const best = srv.records[0];
  if (!best) {
    return {
      answer: srv.answered ? t('conn.reading.srv.notOfferedAnswer') : t('conn.reading.none'),
      meaning: t('conn.reading.srv.none'),
      tone: 'neutral',
    };
  }
  return {
    answer: srv.records.map((r) => `${r.target}:${r.port}`).join(', '),
    meaning: t('conn.reading.srv.found', {
      target: best.target,
      port: best.port,
      mode: implicitTls ? 'SSL/TLS' : 'STARTTLS',
    }),
    tone: 'ok',
  };
}
