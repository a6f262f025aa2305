import { ispdb } from './sources';
import { CHECKED, type PortPolicy } from './types';

const PTR_SEEN_IN_PUBLIC_CONFIGS =
  'Reverse-DNS names of this form appear in many public configurations and logs (stored code index); the provider documents no naming scheme we could read.';

// ---------------------------------------------------------------- cloud / VPS

const AWS_PORT25 =
  'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-resource-limits.html#port-25-throttle';

export const aws: PortPolicy = {
  id: 'aws',
  name: 'Amazon Web Services (EC2, Lambda)',
  kind: 'cloud',
  mode: 'blocked-by-default',
  blockedPorts: [25],
  openPorts: [],
  summary:
    'AWS blocks (formerly "throttles") outbound port 25 on all EC2 instances. Lambda functions can send on 25 only from a VPC behind a NAT gateway.',
  exception: {
    possible: true,
    how: 'Submit the "Request to remove email sending limitations" form for the account and region. Or send through a relay on 587/2587/465.',
    url: AWS_PORT25,
  },
  hostPatterns: ['*.compute.amazonaws.com', '*.compute-1.amazonaws.com'],
  keywords: ['amazon ec2', 'aws ec2', 'ec2'],
  sources: [
    {
      url: 'https://aws.amazon.com/jp/premiumsupport/knowledge-center/ec2-port-25-throttle',
      title: 'AWS Knowledge Center: port 25 on EC2 (Japanese copy)',
    },
    {
      url: 'https://docs.aws.amazon.com/ses/latest/dg/smtp-connect.html',
      title: 'Amazon SES: EC2 throttles port 25; use another port',
    },
    {
      url: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-dns.html#vpc-dns-hostnames',
      title: 'AWS VPC DNS host names: ec2-…compute-1.amazonaws.com / ec2-….<region>.compute.amazonaws.com',
    },
  ],
  checked: CHECKED,
};

export const gcp: PortPolicy = {
  id: 'gcp',
  name: 'Google Cloud (Compute Engine, GKE)',
  kind: 'cloud',
  mode: 'blocked-no-exception',
  blockedPorts: [25],
  openPorts: [465, 587],
  summary:
    'Google Cloud blocks outbound port 25 with no exception. "Although port 25 is blocked, you can choose to use port 465, 587, or a non-standard port to send email through a relay."',
  exception: {
    possible: false,
    how: 'No exception is offered. Send through your mail provider on 587/465 or a relay on 2525.',
    url: 'https://cloud.google.com/compute/docs/tutorials/sending-mail',
  },
  hostPatterns: ['*.bc.googleusercontent.com'],
  keywords: ['google cloud', 'compute engine', 'gce', 'gke'],
  notes: ['Until about 2018 Google also blocked 465 and 587 except to Google addresses; they are open now.'],
  sources: [
    {
      url: 'https://cloud.google.com/compute/docs/tutorials/sending-mail',
      title: 'Google Cloud: Sending email from an instance',
      quotedIn: 'https://gitlab.com/gitlab-org/charts/gitlab/-/merge_requests/647',
    },
    {
      url: 'https://gitlab.com/gitlab-org/charts/gitlab/-/merge_requests/647',
      title: 'GitLab chart docs quoting Google Cloud on SMTP ports',
      secondary: true,
    },
    {
      url: 'https://gitlab.com/gitlab-org/gitlab-foss/-/merge_requests/23275',
      title: 'GKE test: 25 times out, 465 and 587 connect',
      secondary: true,
    },
    {
      url: 'https://gitlab.com/gitlab-com/gl-infra/infrastructure/issues/4686',
      title: 'GCP reverse DNS <ip>.bc.googleusercontent.com',
      secondary: true,
    },
  ],
  checked: CHECKED,
};

const AZURE_SMTP =
  'https://learn.microsoft.com/en-us/azure/virtual-network/troubleshoot-outbound-smtp-connectivity';

export const azure: PortPolicy = {
  id: 'azure',
  name: 'Microsoft Azure (VMs, scale sets)',
  kind: 'cloud',
  mode: 'blocked-by-default',
  blockedPorts: [25],
  openPorts: [587],
  summary:
    'Azure blocks outbound port 25 except for Enterprise Agreement and MCA-E subscriptions. Authenticated relay on 587 "isn\'t restricted regardless of subscription type".',
  exception: {
    possible: false,
    how: 'Only Enterprise Agreement / MCA-E subscriptions may send on 25. Everyone else uses an authenticated relay on 587 (e.g. Azure Communication Services, SendGrid).',
    url: AZURE_SMTP,
  },
  hostPatterns: ['*.cloudapp.azure.com'],
  keywords: ['microsoft azure', 'azure'],
  notes: ['Blocking began for most new subscriptions on 2017-11-15.'],
  sources: [
    { url: AZURE_SMTP, title: 'Azure: Troubleshoot outbound SMTP connectivity (stored tr-tr and cs copies)' },
    {
      url: 'https://blogs.msdn.microsoft.com/mast/enhanced-azure-security-for-sending-emails-november-2017-update',
      title: 'Azure: port 25 blocked from 2017-11-15',
    },
    {
      url: 'https://www.zeusexam.com/public-ip-address-prefixes/',
      title: 'Azure DNS name labels end in <region>.cloudapp.azure.com',
      secondary: true,
    },
  ],
  checked: CHECKED,
};

export const digitalocean: PortPolicy = {
  id: 'digitalocean',
  name: 'DigitalOcean',
  kind: 'cloud',
  mode: 'restricted-new-accounts',
  blockedPorts: [25],
  openPorts: [],
  summary:
    'DigitalOcean blocks SMTP on port 25 from Droplets of new accounts and does not lift the block; it recommends a relay such as SendGrid.',
  exception: {
    possible: false,
    how: 'None offered. Send through your provider on 587/465 or a relay (2525).',
    url: 'https://docs.digitalocean.com/support/why-is-smtp-blocked/',
  },
  hostPatterns: [],
  keywords: ['digitalocean', 'digital ocean', 'droplet'],
  notes: [
    'Sources disagree on 465 and 587: a 2026 survey says they are blocked too (including Reserved IPs); a 2019 support reply said they are usable. Probe them before relying on either.',
  ],
  sources: [
    {
      url: 'https://docs.digitalocean.com/support/why-is-smtp-blocked/',
      title: 'DigitalOcean: Why is SMTP blocked?',
    },
    {
      url: 'https://Gist.github.com/tihoho/a795ea8813530c6088b07d6123f62216',
      title: 'DigitalOcean support reply (2019)',
      date: '2019-01-27',
      secondary: true,
    },
  ],
  checked: CHECKED,
};

const LINODE_MAIL = 'https://www.linode.com/docs/email/running-a-mail-server/#sending-email-on-linode';

export const linode: PortPolicy = {
  id: 'linode',
  name: 'Akamai Cloud (Linode)',
  kind: 'cloud',
  mode: 'restricted-new-accounts',
  blockedPorts: [25, 465, 587],
  openPorts: [],
  summary:
    'Linode restricts outbound connections on ports 25, 465 and 587 on all Linodes of accounts created after 2019-11-05.',
  exception: {
    possible: true,
    how: 'Set valid A and reverse-DNS records, then open a support ticket with the details the "Running a Mail Server" guide asks for.',
    url: LINODE_MAIL,
  },
  hostPatterns: ['*.ip.linodeusercontent.com'],
  keywords: ['linode', 'akamai cloud'],
  sources: [
    {
      url: 'https://www.linode.com/blog/linode/a-new-policy-to-help-fight-spam/',
      title: 'Linode: A new policy to help fight spam',
      date: '2019-11-05',
    },
    {
      url: 'https://github.com/linode/linode-api-docs/pull/267/files',
      title: 'Linode API docs: ports 25, 465, 587 restricted for accounts after 2019-11-05',
    },
    {
      url: 'https://techdocs.akamai.com/linode-api/reference/put-linode-ip-2',
      title: 'Default reverse DNS ip.linodeusercontent.com',
    },
  ],
  checked: CHECKED,
};

export const vultr: PortPolicy = {
  id: 'vultr',
  name: 'Vultr',
  kind: 'cloud',
  mode: 'blocked-by-default',
  blockedPorts: [25],
  openPorts: [],
  summary:
    'Vultr blocks outbound port 25 by default. Users report both that support enables it on request and that it no longer does.',
  exception: {
    possible: 'unclear',
    how: 'Open a support ticket explaining the use case; approval is not assured.',
    url: 'https://www.vultr.com/docs/what-ports-are-blocked',
  },
  hostPatterns: ['*.vultrusercontent.com'],
  patternEvidence: PTR_SEEN_IN_PUBLIC_CONFIGS,
  keywords: ['vultr'],
  sources: [
    {
      url: 'https://github.com/mail-in-a-box/mailinabox/issues/2221',
      title: 'Which clouds block port 25 (Vultr: enabled through support)',
      date: '2022-12-31',
      secondary: true,
    },
    {
      url: 'https://github.com/LukeSmithxyz/emailwiz/issues/172',
      title: "Vultr won't unblock port 25 anymore",
      secondary: true,
    },
  ],
  checked: CHECKED,
  verified: false,
};

const HETZNER_FAQ = 'https://docs.hetzner.com/cloud/servers/faq/#why-can-i-not-send-any-mails-from-my-server';

export const hetzner: PortPolicy = {
  id: 'hetzner',
  name: 'Hetzner',
  kind: 'cloud',
  mode: 'blocked-by-default',
  blockedPorts: [25, 465],
  openPorts: [587],
  summary:
    'Hetzner: "Outgoing traffic to ports 25 and 465 are blocked by default on all Cloud Servers." Port 587 stays open.',
  exception: {
    possible: true,
    how: 'Send a limit request for unblocking with a valid use case — only after the account is a month old and the first invoice is paid. Hetzner decides case by case.',
    url: HETZNER_FAQ,
  },
  hostPatterns: ['*.your-server.de'],
  patternEvidence:
    "your-server.de is Hetzner's domain (Thunderbird ISPDB hetzner.de.xml); servers get reverse DNS static.<ip>.clients.your-server.de.",
  keywords: ['hetzner'],
  notes: ['The block sits upstream of the server: ufw and iptables look clean while 465 silently times out.'],
  sources: [
    { url: HETZNER_FAQ, title: 'Hetzner Cloud FAQ: Why can I not send any mails from my server?' },
    {
      url: 'https://git.wizard.lu/sboulahtit/orion/commit/1227567d',
      title: 'Hetzner blocks 25/465 upstream (5-hour debugging report)',
      date: '2026-05-30',
      secondary: true,
    },
    ispdb('hetzner.de.xml'),
  ],
  checked: CHECKED,
};

const OVH_ANTISPAM = 'https://docs.ovh.com/au/en/dedicated/antispam-best-practices/';

export const ovh: PortPolicy = {
  id: 'ovh',
  name: 'OVHcloud',
  kind: 'cloud',
  mode: 'reactive',
  blockedPorts: [25],
  openPorts: [],
  summary:
    'OVHcloud does not block port 25 by default, but closes it at the network level when its anti-spam system sees spam from the server.',
  exception: {
    possible: true,
    how: 'Stop sending, clean the server, then request unblocking from the control panel. "It is not possible to get a whitelisting."',
    url: OVH_ANTISPAM,
  },
  hostPatterns: ['*.ovh.net'],
  patternEvidence:
    "ovh.net is OVH's own domain (Thunderbird ISPDB ovh.net.xml); VPS names look like vps-<id>.vps.ovh.net.",
  keywords: ['ovhcloud', 'ovh'],
  sources: [
    { url: OVH_ANTISPAM, title: 'OVHcloud: Antispam best practices', date: '2022-10-17' },
    {
      url: 'http://help.ovh.co.uk/AntiSpamBestPractice',
      title: 'OVH: Anti-spam best practice (old page)',
      httpOnly: true,
    },
    ispdb('ovh.net.xml'),
  ],
  checked: CHECKED,
};

export const oracleCloud: PortPolicy = {
  id: 'oracle-cloud',
  name: 'Oracle Cloud (OCI)',
  kind: 'cloud',
  mode: 'blocked-by-default',
  blockedPorts: [25],
  openPorts: [],
  summary:
    'Oracle Cloud blocks outbound port 25 (Free Tier accounts created after 2021-06-25, per Oracle Support document 2787393.1).',
  exception: {
    possible: 'unclear',
    how: 'Paid accounts can ask Oracle support; requests from Always Free accounts were refused.',
    url: 'https://support.oracle.com/knowledge/Oracle%20Cloud/2787393_1.html',
  },
  hostPatterns: [],
  keywords: ['oracle cloud'],
  sources: [
    {
      url: 'https://github.com/spantaleev/matrix-docker-ansible-deploy/issues/2747',
      title: 'Oracle Cloud port 25 (cites Oracle Support 2787393.1)',
      date: '2023-06-18',
      secondary: true,
    },
    {
      url: 'https://github.com/postalserver/postal/issues/2164',
      title: 'Oracle Cloud blocks port 25',
      date: '2022-09-26',
      secondary: true,
    },
    {
      url: 'https://bitbucket.org/analogic/mailserver/issues/975',
      title: 'Oracle: paid accounts can ask for removal',
      secondary: true,
    },
  ],
  checked: CHECKED,
  verified: false,
};

const SCALEWAY_SMTP =
  'https://github.com/scaleway/docs-content/blob/main/pages/instances/how-to/send-emails-from-your-instance.mdx';

export const scaleway: PortPolicy = {
  id: 'scaleway',
  name: 'Scaleway',
  kind: 'cloud',
  mode: 'blocked-by-default',
  blockedPorts: [25, 465, 587],
  openPorts: [],
  summary: 'Scaleway: "By default, remote SMTP ports (25, 465, and 587) are blocked" on Instances.',
  exception: {
    possible: true,
    how: "Enable SMTP in the Instance's security group in the console (needs a verified identity). Terraform cannot switch it on.",
    url: SCALEWAY_SMTP,
  },
  hostPatterns: [],
  keywords: ['scaleway'],
  notes: ['Scaleway Serverless Containers block outbound 25 and 465.'],
  sources: [
    { url: SCALEWAY_SMTP, title: 'Scaleway docs: How to send emails from your Instance', date: '2025-07-21' },
    {
      url: 'https://github.com/pierre-alain-b/rainloop-nextcloud/issues/22',
      title: 'Scaleway blocks SMTP by default',
      date: '2017-08-09',
      secondary: true,
    },
  ],
  checked: CHECKED,
};

const UPCLOUD_FIREWALL = 'https://upcloud.com/docs/products/networking/features/firewall/';

export const upcloud: PortPolicy = {
  id: 'upcloud',
  name: 'UpCloud',
  kind: 'cloud',
  mode: 'restricted-new-accounts',
  blockedPorts: [25],
  openPorts: [],
  summary:
    'UpCloud closes outbound port 25 "by default on all new accounts"; the free trial allows only standard web ports.',
  exception: {
    possible: true,
    how: 'Contact support with proof of identity or payment method and describe the use case.',
    url: UPCLOUD_FIREWALL,
  },
  hostPatterns: [],
  keywords: ['upcloud'],
  sources: [{ url: UPCLOUD_FIREWALL, title: 'UpCloud: Firewall' }],
  checked: CHECKED,
};

export const contabo: PortPolicy = {
  id: 'contabo',
  name: 'Contabo',
  kind: 'cloud',
  mode: 'no-published-policy',
  blockedPorts: [],
  openPorts: [],
  summary: 'No published Contabo port policy was found. Users report that Contabo VPS can send on port 25.',
  exception: { possible: 'unclear', how: 'Ask Contabo support.' },
  hostPatterns: ['*.contaboserver.net'],
  patternEvidence: PTR_SEEN_IN_PUBLIC_CONFIGS,
  keywords: ['contabo'],
  sources: [
    {
      url: 'https://github.com/anonaddy/anonaddy/issues/342',
      title: 'Moved from Oracle to Contabo to send mail',
      date: '2022-12-23',
      secondary: true,
    },
    {
      url: 'https://github.com/stalwartlabs/.github/discussions/23',
      title: '"contabo.com vps allow it"',
      secondary: true,
    },
  ],
  checked: CHECKED,
  verified: false,
};

// ---------------------------------------------------------------- residential ISPs

const COMCAST_2012 = 'http://corporate.comcast.com/comcast-voices/updated-management-of-smtp-port-25';

export const comcast: PortPolicy = {
  id: 'comcast',
  name: 'Comcast Xfinity (US)',
  kind: 'isp',
  mode: 'blocked-by-default',
  blockedPorts: [25],
  openPorts: [465, 587],
  summary:
    'Since 2012-08-01 Comcast "will no longer by default allow access to port 25 for our residential Internet users"; it recommends 587 with authentication or 465 with SSL.',
  exception: {
    possible: true,
    how: 'The block is removed "upon request to our Customer Security Assurance team" (comcast.net servers still refuse submission on 25).',
    url: COMCAST_2012,
  },
  hostPatterns: [],
  keywords: ['comcast', 'xfinity'],
  sources: [
    {
      url: COMCAST_2012,
      title: 'Comcast: Updated Management of SMTP Port 25',
      date: '2012-08-01',
      httpOnly: true,
    },
    {
      url: 'http://constantguard.comcast.net/dedicated-support/email-issues',
      title: 'Comcast: Email issues (use 587 or 465)',
      httpOnly: true,
    },
  ],
  checked: CHECKED,
};

export const spectrum: PortPolicy = {
  id: 'spectrum',
  name: 'Spectrum / Charter (formerly Time Warner Cable)',
  kind: 'isp',
  mode: 'reactive',
  blockedPorts: [25],
  openPorts: [587],
  summary:
    'When a computer is suspected of sending spam, a filter on the cable modem blocks outbound port 25 "not destined for the TWC Mail servers". Switch the client to 587.',
  exception: { possible: 'unclear', how: 'Clean the infected computer; send on 587 meanwhile.' },
  hostPatterns: [],
  keywords: ['time warner cable', 'charter communications', 'spectrum internet'],
  sources: [
    {
      url: 'https://www.timewarnercable.com/en/support/faqs/faqs-internet/e-mailacco/what-is-outbound-port-25-blocking.html',
      title: 'TWC: What is outbound Port 25 blocking?',
    },
  ],
  checked: CHECKED,
};

export const cox: PortPolicy = {
  id: 'cox',
  name: 'Cox Communications (US)',
  kind: 'isp',
  mode: 'own-servers-only',
  blockedPorts: [25],
  openPorts: [],
  summary:
    'Cox filters port 25 both ways: "SMTP is only permitted outbound to Cox-provided SMTP servers". Blocking began in June 2003.',
  exception: { possible: 'unclear', how: "Use your provider's submission port (587/465) instead of 25." },
  hostPatterns: [],
  keywords: ['cox communications'],
  sources: [
    {
      url: 'https://www.cox.com/residential/support/internet-ports-blocked-or-restricted-by-cox.html',
      title: 'Cox: Internet ports blocked or restricted by Cox',
    },
  ],
  checked: CHECKED,
};

const TELEKOM_PORTSPERRE =
  'https://www.telekom.de/hilfe/festnetz-internet-tv/sicherheit/sicherheitsteam/keine-moeglichkeit-eine-e-mail-zu-senden-wegen-portsperre';

export const deutscheTelekom: PortPolicy = {
  id: 'deutsche-telekom',
  name: 'Deutsche Telekom (DE)',
  kind: 'isp',
  mode: 'reactive',
  blockedPorts: [25],
  openPorts: [],
  summary:
    "When spam is seen from a line, Telekom blocks port 25/tcp to other networks. Telekom's smarthosts (mailto.t-online.de, smtpmail.t-online.de, smtprelay.t-online.de, securesmtp.t-online.de), webmail and other providers' smarthosts on non-standard ports keep working.",
  exception: {
    possible: true,
    how: "Follow the security team's steps to secure the line; the block is then lifted.",
    url: TELEKOM_PORTSPERRE,
  },
  hostPatterns: [],
  keywords: ['telekom'],
  notes: [
    'Speedport routers with "sichere E-Mail-Server" on allow ports 25 and 587 only to listed servers: "587 times out" can be the router, not the mail server.',
  ],
  sources: [
    {
      url: TELEKOM_PORTSPERRE,
      title: 'Telekom Hilfe: Keine Möglichkeit, eine E-Mail zu senden wegen Portsperre',
    },
    {
      url: 'https://www.tuhh.de/rzt/services/mailingkalenderchat/e-mail-faqs/nixsmtp.html',
      title: 'TUHH: Speedport router blocks 587 to unlisted servers',
      secondary: true,
    },
  ],
  checked: CHECKED,
};

export const swisscom: PortPolicy = {
  id: 'swisscom',
  name: 'Swisscom (CH)',
  kind: 'isp',
  mode: 'own-servers-only',
  blockedPorts: [25],
  openPorts: [587],
  summary:
    'Swisscom filters outbound port 25 to mail servers, allowing it only under specific conditions; it advises port 587.',
  exception: {
    possible: 'unclear',
    how: 'Use port 587 with authentication.',
    url: 'https://www.swisscom.ch/fr/clients-prives/aide/e-mail/email-versand-funktioniert-nicht.html',
  },
  hostPatterns: [],
  keywords: ['swisscom'],
  sources: [
    {
      url: 'https://www.swisscom.ch/fr/clients-prives/aide/e-mail/email-versand-funktioniert-nicht.html',
      title: 'Swisscom: sending e-mail does not work',
    },
  ],
  checked: CHECKED,
};

export const wessexInternet: PortPolicy = {
  id: 'wessex-internet',
  name: 'Wessex Internet (UK)',
  kind: 'isp',
  mode: 'own-servers-only',
  blockedPorts: [25],
  openPorts: [],
  summary:
    'Wessex Internet restricts residential and business broadband from outbound TCP 25 except to its relay.',
  exception: {
    possible: 'unclear',
    how: "Use Wessex's relay or your provider's 587/465.",
    url: 'https://wessexinternet1.zendesk.com/hc/en-gb/articles/360000305753',
  },
  hostPatterns: [],
  keywords: ['wessex internet'],
  sources: [
    {
      url: 'https://wessexinternet1.zendesk.com/hc/en-gb/articles/360000305753',
      title: 'Wessex Internet: port 25',
    },
  ],
  checked: CHECKED,
};

export const CLOUD_POLICIES: readonly PortPolicy[] = [
  aws,
  gcp,
  azure,
  digitalocean,
  linode,
  vultr,
  hetzner,
  ovh,
  oracleCloud,
  scaleway,
  upcloud,
  contabo,
];

export const ISP_POLICIES: readonly PortPolicy[] = [
  comcast,
  spectrum,
  cox,
  deutscheTelekom,
  swisscom,
  wessexInternet,
];

export const PORT_POLICIES: readonly PortPolicy[] = [...CLOUD_POLICIES, ...ISP_POLICIES];
