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
} as const;
