// The verdict rules over per-port results (the shapes the prober produces; see probe.test.ts for real ones).
import { describe, expect, it } from 'vitest';
import type { PortResult } from './types';
import { verdictFor } from './verdict';

const works587: PortResult = {
  port: 587,
  tcp: 'open',
  ms: 80,
  banner: '220 mx ESMTP',
  starttls: true,
  tls: { ok: true, mode: 'starttls', protocol: 'TLSv1.3' },
  auth: ['PLAIN', 'LOGIN'],
};
const works465: PortResult = {
  port: 465,
  tcp: 'open',
  ms: 70,
  banner: '220 mx',
  tls: { ok: true, mode: 'implicit' },
};
const dropped = (port: number): PortResult => ({ port, tcp: 'timeout', ms: 5000, failedAt: 'connect' });
const refused = (port: number): PortResult => ({ port, tcp: 'refused', ms: 1, failedAt: 'connect' });

describe('verdictFor', () => {
  it.each([
    [
      '25 dropped, 587 works',
      [dropped(25), works587],
      'port-blocked',
      /^25 blocked from here.*587 with STARTTLS works/,
    ],
    [
      'all dropped',
      [dropped(25), dropped(465), dropped(587), dropped(2525)],
      'port-blocked',
      /every port timed out/,
    ],
    ['refused everywhere', [refused(25), refused(587)], 'server-unreachable', /25 and 587 refused/],
    [
      'unreachable everywhere',
      [{ port: 25, tcp: 'unreachable', ms: 3 } as PortResult],
      'server-unreachable',
      /unreachable/,
    ],
    [
      'dns error',
      [{ port: 587, tcp: 'dns-error', ms: 0, error: 'name not found (NXDOMAIN)' } as PortResult],
      'dns-failure',
      /does not resolve/,
    ],
    [
      '465 plain',
      [
        {
          port: 465,
          tcp: 'open',
          ms: 5,
          failedAt: 'tls',
          tls: { ok: false, failure: 'plaintext' },
        } as PortResult,
      ],
      'tls-mismatch',
      /465 answers in plain SMTP/,
    ],
    [
      '587 implicit TLS',
      [
        {
          port: 587,
          tcp: 'open',
          ms: 5,
          implicitTls: true,
          failedAt: 'greeting',
          tls: { ok: true },
        } as PortResult,
      ],
      'tls-mismatch',
      /587 speaks TLS/,
    ],
    [
      'bad certificate',
      [
        {
          ...works587,
          failedAt: 'tls',
          tls: { ok: false, failure: 'certificate', error: 'self-signed certificate' },
        },
      ],
      'tls-certificate',
      /self-signed/,
    ],
    [
      'handshake fails',
      [
        {
          ...works587,
          failedAt: 'tls',
          tls: { ok: false, failure: 'protocol', error: 'no TLS version in common' },
        },
      ],
      'tls-protocol',
      /handshake on 587 fails/,
    ],
  ] satisfies [string, PortResult[], string, RegExp][])('%s → %s', (_name, results, category, summary) => {
    const verdict = verdictFor('mail.example.com', results);
    expect(verdict.category).toBe(category);
    expect(verdict.summary).toMatch(summary);
    expect(verdict.fix).toBeTruthy();
  });

  it('25 dropped with 587 working recommends 587 with STARTTLS', () => {
    expect(verdictFor('h', [dropped(25), works465, works587]).fix).toBe('use port 587 with STARTTLS');
  });

  it('only 465 works: recommends SSL/TLS', () => {
    const verdict = verdictFor('h', [dropped(25), refused(587), works465]);
    expect(verdict).toMatchObject({ category: 'port-blocked', best: { port: 465, security: 'tls' } });
    expect(verdict.fix).toMatch(/465 with SSL\/TLS/);
  });

  it('all fine: no category, names what works and what did not', () => {
    const verdict = verdictFor('h', [works587, works465, refused(2525)]);
    expect(verdict.category).toBeUndefined();
    expect(verdict.summary).toBe('587 with STARTTLS works from here; 2525 refused');
    expect(verdict.fix).toBeUndefined();
  });

  it('a port block outranks a certificate problem elsewhere when a port works', () => {
    const badCert: PortResult = { ...works465, tls: { ok: false, failure: 'certificate', error: 'expired' } };
    expect(verdictFor('h', [dropped(25), badCert, works587]).category).toBe('port-blocked');
  });

  it('a mismatch with a working alternative points at the alternative', () => {
    const plain465: PortResult = {
      port: 465,
      tcp: 'open',
      ms: 5,
      failedAt: 'tls',
      tls: { ok: false, failure: 'plaintext' },
    };
    expect(verdictFor('h', [plain465, works587])).toMatchObject({
      category: 'tls-mismatch',
      fix: 'use port 587 with STARTTLS',
    });
  });
});
