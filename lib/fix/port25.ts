/**
 * The guided fix for a blocked outbound port (most often 25): why it is blocked, the three ways
 * out, the sender's host policy when known, and a request to the ISP or host that names the
 * port and the evidence.
 */
import { audienceOf } from '../audience';
import { ENGLISH, type MessageKey, type Translator } from '../i18n';
import { isLinkable } from '../providers/links';
import { localizePolicy } from '../providers/prose';
import { RELAYS } from '../providers/relays';
import type { Vantage } from '../vantage';
import type { PortPolicy, Source } from '../providers/types';
import { oneLine } from './escape';
import type { CopyValue, FixSettings } from './types';

/** One port's result from the probe backend (the shape of the /v1/probe contract's results). */
export interface PortEvidence {
  port: number;
  tcp: 'open' | 'timeout' | 'refused' | 'unreachable' | 'dns-error';
  ms?: number;
  /** The server the probe connected to. */
  host?: string;
  banner?: string;
}

export interface Port25GuideInput {
  /** The blocked port (default 25). */
  port?: number;
  /** The sender's network, when known (from the options page or detectHostContext). */
  policy?: PortPolicy | null;
  /** The machine or connection that cannot connect (host name or IP). */
  senderHost?: string;
  /** Probe results from the sender's own network. */
  probes?: PortEvidence[];
  /** When the probes ran. */
  probedAt?: Date;
  /** The provider's submission settings to switch to. */
  settings?: FixSettings;
  /**
   * Where the failing connection was made: the guide addresses the sender at their own app
   * and network, or the administrator of the server that made it (lib/audience).
   */
  vantage?: Vantage;
  /** The reader's language (defaults to English); the request to the host is written in it too. */
  translator?: Translator;
}

export interface WayOut {
  id: 'submission' | 'relay-2525' | 'ask-host';
  title: string;
  text: string;
  /** False when the sources or the probes say this way is closed for this sender. */
  available: boolean;
  values?: CopyValue[];
  link?: { label: string; url: string };
}

export interface Port25Guide {
  title: string;
  why: string[];
  waysOut: WayOut[];
  hostPolicy?: {
    id: string;
    name: string;
    summary: string;
    blockedPorts: number[];
    exception: PortPolicy['exception'];
    checked: string;
    verified: boolean;
    sources: Source[];
  };
  /** Lines describing the probe results, for display and for the request. */
  evidence: string[];
  /** Where those were measured from, as a heading (lib/audience). */
  measuredFrom: string;
  request: { to: string; subject: string; body: string; url?: string };
  sources: Source[];
}

const WHY_SOURCES: Source[] = [
  {
    url: 'http://corporate.comcast.com/comcast-voices/updated-management-of-smtp-port-25',
    title: 'Comcast: why port 25 is blocked (bot networks send spam)',
    date: '2012-08-01',
    httpOnly: true,
  },
  {
    url: 'https://developer.nylas.com/docs/cookbook/email/smtp-ports-blocked/',
    title: 'Why SMTP ports 25 and 587 are blocked on cloud servers',
    secondary: true,
  },
  {
    url: 'https://thekiharani.com/notes/why-your-vps-blocks-smtp-use-an-email-api',
    title: 'A timeout, not a refusal, is the sign of a block',
    date: '2026-06-26',
    secondary: true,
  },
];

const TCP_WORDS: Record<PortEvidence['tcp'], MessageKey> = {
  open: 'fix.port25.tcp.open',
  timeout: 'fix.port25.tcp.timeout',
  refused: 'fix.port25.tcp.refused',
  unreachable: 'fix.port25.tcp.unreachable',
  'dns-error': 'fix.port25.tcp.dnsError',
};

export function describeEvidence(
  probes: PortEvidence[],
  probedAt?: Date,
  translator: Translator = ENGLISH,
): string[] {
  const { t } = translator;
  const time = probedAt?.toISOString().slice(0, 16).replace('T', ' ');
  return probes.map((p) => {
    // The result, then what was measured with it: each part is a whole phrase of its own.
    const parts = [t(TCP_WORDS[p.tcp])];
    if (p.ms !== undefined) parts.push(t('fix.port25.evidence.after', { ms: Math.round(p.ms) }));
    if (p.tcp === 'open' && p.banner)
      parts.push(t('fix.port25.evidence.greeting', { banner: oneLine(p.banner).slice(0, 80) }));
    if (time) parts.push(t('fix.port25.evidence.tested', { time }));
    const result = parts.join(' ');
    return p.host
      ? t('fix.port25.evidence.lineTo', { port: p.port, host: oneLine(p.host), result })
      : t('fix.port25.evidence.line', { port: p.port, result });
  });
}

function probeOf(probes: PortEvidence[] | undefined, port: number): PortEvidence | undefined {
  return probes?.find((p) => p.port === port);
}

/** The relays whose documentation lists port 2525. */
export function relaysWith2525(): string[] {
  return RELAYS.filter((r) => r.supports2525).map((r) => r.name);
}

export function buildPort25Guide(input: Port25GuideInput = {}): Port25Guide {
  const translator = input.translator ?? ENGLISH;
  const { t } = translator;
  const port = input.port ?? 25;
  const policy = input.policy ? localizePolicy(input.policy, translator) : null;
  const probes = input.probes ?? [];
  const evidence = describeEvidence(probes, input.probedAt, translator);
  const senderHost = input.senderHost ? oneLine(input.senderHost) : undefined;

  const why = [t('fix.port25.why.port25'), t('fix.port25.why.submission'), t('fix.port25.why.timeout')];
  if (port !== 25) why.unshift(t('fix.port25.why.otherPort', { port }));

  // Way 1: submission on 587/465.
  const submissionBlocked = [465, 587].filter(
    (p) =>
      policy?.blockedPorts.includes(p) ||
      probeOf(probes, p)?.tcp === 'timeout' ||
      probeOf(probes, p)?.tcp === 'unreachable',
  );
  const submissionOpen = [465, 587].filter((p) => probeOf(probes, p)?.tcp === 'open');
  const s = input.settings;
  const admin = audienceOf(input.vantage).port25 === 'server-admin';
  const submission: WayOut = {
    id: 'submission',
    title: admin ? t('fix.port25.submission.title.admin') : t('fix.port25.submission.title.sender'),
    text: s
      ? t(admin ? 'fix.port25.submission.settings.admin' : 'fix.port25.submission.settings.sender', {
          host: oneLine(s.host),
          port: s.port,
          security: s.security === 'ssl' ? 'SSL/TLS' : 'STARTTLS',
        })
      : admin
        ? t('fix.port25.submission.generic.admin')
        : t('fix.port25.submission.generic.sender'),
    available: submissionBlocked.length < 2 || submissionOpen.length > 0,
  };
  if (s) {
    submission.values = [
      { label: t('fix.label.server'), value: oneLine(s.host) },
      { label: t('fix.label.port'), value: String(s.port) },
      { label: t('fix.label.security'), value: s.security === 'ssl' ? 'SSL/TLS' : 'STARTTLS' },
      { label: t('fix.label.username'), value: oneLine(s.username) },
    ];
    if (s.appPasswordUrl)
      submission.link = { label: t('fix.port25.submission.createAppPassword'), url: s.appPasswordUrl };
  }
  if (submissionBlocked.length) {
    const byPolicy = policy?.blockedPorts.some((p) => submissionBlocked.includes(p));
    const [first, second] = submissionBlocked;
    const note =
      second === undefined
        ? byPolicy
          ? t('fix.port25.submission.blockedOne.policy', { port: first!, policy: policy!.name })
          : t('fix.port25.submission.blockedOne.probe', { port: first! })
        : byPolicy
          ? t('fix.port25.submission.blockedBoth.policy', { first: first!, second, policy: policy!.name })
          : t('fix.port25.submission.blockedBoth.probe', { first: first!, second });
    submission.text += ` ${note}`;
  }

  // Way 2: a relay on 2525.
  const p2525 = probeOf(probes, 2525);
  const relay: WayOut = {
    id: 'relay-2525',
    title: t('fix.port25.relay.title'),
    text: t('fix.port25.relay.text', { relays: relaysWith2525().join(', ') }),
    available: !(p2525 && (p2525.tcp === 'timeout' || p2525.tcp === 'unreachable')),
  };
  if (!relay.available) relay.text += ` ${t('fix.port25.relay.blocked')}`;

  // Way 3: ask the ISP or host.
  const ask: WayOut = {
    id: 'ask-host',
    title: policy
      ? t('fix.port25.ask.title.policy', { policy: policy.name, port })
      : admin
        ? t('fix.port25.ask.title.admin', { port })
        : t('fix.port25.ask.title.sender', { port }),
    text: policy
      ? policy.exception.how
      : admin
        ? t('fix.port25.ask.text.admin', { port })
        : t('fix.port25.ask.text.sender', { port }),
    available: policy ? policy.exception.possible !== false : true,
  };
  if (policy?.exception.url && isLinkable(policy.exception.url))
    ask.link = { label: t('fix.port25.ask.howLink', { policy: policy.name }), url: policy.exception.url };

  const guide: Port25Guide = {
    title: policy
      ? t('fix.port25.title.policy', { policy: policy.name, port })
      : admin
        ? t('fix.port25.title.admin', { port })
        : t('fix.port25.title.sender', { port }),
    why,
    waysOut: [submission, relay, ask],
    evidence,
    measuredFrom: audienceOf(input.vantage, translator).measuredFrom,
    request: buildRequest(port, policy, senderHost, evidence, admin, translator),
    sources: WHY_SOURCES,
  };
  if (policy) {
    guide.hostPolicy = {
      id: policy.id,
      name: policy.name,
      summary: policy.summary,
      blockedPorts: policy.blockedPorts,
      exception: policy.exception,
      checked: policy.checked,
      verified: policy.verified !== false,
      sources: policy.sources,
    };
  }
  return guide;
}

function buildRequest(
  port: number,
  policy: PortPolicy | null,
  senderHost: string | undefined,
  evidence: string[],
  admin: boolean,
  { t }: Translator,
): Port25Guide['request'] {
  // A web server is a server whatever network it is on; a sender's own machine may be a home connection.
  const connection = policy?.kind === 'isp' && !admin;
  const allow: MessageKey = connection
    ? senderHost
      ? 'fix.port25.request.allow.connectionHost'
      : 'fix.port25.request.allow.connection'
    : senderHost
      ? 'fix.port25.request.allow.serverHost'
      : 'fix.port25.request.allow.server';
  const lines = [
    policy
      ? t('fix.port25.request.greeting.policy', { policy: policy.name })
      : t('fix.port25.request.greeting.generic'),
    '',
    t(allow, senderHost ? { port, host: senderHost } : { port }),
    '',
  ];
  if (evidence.length) {
    lines.push(t('fix.port25.request.measured'), ...evidence.map((e) => `- ${e}`), '');
  } else {
    lines.push(t('fix.port25.request.noEvidence', { port }), '');
  }
  if (policy && policy.mode !== 'no-published-policy') {
    lines.push(t('fix.port25.request.documentation', { summary: policy.summary }));
    if (policy.exception.url) lines.push(`(${policy.exception.url})`);
    lines.push('');
  }
  lines.push(
    t('fix.port25.request.whatSends'),
    t('fix.port25.request.hygiene'),
    '',
    t('fix.port25.request.remove', { port }),
    '',
    t('fix.port25.request.thanks'),
    t('fix.port25.request.signature'),
  );
  const request: Port25Guide['request'] = {
    to: policy ? policy.name : admin ? t('fix.port25.request.to.admin') : t('fix.port25.request.to.sender'),
    subject: senderHost
      ? t('fix.port25.request.subjectHost', { port, host: senderHost })
      : t('fix.port25.request.subject', { port }),
    body: lines.join('\n'),
  };
  if (policy?.exception.url && isLinkable(policy.exception.url)) request.url = policy.exception.url;
  return request;
}
