import { describe, expect, it } from 'vitest';
import { classify } from '../rules/index';
import { decideVantage, type PageKind } from '../vantage';
import { answerFirst, type AnswerInput } from './answer';
import { explain } from './explain';

const ROUNDCUBE_CONNECT = 'SMTP Error (-1): Connection to server failed.';
const THUNDERBIRD_TIMEOUT =
  'Sending of the message failed. The message could not be sent because the connection to Outgoing server (SMTP) smtp.example.com timed out.';
const GMAIL_535 =
  '535-5.7.8 Username and Password not accepted. For more information, go to 535 5.7.8 https://support.google.com/mail/?p=BadCredentials';
const GREYLIST = '451 4.7.1 Greylisted, please try again in 300 seconds';
const DMARC =
  "550-5.7.26 Unauthenticated email from shop.example.org is not accepted due to domain's DMARC policy.";
const REFUSED = 'connect ECONNREFUSED 192.0.2.7:587';

function input(text: string, source: 'page' | 'pasted', page?: PageKind, extra: Partial<AnswerInput> = {}) {
  const classification = classify(text);
  const explanation = explain(classification, { text });
  const vantage = decideVantage({ source, page, text, category: explanation.category });
  return { explanation, classification, vantage, text, page, ...extra } satisfies AnswerInput;
}

describe('answerFirst', () => {
  it('Roundcube: the webmail server failed, the administrator can act, a ready message names the page and time', () => {
    const a = answerFirst(
      input(ROUNDCUBE_CONNECT, 'page', 'roundcube', {
        pageHost: 'webmail.example.org',
        seenAt: Date.UTC(2026, 11, 6, 22, 30),
      }),
    );
    expect(a.headline).toBe('The server behind this page could not reach its mail server');
    expect(a.who).toMatch(/administrator of webmail\.example\.org/);
    expect(a.next.copy?.value).toContain(ROUNDCUBE_CONNECT);
    expect(a.next.copy?.value).toContain('webmail.example.org');
    expect(a.next.copy?.value).toContain('2026-12-06 22:30 UTC');
    // Nothing a webmail user cannot do: no hotspot, no mail-app setting.
    expect(JSON.stringify(a)).not.toMatch(/hotspot|this computer|mail app/i);
  });

  it('an undecided connect failure on this device reads "Couldn\'t connect", with ranked causes and the check', () => {
    const a = answerFirst(input(THUNDERBIRD_TIMEOUT, 'pasted'));
    expect(a.headline).toBe('Couldn’t connect to the mail server');
    expect(a.undecided).toBe(true);
    expect(a.causes?.[0]).toBe('the network blocks the mail port');
    expect(a.causes).toContain('the mail server is down or refuses the connection');
    expect(a.next.text).toMatch(/another network/);
  });

  it('"Connection refused" is not headlined as a block', () => {
    const a = answerFirst(input(REFUSED, 'pasted'));
    expect(a.headline).not.toMatch(/blocked/i);
    expect(a.causes?.[0]).toBe('the mail server is down or refuses the connection');
  });

  it("a decided port-25 block keeps the classifier's title", () => {
    const text = 'connect ETIMEDOUT 203.0.113.5:25';
    const i = input(text, 'pasted');
    const decided = {
      ...i,
      explanation: { ...i.explanation, category: 'port-blocked' as const, confidence: 0.9, alternatives: [] },
    };
    expect(answerFirst(decided).headline).toBe(decided.explanation.title);
  });

  it("puts the provider's answer first when the provider is known", () => {
    const a = answerFirst(
      input(GMAIL_535, 'pasted', undefined, {
        providerStep: {
          title: 'Google: the account password no longer works',
          steps: ['Turn on 2-Step Verification.', 'Create an app password and use it.'],
          helpUrl: 'https://support.google.com/accounts/answer/185833',
        },
      }),
    );
    // The app password is the answer; what it needs first follows.
    expect(a.next.text).toBe('Create an app password and use it.');
    expect(a.next.detail).toBe('Turn on 2-Step Verification.');
    expect(a.next.link?.url).toBe('https://support.google.com/accounts/answer/185833');
    expect(a.who).toMatch(/Google/);
    expect(a.terms.map((t) => t.term)).toContain('app password');
  });

  it('greylisting: wait the time the reply gives, then press Send again', () => {
    const a = answerFirst(input(GREYLIST, 'pasted'));
    expect(a.next.text).toBe('Wait 5 minutes, then press Send again.');
  });

  it('DMARC in a bounce: names the domain and gives a message for whoever manages it', () => {
    const a = answerFirst(input(`Delivery Status Notification (Failure)\n${DMARC}`, 'pasted'));
    expect(a.next.text).toBe('If you don’t manage shop.example.org, send this to whoever does.');
    expect(a.next.copy?.value).toContain('SPF and DKIM records of shop.example.org');
  });
});

describe('answerFirst in a bounce', () => {
  it('a blocklisted sending server: the email provider acts, not the domain manager', () => {
    const a = answerFirst(
      input(
        "Remote server returned '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.'",
        'page',
        'outlook',
      ),
    );
    expect(a.who).toMatch(/email provider/);
    expect(a.who).not.toMatch(/DNS/);
    expect(a.next.copy?.label).toBe('Copy message to your email provider');
  });
});

describe('answers that do not depend on where the rejection was seen', () => {
  it.each<['page' | 'pasted', PageKind | undefined]>([
    ['pasted', undefined],
    ['page', 'cpanel'],
  ])('DMARC %s: whoever manages the named domain, with a ready message to them', (source, page) => {
    const a = answerFirst(input(DMARC, source, page));
    expect(a.who).toMatch(/shop\.example\.org’s DNS/);
    expect(a.who).not.toMatch(/mail app/);
    expect(a.next.copy?.kind).toBe('message');
    expect(a.next.copy?.value).toContain('shop.example.org');
  });

  it('a setting to paste is offered as settings, not as a message', () => {
    const a = answerFirst(
      input(
        "Server: 'mail.example.org', Protocol: SMTP, Port: 25, Secure(SSL): No, Socket Error: 10060, Error Number: 0x800CCC0E",
        'pasted',
      ),
    );
    expect(a.next.copy?.kind).toBe('settings');
  });
});

describe('facts', () => {
  it('Roundcube\'s "SMTP Error (535)" is one reply code, not also an error 535', () => {
    const text = 'SMTP Error (535): Authentication failed.';
    const labels = explain(classify(text), { text }).facts.map((f) => `${f.label} ${f.value}`);
    expect(labels).toEqual(['Reply code 535']);
  });
});

describe('explanations use the numbers and the domain the error gives', () => {
  it('greylisting: the wait comes from the reply, and the first step is to send again', () => {
    const e = explain(classify(GREYLIST), { text: GREYLIST });
    expect(e.steps[0]?.text).toBe('Wait 5 minutes, then press Send again');
    expect(JSON.stringify(e)).not.toMatch(/let your mail server retry/);
  });

  it('DMARC: records and look-ups are written for the domain the reply names', () => {
    const e = explain(classify(DMARC), { text: DMARC });
    expect(e.category).toBe('domain-authentication');
    const all = JSON.stringify([e.steps, e.confirm]);
    expect(all).toContain('_dmarc.shop.example.org.');
    expect(all).toContain('dig +short TXT shop.example.org');
    expect(all).not.toContain('example.com');
    expect(e.steps[0]?.text).toMatch(/If you do not manage shop\.example\.org, send this error/);
  });
});
