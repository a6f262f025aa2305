import type { CheckId } from '../rules/types';
import type { ExplainContext } from './context';
import { hostOr, portOr, portText } from './context';
import type { CheckExplanation } from './types';

interface CheckText {
  title: string;
  /** How this check tells the causes apart. */
  text: (c: ExplainContext) => string;
  code?: (c: ExplainContext) => string;
}

/** The prose for every check id of lib/rules/types.ts: one source of truth. */
export const CHECK_TEXTS: Readonly<Record<CheckId, CheckText>> = {
  'probe-ports': {
    title: 'Probe the SMTP ports from this network',
    text: (c) =>
      `Connect to ${hostOr(c, 'the SMTP host')} on ports 25, 465, 587 and 2525 from the machine that fails. ` +
      'A timeout on one port while others answer means that port is filtered on the way; "refused" means ' +
      'the host is reachable but nothing listens there; every port timing out points at the host or the whole network.',
    code: (c) => `npx smtp-doctor probe ${hostOr(c, 'smtp.example.com')} --ports 25,465,587,2525`,
  },
  'resolve-host': {
    title: 'Look the host name up in DNS',
    text: (c) =>
      `Resolve ${hostOr(c, 'the SMTP host name')}. No address (NXDOMAIN) means the name is wrong or missing; ` +
      'an address that answers elsewhere but not here points at a DNS problem on this machine.',
    code: (c) => `nslookup ${hostOr(c, 'smtp.example.com')}`,
  },
  'tls-mode': {
    title: 'Compare the port with the TLS mode',
    text: () =>
      'Port 465 needs implicit TLS ("SSL/TLS", secure: true); ports 587 and 25 need STARTTLS ("STARTTLS", ' +
      'secure: false). A setting that does not match its port fails with a timeout, a dropped connection or ' +
      '"wrong version number", which can look like a block.',
  },
  'tls-certificate': {
    title: "Inspect the server's certificate",
    text: (c) =>
      `Look at the certificate ${hostOr(c, 'the server')} presents: who issued it, when it expires and which ` +
      'host names it covers. A valid certificate rules out a trust problem.',
    code: (c) => {
      const host = hostOr(c, 'smtp.example.com');
      return portOr(c, 587) === 465
        ? `openssl s_client -connect ${host}:465 -servername ${host} </dev/null | openssl x509 -noout -subject -issuer -dates -ext subjectAltName`
        : `openssl s_client -starttls smtp -connect ${host}:${portOr(c, 587)} -servername ${host} </dev/null | openssl x509 -noout -subject -issuer -dates -ext subjectAltName`;
    },
  },
  credentials: {
    title: 'Check the login',
    text: () =>
      "Sign in to the provider's webmail with the same user name and password. If that works but SMTP still " +
      'refuses it, the account needs an app password or has SMTP sign-in turned off.',
  },
  'local-firewall': {
    title: 'Check the policies on this machine',
    text: () =>
      '"Permission denied" on connect comes from this machine, not the network: SELinux (on Red Hat-family ' +
      'systems the httpd_can_network_connect or httpd_can_sendmail boolean), a host firewall rule or an ' +
      'antivirus "mail shield". A timeout instead points at the network.',
    code: () => 'getsebool httpd_can_network_connect httpd_can_sendmail',
  },
  'server-status': {
    title: 'Check that the mail server is running',
    text: (c) =>
      `On ${hostOr(c, 'the mail server')}, check that the mail service runs and listens on ${portText(c)}. ` +
      'Nothing listening gives "connection refused"; a listening server behind a firewall gives a timeout.',
    code: () => "ss -ltnp | grep -E ':(25|465|587|2525)\\b'",
  },
  'sender-domain-dns': {
    title: "Check the sender domain's SPF, DKIM and DMARC",
    text: () =>
      "Look up the sender domain's SPF record and DMARC policy, and confirm that outgoing mail is DKIM-signed. " +
      'A missing or failing record explains a policy rejection; correct records rule it out.',
    code: () => 'dig +short TXT example.com; dig +short TXT _dmarc.example.com',
  },
  'ip-blocklist': {
    title: 'Look the sending IP up on blocklists',
    text: () =>
      "Look up the sending server's public IP address on blocklists (for example Spamhaus's IP and Domain " +
      'Reputation Checker at check.spamhaus.org) and check its reverse DNS (PTR). A listing or a missing PTR ' +
      'explains a reputation rejection.',
    code: () => 'dig +short -x 203.0.113.10',
  },
  'retry-later': {
    title: 'Retry in a few minutes',
    text: () =>
      'Temporary conditions (greylisting, throttling, a busy server) clear on their own: the same message ' +
      'sent again after some minutes goes through. A failure that repeats is not temporary.',
  },
  'server-log': {
    title: 'Read the full log',
    text: () =>
      "The complete client debug output or the mail server's log shows the exact SMTP reply that ended the " +
      'session; that reply names the cause when this text alone does not.',
  },
};

export function explainCheck(id: CheckId, c: ExplainContext): CheckExplanation {
  const check = CHECK_TEXTS[id];
  const code = check.code?.(c);
  return { id, title: check.title, text: check.text(c), ...(code ? { code } : {}) };
}
