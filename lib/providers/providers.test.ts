import { describe, expect, it } from 'vitest';
import { AUTH_ADVISORIES } from './auth-advisor';
import { isIPv4, isValidHostname } from './hostnames';
import {
  ALL_PROVIDERS,
  CHECKED,
  DOMAIN_PLACEHOLDER,
  MAILBOX_PROVIDERS,
  PANELS,
  PORT_POLICIES,
  RELAYS,
  findProviderByDomain,
  findProviderByMx,
  getProvider,
  serversFor,
  usernameFor,
  type Source,
} from './index';

function expectSourceWellFormed(source: Source, where: string) {
  const url = new URL(source.url);
  // Only pages that exist solely at http:// may be cited over http, and they must say so.
  expect(url.protocol, `${where}: ${source.url}`).toBe(source.httpOnly ? 'http:' : 'https:');
  expect(source.title.trim().length, `${where}: source title`).toBeGreaterThan(3);
  if (source.date) expect(source.date, `${where}: source date`).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
  if (source.quotedIn) expectHttps(source.quotedIn, `${where}: quotedIn`);
}

function expectHttps(url: string, where: string) {
  expect(new URL(url).protocol, `${where}: ${url}`).toBe('https:');
}

const SUBMISSION_PORTS = new Set([25, 26, 80, 443, 465, 587, 1025, 2465, 2525, 2587, 8025, 8465]);

describe('provider records', () => {
  it('has the providers the product promises', () => {
    expect(MAILBOX_PROVIDERS.map((p) => p.id)).toEqual([
      'gmail',
      'google-workspace',
      'outlook-com',
      'microsoft-365',
      'yahoo',
      'aol',
      'icloud',
      'zoho',
      'fastmail',
      'proton-bridge',
      'gmx',
      'web-de',
      'mail-com',
      'yandex',
    ]);
    expect(RELAYS.map((p) => p.id)).toEqual([
      'sendgrid',
      'mailgun',
      'amazon-ses',
      'postmark',
      'brevo',
      'smtp2go',
      'mailjet',
      'sparkpost',
    ]);
    expect(PANELS.map((p) => p.id)).toEqual(['cpanel', 'plesk', 'directadmin']);
  });

  it('gives every record a unique id', () => {
    const ids = ALL_PROVIDERS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  describe.each(ALL_PROVIDERS.map((p) => [p.id, p] as const))('%s', (_id, p) => {
    it('is complete and well formed', () => {
      expect(p.name.trim()).not.toBe('');
      expect(p.checked).toBe(CHECKED);
      expect(p.sources.length).toBeGreaterThan(0);
      p.sources.forEach((s) => expectSourceWellFormed(s, p.id));
      expectHttps(p.helpUrl, `${p.id} helpUrl`);
      expect(p.submission.length).toBeGreaterThan(0);
      for (const server of p.submission) {
        const host = server.host.replace(DOMAIN_PLACEHOLDER, 'example.com');
        expect(isValidHostname(host) || isIPv4(host), `${p.id} host ${server.host}`).toBe(true);
        expect(host).toBe(host.toLowerCase());
        expect(SUBMISSION_PORTS.has(server.port), `${p.id} port ${server.port}`).toBe(true);
        expect(['ssl', 'starttls']).toContain(server.security);
      }
      // The placeholder belongs to hosting panels only.
      expect(p.submission.some((s) => s.host.includes(DOMAIN_PLACEHOLDER))).toBe(p.kind === 'panel');
      for (const a of p.auth) {
        expect(a.text.trim().length).toBeGreaterThan(10);
        // An unconfirmed requirement must say so in the words the user reads.
        if (a.verified === false) expect(a.text).toMatch(/not confirmed/);
        if (a.helpUrl) expectHttps(a.helpUrl, `${p.id} auth`);
      }
      for (const v of p.variants ?? []) {
        expect(isValidHostname(v.host), `${p.id} variant ${v.host}`).toBe(true);
        v.sources?.forEach((s) => expectSourceWellFormed(s, `${p.id}/${v.id}`));
      }
      for (const d of [...p.domains, ...p.mxSuffixes])
        expect(isValidHostname(d), `${p.id} domain ${d}`).toBe(true);
    });

    it('marks every server verified: false when all sources are secondary', () => {
      if (p.sources.every((s) => s.secondary))
        expect(p.submission.every((s) => s.verified === false)).toBe(true);
    });

    it('claims 2525 only when it lists a 2525 server', () => {
      expect(p.supports2525).toBe(p.submission.some((s) => s.port === 2525));
    });

    it('pairs 465 with implicit TLS and 587 with STARTTLS', () => {
      for (const s of p.submission) {
        if (s.port === 465 || s.port === 2465 || s.port === 8465) expect(s.security).toBe('ssl');
        if (s.port === 587 || s.port === 2587 || s.port === 2525) expect(s.security).toBe('starttls');
      }
    });
  });

  it('keeps mailbox address domains unique across providers', () => {
    const seen = new Map<string, string>();
    for (const p of MAILBOX_PROVIDERS) {
      for (const d of [...p.domains, ...(p.variants ?? []).flatMap((v) => v.domains ?? [])]) {
        expect(seen.get(d), `${d} in ${p.id} and ${seen.get(d)}`).toBeUndefined();
        seen.set(d, p.id);
      }
    }
  });
});

describe('port policies', () => {
  it('covers the cloud hosts and ISPs that publish a policy', () => {
    expect(PORT_POLICIES.map((p) => p.id)).toEqual(
      expect.arrayContaining([
        'aws',
        'gcp',
        'azure',
        'digitalocean',
        'linode',
        'vultr',
        'hetzner',
        'ovh',
        'oracle-cloud',
        'scaleway',
        'upcloud',
        'comcast',
      ]),
    );
    expect(new Set(PORT_POLICIES.map((p) => p.id)).size).toBe(PORT_POLICIES.length);
  });

  describe.each(PORT_POLICIES.map((p) => [p.id, p] as const))('%s', (_id, p) => {
    it('is complete and well formed', () => {
      expect(p.checked).toBe(CHECKED);
      expect(p.summary.trim().length).toBeGreaterThan(20);
      expect(p.sources.length).toBeGreaterThan(0);
      p.sources.forEach((s) => expectSourceWellFormed(s, p.id));
      for (const port of [...p.blockedPorts, ...p.openPorts])
        expect(Number.isInteger(port) && port > 0 && port < 65536).toBe(true);
      expect(p.blockedPorts.filter((b) => p.openPorts.includes(b))).toEqual([]);
      if (p.mode === 'no-published-policy') {
        expect(p.blockedPorts).toEqual([]);
        expect(p.verified).toBe(false);
      } else {
        expect(p.blockedPorts.length).toBeGreaterThan(0);
      }
      if (p.exception.url) {
        const cited = p.sources.find((s) => s.url === p.exception.url);
        if (!cited?.httpOnly) expectHttps(p.exception.url, `${p.id} exception`);
      }
      expect(p.exception.how.trim().length).toBeGreaterThan(5);
      for (const pattern of p.hostPatterns) {
        expect(pattern.startsWith('*.'), pattern).toBe(true);
        expect(isValidHostname(pattern.slice(2)), pattern).toBe(true);
      }
      for (const k of p.keywords) expect(k).toBe(k.toLowerCase());
      expect(p.keywords.length + p.hostPatterns.length).toBeGreaterThan(0);
    });
  });

  it('marks verified: false every record that rests only on secondary sources', () => {
    for (const p of PORT_POLICIES) {
      if (p.sources.every((s) => s.secondary)) expect(p.verified, p.id).toBe(false);
    }
  });
});

describe('auth advisories', () => {
  it.each(AUTH_ADVISORIES.map((a) => [a.id, a] as const))('%s is complete', (_id, a) => {
    expect(a.checked).toBe(CHECKED);
    expect(a.providerIds.every((id) => getProvider(id))).toBe(true);
    expectHttps(a.helpUrl, a.id);
    a.sources.forEach((s) => expectSourceWellFormed(s, a.id));
    expect(a.steps.length).toBeGreaterThan(0);
    for (const c of a.enhancedCodes) expect(c).toMatch(/^[245]\.\d{1,3}\.\d{1,3}$/);
    for (const phrase of a.phrases) expect(phrase).toBe(phrase.toLowerCase());
    for (const t of a.timeline ?? []) expect(t.date).toMatch(/^\d{4}-(\d{2}(-\d{2})?|H[12])$/);
  });
});

describe('lookups', () => {
  it('finds providers by address domain, with regional variants', () => {
    expect(findProviderByDomain('gmail.com')?.provider.id).toBe('gmail');
    expect(findProviderByDomain('hotmail.co.uk')?.provider.id).toBe('outlook-com');
    const zohoEu = findProviderByDomain('zohomail.eu');
    expect(zohoEu?.provider.id).toBe('zoho');
    expect(zohoEu?.variant?.host).toBe('smtp.zoho.eu');
    expect(findProviderByDomain('gmx.de')?.variant?.host).toBe('mail.gmx.net');
    expect(findProviderByDomain('example.org')).toBeNull();
  });

  it('finds providers by MX host on a label boundary, longest suffix first', () => {
    expect(findProviderByMx('aspmx.l.google.com')?.provider.id).toBe('google-workspace');
    expect(findProviderByMx('example-com.mail.protection.outlook.com')?.provider.id).toBe('microsoft-365');
    expect(findProviderByMx('hotmail-com.olc.protection.outlook.com')?.provider.id).toBe('outlook-com');
    expect(findProviderByMx('mx.zoho.eu')?.variant?.id).toBe('eu');
    expect(findProviderByMx('mx.zoho.com')?.variant).toBeUndefined();
    expect(findProviderByMx('mta5.am0.yahoodns.net')?.provider.id).toBe('yahoo');
    expect(findProviderByMx('mx-aol.mail.gm0.yahoodns.net')?.provider.id).toBe('aol');
    expect(findProviderByMx('in1-smtp.messagingengine.com')?.provider.id).toBe('fastmail');
    expect(findProviderByMx('mx01.mail.icloud.com')?.provider.id).toBe('icloud');
    expect(findProviderByMx('mail.evilgoogle.com')).toBeNull();
    expect(findProviderByMx('mx.example.net')).toBeNull();
  });

  it('fills variants and the panel domain into the servers', () => {
    const ses = getProvider('amazon-ses')!;
    expect(serversFor(ses, { variantId: 'eu-west-1' })[0]!.host).toBe('email-smtp.eu-west-1.amazonaws.com');
    expect(serversFor(getProvider('cpanel')!, { domain: 'Example.COM' }).map((s) => s.host)).toEqual([
      'mail.example.com',
      'mail.example.com',
    ]);
    const mailgunEu = serversFor(getProvider('mailgun')!, { variantId: 'eu' });
    expect(mailgunEu.every((s) => s.host === 'smtp.eu.mailgun.org' && s.verified === false)).toBe(true);
  });

  it('forms user names from the rule', () => {
    expect(usernameFor({ form: 'email' }, 'ann@web.de').value).toBe('ann@web.de');
    expect(usernameFor({ form: 'localpart' }, 'ann@web.de').value).toBe('ann');
    expect(usernameFor({ form: 'literal', value: 'apikey' }).value).toBe('apikey');
    expect(usernameFor({ form: 'credential', note: 'From the dashboard.' }).value).toBeUndefined();
  });
});
