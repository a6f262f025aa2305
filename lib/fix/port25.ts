/**
 * The guided fix for a blocked outbound port (most often 25): why it is blocked, the three ways
 * out, the sender's host policy when known, and a request to the ISP or host that names the
 * port and the evidence.
 */
import { audienceOf } from '../audience';
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

const TCP_WORDS: Record<PortEvidence['tcp'], string> = {
  open: 'connected',
  timeout: 'no answer (the connection timed out)',
  refused: 'connection refused',
  unreachable: 'network unreachable',
  'dns-error': 'the host name did not resolve',
};

export function describeEvidence(probes: PortEvidence[], probedAt?: Date): string[] {
  const when = probedAt ? ` — tested ${probedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC` : '';
  return probes.map((p) => {
    const target = p.host ? ` to ${oneLine(p.host)}` : '';
    const ms = p.ms !== undefined ? ` after ${Math.round(p.ms)} ms` : '';
    const banner = p.tcp === 'open' && p.banner ? ` (greeting: "${oneLine(p.banner).slice(0, 80)}")` : '';
    return `Port ${p.port}${target}: ${TCP_WORDS[p.tcp]}${ms}${banner}${when}`;
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
  const port = input.port ?? 25;
  const policy = input.policy ?? null;
  const probes = input.probes ?? [];
  const evidence = describeEvidence(probes, input.probedAt);
  const senderHost = input.senderHost ? oneLine(input.senderHost) : undefined;

  const why = [
    `Port 25 is where mail servers hand messages to each other. Infected computers and rented servers abuse it to send spam straight to recipients' servers, so most ISPs and cloud hosts block it outbound.`,
    'Mail apps and websites do not need port 25: they submit mail to their provider on 587 (STARTTLS) or 465 (SSL/TLS) with a user name and password, and those ports are meant for customers.',
    'A blocked port shows up as a connection that times out, not as a wrong password — changing credentials will not help.',
  ];
  if (port !== 25)
    why.unshift(`Something between this sender and the server drops connections to port ${port}.`);

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
  const where = admin
    ? 'In the site\u2019s mail settings (the web app or the hosting panel), use'
    : 'Point the app at';
  const submission: WayOut = {
    id: 'submission',
    title: admin
      ? 'Send through the mail provider on 587 or 465'
      : 'Send through your provider on 587 or 465',
    text: s
      ? `${where} ${oneLine(s.host)}, port ${s.port}, ${s.security === 'ssl' ? 'SSL/TLS' : 'STARTTLS'}, with authentication. If you run your own mail server, make it relay through this server (a "smarthost") instead of delivering on port 25.`
      : admin
        ? 'In the site\u2019s mail settings, use the mail provider\'s submission server on 587 (STARTTLS) or 465 (SSL/TLS) with the mailbox\'s user name and password, or make the server relay through it (a "smarthost") instead of delivering on port 25.'
        : 'Use your mail provider\'s submission server on 587 (STARTTLS) or 465 (SSL/TLS) with your user name and password. If you run your own mail server, make it relay through such a server (a "smarthost") instead of delivering on port 25.',
    available: submissionBlocked.length < 2 || submissionOpen.length > 0,
  };
  if (s) {
    submission.values = [
      { label: 'Server', value: oneLine(s.host) },
      { label: 'Port', value: String(s.port) },
      { label: 'Security', value: s.security === 'ssl' ? 'SSL/TLS' : 'STARTTLS' },
      { label: 'User name', value: oneLine(s.username) },
    ];
    if (s.appPasswordUrl) submission.link = { label: 'Create the app password', url: s.appPasswordUrl };
  }
  if (submissionBlocked.length) {
    const which = submissionBlocked.join(' and ');
    submission.text += ` Note: ${which} ${submissionBlocked.length > 1 ? 'are' : 'is'} blocked here too${policy?.blockedPorts.some((p) => submissionBlocked.includes(p)) ? ` (${policy.name} policy)` : ' (probe)'}.`;
  }

  // Way 2: a relay on 2525.
  const p2525 = probeOf(probes, 2525);
  const relay: WayOut = {
    id: 'relay-2525',
    title: 'Use a relay service on port 2525',
    text: `Relay services listen on 2525 for networks that block the usual ports: ${relaysWith2525().join(', ')}. Sign up, verify your sending domain, and use their host with port 2525 and STARTTLS.`,
    available: !(p2525 && (p2525.tcp === 'timeout' || p2525.tcp === 'unreachable')),
  };
  if (!relay.available) relay.text += ' Note: the probe could not reach 2525 from here either.';

  // Way 3: ask the ISP or host.
  const ask: WayOut = {
    id: 'ask-host',
    title: policy
      ? `Ask ${policy.name} to unblock port ${port}`
      : admin
        ? `Ask the hosting provider to unblock port ${port}`
        : `Ask your ISP or host to unblock port ${port}`,
    text: policy
      ? policy.exception.how
      : admin
        ? `Ask the company that hosts the server whether outbound port ${port} is blocked there and how to get an exception. The request below names the port.`
        : `Ask your internet provider or hosting company whether outbound port ${port} is blocked and how to get an exception. The request below names the port and the evidence.`,
    available: policy ? policy.exception.possible !== false : true,
  };
  if (policy?.exception.url) ask.link = { label: `${policy.name}: how to ask`, url: policy.exception.url };

  const guide: Port25Guide = {
    title: policy
      ? `${policy.name} blocks outbound port ${port}`
      : admin
        ? `The server's network may block outbound port ${port}`
        : `Outbound port ${port} is blocked on this network`,
    why,
    waysOut: [submission, relay, ask],
    evidence,
    measuredFrom: audienceOf(input.vantage).measuredFrom,
    request: buildRequest(port, policy, senderHost, evidence, admin),
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
): Port25Guide['request'] {
  const who = policy ? `${policy.name} support` : 'Support team';
  // A web server is a server whatever network it is on; a sender's own machine may be a home connection.
  const connection = policy?.kind === 'isp' && !admin;
  const machine = senderHost
    ? `${connection ? 'my connection' : 'my server'} ${senderHost}`
    : connection
      ? 'my connection'
      : 'my server';
  const lines = [
    `Hello ${who},`,
    '',
    `Please allow outbound connections to TCP port ${port} (SMTP) from ${machine}.`,
    '',
  ];
  if (evidence.length) {
    lines.push('What I measured from that machine:', ...evidence.map((e) => `- ${e}`), '');
  } else {
    lines.push(`Connections from it to mail servers on port ${port} time out, while other ports work.`, '');
  }
  if (policy && policy.mode !== 'no-published-policy') {
    lines.push(`Your documentation says: ${policy.summary}`);
    if (policy.exception.url) lines.push(`(${policy.exception.url})`);
    lines.push('');
  }
  lines.push(
    'What sends the mail: [describe it — e.g. my own mail server for example.com, about N messages a day to my customers].',
    'The server has a valid reverse DNS (PTR) record, SPF and DKIM for my domain, and it is not an open relay. [edit to match your setup]',
    '',
    `Please remove the restriction on outbound port ${port}, or tell me what else you need from me.`,
    '',
    'Thank you,',
    '[your name, customer or account number]',
  );
  const request: Port25Guide['request'] = {
    to: policy ? policy.name : admin ? 'the hosting provider' : 'your internet or hosting provider',
    subject: `Request to unblock outbound TCP port ${port}${senderHost ? ` for ${senderHost}` : ''}`,
    body: lines.join('\n'),
  };
  if (policy?.exception.url) request.url = policy.exception.url;
  return request;
}
