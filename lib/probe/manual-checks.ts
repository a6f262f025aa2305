/**
 * Checks a user can run by hand when no probe backend is running: one line per
 * tool, for their OS, and how to read what it prints. The host comes from page
 * text, so it is accepted only when it is a plain host name or IP address — a
 * command the user copies into a shell must never carry anything else.
 */
import { ENGLISH, type Translator } from '../i18n';
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

function tcpReading({ t }: Translator): ReadingHint[] {
  return [
    { output: 'succeeded / open / Connected', meaning: t('fix.manual.tcp.open') },
    { output: t('fix.manual.tcp.timeoutOutput'), meaning: t('fix.manual.tcp.timeout') },
    { output: t('fix.manual.tcp.refusedOutput'), meaning: t('fix.manual.tcp.refused') },
    { output: 'No route to host / Network is unreachable', meaning: t('fix.manual.tcp.unreachable') },
    { output: 'could not resolve / Name or service not known', meaning: t('fix.manual.tcp.dns') },
  ];
}

function tlsReading(port: number, { t }: Translator): ReadingHint[] {
  const implicit = port === IMPLICIT_TLS_PORT;
  return [
    { output: 'Verify return code: 0 (ok)', meaning: t('fix.manual.tls.ok') },
    {
      output: 'self-signed certificate / certificate has expired / Verify return code: 1x',
      meaning: t('fix.manual.tls.untrusted'),
    },
    {
      output: implicit ? 'wrong version number' : "didn't find starttls in server response",
      meaning: implicit ? t('fix.manual.tls.plainOn465') : t('fix.manual.tls.noStarttls'),
    },
    {
      output: implicit ? t('fix.manual.tls.greetingOutput') : t('fix.manual.tls.hangsOutput'),
      meaning: implicit ? t('fix.manual.tls.greeting') : t('fix.manual.tls.hangs'),
    },
    {
      output: 'unsupported protocol / handshake failure / no protocols available',
      meaning: t('fix.manual.tls.noProtocol'),
    },
  ];
}

/**
 * The manual checks for one host and port; all platforms unless one is given.
 * Returns [] when the host is not a plain host name or address.
 */
export function manualChecks(
  hostInput: string,
  port: number,
  platform?: ManualCheckPlatform,
  translator: Translator = ENGLISH,
): ManualCheck[] {
  const { t } = translator;
  const host = safeHost(hostInput);
  if (!host || !isValidPort(port)) return [];
  const implicit = port === IMPLICIT_TLS_PORT;
  const openssl = implicit
    ? `openssl s_client -connect ${hostPort(host, port)} -servername ${host} -crlf`
    : `openssl s_client -starttls smtp -connect ${hostPort(host, port)} -servername ${host} -crlf`;
  const opensslPurpose = implicit
    ? t('fix.manual.openssl.implicit', { port })
    : t('fix.manual.openssl.starttls', { port });
  const tcpPurpose = t('fix.manual.tcpPurpose', { host, port });
  const tcp = tcpReading(translator);
  const checks: ManualCheck[] = [
    {
      id: 'powershell',
      platform: 'windows',
      tool: 'PowerShell',
      command: `Test-NetConnection ${host} -Port ${port}`,
      purpose: tcpPurpose,
      read: [
        { output: 'TcpTestSucceeded : True', meaning: t('fix.manual.tcp.open') },
        { output: t('fix.manual.powershell.failedOutput'), meaning: t('fix.manual.powershell.failed') },
        { output: 'Name resolution … failed', meaning: t('fix.manual.tcp.dns') },
      ],
    },
    {
      id: 'telnet',
      platform: 'windows',
      tool: 'telnet',
      command: `telnet ${host} ${port}`,
      purpose: t('fix.manual.telnet.purposeWindows', { port }),
      read: [
        {
          output: implicit ? t('fix.manual.telnet.garbageOutput') : '220 … ESMTP',
          meaning: implicit ? t('fix.manual.telnet.garbageWindows') : t('fix.manual.telnet.greetsWindows'),
        },
        { output: 'Could not open connection … Connect failed', meaning: t('fix.manual.telnet.failed') },
        { output: t('fix.manual.telnet.blankOutput'), meaning: t('fix.manual.telnet.blank') },
      ],
    },
    ...(['macos', 'linux'] as const).flatMap((os): ManualCheck[] => [
      {
        id: 'nc',
        platform: os,
        tool: 'nc',
        command: `nc -vz -w 10 ${host} ${port}`,
        purpose: tcpPurpose,
        read: tcp,
      },
      {
        id: 'openssl',
        platform: os,
        tool: 'openssl',
        command: openssl,
        purpose: opensslPurpose,
        read: tlsReading(port, translator),
      },
      {
        id: 'telnet',
        platform: os,
        tool: 'telnet',
        command: `telnet ${host} ${port}`,
        purpose: t('fix.manual.telnet.purpose', { port }),
        read: [
          {
            output: implicit ? t('fix.manual.telnet.connectedGarbageOutput') : '220 … ESMTP',
            meaning: implicit ? t('fix.manual.telnet.garbage') : t('fix.manual.telnet.greets'),
          },
          ...tcp.slice(1),
        ],
      },
    ]),
    {
      id: 'smtp-doctor',
      platform: 'server',
      tool: 'smtp-doctor',
      command: `npx smtp-doctor probe ${host} --ports 25,465,587,2525`,
      purpose: t('fix.manual.doctor.purpose'),
      read: [
        { output: 'Verdict: port-blocked', meaning: t('fix.manual.doctor.portBlocked') },
        { output: 'Verdict: tls-mismatch', meaning: t('fix.manual.doctor.tlsMismatch') },
        { output: 'Verdict: tls-certificate', meaning: t('fix.manual.doctor.tlsCertificate') },
        { output: 'Verdict: … works from here', meaning: t('fix.manual.doctor.works') },
      ],
    },
    {
      id: 'smtp-doctor-serve',
      platform: 'server',
      tool: 'smtp-doctor',
      command: START_BACKEND_COMMAND,
      purpose: t('fix.manual.serve.purpose'),
      read: [{ output: `listening on ${DEFAULT_BACKEND_URL}`, meaning: t('fix.manual.serve.listening') }],
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
