import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CategoryId } from '../categories';
import { classify } from '../rules';
import { classifyBounce, classifyPastedBounce, diagnosticWithStatus } from './classify';
import type { BounceReport } from './types';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/bounces');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

/** The cause a mail administrator names for each bounce. */
const EXPECTED: [string, CategoryId][] = [
  ['postfix-user-unknown.eml', 'recipient-rejected'],
  ['postfix-mailbox-full.eml', 'mailbox-full'],
  ['postfix-connection-refused.eml', 'server-unreachable'],
  ['postfix-spamhaus.eml', 'ip-reputation'],
  ['postfix-dmarc.eml', 'domain-authentication'],
  ['exim-rcpt-rejected.eml', 'recipient-rejected'],
  ['sendmail-user-unknown.eml', 'recipient-rejected'],
  ['qmail-mailbox-full.eml', 'mailbox-full'],
  ['exchange-online-recipient-not-found.eml', 'recipient-rejected'],
  ['gmail-address-not-found.eml', 'recipient-rejected'],
  ['pasted/gmail-web.txt', 'recipient-rejected'],
  ['pasted/outlook-ndr.txt', 'ip-reputation'],
  ['pasted/postfix-human.txt', 'reverse-dns'],
  ['pasted/exim-delay-warning.txt', 'greylisted'],
  ['pasted/qmail-no-mailbox.txt', 'recipient-rejected'],
  ['pasted/sendmail-human.txt', 'ip-reputation'],
  ['pasted/report-fields.txt', 'mailbox-full'],
];

describe('classifyBounce with the rule classifier', () => {
  it.each(EXPECTED)('%s → %s', async (name, category) => {
    const result = await classifyBounce(fixture(name), classify);
    expect(result?.classification.category).toBe(category);
  });

  it('classifies pasted text synchronously too', () => {
    const result = classifyPastedBounce(fixture('pasted/outlook-ndr.txt'), classify);
    expect(result?.bounce.mta).toBe('exchange');
    expect(result?.classification.category).toBe('ip-reputation');
  });

  it('is null for text that is not a bounce', async () => {
    expect(await classifyBounce(fixture('negatives/out-of-office.eml'), classify)).toBeNull();
    expect(classifyPastedBounce(fixture('negatives/http-error.txt'), classify)).toBeNull();
  });

  it('uses the status code where the diagnostic has none', async () => {
    // qmail writes "(#5.1.1)" after a sentence that alone names no cause the rules know.
    const result = await classifyBounce(fixture('pasted/qmail-no-mailbox.txt'), classify);
    expect(result?.classified).toBe('5.1.1 Sorry, no mailbox here by that name.');
    expect(result?.classification.extracted.enhancedCode).toBe('5.1.1');
    expect(classify('Sorry, no mailbox here by that name.').match).toBe(false);
  });

  it('passes the diagnostic to the classifier it is given', async () => {
    const seen: string[] = [];
    const result = await classifyBounce(fixture('postfix-mailbox-full.eml'), (text) => {
      seen.push(text);
      return classify(text);
    });
    expect(seen[0]).toBe('552 5.2.2 <full@remote.example.org>: Recipient address rejected: Mailbox full');
    expect(result?.classified).toBe(seen[0]);
  });
});

describe('diagnosticWithStatus', () => {
  const bounce = (diagnostic: string, status?: string): BounceReport => ({
    kind: 'pasted-bounce',
    recipients: [],
    diagnostic,
    ...(status ? { status } : {}),
  });

  it('puts the status after the reply code when the reply has no enhanced code', () => {
    expect(diagnosticWithStatus(bounce('550 Unknown user bob', '5.1.1'))).toBe('550 5.1.1 Unknown user bob');
    expect(diagnosticWithStatus(bounce('550-Unknown user bob', '5.1.1'))).toBe('550 5.1.1 Unknown user bob');
  });

  it('puts the status in front of a diagnostic that is not a reply', () => {
    expect(diagnosticWithStatus(bounce('mailbox is full', '5.2.2'))).toBe('5.2.2 mailbox is full');
  });

  it('leaves a diagnostic that has its own enhanced code alone', () => {
    expect(diagnosticWithStatus(bounce('550 5.7.1 blocked', '5.0.0'))).toBe('550 5.7.1 blocked');
    expect(diagnosticWithStatus(bounce('550 Unknown user bob'))).toBe('550 Unknown user bob');
  });
});
