/**
 * What each DNS answer means for a finding, as the popup's DNS checks show it: the
 * answer in words and its reading ("example.org has no DMARC record …"). The look-ups
 * are lib/probe/doh's; this module only reads their results.
 */

export type DnsTone = 'ok' | 'warn' | 'bad' | 'neutral';

export interface DnsReading {
  /** The answer as found, in words ("none", "10 mx.example.org" …), or "—". */
  answer: string;
  /** What it means for the finding. */
  meaning: string;
  tone: DnsTone;
}

export const DNS_NO_ANSWER = '—';

export function lookupFailedReading(error: string): DnsReading {
  return { answer: DNS_NO_ANSWER, meaning: `The look-up failed: ${error}.`, tone: 'neutral' };
}

/** The A record of the SMTP host the error names. */
export function hostReading(answer: { nxdomain: boolean; addresses: readonly string[] }): DnsReading {
  if (answer.nxdomain) {
    return {
      answer: 'does not exist (NXDOMAIN)',
      meaning: 'This host name does not exist: check its spelling in the mail settings.',
      tone: 'bad',
    };
  }
  if (!answer.addresses.length) {
    return {
      answer: 'no IPv4 address',
      meaning: 'The name exists but has no IPv4 address: mail programs that need one cannot connect.',
      tone: 'warn',
    };
  }
  return {
    answer: answer.addresses.slice(0, 4).join(', '),
    meaning:
      'The name resolves. If the error said it does not, the DNS of the machine that sent the mail is at fault, not the name.',
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
): DnsReading {
  const first = answer.records[0];
  if (!first) {
    return answer.nxdomain
      ? {
          answer: 'domain does not exist',
          meaning: 'The domain does not exist: the address is misspelt.',
          tone: 'bad',
        }
      : {
          answer: 'none',
          meaning: 'The domain has no MX record: it does not receive mail, so mail to it bounces.',
          tone: 'bad',
        };
  }
  return {
    answer: answer.records
      .slice(0, 3)
      .map((mx) => `${mx.preference} ${mx.exchange}`)
      .join(', '),
    meaning: `Mail for ${domain} is received by ${first.exchange}${
      answer.providerName ? ` (${answer.providerName})` : ''
    }.`,
    tone: 'ok',
  };
}

/** The domain's SPF record; `all` is the qualifier of its final "all" term. */
export function spfReading(domain: string, spf: { record: string; all?: string } | null): DnsReading {
  if (!spf) {
    return {
      answer: 'none',
      meaning: `${domain} has no SPF record: receivers cannot tell which servers may send for it, and strict ones reject or junk its mail.`,
      tone: 'bad',
    };
  }
  return spf.all === '+'
    ? {
        answer: spf.record,
        meaning:
          'SPF ends in "+all": it allows every server in the world, which receivers treat as no SPF at all.',
        tone: 'warn',
      }
    : {
        answer: spf.record,
        meaning:
          'SPF is published. The server that sends the mail must be covered by it (an include: or ip4: entry).',
        tone: 'ok',
      };
}

const DMARC_EFFECT: Record<string, string> = {
  reject: 'rejected',
  quarantine: 'sent to spam',
};

/** The domain's DMARC record and its policy (p=). */
export function dmarcReading(domain: string, dmarc: { record: string; policy?: string } | null): DnsReading {
  if (!dmarc) {
    return {
      answer: 'none',
      meaning: `${domain} has no DMARC record. Large mailbox providers expect one from domains that send to them.`,
      tone: 'bad',
    };
  }
  const policy = dmarc.policy ?? 'none';
  return {
    answer: dmarc.record,
    meaning: `DMARC policy "${policy}": mail that fails both SPF and DKIM alignment is ${
      DMARC_EFFECT[policy] ?? 'only reported'
    }.`,
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
): DnsReading {
  const best = srv.records[0];
  if (!best) {
    return {
      answer: srv.answered ? 'service not offered' : 'none',
      meaning: 'No announcement here; most domains publish none, so this says nothing about the error.',
      tone: 'neutral',
    };
  }
  return {
    answer: srv.records.map((r) => `${r.target}:${r.port}`).join(', '),
    meaning: `The domain announces its submission server: ${best.target}, port ${best.port}, ${
      implicitTls ? 'SSL/TLS' : 'STARTTLS'
    }. Use these in the mail settings.`,
    tone: 'ok',
  };
}
