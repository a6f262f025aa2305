import { NODEMAILER_SERVICES } from './sources';
import { CHECKED, type HostVariant, type ProviderRecord } from './types';

const SENDGRID_SMTP =
  'https://www.twilio.com/docs/sendgrid/for-developers/sending-email/integrating-with-the-smtp-api';

export const sendgrid: ProviderRecord = {
  id: 'sendgrid',
  name: 'SendGrid (Twilio)',
  kind: 'relay',
  domains: [],
  mxSuffixes: [],
  submission: [
    { host: 'smtp.sendgrid.net', port: 587, security: 'starttls' },
    { host: 'smtp.sendgrid.net', port: 465, security: 'ssl' },
    { host: 'smtp.sendgrid.net', port: 2525, security: 'starttls' },
    { host: 'smtp.sendgrid.net', port: 25, security: 'starttls' },
  ],
  username: { form: 'literal', value: 'apikey', note: 'The exact string "apikey", not the key itself.' },
  auth: [
    {
      kind: 'api-key',
      when: 'always',
      text: 'The password is an API key with at least "Mail" permission.',
      helpUrl: SENDGRID_SMTP,
    },
  ],
  supports2525: true,
  helpUrl: SENDGRID_SMTP,
  sources: [{ url: SENDGRID_SMTP, title: 'SendGrid: Integrating with the SMTP API' }],
  checked: CHECKED,
};

const MAILGUN_SMTP = 'https://documentation.mailgun.com/docs/mailgun/user-manual/sending-messages/send-smtp';

export const mailgun: ProviderRecord = {
  id: 'mailgun',
  name: 'Mailgun',
  kind: 'relay',
  domains: [],
  mxSuffixes: [],
  submission: [
    { host: 'smtp.mailgun.org', port: 587, security: 'starttls' },
    { host: 'smtp.mailgun.org', port: 465, security: 'ssl' },
    { host: 'smtp.mailgun.org', port: 2525, security: 'starttls' },
    { host: 'smtp.mailgun.org', port: 25, security: 'starttls' },
  ],
  variants: [
    {
      id: 'eu',
      label: 'EU region (domains created in the EU)',
      host: 'smtp.eu.mailgun.org',
      verified: false,
      sources: [
        {
          url: 'https://github.com/symfony/symfony-docs/pull/13154',
          title: 'Symfony docs: Mailgun region parameter (EU SMTP host)',
          secondary: true,
        },
      ],
    },
  ],
  username: {
    form: 'credential',
    note: 'The SMTP login of your sending domain (Sending → Domain settings → SMTP credentials), e.g. postmaster@mg.example.com.',
  },
  auth: [
    {
      kind: 'smtp-credentials',
      when: 'always',
      text: 'SMTP credentials are set per sending domain.',
      helpUrl: MAILGUN_SMTP,
    },
  ],
  supports2525: true,
  helpUrl: MAILGUN_SMTP,
  notes: ['US and EU are separate infrastructure: use the host of the region your domain was created in.'],
  sources: [
    { url: `${MAILGUN_SMTP}.md`, title: 'Mailgun: Send via SMTP (ports 25, 465, 587, 2525)' },
    {
      url: 'https://spreecommerce.org/docs/integrations/email/mailgun',
      title: 'Mailgun regions and ports',
      secondary: true,
    },
    NODEMAILER_SERVICES,
  ],
  checked: CHECKED,
};

const SES_SMTP = 'https://docs.aws.amazon.com/ses/latest/dg/smtp-connect.html';

/** Amazon SES SMTP endpoints per region (email-smtp.<region>.amazonaws.com). */
const SES_REGIONS: Array<[string, string]> = [
  ['us-east-1', 'US East (N. Virginia)'],
  ['us-east-2', 'US East (Ohio)'],
  ['us-west-1', 'US West (N. California)'],
  ['us-west-2', 'US West (Oregon)'],
  ['ca-central-1', 'Canada (Central)'],
  ['sa-east-1', 'South America (São Paulo)'],
  ['eu-central-1', 'Europe (Frankfurt)'],
  ['eu-north-1', 'Europe (Stockholm)'],
  ['eu-west-1', 'Europe (Ireland)'],
  ['eu-west-2', 'Europe (London)'],
  ['eu-west-3', 'Europe (Paris)'],
  ['ap-northeast-1', 'Asia Pacific (Tokyo)'],
  ['ap-northeast-2', 'Asia Pacific (Seoul)'],
  ['ap-northeast-3', 'Asia Pacific (Osaka)'],
  ['ap-south-1', 'Asia Pacific (Mumbai)'],
  ['ap-southeast-1', 'Asia Pacific (Singapore)'],
  ['ap-southeast-2', 'Asia Pacific (Sydney)'],
  ['us-gov-east-1', 'GovCloud (US-East)'],
  ['us-gov-west-1', 'GovCloud (US-West)'],
];

const sesVariants: HostVariant[] = SES_REGIONS.slice(1).map(([region, label]) => ({
  id: region,
  label,
  host: `email-smtp.${region}.amazonaws.com`,
  sources: [NODEMAILER_SERVICES],
}));

export const amazonSes: ProviderRecord = {
  id: 'amazon-ses',
  name: 'Amazon SES',
  kind: 'relay',
  domains: [],
  mxSuffixes: [],
  submission: [
    { host: 'email-smtp.us-east-1.amazonaws.com', port: 587, security: 'starttls' },
    {
      host: 'email-smtp.us-east-1.amazonaws.com',
      port: 465,
      security: 'ssl',
      note: 'TLS Wrapper (implicit TLS).',
    },
    { host: 'email-smtp.us-east-1.amazonaws.com', port: 2587, security: 'starttls' },
    {
      host: 'email-smtp.us-east-1.amazonaws.com',
      port: 2465,
      security: 'ssl',
      note: 'TLS Wrapper (implicit TLS).',
    },
    { host: 'email-smtp.us-east-1.amazonaws.com', port: 25, security: 'starttls' },
  ],
  variants: sesVariants,
  username: {
    form: 'credential',
    note: 'SES SMTP credentials created in the SES console — not your AWS access keys.',
  },
  auth: [
    {
      kind: 'smtp-credentials',
      when: 'always',
      text: 'Create SMTP credentials for the region you send from.',
      helpUrl: SES_SMTP,
    },
  ],
  supports2525: false,
  helpUrl: SES_SMTP,
  notes: [
    'SES requires TLS on every connection.',
    'Instead of 2525, SES offers 2587 (STARTTLS) and 2465 (TLS Wrapper) when 587/465 are blocked.',
    'EC2 restricts port 25 by default: use 587 or 2587 from EC2.',
  ],
  sources: [{ url: SES_SMTP, title: 'Amazon SES: Connecting to an SMTP endpoint' }, NODEMAILER_SERVICES],
  checked: CHECKED,
};

const POSTMARK_SMTP =
  'https://postmarkapp.com/support/article/811-what-are-the-smtp-details-api-tokens-i-should-be-using';

export const postmark: ProviderRecord = {
  id: 'postmark',
  name: 'Postmark',
  kind: 'relay',
  domains: [],
  mxSuffixes: [],
  submission: [
    {
      host: 'smtp.postmarkapp.com',
      port: 587,
      security: 'starttls',
      note: 'Postmark has no port 465: set up for 465 the connection hangs.',
    },
    { host: 'smtp.postmarkapp.com', port: 2525, security: 'starttls' },
    { host: 'smtp.postmarkapp.com', port: 25, security: 'starttls' },
  ],
  variants: [
    {
      id: 'broadcast',
      label: 'Broadcast message stream',
      host: 'smtp-broadcasts.postmarkapp.com',
      sources: [{ url: POSTMARK_SMTP, title: 'Postmark: SMTP details' }],
    },
  ],
  username: { form: 'credential', note: 'The Server API Token, used as both user name and password.' },
  auth: [
    {
      kind: 'api-key',
      when: 'always',
      text: 'Server API Token (Server → API Tokens) as user name and password.',
      helpUrl: POSTMARK_SMTP,
    },
  ],
  supports2525: true,
  helpUrl: POSTMARK_SMTP,
  sources: [
    { url: POSTMARK_SMTP, title: 'Postmark: What are the SMTP details / API Tokens I should be using?' },
    {
      url: 'https://spreecommerce.org/docs/integrations/email/postmark',
      title: 'Postmark has no implicit-TLS port',
      secondary: true,
    },
  ],
  checked: CHECKED,
};

const BREVO_SMTP = 'https://developers.brevo.com/docs/smtp-integration';

export const brevo: ProviderRecord = {
  id: 'brevo',
  name: 'Brevo (formerly Sendinblue)',
  kind: 'relay',
  domains: [],
  mxSuffixes: [],
  submission: [
    { host: 'smtp-relay.brevo.com', port: 587, security: 'starttls' },
    { host: 'smtp-relay.brevo.com', port: 465, security: 'ssl' },
    { host: 'smtp-relay.brevo.com', port: 2525, security: 'starttls' },
  ],
  username: { form: 'credential', note: 'The SMTP login shown under SMTP & API → SMTP.' },
  auth: [
    {
      kind: 'api-key',
      when: 'always',
      text: 'Use an SMTP key, not the API key and not your Brevo password.',
      helpUrl: BREVO_SMTP,
    },
  ],
  supports2525: true,
  helpUrl: BREVO_SMTP,
  notes: ['Brevo lists 587 and 2525 as "non-encrypted" ports; clients upgrade them with STARTTLS.'],
  sources: [{ url: BREVO_SMTP, title: 'Brevo: SMTP relay integration' }, NODEMAILER_SERVICES],
  checked: CHECKED,
};

const SMTP2GO_SMTP = 'https://developers.smtp2go.com/docs/smtp-relay';

export const smtp2go: ProviderRecord = {
  id: 'smtp2go',
  name: 'SMTP2GO',
  kind: 'relay',
  domains: [],
  mxSuffixes: [],
  submission: [
    { host: 'mail.smtp2go.com', port: 587, security: 'starttls' },
    { host: 'mail.smtp2go.com', port: 465, security: 'ssl' },
    { host: 'mail.smtp2go.com', port: 2525, security: 'starttls' },
    { host: 'mail.smtp2go.com', port: 8025, security: 'starttls' },
    { host: 'mail.smtp2go.com', port: 8465, security: 'ssl' },
    { host: 'mail.smtp2go.com', port: 80, security: 'starttls' },
    { host: 'mail.smtp2go.com', port: 443, security: 'ssl' },
    { host: 'mail.smtp2go.com', port: 25, security: 'starttls' },
  ],
  variants: [
    {
      id: 'us',
      label: 'USA',
      host: 'mail-us.smtp2go.com',
      sources: [{ url: SMTP2GO_SMTP, title: 'SMTP2GO: Location specific services' }],
    },
    {
      id: 'eu',
      label: 'EU/UK',
      host: 'mail-eu.smtp2go.com',
      sources: [{ url: SMTP2GO_SMTP, title: 'SMTP2GO: Location specific services' }],
    },
    {
      id: 'eu2',
      label: 'EU only',
      host: 'mail-eu2.smtp2go.com',
      sources: [{ url: SMTP2GO_SMTP, title: 'SMTP2GO: Location specific services' }],
    },
    {
      id: 'au',
      label: 'Australia',
      host: 'mail-au.smtp2go.com',
      sources: [{ url: SMTP2GO_SMTP, title: 'SMTP2GO: Location specific services' }],
    },
  ],
  username: { form: 'credential', note: 'An SMTP user from Sending → SMTP Users.' },
  auth: [
    {
      kind: 'smtp-credentials',
      when: 'always',
      text: 'Create an SMTP user and verify your sender.',
      helpUrl: SMTP2GO_SMTP,
    },
  ],
  supports2525: true,
  helpUrl: SMTP2GO_SMTP,
  notes: ['Ports 80 and 443 carry SMTP here too: useful when every mail port is blocked.'],
  sources: [{ url: SMTP2GO_SMTP, title: 'SMTP2GO: SMTP Relay' }],
  checked: CHECKED,
};

const MAILJET_GCE = 'https://cloud.google.com/compute/docs/tutorials/sending-mail/using-mailjet';

export const mailjet: ProviderRecord = {
  id: 'mailjet',
  name: 'Mailjet',
  kind: 'relay',
  domains: [],
  mxSuffixes: [],
  submission: [
    { host: 'in-v3.mailjet.com', port: 587, security: 'starttls' },
    {
      host: 'in-v3.mailjet.com',
      port: 2525,
      security: 'starttls',
      note: "Google's Compute Engine tutorial relays through in-v3.mailjet.com:2525.",
    },
    {
      host: 'in-v3.mailjet.com',
      port: 465,
      security: 'ssl',
      verified: false,
      note: 'Listed by third-party guides only.',
    },
  ],
  username: { form: 'credential', note: 'Your Mailjet API key (the password is the secret key).' },
  auth: [
    {
      kind: 'api-key',
      when: 'always',
      text: 'API key as user name, secret key as password.',
      helpUrl: 'https://rubydoc.info/gems/mailjet/Mailjet/Mailer',
    },
  ],
  supports2525: true,
  helpUrl: MAILJET_GCE,
  sources: [
    {
      url: MAILJET_GCE,
      title: 'Google Cloud: Sending email with Mailjet (relayhost in-v3.mailjet.com:2525)',
    },
    {
      url: 'https://rubydoc.info/gems/mailjet/Mailjet/Mailer',
      title: 'mailjet gem: in-v3.mailjet.com:587 STARTTLS, API key + secret',
    },
    {
      url: 'https://smtptester.org/guides/mailjet-smtp-test/',
      title: 'Mailjet SMTP settings',
      secondary: true,
    },
  ],
  checked: CHECKED,
};

const SPARKPOST_SMTP = 'https://developers.sparkpost.com/api/smtp/';

export const sparkpost: ProviderRecord = {
  id: 'sparkpost',
  name: 'SparkPost',
  kind: 'relay',
  domains: [],
  mxSuffixes: [],
  submission: [
    { host: 'smtp.sparkpostmail.com', port: 587, security: 'starttls' },
    {
      host: 'smtp.sparkpostmail.com',
      port: 2525,
      security: 'starttls',
      note: 'SparkPost: "an alternate port for cases where port 587 is blocked (such as a Google Compute Engine environment)".',
    },
  ],
  variants: [
    {
      id: 'eu',
      label: 'SparkPost EU',
      host: 'smtp.eu.sparkpostmail.com',
      sources: [{ url: SPARKPOST_SMTP, title: 'SparkPost SMTP API' }],
    },
  ],
  username: { form: 'literal', value: 'SMTP_Injection' },
  auth: [
    {
      kind: 'api-key',
      when: 'always',
      text: 'The password is an API key with "Send via SMTP" permission.',
      helpUrl: SPARKPOST_SMTP,
    },
  ],
  supports2525: true,
  helpUrl: SPARKPOST_SMTP,
  sources: [{ url: SPARKPOST_SMTP, title: 'SparkPost: SMTP API' }],
  checked: CHECKED,
};

export const RELAYS: readonly ProviderRecord[] = [
  sendgrid,
  mailgun,
  amazonSes,
  postmark,
  brevo,
  smtp2go,
  mailjet,
  sparkpost,
];
