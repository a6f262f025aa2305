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
  // lib/fix/clients: the steps name each app's own labels as its English version shows them.
  'fix.client.outlook.name': 'Outlook (classic desktop)',
  'fix.client.appleMail.name': 'Apple Mail (Mac)',
  'fix.client.gmailSendAs.name': 'Gmail "Send mail as"',
  'fix.client.thunderbird.open':
    'Open Account Settings and select "Outgoing Server (SMTP)" in the left pane.',
  'fix.client.thunderbird.select':
    'Select the server your account uses and click Edit (or Add for a new one).',
  'fix.client.thunderbird.serverName': 'Server Name: {host}',
  'fix.client.thunderbird.port': 'Port: {port}',
  'fix.client.thunderbird.security': 'Connection security: {security}',
  'fix.client.thunderbird.auth':
    'Authentication method: Normal password (OAuth2 if the provider requires it)',
  'fix.client.thunderbird.username': 'User Name: {username}',
  'fix.client.thunderbird.ok':
    'Click OK. Thunderbird asks for the password on the next send: enter {secret}.',
  'fix.client.thunderbird.note':
    'One outgoing server can serve several accounts: changing it affects them all.',
  'fix.client.outlook.open':
    'Choose File → Account Settings → Account Settings, then double-click the account.',
  'fix.client.outlook.server': 'Outgoing mail server (SMTP): {host}',
  'fix.client.outlook.auth':
    'Open More Settings → Outgoing Server and tick "My outgoing server (SMTP) requires authentication".',
  'fix.client.outlook.advanced':
    'On the Advanced tab set the outgoing server port to {port} and the encryption to {security}.',
  'fix.client.outlook.credentials': 'User name: {username}; password: {secret}.',
  'fix.client.outlook.test': 'Click OK, Next and let Outlook test the settings.',
  'fix.client.outlook.note':
    'Outlook.com and Microsoft 365 accounts added with "sign in with Microsoft" use OAuth and need none of this.',
  'fix.client.appleMail.open':
    'Choose Mail → Settings (Preferences on older macOS) → Accounts, select the account and click Server Settings.',
  'fix.client.appleMail.list': 'Open the Outgoing Account pop-up menu and choose Edit SMTP Server List.',
  'fix.client.appleMail.host': 'Host Name: {host}',
  'fix.client.appleMail.credentials': 'User Name: {username}; Password: {secret}',
  'fix.client.appleMail.port':
    'Turn off "Automatically manage connection settings", then set Port to {port} and turn TLS/SSL on.',
  'fix.client.appleMail.save': 'Click OK, then Save.',
  'fix.client.appleMail.note':
    'With "Automatically manage connection settings" on, Mail tries other ports and TLS modes by itself when a send fails.',
  'fix.client.gmailSendAs.open': 'In Gmail open Settings → See all settings → Accounts and Import.',
  'fix.client.gmailSendAs.add':
    'Under "Send mail as" click "Add another email address", enter the name and address, click Next.',
  'fix.client.gmailSendAs.server': 'SMTP Server: {host}; Port: {port}',
  'fix.client.gmailSendAs.credentials': 'Username: {username}; Password: {secret}',
  'fix.client.gmailSendAs.ssl':
    'Choose "Secured connection using SSL" (SSL from the first byte, usually port 465).',
  'fix.client.gmailSendAs.tls':
    'Choose "Secured connection using TLS" (Google\'s name for STARTTLS, usually port 587).',
  'fix.client.gmailSendAs.confirm': 'Click Add Account, then confirm the code Gmail sends to that address.',
  'fix.client.gmailSendAs.note':
    "Gmail sends through the other provider's server here, so that provider's app-password rules apply.",
  'fix.client.wp.open': 'In WordPress open WP Mail SMTP → Settings and choose the "Other SMTP" mailer.',
  'fix.client.wp.host': 'SMTP Host: {host}',
  'fix.client.wp.encryption': 'Encryption: {encryption}; SMTP Port: {port}',
  'fix.client.wp.auth': 'Authentication: on',
  'fix.client.wp.credentials': 'SMTP Username: {username}; SMTP Password: {secret}',
  'fix.client.wp.test': 'Save, then use WP Mail SMTP → Tools → Email Test.',
  'fix.client.wp.config':
    'Or put the settings in wp-config.php (below), which keeps the password out of the database.',
  'fix.client.wp.target': 'wp-config.php, above the line "That\'s all, stop editing!"',
  'fix.client.wp.note':
    'In WP Mail SMTP (as in PHPMailer) "TLS" means STARTTLS and "SSL" means TLS from the first byte.',
  'fix.client.wp.comment.ssl': "'ssl' = SSL/TLS (465), 'tls' = STARTTLS (587)",
  'fix.client.phpmailer.step':
    'Set the SMTP properties as below; keep the password in the SMTP_PASSWORD environment variable.',
  'fix.client.phpmailer.target': 'your mail-sending PHP code',
  'fix.client.nodemailer.step':
    'Create the transport as below; keep the password in the SMTP_PASSWORD environment variable.',
  'fix.client.nodemailer.target': 'your Node.js code',
  'fix.client.nodemailer.comment.starttls': 'plain connect, then STARTTLS',
  'fix.client.nodemailer.comment.requireTls': 'refuse to send if STARTTLS is not offered',
  'fix.client.python.step': 'Send as below; keep the password in the SMTP_PASSWORD environment variable.',
  'fix.client.python.target': 'your Python code',
  'fix.client.python.note.ssl': 'SMTP_SSL speaks TLS from the first byte (port 465).',
  'fix.client.python.note.starttls':
    'smtplib.SMTP connects in plain text; starttls() switches to TLS before login.',
  'fix.client.laravel.comment.scheme':
    'smtps = SSL/TLS from the first byte; smtp = plain connect, upgraded with STARTTLS when offered',
  'fix.client.laravel.comment.legacy': 'Laravel 10 and older read MAIL_ENCRYPTION instead of MAIL_SCHEME:',
  'fix.client.laravel.step':
    'Put these lines in .env, replace the password placeholder, then run php artisan config:clear.',
  'fix.client.laravel.target.current': '.env (Laravel 11.x / 12)',
  'fix.client.laravel.target.legacy': '.env (Laravel 10 and older)',
  'fix.client.laravel.note':
    'Current Laravel ignores MAIL_ENCRYPTION: symfony/mailer picks TLS from MAIL_SCHEME (or from port 465 when the scheme is empty).',
  'fix.client.postfix.comment.wrapper': 'port 465 speaks TLS from the first byte',
  'fix.client.postfix.note':
    'This makes Postfix hand every message to the relay: it no longer needs outbound port 25.',
  'fix.client.postfix.colon':
    'The user name contains ":", which sasl_passwd uses as the separator: check it with your provider.',
  'fix.client.postfix.hostCleaned':
    'Characters that cannot appear in a host name were removed from the server name.',
  'fix.client.postfix.mainCf':
    'Add the lines below to /etc/postfix/main.cf (replace any existing relayhost).',
  'fix.client.postfix.saslPasswd': 'Create /etc/postfix/sasl_passwd with the user name and {secret}.',
  'fix.client.postfix.commands': 'Hash it, protect it and reload Postfix with the commands below.',
  'fix.client.postfix.target.shell': 'shell',
  // Code comments that say what the secret is, and how SSL/TLS is chosen in code.
  'fix.client.comment.sslFirstByte': 'SSL/TLS from the first byte',
  // lib/probe/manual-checks: what each command answers and how to read what it prints.
  // What a tool prints stays as the tool prints it; only descriptions of the output are messages.
  'fix.manual.tcp.open': 'the port is reachable from this network',
  'fix.manual.tcp.timeoutOutput': 'timed out (after a long wait)',
  'fix.manual.tcp.timeout':
    'something drops the connection: typically your ISP, network or firewall blocking this port',
  'fix.manual.tcp.refusedOutput': 'Connection refused (at once)',
  'fix.manual.tcp.refused':
    'the server (or a firewall) rejects it: nothing listens there, or the host name is wrong',
  'fix.manual.tcp.unreachable': 'the network cannot reach the server at all',
  'fix.manual.tcp.dns': 'the host name does not exist in DNS: check for typos',
  'fix.manual.tls.ok': 'TLS works and the certificate is trusted for this name',
  'fix.manual.tls.untrusted': 'TLS works but the certificate is not trusted: mail clients will refuse it',
  'fix.manual.tls.plainOn465':
    'the port speaks plain SMTP: use STARTTLS (usually port 587) instead of SSL/TLS',
  'fix.manual.tls.noStarttls': 'the server offers no STARTTLS on this port',
  'fix.manual.tls.greetingOutput': '220 … ESMTP after the certificate',
  'fix.manual.tls.greeting': 'the SMTP server greets over TLS: SSL/TLS on this port is right',
  'fix.manual.tls.hangsOutput': 'nothing after CONNECTED (hangs until you press Ctrl+C)',
  'fix.manual.tls.hangs': 'the port may expect implicit TLS (SSL/TLS) rather than STARTTLS, or it is blocked',
  'fix.manual.tls.noProtocol': 'no TLS version in common: the server or the client is too old',
  'fix.manual.openssl.implicit':
    'Does {port} speak TLS from the start (SSL/TLS), and is its certificate trusted?',
  'fix.manual.openssl.starttls': 'Does {port} offer STARTTLS, and is its certificate trusted?',
  'fix.manual.tcpPurpose': 'Can this computer open a TCP connection to {host} on port {port}?',
  'fix.manual.powershell.failedOutput': 'TcpTestSucceeded : False (after ~20 s, "TCP connect … failed")',
  'fix.manual.powershell.failed':
    'blocked or refused: a long wait points at a block (ISP, firewall), a quick failure at nothing listening',
  'fix.manual.telnet.purposeWindows':
    'Does a server greet on port {port}? (Windows: enable the Telnet Client feature first.)',
  'fix.manual.telnet.purpose': 'Does a server greet on port {port}?',
  'fix.manual.telnet.garbageOutput': 'garbage or nothing, then disconnect',
  'fix.manual.telnet.garbageWindows':
    'normal for SSL/TLS on 465: the port is reachable (use the openssl check to see TLS)',
  'fix.manual.telnet.greetsWindows': 'the port is reachable and an SMTP server answers (type QUIT to leave)',
  'fix.manual.telnet.failed': 'blocked or refused (see the timing)',
  'fix.manual.telnet.blankOutput': 'a blank screen, no 220',
  'fix.manual.telnet.blank': 'connected but no greeting: the port may expect SSL/TLS',
  'fix.manual.telnet.connectedGarbageOutput': 'Connected, then garbage or nothing',
  'fix.manual.telnet.garbage':
    'normal for SSL/TLS on 465: the port is reachable (the openssl check shows TLS)',
  'fix.manual.telnet.greets': 'reachable, and an SMTP server answers (type QUIT to leave)',
  'fix.manual.doctor.purpose':
    'Run on the machine whose mail fails (your web server, for example): probes every SMTP port from there and names the cause.',
  'fix.manual.doctor.portBlocked': 'that machine’s network drops the port: use the port the verdict names',
  'fix.manual.doctor.tlsMismatch': 'the port and the SSL/TLS vs STARTTLS setting disagree',
  'fix.manual.doctor.tlsCertificate': 'the server’s certificate is not trusted',
  'fix.manual.doctor.works': 'that machine can reach the server: look at the login or the app’s settings',
  'fix.manual.serve.purpose':
    'Start the probe backend on this computer, so the extension can run these checks itself.',
  'fix.manual.serve.listening': 'running: paste the token it prints into the extension’s options',
} as const;
