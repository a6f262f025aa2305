import { describe, expect, it } from 'vitest';
import { detectHostContext, detectHostContexts, detectPanel } from './host-context';
import { containsWord, extractHostnames, matchHostGlob } from './hostnames';

describe('detectHostContext', () => {
  it.each([
    ['static.120.22.238.62.clients.your-server.de', 'hetzner', 'hostname'],
    [
      'Received: from vdi08 (static.219.156.76.144.clients.your-server.de. [144.76.156.219])',
      'hetzner',
      'hostname',
    ],
    ['ec2-203-0-113-25.compute-1.amazonaws.com', 'aws', 'hostname'],
    ['ip-1.ec2-52-1-2-3.eu-west-1.compute.amazonaws.com', 'aws', 'hostname'],
    ['151.145.231.35.bc.googleusercontent.com', 'gcp', 'hostname'],
    ['myvm.westeurope.cloudapp.azure.com', 'azure', 'hostname'],
    ['172-105-1-2.ip.linodeusercontent.com', 'linode', 'hostname'],
    ['45.77.45.228.vultrusercontent.com', 'vultr', 'hostname'],
    ['https://vps-d0669a91.vps.ovh.net/wp-admin/', 'ovh', 'hostname'],
    ['EHLO vmi3336536.contaboserver.net', 'contabo', 'hostname'],
    ['My droplet on DigitalOcean cannot reach smtp.gmail.com:587', 'digitalocean', 'keyword'],
    ['Running on Hetzner Cloud, port 465 times out', 'hetzner', 'keyword'],
    ['Our Scaleway instance: connect ETIMEDOUT', 'scaleway', 'keyword'],
    ['Comcast Xfinity home internet, Thunderbird cannot send on 25', 'comcast', 'keyword'],
  ])('%s → %s', (input, id, by) => {
    const match = detectHostContext(input);
    expect(match?.policy.id).toBe(id);
    expect(match?.by).toBe(by);
  });

  it.each([
    'SMTP Error (-1): Connection to server failed.',
    'connect to smtp.gmail.com:587 timed out',
    '535 5.7.139 Authentication unsuccessful',
    'your-server.de',
    'The server at novhere.example.com did not answer',
    'Message from 1.2.3.4 rejected with 5.7.1',
    'mail.evil-your-server.de.attacker.example',
    '',
  ])('finds nothing in %j', (input) => {
    expect(detectHostContext(input)).toBeNull();
  });

  it('prefers a host-name match over a keyword in the same text', () => {
    const all = detectHostContexts('We moved from DigitalOcean; EHLO static.1.2.3.4.clients.your-server.de');
    expect(all.map((m) => m.policy.id)).toEqual(['hetzner', 'digitalocean']);
    expect(all[0]!.pattern).toBe('*.your-server.de');
  });

  it('ignores the SMTP target the error names', () => {
    const text = 'connect to mail.your-server.de:465 (Connection timed out)';
    expect(detectHostContext(text)?.policy.id).toBe('hetzner');
    expect(detectHostContext(text, { exclude: ['mail.your-server.de'] })).toBeNull();
  });
});

describe('detectPanel', () => {
  it.each([
    ['https://host55.example.net:2083/cpsess1234567/frontend/jupiter/email_accounts/index.html', 'cpanel'],
    ['Plesk Obsidian — Mail Server Settings', 'plesk'],
    ['DirectAdmin » E-Mail Manager', 'directadmin'],
  ])('%s → %s', (input, id) => {
    expect(detectPanel(input)?.id).toBe(id);
  });

  it.each(['https://example.com:20830/', 'mail.example.com:587', 'replesked'])(
    'finds no panel in %s',
    (input) => {
      expect(detectPanel(input)).toBeNull();
    },
  );
});

describe('host-name helpers', () => {
  it('matches globs on label boundaries', () => {
    expect(matchHostGlob('*.your-server.de', 'a.b.your-server.de')).toBe(true);
    expect(matchHostGlob('*.your-server.de', 'your-server.de')).toBe(false);
    expect(matchHostGlob('*.your-server.de', 'evilyour-server.de')).toBe(false);
    expect(matchHostGlob('mail.*.example', 'mail.x.example')).toBe(true);
    expect(matchHostGlob('mail.*.example', 'mail.x.y.example')).toBe(false);
  });

  it('extracts host names but not IP addresses or status codes', () => {
    expect(
      extractHostnames('to <a@Example.COM> via smtp.gmail.com:587 from 10.0.0.1, code 5.7.139.'),
    ).toEqual(['example.com', 'smtp.gmail.com']);
  });

  it('matches whole words only', () => {
    expect(containsWord('Hosted at OVH.', 'ovh')).toBe(true);
    expect(containsWord('novhere', 'ovh')).toBe(false);
  });
});
