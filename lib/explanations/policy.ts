import type { ExplainContext } from './context';
import type { CategoryText } from './template';

export const senderRejected: CategoryText = {
  title: 'The server will not send mail for this sender',
  summary:
    'The server refused to pass the message on because of who it is from: the program did not log in, or the ' +
    'sender address does not belong to the account that logged in.',
  why:
    'Servers only relay mail for their own logged-in users ("Relaying denied" otherwise), and most providers only ' +
    'let you send as your own address or aliases you have verified. Microsoft 365 also needs "Send As" permission ' +
    'to send as another mailbox.',
  confirm: [
    {
      text: 'Compare the login with the From address',
      detail: 'They should be the same address, or the From address should be a verified alias of the login.',
    },
  ],
  steps: [
    {
      text: 'Log in (SMTP authentication) before sending',
      detail: 'Without a login, a server only accepts mail for its own users.',
    },
    {
      text: 'Send from the address you log in with, or from a verified alias',
      detail:
        'Gmail: Settings → Accounts → "Send mail as". Microsoft 365: give the account Send As permission on the ' +
        'other mailbox. Set both the From header and the envelope sender (Return-Path).',
    },
    {
      text: 'On a relay service, verify the sender address or domain',
      detail:
        'Amazon SES, SendGrid, Mailgun and others only send for identities you have verified with them.',
    },
    {
      text: 'If you run the server, let only your own machines relay without a login',
      detail: 'For example Postfix mynetworks; never open the relay to the internet.',
    },
  ],
};

export const recipientRejected: CategoryText = {
  title: 'The recipient address does not exist',
  summary:
    "The recipient's mail server says the address does not exist or does not take mail. Your sending setup " +
    'worked; the address is the problem.',
  why:
    'A typo, a person who left the organisation, a deleted or disabled account, or an address the receiving ' +
    'domain never had.',
  confirm: [
    {
      text: 'Check the address letter by letter, and send a test to an address you know works',
    },
  ],
  steps: [
    { text: 'Correct the address (look for typos in the part after the @ too)' },
    { text: 'Ask the person for their current address another way' },
    {
      text: 'Remove addresses that keep bouncing from your lists',
      detail: 'Sending again and again to dead addresses hurts your sender reputation.',
    },
    {
      text: 'If the address is on your own domain, check that the mailbox or alias exists',
      detail: "Also check that the domain's MX records point to the server that holds the mailbox.",
    },
  ],
};

export const domainAuthentication: CategoryText = {
  title: "The recipient's server rejected the message: SPF, DKIM or DMARC failed",
  summary:
    'The receiving server could not verify that your domain allowed this message to be sent from where it was ' +
    'sent, so it refused it.',
  why:
    "Receivers check that the sending server is listed in the domain's SPF record and that the message carries " +
    "a valid DKIM signature, then apply the domain's DMARC policy. Gmail requires every sender to pass SPF or " +
    'DKIM (bulk senders need both, plus DMARC). Sending through a server the domain does not list, such as a web ' +
    'host or a new relay, fails these checks.',
  confirm: [
    {
      text: "Look up the sender domain's SPF and DMARC records",
      detail:
        'Exactly one record starting with v=spf1 should exist, and it should include the service that sends.',
      code: (c) => `dig +short TXT ${domainOr(c)}\ndig +short TXT _dmarc.${domainOr(c)}`,
    },
  ],
  steps: [
    {
      text: (c) =>
        c.senderDomain
          ? `If you do not manage ${c.senderDomain}, send this error to whoever runs its DNS or its mail`
          : 'If you do not manage your domain, send this error to whoever runs its DNS or its mail',
      detail: 'The fix is a change to DNS records only they can make; the steps below are for them.',
    },
    {
      text: 'Add the sending service to your SPF record',
      detail:
        'Use the include your provider documents. Merge into the one existing record: two SPF records are an error.',
      code: (c) => `${domainOr(c)}.  TXT  "v=spf1 include:<your provider's SPF domain> ~all"`,
    },
    {
      text: 'Turn on DKIM signing at the provider and publish its key in DNS',
    },
    {
      text: 'Publish a DMARC policy, starting with monitoring only',
      code: (c) => `_dmarc.${domainOr(c)}.  TXT  "v=DMARC1; p=none; rua=mailto:dmarc@${domainOr(c)}"`,
    },
    {
      text: 'Send From an address at the domain you authenticate',
      detail: 'DMARC passes only when the SPF or DKIM domain matches the From domain.',
    },
  ],
};

export const ipReputation: CategoryText = {
  title: "The sending server's IP address is on a blocklist",
  summary:
    "The recipient's server refused the connection or the message because of the sending IP address's " +
    'reputation, not because of the message itself.',
  why:
    'Blocklists such as Spamhaus list addresses that sent spam (often a hacked account or an infected device on ' +
    'the same network). The Spamhaus PBL lists home and dynamic address ranges that should not send mail straight ' +
    'to other servers at all. Cloud and shared-hosting addresses inherit the history of earlier users.',
  confirm: [
    {
      text: 'Look the IP address up',
      detail:
        "Spamhaus's IP and Domain Reputation Checker (check.spamhaus.org) says which list and why; the rejection " +
        'often carries a link too.',
    },
  ],
  steps: [
    {
      text: "On a home or dynamic address (PBL), send through your provider's server instead of delivering directly",
      detail: 'Use its submission port 587 or 465 with a login, or a relay service.',
    },
    {
      text: 'If the address was listed for spam, find and stop the cause, then ask for removal',
      detail:
        'Typical causes: a compromised mail account, an infected computer, an abused contact form, an open relay.',
    },
    {
      text: 'On a cloud server, send through a relay service',
      detail: 'Their addresses have a maintained reputation.',
    },
  ],
};

export const reverseDns: CategoryText = {
  title: "The sending server's IP address has no matching reverse DNS (PTR)",
  summary:
    "The recipient's server looked up the name of the sending IP address (reverse DNS) and found none, or one " +
    'that does not point back to the same address, so it refused the connection.',
  why:
    'Receiving servers expect a real mail server to have a PTR record naming it, and that name to resolve back to ' +
    'the same address (forward-confirmed reverse DNS). Home connections and new cloud servers often have none, or ' +
    'a generic one.',
  confirm: [
    {
      text: "Look up the PTR of the server's public IP, then the name it returns",
      code: 'dig +short -x 203.0.113.10\ndig +short mail.example.com',
    },
  ],
  steps: [
    {
      text: 'Set the PTR record where the IP address is managed',
      detail: "That is your hosting provider's control panel or your ISP, not your domain's DNS zone.",
    },
    {
      text: "Make the PTR name resolve to the same IP, and use it as the server's HELO/EHLO name",
      code: '# Postfix main.cf\nmyhostname = mail.example.com',
    },
    {
      text: 'If you cannot set a PTR (a home connection), send through a relay',
    },
  ],
};

/** The sender's domain the rejection names, else a placeholder to replace. */
function domainOr(c: ExplainContext): string {
  return c.senderDomain ?? 'your-domain.example';
}
