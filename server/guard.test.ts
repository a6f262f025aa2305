// The target guard: hostile spellings, private resolutions, ports, origins, Host headers.
import { describe, expect, it } from 'vitest';
import {
  refusedRange,
  allowedPorts,
  checkPorts,
  GuardError,
  isAllowedOrigin,
  isLoopbackBind,
  isLoopbackHostHeader,
  parseHost,
  parsePortList,
  resolveTarget,
} from './guard.ts';
import { HOSTILE_LITERALS } from './test-support/hostile.ts';
import { rangeName } from '../lib/probe/refusal.ts';

const strict = { lab: false };
const lab = { lab: true };

describe('parseHost', () => {
  it.each([
    ['2130706433', '127.0.0.1'],
    ['0x7f.1', '127.0.0.1'],
    ['017700000001', '127.0.0.1'],
    ['127.1', '127.0.0.1'],
    ['127.0.0.1.', '127.0.0.1'],
    ['[::ffff:127.0.0.1]', '::ffff:7f00:1'],
    ['::FFFF:7F00:1', '::ffff:7f00:1'],
    ['8.8.8.8', '8.8.8.8'],
  ])('%s is the address %s', (input, address) => {
    expect(parseHost(input)).toEqual({ kind: 'ip', address });
  });

  it.each([
    ['Mail.Example.COM', 'mail.example.com'],
    ['smtp.example.com.', 'smtp.example.com'],
    ['exämple.de', 'xn--exmple-cua.de'],
    ['_dmarc-ish_.example.com', '_dmarc-ish_.example.com'],
  ])('%s is the name %s', (input, name) => {
    expect(parseHost(input)).toEqual({ kind: 'name', name });
  });

  it.each([
    '',
    'smtp.example.com:25',
    'user@smtp.example.com',
    'smtp.example.com/path',
    'http://smtp.example.com',
    'a b.com',
    'a..b',
    '256.1.1.1',
    '1.2.3.4.5',
    '[fe80::1%25eth0]',
    'fe80::1%eth0',
    '[smtp.example.com]',
    `${'a'.repeat(64)}.com`,
    'smtp.example.com\nHost: x',
  ])('%j is not a host', (input) => {
    expect(() => parseHost(input)).toThrow(GuardError);
  });
});

describe('refusedRange', () => {
  it.each(HOSTILE_LITERALS)('refuses %s', async (input) => {
    const parsed = parseHost(input);
    expect(parsed.kind).toBe('ip');
    if (parsed.kind === 'ip') expect(refusedRange(parsed.address, strict)).not.toBeNull();
    await expect(resolveTarget(input, strict)).rejects.toThrow(/target refused/);
  });

  it.each(['8.8.8.8', '2606:4700:4700::1111', '74.125.140.108'])(
    'allows the public address %s',
    (address) => {
      expect(refusedRange(address, strict)).toBeNull();
    },
  );

  it('names the kind of address refused', () => {
    const named = (address: string) => rangeName(refusedRange(address, strict)!);
    expect(named('169.254.169.254')).toContain('cloud metadata');
    expect(named('10.1.2.3')).toContain('private');
    expect(named('::ffff:7f00:1')).toContain('IPv4-mapped');
    expect(named('::1')).toContain('loopback');
  });

  it('lab mode allows loopback, and nothing else private', () => {
    expect(refusedRange('127.0.0.1', lab)).toBeNull();
    expect(refusedRange('127.5.6.7', lab)).toBeNull();
    expect(refusedRange('::1', lab)).toBeNull();
    for (const other of [
      '10.0.0.1',
      '192.168.0.1',
      '169.254.169.254',
      'fd00::1',
      '::ffff:127.0.0.1',
      '0.0.0.0',
    ]) {
      expect(refusedRange(other, lab), other).not.toBeNull();
    }
  });
});

describe('resolveTarget', () => {
  const resolver = (answers: Record<string, string[]>) => async (name: string) => {
    const found = answers[name];
    if (!found) throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
    return found;
  };

  it.each([
    ['rebind.attacker.test', ['127.0.0.1']],
    ['metadata.attacker.test', ['169.254.169.254']],
    ['intranet.attacker.test', ['10.0.0.5']],
    ['mixed.attacker.test', ['93.184.216.34', '192.168.1.10']],
    ['v6.attacker.test', ['fd12:3456::1']],
    ['mapped.attacker.test', ['::ffff:10.0.0.1']],
  ])('refuses %s resolving to %j', async (name, addresses) => {
    await expect(resolveTarget(name, strict, resolver({ [name]: addresses }))).rejects.toThrow(
      /target refused: .* resolves to/,
    );
  });

  it('returns the checked address to connect to (IPv4 first)', async () => {
    const target = await resolveTarget(
      'smtp.example.com',
      strict,
      resolver({ 'smtp.example.com': ['2001:4860::1', '93.184.216.34'] }),
    );
    expect(target).toEqual({
      ok: true,
      host: 'smtp.example.com',
      address: '93.184.216.34',
      addresses: ['2001:4860::1', '93.184.216.34'],
    });
  });

  it('a name that does not resolve is a DNS failure, not a refusal', async () => {
    const target = await resolveTarget('nx.example.com', strict, resolver({}));
    expect(target).toEqual({ ok: false, host: 'nx.example.com', dnsError: 'name not found (NXDOMAIN)' });
  });

  it.each(['localhost', 'mailserver', 'printer.local', 'db.internal', 'router.home.arpa', 'x.localhost'])(
    'refuses the local name %s without resolving it',
    async (name) => {
      let asked = false;
      const spy = async () => {
        asked = true;
        return ['93.184.216.34'];
      };
      await expect(resolveTarget(name, strict, spy)).rejects.toThrow(GuardError);
      expect(asked).toBe(false);
    },
  );

  it('lab mode resolves localhost to loopback and allows it', async () => {
    const target = await resolveTarget('localhost', lab, resolver({ localhost: ['127.0.0.1'] }));
    expect(target).toMatchObject({ ok: true, address: '127.0.0.1' });
  });
});

describe('ports', () => {
  it('allows 25, 465, 587, 2525 and what the operator adds', () => {
    expect(allowedPorts()).toEqual([25, 465, 587, 2525]);
    expect(allowedPorts([2526, 10025, 25])).toEqual([25, 465, 587, 2525, 2526, 10025]);
    expect(() => checkPorts([25, 587], allowedPorts())).not.toThrow();
  });

  it.each([[[22]], [[80, 25]], [[6379]], [[2526]]])('refuses %j', (ports) => {
    expect(() => checkPorts(ports, allowedPorts())).toThrow(/not allowed/);
  });

  it('parses --allow-ports', () => {
    expect(parsePortList('2526, 10025')).toEqual([2526, 10025]);
    expect(() => parsePortList('25,abc')).toThrow();
    expect(() => parsePortList('70000')).toThrow();
  });
});

describe('origins and Host headers', () => {
  it('allows extension origins only', () => {
    expect(isAllowedOrigin('chrome-extension://abcdefghijklmnopabcdefghijklmnop')).toBe(true);
    expect(isAllowedOrigin('moz-extension://0f8e2a5c-1b2d-4c3e-9f00-123456789abc')).toBe(true);
    for (const origin of [
      'https://evil.example',
      'null',
      'http://127.0.0.1:8025',
      'chrome-extension://abcdefghijklmnopabcdefghijklmnop.evil.example',
      'chrome-extension://short',
      'moz-extension://not-a-uuid',
    ]) {
      expect(isAllowedOrigin(origin), origin).toBe(false);
    }
  });

  it('an exact origin list narrows it to those origins', () => {
    const exact = ['chrome-extension://abcdefghijklmnopabcdefghijklmnop'];
    expect(isAllowedOrigin(exact[0]!, exact)).toBe(true);
    expect(isAllowedOrigin('chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba', exact)).toBe(false);
  });

  it('answers only loopback Host headers (DNS rebinding of the backend itself)', () => {
    for (const ok of ['127.0.0.1:8025', 'localhost:8025', '[::1]:8025', 'localhost', '127.0.0.1']) {
      expect(isLoopbackHostHeader(ok), ok).toBe(true);
    }
    for (const bad of [
      'evil.example:8025',
      'evil.example',
      undefined,
      '127.0.0.1.evil.example',
      '[::2]:8025',
    ]) {
      expect(isLoopbackHostHeader(bad), String(bad)).toBe(false);
    }
  });

  it('knows loopback binds', () => {
    expect(isLoopbackBind('127.0.0.1')).toBe(true);
    expect(isLoopbackBind('::1')).toBe(true);
    expect(isLoopbackBind('localhost')).toBe(true);
    expect(isLoopbackBind('0.0.0.0')).toBe(false);
    expect(isLoopbackBind('192.168.1.5')).toBe(false);
  });
});
