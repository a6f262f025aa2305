/**
 * Checks a user can run by hand when no probe backend is running: one line per
 * tool, for their OS, and how to read what it prints. The host comes from page
 * text, so it is accepted only when it is a plain host name or IP address — a
 * command the user copies into a shell must never carry anything else.
 */
import { DEFAULT_BACKEND_URL, IMPLICIT_TLS_PORT, START_BACKEND_COMMAND } from './types';

export type ManualCheckPlatform = 'windows' | 'macos' | 'linux' | 'server';

export interface ReadingHint {
  /** What the output shows (a phrase to look for). */
  output: string;
  /** What it means. */
  meaning: string;
}

export interface ManualCheck {
  id: string;
  platform: ManualCheckPlatform;
  /** Tool name, e.g. "PowerShell", "nc", "openssl", "telnet". */
  tool: string;
  /** The one line to copy. */
  command: string;
  /** What the check answers, in one sentence. */
  purpose: string;
  read: ReadingHint[];
}

export const MANUAL_CHECK_PLATFORMS: readonly ManualCheckPlatform[] = ['windows', 'macos', 'linux', 'server'];

// A DNS name (LDH labels, underscores tolerated) or an IPv4 / IPv6 address: nothing a shell interprets.
const HOST_NAME = /^(?=.{1,253}$)\w(?:[\w-]{0,61}\w)?(?:\.\w(?:[\w-]{0,61}\w)?)*\.?$/;
const IPV6 = /^[0-9a-f:.]{2,45}$/i;

/** The host as it may appear in a copied command, or null when it is not a plain host. */
export function safeHost(input: string): string | null {
  const host = input.trim().replace(/^\[(.*)\]$/, '$1');
  if (HOST_NAME.test(host)) return host.toLowerCase();
  if (host.includes(':') && IPV6.test(host)) return host.toLowerCase();
  return null;
}

function isValidPort(port: number): boolean {
  return Number.isInteger(port) && port >= 1 && port <= 65535;
}

/** host:port for openssl (IPv6 in brackets). */
function hostPort(host: string, port: number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

const TCP_READING: ReadingHint[] = [
  { output: 'succeeded / open / Connected', meaning: 'the port is reachable from this network' },
  {
    output: 'timed out (after a long wait)',
    meaning: 'something drops the connection: typically your ISP, network or firewall blocking this port',
  },
  {
    output: 'Connection refused (at once)',
    meaning: 'the server (or a firewall) rejects it: nothing listens there, or the host name is wrong',
  },
  {
    output: 'No route to host / Network is unreachable',
    meaning: 'the network cannot reach the server at all',
  },
  {
    output: 'could not resolve / Name or service not known',
    meaning: 'the host name does not exist in DNS: check for typos',
  },
];

function tlsReading(port: number): ReadingHint[] {
  const implicit = port === IMPLICIT_TLS_PORT;
  return [
    {
      output: 'Verify return code: 0 (ok)',
      meaning: 'TLS works and the certificate is trusted for this name',
    },
    {
      output: 'self-signed certificate / certificate has expired / Verify return code: 1x',
      meaning: 'TLS works but the certificate is not trusted: mail clients will refuse it',
    },
    {
      output: implicit ? 'wrong version number' : "didn't find starttls in server response",
      meaning: implicit
        ? 'the port speaks plain SMTP: use STARTTLS (usually port 587) instead of SSL/TLS'
        : 'the server offers no STARTTLS on this port',
    },
    {
      output: implicit
        ? '220 … ESMTP after the certificate'
        : 'nothing after CONNECTED (hangs until you press Ctrl+C)',
      meaning: implicit
        ? 'the SMTP server greets over TLS: SSL/TLS on this port is right'
        : 'the port may expect implicit TLS (SSL/TLS) rather than STARTTLS, or it is blocked',
    },
    {
      output: 'unsupported protocol / handshake failure / no protocols available',
      meaning: 'no TLS version in common: the server or the client is too old',
    },
  ];
}

/**
 * The manual checks for one host and port; all platforms unless one is given.
 * Returns [] when the host is not a plain host name or address.
 */
export function manualChecks(hostInput: string, port: number, platform?: ManualCheckPlatform): ManualCheck[] {
  const host = safeHost(hostInput);
  if (!host || !isValidPort(port)) return [];
  const implicit = port === IMPLICIT_TLS_PORT;
  const openssl = implicit
    ? `openssl s_client -connect ${hostPort(host, port)} -servername ${host} -crlf`
    : `openssl s_client -starttls smtp -connect ${hostPort(host, port)} -servername ${host} -crlf`;
  const opensslPurpose = implicit
    ? `Does ${port} speak TLS from the start (SSL/TLS), and is its certificate trusted?`
    : `Does ${port} offer STARTTLS, and is its certificate trusted?`;
  const checks: ManualCheck[] = [
    {
      id: 'powershell',
      platform: 'windows',
      tool: 'PowerShell',
      command: `Test-NetConnection ${host} -Port ${port}`,
      purpose: `Can this computer open a TCP connection to ${host} on port ${port}?`,
      read: [
        { output: 'TcpTestSucceeded : True', meaning: 'the port is reachable from this network' },
        {
          output: 'TcpTestSucceeded : False (after ~20 s, "TCP connect … failed")',
          meaning:
            'blocked or refused: a long wait points at a block (ISP, firewall), a quick failure at nothing listening',
        },
        {
          output: 'Name resolution … failed',
          meaning: 'the host name does not exist in DNS: check for typos',
        },
      ],
    },
    {
      id: 'telnet',
      platform: 'windows',
      tool: 'telnet',
      command: `telnet ${host} ${port}`,
      purpose: `Does a server greet on port ${port}? (Windows: enable the Telnet Client feature first.)`,
      read: [
        {
          output: implicit ? 'garbage or nothing, then disconnect' : '220 … ESMTP',
          meaning: implicit
            ? 'normal for SSL/TLS on 465: the port is reachable (use the openssl check to see TLS)'
            : 'the port is reachable and an SMTP server answers (type QUIT to leave)',
        },
        {
          output: 'Could not open connection … Connect failed',
          meaning: 'blocked or refused (see the timing)',
        },
        {
          output: 'a blank screen, no 220',
          meaning: 'connected but no greeting: the port may expect SSL/TLS',
        },
      ],
    },
    ...(['macos', 'linux'] as const).flatMap((os): ManualCheck[] => [
      {
        id: 'nc',
        platform: os,
        tool: 'nc',
        command: `nc -vz -w 10 ${host} ${port}`,
        purpose: `Can this computer open a TCP connection to ${host} on port ${port}?`,
        read: TCP_READING,
      },
      {
        id: 'openssl',
        platform: os,
        tool: 'openssl',
        command: openssl,
        purpose: opensslPurpose,
        read: tlsReading(port),
      },
      {
        id: 'telnet',
        platform: os,
        tool: 'telnet',
        command: `telnet ${host} ${port}`,
        purpose: `Does a server greet on port ${port}?`,
        read: [
          {
            output: implicit ? 'Connected, then garbage or nothing' : '220 … ESMTP',
            meaning: implicit
              ? 'normal for SSL/TLS on 465: the port is reachable (the openssl check shows TLS)'
              : 'reachable, and an SMTP server answers (type QUIT to leave)',
          },
          ...TCP_READING.slice(1),
        ],
      },
    ]),
    {
      id: 'smtp-doctor',
      platform: 'server',
      tool: 'smtp-doctor',
      command: `npx smtp-doctor probe ${host} --ports 25,465,587,2525`,
      purpose:
        'Run on the machine whose mail fails (your web server, for example): probes every SMTP port from there and names the cause.',
      read: [
        {
          output: 'Verdict: port-blocked',
          meaning: 'that machine’s network drops the port: use the port the verdict names',
        },
        { output: 'Verdict: tls-mismatch', meaning: 'the port and the SSL/TLS vs STARTTLS setting disagree' },
        { output: 'Verdict: tls-certificate', meaning: 'the server’s certificate is not trusted' },
        {
          output: 'Verdict: … works from here',
          meaning: 'that machine can reach the server: look at the login or the app’s settings',
        },
      ],
    },
    {
      id: 'smtp-doctor-serve',
      platform: 'server',
      tool: 'smtp-doctor',
      command: START_BACKEND_COMMAND,
      purpose: 'Start the probe backend on this computer, so the extension can run these checks itself.',
      read: [
        {
          output: `listening on ${DEFAULT_BACKEND_URL}`,
          meaning: 'running: paste the token it prints into the extension’s options',
        },
      ],
    },
  ];
  return platform ? checks.filter((c) => c.platform === platform) : checks;
}

/** Best guess of the user's platform from a user-agent string (for choosing a default tab). */
export function platformFromUserAgent(userAgent: string): Exclude<ManualCheckPlatform, 'server'> {
  if (/Windows/i.test(userAgent)) return 'windows';
  if (/Mac OS X|Macintosh/i.test(userAgent)) return 'macos';
  return 'linux';
}
