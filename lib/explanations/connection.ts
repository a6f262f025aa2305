import type { ExplainContext } from './context';
import { hostOr, portText, target } from './context';
import { POSTFIX_RELAYHOST, RELAYS_ON_2525, submissionSettings } from './snippets';
import type { CategoryText } from './template';
import { capitalise } from './template';

const isLocal = (c: ExplainContext) => c.localBlock;
const isDelivery = (c: ExplainContext) => !c.localBlock && c.world.world === 'delivery';
const isSubmission = (c: ExplainContext) => !c.localBlock && c.world.world === 'submission';
/** Submission with port 25 or no port: the fix is to move to 587/465. */
const isSubmissionOn25 = (c: ExplainContext) => isSubmission(c) && (c.port === undefined || c.port === 25);
/** Submission already on a submission port that is blocked too. */
const isSubmissionPortBlocked = (c: ExplainContext) => isSubmission(c) && !isSubmissionOn25(c);
const probe = (c: ExplainContext) =>
  `npx smtp-doctor probe ${hostOr(c, 'smtp.example.com')} --ports 25,465,587,2525`;

export const portBlocked: CategoryText = {
  title: (c) => {
    if (c.localBlock) return `This machine is blocking the connection to ${portText(c)}`;
    if (c.world.world === 'delivery')
      return 'Outgoing port 25 is blocked: your server cannot reach other mail servers';
    return `${capitalise(portText(c))} is blocked on this network`;
  },
  summary: (c) => {
    if (c.localBlock)
      return (
        `The connection to ${target(c)} was stopped before it left this machine. "Permission denied" comes ` +
        'from a security policy here, not from the mail server or your internet provider.'
      );
    if (c.world.world === 'delivery')
      return (
        `Your mail server tried to hand the message to the recipient's mail server (${hostOr(c, 'its MX host')}) ` +
        'on port 25, and the connection never got through: the network your server is on stops outgoing port 25.'
      );
    return (
      `Your message never reached the mail server: the connection to ${target(c)} got no answer somewhere on ` +
      'the way. Your user name and password were not even checked yet.'
    );
  },
  why: (c) => {
    if (c.localBlock)
      return (
        'On Red Hat-family systems (RHEL, CentOS, Rocky, AlmaLinux, Fedora) SELinux stops the web server, and ' +
        'PHP running inside it, from opening network connections unless the httpd_can_sendmail or ' +
        'httpd_can_network_connect boolean is on. A host firewall rule or an antivirus "mail shield" can do the same.'
      );
    if (c.port === undefined || c.port === 25)
      return (
        'Internet providers and cloud hosts block outgoing port 25 on most home connections and servers ' +
        '(AWS, Google Cloud, Azure and Hetzner among them). Infected computers used to send spam straight to ' +
        "recipients' servers on port 25; blocking it stops that, while the login-protected submission ports 587 " +
        'and 465 stay open.'
      );
    return (
      `Some networks block more than port 25: hosting plans, company and school firewalls, public Wi-Fi and some ` +
      `home routers only let mail ports through to approved servers. A timeout on ${portText(c)} can also mean ` +
      'the server is down, so confirm it with a probe.'
    );
  },
  confirm: [
    {
      when: isLocal,
      text: 'Check whether SELinux is enforcing and which booleans are off',
      code: 'getenforce\ngetsebool httpd_can_sendmail httpd_can_network_connect',
    },
    {
      when: isLocal,
      text: 'Look for the denial in the audit log',
      code: 'ausearch -m avc -ts recent | grep -i name_connect',
    },
    {
      when: (c) => !c.localBlock,
      text: 'Probe the SMTP ports from the machine that fails',
      detail: (c) =>
        `A timeout on ${portText(c)} while other ports answer means that port is filtered. On Windows: ` +
        `Test-NetConnection ${hostOr(c, 'smtp.example.com')} -Port ${c.port ?? 25}.`,
      code: probe,
    },
    {
      when: isSubmission,
      scope: 'user-network',
      text: 'Try the same settings from another network, such as a phone hotspot',
      detail: 'If sending works there, the network you were on is blocking the port.',
    },
    {
      when: isDelivery,
      text: "Check your hosting provider's documentation for outbound port 25",
      detail: 'Most cloud hosts state it in their "sending email" or "blocked ports" FAQ.',
    },
    {
      when: isSubmission,
      scope: 'server-host',
      text: (c) => `Check the hosting provider's documentation for outbound ${portText(c)}`,
      detail:
        'The web server makes the connection, so its host\u2019s rules apply, not those of the network you browse ' +
        'from. Most hosts state them in their "sending email" or "blocked ports" FAQ.',
    },
  ],
  steps: [
    // A block on this machine.
    {
      when: isLocal,
      text: 'Allow the web server to connect to mail ports (SELinux)',
      detail:
        'httpd_can_sendmail allows the standard mail ports; httpd_can_network_connect allows any port ' +
        '(needed for 2525). -P keeps the setting after a reboot.',
      code: 'sudo setsebool -P httpd_can_sendmail 1\n# or, broader:\nsudo setsebool -P httpd_can_network_connect 1',
    },
    {
      when: isLocal,
      text: 'If SELinux is not the cause, check the host firewall and antivirus',
      detail:
        'Look for rules that reject outgoing connections to 25, 465 or 587 (firewalld, nftables/iptables, Windows Firewall).',
    },
    // Submission world: an app or mail client talking to its provider.
    {
      when: isSubmissionOn25,
      text: (c) =>
        `Send through ${hostOr(c, "your provider's SMTP server")} on port 587 with STARTTLS, or port 465 with implicit TLS (SSL/TLS), and log in`,
      detail:
        'Submission ports are meant for apps and mail clients and are rarely blocked. Match the encryption to the ' +
        'port: 465 = SSL/TLS, 587 = STARTTLS. Port 25 without a login is only for server-to-server delivery.',
      code: (c) => submissionSettings(hostOr(c, 'smtp.example.com')),
    },
    {
      when: isSubmissionPortBlocked,
      text: (c) =>
        c.port === 465
          ? 'Try port 587 with STARTTLS instead'
          : c.port === 587
            ? 'Try port 465 with implicit TLS (SSL/TLS) instead'
            : 'Try the standard submission ports instead: 587 with STARTTLS or 465 with SSL/TLS',
      detail:
        'Networks often block one submission port and not the other (Hetzner Cloud, for example, blocks 465 but not 587).',
      code: (c) => submissionSettings(hostOr(c, 'smtp.example.com')),
    },
    {
      when: isSubmission,
      text: 'If 587 and 465 are blocked too, use a relay service on port 2525',
      detail:
        `${RELAYS_ON_2525} accept logins on port 2525. Most of them also offer an HTTPS API, ` +
        'which goes out over port 443 like any website.',
    },
    {
      when: isSubmission,
      scope: 'user-network',
      text: 'Or ask your internet provider or host to lift the block',
      detail:
        'Residential providers often unblock port 25 on request; cloud hosts have a request form or ticket ' +
        '(AWS does; Google Cloud never unblocks it). Quote the port and this error.',
    },
    {
      when: isSubmission,
      scope: 'server-host',
      text: 'Or ask the hosting provider to open the port for this server',
      detail:
        'Shared hosting often allows only its own mail server, or 587 and 465 to any server; cloud hosts have a ' +
        'request form or ticket. Quote the port, the time and this error.',
    },
    {
      when: (c) => isSubmission(c) && c.world.basis !== 'port',
      text: 'Running your own mail server (Postfix, Exim…) that delivers straight to recipients? Then a port change will not help',
      detail:
        "Recipients' mail servers only accept incoming mail on port 25: send through a relay (smarthost) or ask " +
        'your host to open port 25 for the server.',
    },
    // Delivery world: a mail server talking to the recipients' MX hosts.
    {
      when: isDelivery,
      text: 'Do not change the port: recipients\u2019 mail servers only accept mail from other servers on port 25',
      detail: (c) =>
        `Ports 587 and 465 are for handing mail to your own provider with a login. ${hostOr(c, 'The MX host')} ` +
        'does not take incoming mail on them, so a port change cannot fix server-to-server delivery.',
    },
    {
      when: isDelivery,
      text: 'Send through a relay (smarthost) that you log in to on 587, 465 or 2525',
      detail:
        'Your mailbox provider or a relay service (SendGrid, Mailgun, Postmark, Brevo, SMTP2GO, Amazon SES…) then ' +
        'delivers to port 25 for you. The relay must allow your sender domain. For Postfix:',
      code: POSTFIX_RELAYHOST,
    },
    {
      when: isDelivery,
      text: 'Or ask your host to open outgoing port 25 for this server',
      detail:
        'Cloud hosts decide case by case, often only for established accounts with a reverse DNS (PTR) record set: ' +
        'AWS has a request form, Hetzner considers it after the first paid invoice, Google Cloud never opens it. ' +
        'Home connections are a poor place for a mail server: their addresses are on lists such as the Spamhaus PBL.',
    },
  ],
};

export const serverUnreachable: CategoryText = {
  title: (c) =>
    c.hostIsLocal
      ? 'No mail server is running on this machine'
      : 'The mail server is not accepting connections',
  summary: (c) =>
    c.hostIsLocal
      ? `Your app is set to send through a mail server on this same machine (${c.host}), but nothing listens on ` +
        `${portText(c)}: no mail server is installed, or it is stopped.`
      : `The connection to ${target(c)} failed: the server turned it away or never answered properly. The host ` +
        'name or port may be wrong, or the mail service is down.',
  why:
    '"Connection refused" means the machine answered but no program listens on that port: a wrong host or port, ' +
    'a stopped mail service, or the server\'s own firewall. "No route to host" means the address cannot be ' +
    'reached at all. A server that accepts the connection but never sends its greeting is overloaded or not a mail server.',
  confirm: [
    {
      text: 'Probe the SMTP ports of the host',
      detail:
        '"refused" on every port: nothing listens there. A timeout instead points at a block on the way.',
      code: probe,
    },
    {
      text: 'If you run the server, check that the mail service listens',
      code: "ss -ltnp | grep -E ':(25|465|587|2525)\\b'",
    },
  ],
  steps: [
    {
      scope: 'app-settings',
      text: "Check the host name and port against your provider's settings page",
      detail:
        'Most providers use smtp.<their domain> on 587 (STARTTLS) or 465 (SSL/TLS). A typo or an old server name ends here too.',
    },
    {
      when: (c) => c.hostIsLocal,
      text: 'Install or start a local mail server, or send through your provider instead',
      detail:
        'Web apps often default to localhost. Pointing them at your provider on 587 or 465 with a login avoids running a mail server.',
      code: 'sudo systemctl status postfix\nsudo systemctl start postfix',
    },
    {
      when: (c) => !c.hostIsLocal,
      text: 'If you run the mail server, start the service and open the port in its firewall',
      code: 'sudo systemctl status postfix',
    },
    {
      text: 'Use a port the server offers',
      detail: 'Many servers listen on 587 and 465 but not on 25 for submission, or the other way round.',
    },
  ],
};

export const dnsFailure: CategoryText = {
  title: "The mail server's name cannot be found",
  summary: (c) =>
    `The name ${hostOr(c, 'of the SMTP server')} could not be looked up in DNS, so no connection was even tried.`,
  why:
    'Usually a typo or a name that does not exist (smtp.example.com where the provider uses mail.example.com), ' +
    'an expired domain, or no working DNS on the sending machine (containers and fresh servers sometimes lack one). ' +
    '"Temporary failure in name resolution" (EAI_AGAIN) means the DNS server did not answer.',
  confirm: [
    {
      text: 'Look the name up',
      detail:
        'No answer from a public resolver (1.1.1.1) either: the name is wrong. An answer there but not locally: this machine\u2019s DNS is broken.',
      code: (c) =>
        `nslookup ${hostOr(c, 'smtp.example.com')}\nnslookup ${hostOr(c, 'smtp.example.com')} 1.1.1.1`,
    },
  ],
  steps: [
    {
      text: "Copy the exact SMTP host name from your provider's settings page",
    },
    {
      text: "Fix this machine's DNS if public resolvers know the name",
      detail: 'Check /etc/resolv.conf, or the --dns setting of the container.',
    },
    {
      when: (c) => c.errno?.toUpperCase() === 'EAI_AGAIN',
      text: 'Retry: a temporary DNS failure often clears by itself',
    },
  ],
};
