/** English messages: the guided fix and client settings (lib/fix). */
export const fix = {
  // Labels of the values the UI shows with a copy button.
  'fix.label.server': 'Server',
  'fix.label.port': 'Port',
  'fix.label.security': 'Security',
  'fix.label.username': 'User name',
  'fix.security.ssl': 'SSL/TLS (encrypted from the first byte)',
  // What the password field must hold, as it stands alone (a label's value, a code comment).
  'fix.secret.password': 'your mailbox password',
  'fix.secret.appPassword': 'an app password',
  'fix.secret.apiKey': 'the API key',
  'fix.secret.smtpPassword': 'the SMTP password',
  'fix.secret.bridgePassword': 'the Bridge password',
  'fix.providerFallback': 'your mail provider',

  // lib/fix/walkthrough
  'fix.walkthrough.title': 'Send through {provider}: {host}, port {port}, {security}',
  'fix.walkthrough.settingsPlace.thisDevice':
    'Open the outgoing (SMTP) server settings of the app that sends the mail — the guide for your app is below.',
  'fix.walkthrough.settingsPlace.webServer':
    'Open the mail (SMTP) settings of the site: the web app’s configuration or the hosting panel’s mail settings.',
  'fix.walkthrough.settingsPlace.mailServer':
    'Open the relay (smarthost) settings of the server that sends the mail.',
  'fix.walkthrough.server': 'Set the server (host) to {host}.',
  'fix.walkthrough.port': 'Set the port to {port} and the connection security to {security}.',
  'fix.walkthrough.username': 'Turn authentication on and enter the user name {username}.',
  'fix.walkthrough.create.appPassword':
    'Create an app password for {provider} and paste it as the password — not your normal sign-in password.',
  'fix.walkthrough.create.apiKey':
    'Create the API key for {provider} and paste it as the password — not your normal sign-in password.',
  'fix.walkthrough.create.smtpPassword':
    'Create the SMTP password for {provider} and paste it as the password — not your normal sign-in password.',
  'fix.walkthrough.create.bridgePassword':
    'Create the Bridge password for {provider} and paste it as the password — not your normal sign-in password.',
  'fix.walkthrough.createLink.appPassword': 'Create an app password',
  'fix.walkthrough.createLink.apiKey': 'Create the API key',
  'fix.walkthrough.createLink.smtpPassword': 'Create the SMTP password',
  'fix.walkthrough.createLink.bridgePassword': 'Create the Bridge password',
  'fix.walkthrough.enter.password': 'Enter your mailbox password as the password.',
  'fix.walkthrough.enter.appPassword': 'Enter an app password as the password.',
  'fix.walkthrough.enter.apiKey': 'Enter the API key as the password.',
  'fix.walkthrough.enter.smtpPassword': 'Enter the SMTP password as the password.',
  'fix.walkthrough.enter.bridgePassword': 'Enter the Bridge password as the password.',
  'fix.walkthrough.test': 'Save, then send a test message to yourself.',
  'fix.walkthrough.note.ssl':
    'Port {port} expects TLS from the first byte: choosing STARTTLS here makes the connection hang or fail with "wrong version number".',
  'fix.walkthrough.note.starttls':
    'Port {port} starts in plain text and switches to TLS with STARTTLS: choosing SSL/TLS here makes the connection fail.',
  // lib/fix/port25
  'fix.port25.measuredFrom.thisComputer': 'Measured from this computer:',
  'fix.port25.measuredFrom.probeBackend': 'Measured by the probe backend:',
  'fix.port25.tcp.open': 'connected',
  'fix.port25.tcp.timeout': 'no answer (the connection timed out)',
  'fix.port25.tcp.refused': 'connection refused',
  'fix.port25.tcp.unreachable': 'network unreachable',
  'fix.port25.tcp.dnsError': 'the host name did not resolve',
  'fix.port25.evidence.line': 'Port {port}: {result}',
  'fix.port25.evidence.lineTo': 'Port {port} to {host}: {result}',
  'fix.port25.evidence.after': 'after {ms} ms',
  'fix.port25.evidence.greeting': '(greeting: "{banner}")',
  'fix.port25.evidence.tested': '— tested {time} UTC',
  'fix.port25.why.port25':
    "Port 25 is where mail servers hand messages to each other. Infected computers and rented servers abuse it to send spam straight to recipients' servers, so most ISPs and cloud hosts block it outbound.",
  'fix.port25.why.submission':
    'Mail apps and websites do not need port 25: they submit mail to their provider on 587 (STARTTLS) or 465 (SSL/TLS) with a user name and password, and those ports are meant for customers.',
  'fix.port25.why.timeout':
    'A blocked port shows up as a connection that times out, not as a wrong password — changing credentials will not help.',
  'fix.port25.why.otherPort':
    'Something between this sender and the server drops connections to port {port}.',
  'fix.port25.submission.title.admin': 'Send through the mail provider on 587 or 465',
  'fix.port25.submission.title.sender': 'Send through your provider on 587 or 465',
  'fix.port25.submission.settings.admin':
    'In the site’s mail settings (the web app or the hosting panel), use {host}, port {port}, {security}, with authentication. If you run your own mail server, make it relay through this server (a "smarthost") instead of delivering on port 25.',
  'fix.port25.submission.settings.sender':
    'Point the app at {host}, port {port}, {security}, with authentication. If you run your own mail server, make it relay through this server (a "smarthost") instead of delivering on port 25.',
  'fix.port25.submission.generic.admin':
    'In the site’s mail settings, use the mail provider\'s submission server on 587 (STARTTLS) or 465 (SSL/TLS) with the mailbox\'s user name and password, or make the server relay through it (a "smarthost") instead of delivering on port 25.',
  'fix.port25.submission.generic.sender':
    'Use your mail provider\'s submission server on 587 (STARTTLS) or 465 (SSL/TLS) with your user name and password. If you run your own mail server, make it relay through such a server (a "smarthost") instead of delivering on port 25.',
  'fix.port25.submission.createAppPassword': 'Create the app password',
  'fix.port25.submission.blockedOne.policy': 'Note: {port} is blocked here too ({policy} policy).',
  'fix.port25.submission.blockedOne.probe': 'Note: {port} is blocked here too (probe).',
  'fix.port25.submission.blockedBoth.policy':
    'Note: {first} and {second} are blocked here too ({policy} policy).',
  'fix.port25.submission.blockedBoth.probe': 'Note: {first} and {second} are blocked here too (probe).',
  'fix.port25.relay.title': 'Use a relay service on port 2525',
  'fix.port25.relay.text':
    'Relay services listen on 2525 for networks that block the usual ports: {relays}. Sign up, verify your sending domain, and use their host with port 2525 and STARTTLS.',
  'fix.port25.relay.blocked': 'Note: the probe could not reach 2525 from here either.',
  'fix.port25.ask.title.policy': 'Ask {policy} to unblock port {port}',
  'fix.port25.ask.title.admin': 'Ask the hosting provider to unblock port {port}',
  'fix.port25.ask.title.sender': 'Ask your ISP or host to unblock port {port}',
  'fix.port25.ask.text.admin':
    'Ask the company that hosts the server whether outbound port {port} is blocked there and how to get an exception. The request below names the port.',
  'fix.port25.ask.text.sender':
    'Ask your internet provider or hosting company whether outbound port {port} is blocked and how to get an exception. The request below names the port and the evidence.',
  'fix.port25.ask.howLink': '{policy}: how to ask',
  'fix.port25.title.policy': '{policy} blocks outbound port {port}',
  'fix.port25.title.admin': "The server's network may block outbound port {port}",
  'fix.port25.title.sender': 'Outbound port {port} is blocked on this network',
  // The request to the ISP or host.
  'fix.port25.request.greeting.policy': 'Hello {policy} support,',
  'fix.port25.request.greeting.generic': 'Hello Support team,',
  'fix.port25.request.allow.server':
    'Please allow outbound connections to TCP port {port} (SMTP) from my server.',
  'fix.port25.request.allow.serverHost':
    'Please allow outbound connections to TCP port {port} (SMTP) from my server {host}.',
  'fix.port25.request.allow.connection':
    'Please allow outbound connections to TCP port {port} (SMTP) from my connection.',
  'fix.port25.request.allow.connectionHost':
    'Please allow outbound connections to TCP port {port} (SMTP) from my connection {host}.',
  'fix.port25.request.measured': 'What I measured from that machine:',
  'fix.port25.request.noEvidence':
    'Connections from it to mail servers on port {port} time out, while other ports work.',
  'fix.port25.request.documentation': 'Your documentation says: {summary}',
  'fix.port25.request.whatSends':
    'What sends the mail: [describe it — e.g. my own mail server for example.com, about N messages a day to my customers].',
  'fix.port25.request.hygiene':
    'The server has a valid reverse DNS (PTR) record, SPF and DKIM for my domain, and it is not an open relay. [edit to match your setup]',
  'fix.port25.request.remove':
    'Please remove the restriction on outbound port {port}, or tell me what else you need from me.',
  'fix.port25.request.thanks': 'Thank you,',
  'fix.port25.request.signature': '[your name, customer or account number]',
  'fix.port25.request.to.admin': 'the hosting provider',
  'fix.port25.request.to.sender': 'your internet or hosting provider',
  'fix.port25.request.subject': 'Request to unblock outbound TCP port {port}',
  'fix.port25.request.subjectHost': 'Request to unblock outbound TCP port {port} for {host}',
} as const;
