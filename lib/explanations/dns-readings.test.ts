import { describe, expect, it } from 'vitest';
import {
  dmarcReading,
  hostReading,
  lookupFailedReading,
  mxReading,
  spfReading,
  submissionSrvReading,
} from './dns-readings';

describe('DNS readings', () => {
  it('says a domain has no DMARC record, and what a policy does', () => {
    expect(dmarcReading('example.org', null)).toMatchObject({
      answer: 'none',
      tone: 'bad',
      meaning: expect.stringContaining('example.org has no DMARC record'),
    });
    const record = 'v=DMARC1; p=quarantine';
    expect(dmarcReading('example.org', { record, policy: 'quarantine' })).toMatchObject({
      answer: record,
      meaning: expect.stringContaining('sent to spam'),
    });
    expect(dmarcReading('example.org', { record: 'v=DMARC1', policy: 'reject' }).meaning).toContain(
      'rejected',
    );
    expect(dmarcReading('example.org', { record: 'v=DMARC1' }).meaning).toMatch(/"none".*only reported/);
  });

  it('tells a missing SPF record from a "+all" one that allows everything', () => {
    expect(spfReading('example.org', null)).toMatchObject({ tone: 'bad', answer: 'none' });
    expect(spfReading('example.org', null).meaning).toContain('example.org has no SPF record');
    expect(spfReading('example.org', { record: 'v=spf1 +all', all: '+' }).tone).toBe('warn');
    expect(spfReading('example.org', { record: 'v=spf1 -all', all: '-' })).toMatchObject({
      tone: 'ok',
      answer: 'v=spf1 -all',
    });
  });

  it('reads MX answers: none, no such domain, and who receives the mail', () => {
    expect(mxReading('example.org', { nxdomain: true, records: [] }).meaning).toContain('misspelt');
    expect(mxReading('example.org', { nxdomain: false, records: [] }).meaning).toContain('no MX record');
    const found = mxReading('example.org', {
      nxdomain: false,
      records: [
        { preference: 1, exchange: 'aspmx.l.google.com' },
        { preference: 5, exchange: 'alt1.aspmx.l.google.com' },
      ],
      providerName: 'Google Workspace',
    });
    expect(found.answer).toBe('1 aspmx.l.google.com, 5 alt1.aspmx.l.google.com');
    expect(found.meaning).toBe('Mail for example.org is received by aspmx.l.google.com (Google Workspace).');
  });

  it('reads the host look-up', () => {
    expect(hostReading({ nxdomain: true, addresses: [] }).tone).toBe('bad');
    expect(hostReading({ nxdomain: false, addresses: [] }).answer).toBe('no IPv4 address');
    expect(hostReading({ nxdomain: false, addresses: ['192.0.2.1', '192.0.2.2'] })).toMatchObject({
      tone: 'ok',
      answer: '192.0.2.1, 192.0.2.2',
    });
  });

  it('reads the submission SRV announcement with its TLS mode', () => {
    const none = submissionSrvReading(true, { answered: false, records: [] });
    expect(none).toMatchObject({ answer: 'none', tone: 'neutral' });
    expect(submissionSrvReading(true, { answered: true, records: [] }).answer).toBe('service not offered');
    const found = submissionSrvReading(false, {
      answered: true,
      records: [{ target: 'smtp.example.org', port: 587 }],
    });
    expect(found.meaning).toContain('smtp.example.org, port 587, STARTTLS');
    expect(
      submissionSrvReading(true, { answered: true, records: [{ target: 'smtp.example.org', port: 465 }] })
        .meaning,
    ).toContain('SSL/TLS');
  });

  it('says when a look-up failed', () => {
    expect(lookupFailedReading('timeout')).toEqual({
      answer: '—',
      meaning: 'The look-up failed: timeout.',
      tone: 'neutral',
    });
  });
});
