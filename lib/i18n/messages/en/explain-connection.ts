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
} as const;
