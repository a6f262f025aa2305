/** English messages: the popup's probe, login-check, DNS and manual-check panels and the probe runner's messages (keys start with "probes."). */
export const probesUi = {
  // components/LoginCheck.tsx
  'probes.login.summary': 'Check the login',
  'probes.login.host': 'SMTP host',
  'probes.login.hostPlaceholder': "your provider's SMTP server",
  'probes.login.port': 'Port',
  'probes.login.user': 'User name',
  'probes.login.pass': 'Password or app password',
  'probes.login.checking': 'Checking…',
  'probes.login.check': 'Check login',
  'probes.login.hint':
    'One sign-in attempt from this computer, through your probe backend. The password is not stored or logged.',
  'probes.login.chooseProvider': 'Choose your provider',
  'probes.login.sendsTo': 'Your password will be sent to {target}',
  'probes.login.notProvider': '{target} is not a server of {provider}.',
  'probes.login.onlyProvider': "Send your password only to a server you know is your provider's ({host}).",
  'probes.login.noProviderTarget': 'No mail provider is chosen, so nothing confirms this server.',
  'probes.login.noProvider': 'No mail provider is chosen.',
  'probes.login.checkTarget':
    "Check that {target} is your provider's SMTP server before you send your password.",
  'probes.login.typeServer':
    "Type your provider's SMTP server, and check it is theirs before you send your password.",
  'probes.login.notRunning': 'The probe backend is not running.',
  'probes.login.startIt': 'Start it on this computer:',
  'probes.login.copyStart': 'Copy the start command',
  'probes.login.notTried': 'Not tried:',
  'probes.login.accepted': 'Accepted:',
  'probes.login.acceptedDetail': 'the server on port {port} took this user name and password.',
  'probes.login.rejected': 'Rejected:',
  'probes.login.rejectedCode': 'Rejected ({code}):',
  'probes.login.refused': 'the server refused the login.',
  // components/probe-runner.ts
  'probes.runner.noLogin': 'The backend did not run the login check.',
  // entrypoints/popup/ProbeSection.tsx
  'probes.nativeLabel': 'the SMTP Doctor helper on this computer',
  // components/DnsChecks.tsx
  'probes.dns.off': 'DNS checks are off.',
  'probes.dns.chooseResolver': 'Choose a resolver in Settings',
  'probes.dns.title': 'DNS checks',
  'probes.dns.host': 'SMTP host',
  'probes.dns.domain': 'Your domain',
  'probes.dns.checking': 'Checking…',
  'probes.dns.check': 'Check DNS',
  'probes.dns.asks': 'Asks {resolver} over HTTPS, only when you press the button.',
  'probes.dns.results': 'DNS results',
  // components/ManualChecks.tsx
  'probes.manual.server': 'On the server',
  'probes.manual.typeHost': 'Type the server to probe above to get commands you can run by hand.',
  'probes.manual.badHost': 'That host name cannot be used in a command.',
  'probes.manual.title': 'Check by hand',
  'probes.manual.port': 'Port',
  'probes.manual.platform': 'Platform',
  'probes.manual.copy': 'Copy the {tool} command',
  'probes.manual.howToRead': 'How to read it',
  // lib/probe/client.ts: why the probe backend could not answer (lower case first: an error line; the popup capitalises)
  'probes.client.timeout': 'the probe backend at {url} did not answer within {ms} ms',
  'probes.client.notRunning': 'no probe backend answers at {url}. Start it on this computer with: {command}',
  'probes.client.notRunningWhy':
    'no probe backend answers at {url}. Start it on this computer with: {command} ({why})',
  'probes.client.unexpectedAnswer': 'unexpected answer from {url} (HTTP {status})',
  'probes.client.notBackend': '{url} answered HTTP {status}, not as the probe backend',
  'probes.client.tokenRefused': 'the backend refused the token: {error}',
  'probes.client.tokenMissing':
    'the backend refused the token: missing token (Authorization: Bearer <token>)',
  'probes.client.tokenWrong': 'the backend refused the token: wrong token',
  'probes.client.refused': '{error}',
  'probes.client.notJson': '{url} did not answer with JSON: is it the probe backend?',
  'probes.client.malformedJson': '{url} sent malformed JSON',
  'probes.client.noBody': 'the backend sent no body',
  'probes.client.malformedLine': 'the backend sent a malformed line',
  'probes.client.probeFailed': 'the probe failed: {error}',
  'probes.client.unexpectedLine': 'the backend sent an unexpected line',
  'probes.client.cutShort': 'the backend ended the answer before the verdict',
  'probes.client.notSmtpDoctor': '{url} is not an SMTP Doctor probe backend',
  'probes.client.notProbeResults': 'the backend answered, but not with probe results',
  // lib/probe/native-client.ts: the SMTP Doctor helper (native messaging host)
  'probes.native.noApi':
    'local probes are not enabled in this browser (the nativeMessaging permission is not granted, or this page predates the grant)',
  'probes.native.notEnabled': 'local probes are not enabled in this browser ({why})',
  'probes.native.timeout': 'the SMTP Doctor helper on this computer did not answer within {ms} ms',
  'probes.native.notInstalled':
    'the SMTP Doctor helper on this computer is not installed or did not start. Install it with: {command}',
  'probes.native.notInstalledWhy':
    'the SMTP Doctor helper on this computer is not installed or did not start. Install it with: {command} ({why})',
  'probes.native.unexpected': 'the SMTP Doctor helper on this computer sent an unexpected message',
  'probes.native.unreachable': 'the SMTP Doctor helper on this computer could not be reached ({why})',
  'probes.native.notHost': 'the SMTP Doctor helper on this computer is not an SMTP Doctor probe host',
  // lib/probe/refusal.ts: the backend's refusals by code (server/guard.ts, server/app.ts write them in English)
  'probes.refusal.hostEmpty': 'host is empty',
  'probes.refusal.hostTooLong': 'host is too long',
  'probes.refusal.notAHost': '"{host}" is not a host name or IP address',
  'probes.refusal.notAHostPort': '"{host}" is not a host name or IP address (give ports separately)',
  'probes.refusal.invalidHostName': '"{host}" is not a valid host name',
  'probes.refusal.address': 'target refused: {address} is {range}',
  'probes.refusal.notAnIp': 'target refused: "{address}" is not an IP address',
  'probes.refusal.resolves': 'target refused: {name} resolves to {range}',
  'probes.refusal.resolvesNotIp':
    'target refused: {name} resolves to "{address}", which is not an IP address',
  'probes.refusal.localName': 'target refused: "{name}" is a local name',
  'probes.refusal.singleLabel':
    'target refused: "{name}" is a single-label name (it would resolve inside this network)',
  'probes.refusal.notAPortList': '"{text}" is not a list of ports',
  'probes.refusal.portsNotAllowed':
    '{count, plural, one {port {ports} not allowed; this backend probes {allowed}} other {ports {ports} not allowed; this backend probes {allowed}}}',
  'probes.refusal.loginNeedsLoopback':
    'the login check is only available when the backend listens on loopback',
  'probes.refusal.busy':
    '{running, plural, one {busy: # probe is running, retry in a moment} other {busy: # probes are running, retry in a moment}}',
  'probes.refusal.rateLimited':
    '{seconds, plural, one {too many requests (limit {max}), retry in # second} other {too many requests (limit {max}), retry in # seconds}}',
  'probes.refusal.tokenMissing': 'missing token (Authorization: Bearer <token>)',
  'probes.refusal.tokenWrong': 'wrong token',
  'probes.refusal.internal': 'internal error',
  // Kinds of address the guard refuses: noun phrases after "is" and after "resolves to"
  'probes.range.private': 'a private address',
  'probes.range.loopback': 'a loopback address',
  'probes.range.linkLocal': 'a link-local address',
  'probes.range.multicast': 'a multicast address',
  'probes.range.uniqueLocal': 'a unique-local IPv6 address',
  'probes.range.ipv4Mapped': 'an IPv4-mapped IPv6 address',
  'probes.range.rfc6145': 'an IPv4-translated IPv6 address',
  'probes.range.rfc6052': 'a NAT64 address',
  'probes.range.6to4': 'a 6to4 address',
  'probes.range.teredo': 'a Teredo address',
  'probes.range.carrierGradeNat': 'a carrier-grade NAT address',
  'probes.range.reserved': 'a reserved address',
  'probes.range.unspecified': 'the unspecified address',
  'probes.range.broadcast': 'the broadcast address',
  'probes.range.metadata': 'a cloud metadata address',
  'probes.range.ipv4Compatible': 'an IPv4-compatible IPv6 address',
  'probes.range.special': 'a special-purpose ({range}) address',
  // lib/probe/verdict.ts: the probe verdict (ports, hosts and quoted errors kept)
  'probes.verdict.best.starttls': '{port} with STARTTLS works',
  'probes.verdict.best.tls': '{port} with SSL/TLS works',
  'probes.verdict.best.plain': '{port} answers, but without encryption',
  'probes.verdict.bestHere.starttls': '{port} with STARTTLS works from here',
  'probes.verdict.bestHere.tls': '{port} with SSL/TLS works from here',
  'probes.verdict.bestHere.plain': '{port} answers, but without encryption from here',
  'probes.verdict.fix.starttls': 'use port {port} with STARTTLS',
  'probes.verdict.fix.tls': 'use port {port} with SSL/TLS (implicit TLS)',
  'probes.verdict.fix.plain': 'use port {port} (it offers no encryption: avoid sending a password over it)',
  'probes.verdict.dns': '{host} does not resolve from here',
  'probes.verdict.dnsWhy': '{host} does not resolve from here ({error})',
  'probes.verdict.dnsFix':
    'check the SMTP server name for typos, and that it exists in DNS (your provider names it in its setup guide)',
  'probes.verdict.blockedButWorks': '{ports} blocked from here (the connection timed out); {works}',
  'probes.verdict.plainOnTls': '{port} answers in plain SMTP (it expects STARTTLS, not SSL/TLS)',
  'probes.verdict.tlsOnPlain': '{port} speaks TLS from the first byte (it expects SSL/TLS, not STARTTLS)',
  'probes.verdict.fixChooseTls': 'on port {port} choose SSL/TLS (implicit TLS) instead of STARTTLS',
  'probes.verdict.fixChooseStarttls': 'on port {port} choose STARTTLS instead of SSL/TLS',
  'probes.verdict.certUntrusted': 'the certificate on {port} is not trusted: {error}',
  'probes.verdict.unknownReason': 'unknown reason',
  'probes.verdict.fixCertName':
    'use the host name the certificate names ({names}) as the SMTP server, or ask the provider to fix the certificate',
  'probes.verdict.fixCertOperator':
    'ask the server operator to install a valid certificate; do not turn off certificate checks in your mail client',
  'probes.verdict.handshakeFails': 'the TLS handshake on {port} fails: {error}',
  'probes.verdict.fixHandshake':
    'the server and this machine share no TLS version or cipher: update the mail client (TLS 1.2+) or ask the operator to enable TLS 1.2/1.3',
  'probes.verdict.allTimedOut':
    'every port timed out ({ports}): a firewall drops SMTP between this network and {host}',
  'probes.verdict.someTimedOut':
    '{ports} timed out and nothing else answers: a firewall drops SMTP between this network and {host}',
  'probes.verdict.fixFirewall':
    'try from another network (for example a phone hotspot): if it works there, this network blocks SMTP — ask its operator, or use a relay on port 2525 or an HTTPS email API',
  'probes.verdict.refused': '{ports} refused the connection',
  'probes.verdict.unreachable': '{ports} unreachable (no route)',
  'probes.verdict.silent': '{ports} accepted the connection but sent no SMTP greeting',
  'probes.verdict.answered': '{port} answered "{banner}"',
  'probes.verdict.noPortAnswered': 'no port answered',
  'probes.verdict.fixUnreachable':
    'check the server name and port in your provider’s setup guide; nothing usable listens where the settings point',
  'probes.verdict.port.notUsable': '{port} not usable',
  'probes.verdict.port.refused': '{port} refused',
  'probes.verdict.port.unreachable': '{port} unreachable',
  'probes.verdict.port.dnsError': '{port} dns-error',
  'probes.verdict.port.timeout': '{port} timeout',
} as const;
