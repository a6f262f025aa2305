/** English messages: connection failures, DNS, TLS, checks, facts, world, the explain() frame (lib/explanations: connection, encryption, checks, dns-readings, world, context, table, explain). */
export const explainConnection = {
  // lib/explanations/context.ts: phrases for placeholders.
  'conn.duration.seconds': '{count, plural, one {# second} other {# seconds}}',
  'conn.duration.minutes': '{count, plural, one {# minute} other {# minutes}}',
  'conn.port.unknown': 'the SMTP port',
  'conn.port.numbered': 'port {ports}',
  'conn.target.hostOnPort': '{host} on {port}',
  'conn.fallback.mailServer': 'the mail server',

  // lib/explanations/snippets.ts: prose lines of the snippets.
  'conn.snippet.server': 'server: {host}',
  'conn.snippet.port587': 'port 587, encryption STARTTLS, authentication on',
  'conn.snippet.port465': 'or port 465, encryption SSL/TLS, authentication on',
  'conn.snippet.login': 'user name: your full email address; password: your password or an app password',
  'conn.snippet.postfixThen': 'then: {command}',
  'conn.snippet.orBroader': 'or, broader:',
  'conn.snippet.mailClients': 'Mail clients:   connection security "{mode}"',
  'conn.snippet.dotnetStartTlsOnly': '(STARTTLS only: it cannot do port 465)',

  // lib/explanations/connection.ts: port-blocked.
  'conn.portBlocked.title.local': 'This machine is blocking the connection to {port}',
  'conn.portBlocked.title.delivery':
    'Outgoing port 25 is blocked: your server cannot reach other mail servers',
  'conn.portBlocked.title.network': 'Port {ports} is blocked on this network',
  'conn.portBlocked.title.networkNoPort': 'The SMTP port is blocked on this network',
  'conn.portBlocked.summary.local':
    'The connection to {target} was stopped before it left this machine. "Permission denied" comes from a security policy here, not from the mail server or your internet provider.',
  'conn.portBlocked.summary.delivery':
    "Your mail server tried to hand the message to the recipient's mail server ({host}) on port 25, and the connection never got through: the network your server is on stops outgoing port 25.",
  'conn.portBlocked.summary.deliveryNoHost':
    "Your mail server tried to hand the message to the recipient's mail server (its MX host) on port 25, and the connection never got through: the network your server is on stops outgoing port 25.",
  'conn.portBlocked.summary.network':
    'Your message never reached the mail server: the connection to {target} got no answer somewhere on the way. Your user name and password were not even checked yet.',
  'conn.portBlocked.why.local':
    'On Red Hat-family systems (RHEL, CentOS, Rocky, AlmaLinux, Fedora) SELinux stops the web server, and PHP running inside it, from opening network connections unless the httpd_can_sendmail or httpd_can_network_connect boolean is on. A host firewall rule or an antivirus "mail shield" can do the same.',
  'conn.portBlocked.why.port25':
    "Internet providers and cloud hosts block outgoing port 25 on most home connections and servers (AWS, Google Cloud, Azure and Hetzner among them). Infected computers used to send spam straight to recipients' servers on port 25; blocking it stops that, while the login-protected submission ports 587 and 465 stay open.",
  'conn.portBlocked.why.otherPort':
    'Some networks block more than port 25: hosting plans, company and school firewalls, public Wi-Fi and some home routers only let mail ports through to approved servers. A timeout on {port} can also mean the server is down, so confirm it with a probe.',
  'conn.portBlocked.confirm.selinux': 'Check whether SELinux is enforcing and which booleans are off',
  'conn.portBlocked.confirm.auditLog': 'Look for the denial in the audit log',
  'conn.portBlocked.confirm.probe': 'Probe the SMTP ports from the machine that fails',
  'conn.portBlocked.confirm.probeDetail':
    'A timeout on {port} while other ports answer means that port is filtered. On Windows: {command}.',
  'conn.portBlocked.confirm.otherNetwork':
    'Try the same settings from another network, such as a phone hotspot',
  'conn.portBlocked.confirm.otherNetworkDetail':
    'If sending works there, the network you were on is blocking the port.',
  'conn.portBlocked.confirm.hostDocs25': "Check your hosting provider's documentation for outbound port 25",
  'conn.portBlocked.confirm.hostDocs25Detail':
    'Most cloud hosts state it in their "sending email" or "blocked ports" FAQ.',
  'conn.portBlocked.confirm.hostDocs': "Check the hosting provider's documentation for outbound {port}",
  'conn.portBlocked.confirm.hostDocsDetail':
    'The web server makes the connection, so its host\u2019s rules apply, not those of the network you browse from. Most hosts state them in their "sending email" or "blocked ports" FAQ.',
  'conn.portBlocked.step.selinux': 'Allow the web server to connect to mail ports (SELinux)',
  'conn.portBlocked.step.selinuxDetail':
    'httpd_can_sendmail allows the standard mail ports; httpd_can_network_connect allows any port (needed for 2525). -P keeps the setting after a reboot.',
  'conn.portBlocked.step.firewall': 'If SELinux is not the cause, check the host firewall and antivirus',
  'conn.portBlocked.step.firewallDetail':
    'Look for rules that reject outgoing connections to 25, 465 or 587 (firewalld, nftables/iptables, Windows Firewall).',
  'conn.portBlocked.step.submit':
    'Send through {host} on port 587 with STARTTLS, or port 465 with implicit TLS (SSL/TLS), and log in',
  'conn.portBlocked.step.submitNoHost':
    "Send through your provider's SMTP server on port 587 with STARTTLS, or port 465 with implicit TLS (SSL/TLS), and log in",
  'conn.portBlocked.step.submitDetail':
    'Submission ports are meant for apps and mail clients and are rarely blocked. Match the encryption to the port: 465 = SSL/TLS, 587 = STARTTLS. Port 25 without a login is only for server-to-server delivery.',
  'conn.portBlocked.step.try587': 'Try port 587 with STARTTLS instead',
  'conn.portBlocked.step.try465': 'Try port 465 with implicit TLS (SSL/TLS) instead',
  'conn.portBlocked.step.tryStandard':
    'Try the standard submission ports instead: 587 with STARTTLS or 465 with SSL/TLS',
  'conn.portBlocked.step.tryDetail':
    'Networks often block one submission port and not the other (Hetzner Cloud, for example, blocks 465 but not 587).',
  'conn.portBlocked.step.relay2525': 'If 587 and 465 are blocked too, use a relay service on port 2525',
  'conn.portBlocked.step.relay2525Detail':
    '{relays} accept logins on port 2525. Most of them also offer an HTTPS API, which goes out over port 443 like any website.',
  'conn.portBlocked.step.askProvider': 'Or ask your internet provider or host to lift the block',
  'conn.portBlocked.step.askProviderDetail':
    'Residential providers often unblock port 25 on request; cloud hosts have a request form or ticket (AWS does; Google Cloud never unblocks it). Quote the port and this error.',
  'conn.portBlocked.step.askHost': 'Or ask the hosting provider to open the port for this server',
  'conn.portBlocked.step.askHostDetail':
    'Shared hosting often allows only its own mail server, or 587 and 465 to any server; cloud hosts have a request form or ticket. Quote the port, the time and this error.',
  'conn.portBlocked.step.ownServer':
    'Running your own mail server (Postfix, Exim…) that delivers straight to recipients? Then a port change will not help',
  'conn.portBlocked.step.ownServerDetail':
    "Recipients' mail servers only accept incoming mail on port 25: send through a relay (smarthost) or ask your host to open port 25 for the server.",
  'conn.portBlocked.step.keepPort':
    'Do not change the port: recipients\u2019 mail servers only accept mail from other servers on port 25',
  'conn.portBlocked.step.keepPortDetail':
    'Ports 587 and 465 are for handing mail to your own provider with a login. {host} does not take incoming mail on them, so a port change cannot fix server-to-server delivery.',
  'conn.portBlocked.step.keepPortDetailNoHost':
    'Ports 587 and 465 are for handing mail to your own provider with a login. The MX host does not take incoming mail on them, so a port change cannot fix server-to-server delivery.',
  'conn.portBlocked.step.smarthost':
    'Send through a relay (smarthost) that you log in to on 587, 465 or 2525',
  'conn.portBlocked.step.smarthostDetail':
    'Your mailbox provider or a relay service (SendGrid, Mailgun, Postmark, Brevo, SMTP2GO, Amazon SES…) then delivers to port 25 for you. The relay must allow your sender domain. For Postfix:',
  'conn.portBlocked.step.open25': 'Or ask your host to open outgoing port 25 for this server',
  'conn.portBlocked.step.open25Detail':
    'Cloud hosts decide case by case, often only for established accounts with a reverse DNS (PTR) record set: AWS has a request form, Hetzner considers it after the first paid invoice, Google Cloud never opens it. Home connections are a poor place for a mail server: their addresses are on lists such as the Spamhaus PBL.',

  // server-unreachable.
  'conn.unreachable.title.local': 'No mail server is running on this machine',
  'conn.unreachable.title.remote': 'The mail server is not accepting connections',
  'conn.unreachable.summary.local':
    'Your app is set to send through a mail server on this same machine ({host}), but nothing listens on {port}: no mail server is installed, or it is stopped.',
  'conn.unreachable.summary.remote':
    'The connection to {target} failed: the server turned it away or never answered properly. The host name or port may be wrong, or the mail service is down.',
  'conn.unreachable.why':
    '"Connection refused" means the machine answered but no program listens on that port: a wrong host or port, a stopped mail service, or the server\'s own firewall. "No route to host" means the address cannot be reached at all. A server that accepts the connection but never sends its greeting is overloaded or not a mail server.',
  'conn.unreachable.confirm.probe': 'Probe the SMTP ports of the host',
  'conn.unreachable.confirm.probeDetail':
    '"refused" on every port: nothing listens there. A timeout instead points at a block on the way.',
  'conn.unreachable.confirm.listens': 'If you run the server, check that the mail service listens',
  'conn.unreachable.step.settings': "Check the host name and port against your provider's settings page",
  'conn.unreachable.step.settingsDetail':
    'Most providers use smtp.<their domain> on 587 (STARTTLS) or 465 (SSL/TLS). A typo or an old server name ends here too.',
  'conn.unreachable.step.local':
    'Install or start a local mail server, or send through your provider instead',
  'conn.unreachable.step.localDetail':
    'Web apps often default to localhost. Pointing them at your provider on 587 or 465 with a login avoids running a mail server.',
  'conn.unreachable.step.start':
    'If you run the mail server, start the service and open the port in its firewall',
  'conn.unreachable.step.otherPort': 'Use a port the server offers',
  'conn.unreachable.step.otherPortDetail':
    'Many servers listen on 587 and 465 but not on 25 for submission, or the other way round.',

  // dns-failure.
  'conn.dns.title': "The mail server's name cannot be found",
  'conn.dns.summary': 'The name {host} could not be looked up in DNS, so no connection was even tried.',
  'conn.dns.summaryNoHost':
    'The name of the SMTP server could not be looked up in DNS, so no connection was even tried.',
  'conn.dns.why':
    'Usually a typo or a name that does not exist (smtp.example.com where the provider uses mail.example.com), an expired domain, or no working DNS on the sending machine (containers and fresh servers sometimes lack one). "Temporary failure in name resolution" (EAI_AGAIN) means the DNS server did not answer.',
  'conn.dns.confirm.lookup': 'Look the name up',
  'conn.dns.confirm.lookupDetail':
    'No answer from a public resolver (1.1.1.1) either: the name is wrong. An answer there but not locally: this machine\u2019s DNS is broken.',
  'conn.dns.step.copy': "Copy the exact SMTP host name from your provider's settings page",
  'conn.dns.step.fixDns': "Fix this machine's DNS if public resolvers know the name",
  'conn.dns.step.fixDnsDetail': 'Check /etc/resolv.conf, or the --dns setting of the container.',
  'conn.dns.step.retry': 'Retry: a temporary DNS failure often clears by itself',

  // lib/explanations/encryption.ts: tls-mismatch.
  'conn.tlsMismatch.title': 'The port and the encryption setting do not match',
  'conn.tlsMismatch.summary.465':
    'Port 465 expects encryption from the very first byte (implicit TLS), but the program started in plain text and waited for a greeting that never came in a form it could read.',
  'conn.tlsMismatch.summary.port':
    'Port {port} starts in plain text and switches to encryption with STARTTLS, but the program tried to encrypt straight away (implicit TLS), so the two sides talked past each other.',
  'conn.tlsMismatch.summary.noPort':
    'The program and the server disagree on when encryption starts: right away (implicit TLS) or after a STARTTLS command.',
  'conn.tlsMismatch.why':
    'Mail submission has two ways to encrypt: implicit TLS on port 465 (RFC 8314), where the connection is encrypted from the start, and STARTTLS on port 587, where it starts in plain text and is then upgraded. Apps label them confusingly: "SSL" or "SSL/TLS" usually means implicit TLS (465), "TLS" or "STARTTLS" means STARTTLS (587).',
  'conn.tlsMismatch.confirm.mode': 'Check which mode the port speaks',
  'conn.tlsMismatch.confirm.modeDetail':
    'On 465 a certificate appears at once; on 587 the server first greets in plain text ("220 …") and offers STARTTLS in its EHLO reply.',
  'conn.tlsMismatch.step.implicit': 'For port 465, turn on implicit TLS (SSL/TLS)',
  'conn.tlsMismatch.step.startTls': 'For port {port}, use STARTTLS and turn implicit TLS off',
  'conn.tlsMismatch.step.switch587': 'Or switch to port 587 with STARTTLS',
  'conn.tlsMismatch.step.switch587Detail':
    '.NET System.Net.Mail.SmtpClient only speaks STARTTLS, so it needs 587 (or a library such as MailKit for 465).',

  // tls-certificate.
  'conn.tlsCertificate.title': "The server's security certificate is not trusted",
  'conn.tlsCertificate.summary':
    'The encrypted connection to {target} was stopped because its certificate could not be trusted: it is self-signed, expired, or issued for a different name than the one you connect to.',
  'conn.tlsCertificate.why':
    'Common causes: connecting to mail.yourdomain.com when the certificate names the hosting server (shared hosting such as cPanel shows the real name under "Connect Devices"); an expired certificate; a self-signed certificate on a private server; an antivirus or company proxy that intercepts encrypted mail; or an old system that lacks newer root certificates.',
  'conn.tlsCertificate.confirm.look': 'Look at the certificate the server presents',
  'conn.tlsCertificate.confirm.lookDetail':
    'Compare the names (subject, subjectAltName) with the host you configured, and check the dates and the issuer.',
  'conn.tlsCertificate.step.hostName': 'Connect using the host name the certificate is issued for',
  'conn.tlsCertificate.step.hostNameDetail':
    'On shared hosting that is usually the server name shown in the control panel, not mail.yourdomain.com.',
  'conn.tlsCertificate.step.renew': 'If you run the server, renew or replace the certificate',
  'conn.tlsCertificate.step.renewDetail':
    "Serve the full chain (certificate plus intermediates), for example from Let's Encrypt.",
  'conn.tlsCertificate.step.update': 'Update the operating system or runtime',
  'conn.tlsCertificate.step.updateDetail':
    'Old Java, PHP, OpenSSL or Windows versions lack newer root certificates.',
  'conn.tlsCertificate.step.keepChecks': 'Do not turn certificate checks off for good',
  'conn.tlsCertificate.step.keepChecksDetail':
    'Settings such as rejectUnauthorized: false or verify_peer => false hide the problem and expose your password to anyone in between. Use them only for a one-off test.',

  // tls-protocol.
  'conn.tlsProtocol.title': 'The encryption handshake failed (TLS version or ciphers)',
  'conn.tlsProtocol.summary':
    'The two sides could not agree on how to encrypt the connection to {target}: one of them only offers TLS versions or ciphers the other refuses.',
  'conn.tlsProtocol.why':
    'TLS 1.0 and 1.1 are deprecated (RFC 8996, and RFC 8997 for mail), so up-to-date servers and libraries turn them off, while old systems (old PHP or OpenSSL, old Java or .NET Framework apps, printers and scanners) may offer nothing newer. The reverse happens too: an old private server that only speaks old TLS, refused by an up-to-date client.',
  'conn.tlsProtocol.confirm.versions': 'See which TLS versions the server accepts',
  'conn.tlsProtocol.confirm.versionsDetail':
    'A handshake with -tls1_2 or -tls1_3 that succeeds shows the server is fine and the client is too old.',
  'conn.tlsProtocol.step.update': 'Update the sending program, its runtime and the operating system',
  'conn.tlsProtocol.step.updateDetail': '.NET Framework apps may need TLS 1.2 switched on explicitly:',
  'conn.tlsProtocol.step.server': 'If you run the server, enable TLS 1.2 and 1.3 with current ciphers',
  'conn.tlsProtocol.step.relay': 'For devices that cannot be updated, send through a local relay',
  'conn.tlsProtocol.step.relayDetail':
    'A mail server on your network accepts the old device and forwards with modern TLS.',

  // lib/explanations/checks.ts: how each check tells causes apart.
  'conn.check.probePorts.title': 'Probe the SMTP ports from this network',
  'conn.check.probePorts.text':
    'Connect to {host} on ports 25, 465, 587 and 2525 from the machine that fails. A timeout on one port while others answer means that port is filtered on the way; "refused" means the host is reachable but nothing listens there; every port timing out points at the host or the whole network.',
  'conn.check.probePorts.textNoHost':
    'Connect to the SMTP host on ports 25, 465, 587 and 2525 from the machine that fails. A timeout on one port while others answer means that port is filtered on the way; "refused" means the host is reachable but nothing listens there; every port timing out points at the host or the whole network.',
  'conn.check.resolveHost.title': 'Look the host name up in DNS',
  'conn.check.resolveHost.text':
    'Resolve {host}. No address (NXDOMAIN) means the name is wrong or missing; an address that answers elsewhere but not here points at a DNS problem on this machine.',
  'conn.check.resolveHost.textNoHost':
    'Resolve the SMTP host name. No address (NXDOMAIN) means the name is wrong or missing; an address that answers elsewhere but not here points at a DNS problem on this machine.',
  'conn.check.tlsMode.title': 'Compare the port with the TLS mode',
  'conn.check.tlsMode.text':
    'Port 465 needs implicit TLS ("SSL/TLS", secure: true); ports 587 and 25 need STARTTLS ("STARTTLS", secure: false). A setting that does not match its port fails with a timeout, a dropped connection or "wrong version number", which can look like a block.',
  'conn.check.tlsCertificate.title': "Inspect the server's certificate",
  'conn.check.tlsCertificate.text':
    'Look at the certificate {host} presents: who issued it, when it expires and which host names it covers. A valid certificate rules out a trust problem.',
  'conn.check.tlsCertificate.textNoHost':
    'Look at the certificate the server presents: who issued it, when it expires and which host names it covers. A valid certificate rules out a trust problem.',
  'conn.check.credentials.title': 'Check the login',
  'conn.check.credentials.text':
    "Sign in to the provider's webmail with the same user name and password. If that works but SMTP still refuses it, the account needs an app password or has SMTP sign-in turned off.",
  'conn.check.localFirewall.title': 'Check the policies on this machine',
  'conn.check.localFirewall.text':
    '"Permission denied" on connect comes from this machine, not the network: SELinux (on Red Hat-family systems the httpd_can_network_connect or httpd_can_sendmail boolean), a host firewall rule or an antivirus "mail shield". A timeout instead points at the network.',
  'conn.check.serverStatus.title': 'Check that the mail server is running',
  'conn.check.serverStatus.text':
    'On {host}, check that the mail service runs and listens on {port}. Nothing listening gives "connection refused"; a listening server behind a firewall gives a timeout.',
  'conn.check.serverStatus.textNoHost':
    'On the mail server, check that the mail service runs and listens on {port}. Nothing listening gives "connection refused"; a listening server behind a firewall gives a timeout.',
  'conn.check.senderDomainDns.title': "Check the sender domain's SPF, DKIM and DMARC",
  'conn.check.senderDomainDns.text':
    "Look up the sender domain's SPF record and DMARC policy, and confirm that outgoing mail is DKIM-signed. A missing or failing record explains a policy rejection; correct records rule it out.",
  'conn.check.ipBlocklist.title': 'Look the sending IP up on blocklists',
  'conn.check.ipBlocklist.text':
    "Look up the sending server's public IP address on blocklists (for example Spamhaus's IP and Domain Reputation Checker at check.spamhaus.org) and check its reverse DNS (PTR). A listing or a missing PTR explains a reputation rejection.",
  'conn.check.retryLater.title': 'Retry in a few minutes',
  'conn.check.retryLater.text':
    'Temporary conditions (greylisting, throttling, a busy server) clear on their own: the same message sent again after some minutes goes through. A failure that repeats is not temporary.',
  'conn.check.serverLog.title': 'Read the full log',
  'conn.check.serverLog.text':
    "The complete client debug output or the mail server's log shows the exact SMTP reply that ended the session; that reply names the cause when this text alone does not.",

  // lib/explanations/explain.ts: the frame of every explanation.
  'conn.notSendError.title': 'This does not look like an email send error',
  'conn.notSendError.summary':
    'Nothing in the text reads like a failed attempt to send email: no SMTP reply, no connection error from a mail program, no bounce message.',
  'conn.notSendError.hint':
    'Paste the whole error message or log, including any code such as 535, 5.7.8 or ETIMEDOUT. Errors from reading mail (IMAP or POP) are a different problem.',
  'conn.fact.port': 'Port',
  'conn.fact.host': 'Host',
  'conn.fact.replyCode': 'Reply code',
  'conn.fact.enhancedCode': 'Enhanced status code',
  'conn.fact.error': 'Error',
  'conn.fact.thisMachine': 'this machine',
  'conn.assumedPorts':
    '{count, plural, one {The text names no port, so this explanation assumes port {ports}. Check which port your settings use.} other {The text names no port, so this explanation assumes ports {ports}. Check which port your settings use.}}',
  'conn.world.port.submission':
    '{clue}: this is submission (an app, website or mail client handing mail to its provider).',
  'conn.world.port.delivery':
    "{clue}: this is server-to-server delivery (a mail server handing mail to the recipients' MX hosts).",
  'conn.world.text.submission':
    'This reads as submission (an app, website or mail client handing mail to its provider). Clues: {clues}.',
  'conn.world.text.delivery':
    "This reads as server-to-server delivery (a mail server handing mail to the recipients' MX hosts). Clues: {clues}.",
  'conn.world.assumed':
    "The text does not say whether an app or mail client is handing mail to its provider (submission) or a mail server is delivering to the recipients' servers (delivery). This explanation assumes submission, the more common case; the last step covers delivery.",

  // lib/explanations/world.ts: the clues that tell the two worlds apart.
  'conn.clue.submissionPort': 'port {port} is a submission port',
  'conn.clue.thePort': 'The port',
  'conn.clue.gmailMx': "Gmail's MX host (gmail-smtp-in)",
  'conn.clue.googleMx': "Google's MX host (aspmx)",
  'conn.clue.microsoftMx': "Microsoft 365's MX host (mail.protection.outlook.com)",
  'conn.clue.yahooMx': "Yahoo's MX host (yahoodns.net)",
  'conn.clue.mxName': 'an MX host name (mx…)',
  'conn.clue.mxMention': 'a mention of MX records or hosts',
  'conn.clue.postfixLog': 'Postfix delivery log (postfix/smtp)',
  'conn.clue.postfixQueue': 'Postfix queue status (status=deferred)',
  'conn.clue.postfixDiagnostic': 'Postfix diagnostic (X-Postfix)',
  'conn.clue.postfixConnect25': 'Postfix connect to an IP on port 25',
  'conn.clue.eximRemote': 'Exim remote delivery (T=remote_smtp)',
  'conn.clue.bounceReport': 'a bounce report (Remote-MTA)',
  'conn.clue.relayhost': 'a smarthost / relayhost setting',
  'conn.clue.selfHosted': 'a self-hosted mail server',
  'conn.clue.dotnet': '.NET SmtpClient or MailKit',
  'conn.clue.wordpress': 'a WordPress mail plugin',
  'conn.clue.outlook': 'Outlook (0x800CCC… code)',
  'conn.clue.mailClient': 'a mail client (Thunderbird)',
  'conn.clue.webmail': 'a webmail (Roundcube)',
  'conn.clue.smtpLogin': 'an SMTP login (AUTH)',
  'conn.clue.providerHost': "a provider's submission host (smtp.…)",

  // lib/explanations/dns-readings.ts: what each DNS answer means.
  'conn.reading.none': 'none',
  'conn.reading.lookupFailed': 'The look-up failed: {error}.',
  'conn.reading.host.nxdomainAnswer': 'does not exist (NXDOMAIN)',
  'conn.reading.host.nxdomain': 'This host name does not exist: check its spelling in the mail settings.',
  'conn.reading.host.noIpv4Answer': 'no IPv4 address',
  'conn.reading.host.noIpv4':
    'The name exists but has no IPv4 address: mail programs that need one cannot connect.',
  'conn.reading.host.resolves':
    'The name resolves. If the error said it does not, the DNS of the machine that sent the mail is at fault, not the name.',
  'conn.reading.mx.nxdomainAnswer': 'domain does not exist',
  'conn.reading.mx.nxdomain': 'The domain does not exist: the address is misspelt.',
  'conn.reading.mx.none': 'The domain has no MX record: it does not receive mail, so mail to it bounces.',
  'conn.reading.mx.found': 'Mail for {domain} is received by {exchange}.',
  'conn.reading.mx.foundProvider': 'Mail for {domain} is received by {exchange} ({provider}).',
  'conn.reading.spf.none':
    '{domain} has no SPF record: receivers cannot tell which servers may send for it, and strict ones reject or junk its mail.',
  'conn.reading.spf.plusAll':
    'SPF ends in "+all": it allows every server in the world, which receivers treat as no SPF at all.',
  'conn.reading.spf.published':
    'SPF is published. The server that sends the mail must be covered by it (an include: or ip4: entry).',
  'conn.reading.dmarc.none':
    '{domain} has no DMARC record. Large mailbox providers expect one from domains that send to them.',
  'conn.reading.dmarc.rejected':
    'DMARC policy "{policy}": mail that fails both SPF and DKIM alignment is rejected.',
  'conn.reading.dmarc.quarantined':
    'DMARC policy "{policy}": mail that fails both SPF and DKIM alignment is sent to spam.',
  'conn.reading.dmarc.reported':
    'DMARC policy "{policy}": mail that fails both SPF and DKIM alignment is only reported.',
  'conn.reading.srv.notOfferedAnswer': 'service not offered',
  'conn.reading.srv.none':
    'No announcement here; most domains publish none, so this says nothing about the error.',
  'conn.reading.srv.found':
    'The domain announces its submission server: {target}, port {port}, {mode}. Use these in the mail settings.',
} as const;
