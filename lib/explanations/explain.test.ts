import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, type CategoryId } from '../categories';
import { CHECK_IDS, type Classification, type Extracted } from '../rules/types';
import { CATEGORY_TEXTS, CHECK_TEXTS, explain, explainCheck, NOT_A_SEND_ERROR } from './index';
import type { Explanation } from './types';
import { buildContext } from './context';

function classification(
  category: CategoryId | null,
  extracted: Extracted = {},
  more: Partial<Classification> = {},
) {
  const c: Classification = {
    match: category !== null,
    category,
    alternatives: [],
    alternativeDetails: [],
    rule: category ? `test.${category}` : null,
    confidence: category ? 0.8 : 0,
    extracted,
    evidence: [],
    ...more,
  };
  return c;
}

const FULL: Extracted = {
  port: 587,
  host: 'smtp.example.net',
  replyCode: 535,
  enhancedCode: '5.7.8',
  errno: 'ETIMEDOUT',
};

/** Every string an explanation shows, to look for template leaks. */
function allText(e: Explanation): string {
  return JSON.stringify(e);
}

const stepTexts = (e: Explanation) =>
  e.steps.map((s) => `${s.text}\n${s.detail ?? ''}\n${s.code ?? ''}`).join('\n');

describe('explain: every category', () => {
  for (const id of CATEGORY_IDS) {
    it(`${id}: title, summary, why, confirm and steps are filled`, () => {
      for (const extracted of [FULL, {}]) {
        const e = explain(classification(id, extracted));
        expect(e.category).toBe(id);
        expect(e.match).toBe(true);
        expect(e.title.trim().length).toBeGreaterThan(10);
        expect(e.title).not.toContain('\n');
        expect(e.summary.trim().length).toBeGreaterThan(30);
        expect(e.why.trim().length).toBeGreaterThan(30);
        expect(e.confirm.length).toBeGreaterThan(0);
        expect(e.steps.length).toBeGreaterThan(0);
        for (const step of [...e.steps, ...e.confirm]) expect(step.text.trim()).not.toBe('');
        expect(allText(e)).not.toMatch(/undefined|NaN|\[object /);
      }
    });
  }

  it('gives each category its own title', () => {
    const titles = CATEGORY_IDS.map((id) => explain(classification(id, FULL)).title);
    expect(new Set(titles).size).toBe(CATEGORY_IDS.length);
  });

  it('has an entry for exactly the category ids', () => {
    expect(Object.keys(CATEGORY_TEXTS).sort()).toEqual([...CATEGORY_IDS].sort());
  });
});

describe('explain: facts', () => {
  it('lists every extracted fact with its meaning', () => {
    const e = explain(classification('auth-failed', FULL));
    const byLabel = Object.fromEntries(e.facts.map((f) => [f.label, f]));
    expect(byLabel.Port?.value).toBe('587');
    expect(byLabel.Port?.meaning).toMatch(/STARTTLS/);
    expect(byLabel.Host?.value).toBe('smtp.example.net');
    expect(byLabel['Reply code']?.value).toBe('535');
    expect(byLabel['Reply code']?.meaning).toMatch(/authentication credentials invalid/i);
    expect(byLabel['Enhanced status code']?.value).toBe('5.7.8');
    expect(byLabel['Enhanced status code']?.meaning).toMatch(/permanent.*credentials/i);
    expect(byLabel.Error?.value).toBe('ETIMEDOUT');
    expect(byLabel.Error?.meaning).toMatch(/timed out/);
    expect(e.facts.some((f) => f.assumed)).toBe(false);
    expect(e.assumedPortsNote).toBeUndefined();
  });

  it('fills the host and port into the prose', () => {
    const e = explain(classification('server-unreachable', { port: 2525, host: 'relay.example.org' }));
    expect(e.summary).toContain('relay.example.org on port 2525');
    expect(e.confirm.map((s) => s.code).join('\n')).toContain('probe relay.example.org');
  });

  it('marks an assumed port and says so', () => {
    const e = explain(classification('port-blocked', {}, { assumedPorts: [25] }));
    expect(e.facts).toContainEqual(expect.objectContaining({ label: 'Port', value: '25', assumed: true }));
    expect(e.assumedPortsNote).toMatch(/names no port.*assumes port 25/);
    expect(e.title).toBe('Port 25 is blocked on this network');
  });

  it('names several assumed ports', () => {
    const e = explain(classification('tls-mismatch', {}, { assumedPorts: [465, 587] }));
    expect(e.assumedPortsNote).toMatch(/assumes ports 465 and 587/);
    const blocked = explain(classification('port-blocked', {}, { assumedPorts: [25, 587] }));
    expect(blocked.title).toBe('Port 25 or 587 is blocked on this network');
  });

  it('explains 465 as implicit TLS under RFC 8314', () => {
    const e = explain(classification('tls-mismatch', { port: 465 }));
    expect(e.facts[0]?.meaning).toMatch(/implicit TLS.*RFC 8314/);
  });

  it('omits facts the text did not have', () => {
    expect(explain(classification('unknown')).facts).toEqual([]);
  });
});

describe('explain: port-blocked, submission versus delivery', () => {
  const delivery = explain(
    classification(
      'port-blocked',
      { port: 25, host: 'gmail-smtp-in.l.google.com', errno: 'ETIMEDOUT' },
      { evidence: ['connect to gmail-smtp-in.l.google.com[142.250.27.26]:25: Connection timed out'] },
    ),
    {
      text:
        'Nov 28 04:10:01 mx postfix/smtp[2231]: 4F1C2: to=<bob@gmail.com>, relay=none, delay=30, ' +
        'status=deferred (connect to gmail-smtp-in.l.google.com[142.250.27.26]:25: Connection timed out)',
    },
  );

  it('reads a Postfix deferral to an MX host as server-to-server delivery', () => {
    expect(delivery.world?.world).toBe('delivery');
    expect(delivery.world?.basis).toBe('text');
    expect(delivery.world?.note).toMatch(/server-to-server delivery/);
    expect(delivery.title).toMatch(/cannot reach other mail servers/);
  });

  it('tells a delivering server that a port change does not help, and offers a relay or an unblock', () => {
    const steps = stepTexts(delivery);
    expect(delivery.steps[0]?.text).toMatch(/Do not change the port/);
    expect(steps).toMatch(/relay \(smarthost\)/);
    expect(steps).toContain('relayhost = [smtp.relay.example]:587');
    expect(steps).toMatch(/open outgoing port 25/);
    expect(steps).not.toMatch(/Send through .* on port 587/);
  });

  const submission = explain(
    classification(
      'port-blocked',
      { port: 25, host: 'smtp.gmail.com', errno: '110' },
      { evidence: ['SMTP ERROR: Failed to connect to server: Connection timed out (110)'] },
    ),
    {
      text:
        'SMTP ERROR: Failed to connect to server: Connection timed out (110)\n' +
        'SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    },
  );

  it('reads PHPMailer talking to smtp.gmail.com as submission', () => {
    expect(submission.world?.world).toBe('submission');
    expect(submission.world?.basis).toBe('text');
    expect(submission.world?.clues).toContain('PHPMailer');
  });

  it('gives submission the three ways out: 587/465 with a login, a relay on 2525, the ISP', () => {
    const [first, second, third] = submission.steps;
    expect(first?.text).toMatch(/smtp\.gmail\.com on port 587 with STARTTLS, or port 465 with implicit TLS/);
    expect(first?.text).toMatch(/log in/);
    expect(first?.code).toContain('server: smtp.gmail.com');
    expect(second?.text).toMatch(/relay service on port 2525/);
    expect(third?.text).toMatch(/ask your internet provider or host to lift the block/);
    expect(stepTexts(submission)).not.toMatch(/Do not change the port/);
  });

  it('explains why port 25 is blocked: spam from infected machines', () => {
    expect(submission.why).toMatch(/Internet providers and cloud hosts block outgoing port 25/);
    expect(submission.why).toMatch(/spam/);
  });

  it('says which world it assumes when the text cannot tell, and still covers the other', () => {
    const e = explain(classification('port-blocked', {}, { assumedPorts: [25] }), {
      text: 'Connection unexpectedly closed: timed out',
    });
    expect(e.world?.basis).toBe('assumed');
    expect(e.world?.world).toBe('submission');
    expect(e.world?.note).toMatch(/assumes submission/);
    expect(e.steps.at(-1)?.text).toMatch(/own mail server .* port change will not help/);
  });

  it('treats a blocked 587 as submission and suggests the other submission port', () => {
    const e = explain(
      classification('port-blocked', { port: 587, host: 'smtp.office365.com', errno: 'ETIMEDOUT' }),
    );
    expect(e.world?.basis).toBe('port');
    expect(e.title).toBe('Port 587 is blocked on this network');
    expect(e.steps[0]?.text).toMatch(/port 465/);
    expect(e.why).toMatch(/block more than port 25/);
  });

  it('reads "Permission denied (13)" as a block on this machine and names SELinux', () => {
    const e = explain(classification('port-blocked', { errno: '13' }, { assumedPorts: [25] }), {
      text: 'SMTP ERROR: Failed to connect to server: Permission denied (13)',
    });
    expect(e.world).toBeUndefined();
    expect(e.title).toMatch(/This machine is blocking/);
    expect(e.why).toMatch(/SELinux/);
    expect(stepTexts(e)).toContain('setsebool -P httpd_can_network_connect 1');
  });
});

describe('explain: other categories say the right thing', () => {
  it('tls-mismatch on 465 asks for implicit TLS; on 587 for STARTTLS', () => {
    const on465 = explain(classification('tls-mismatch', { port: 465, host: 'smtp.example.net' }));
    expect(on465.steps[0]?.code).toContain('secure: true');
    expect(on465.steps[0]?.code).toContain('ssl://smtp.example.net:465');
    expect(on465.why).toMatch(/RFC 8314/);
    const on587 = explain(classification('tls-mismatch', { port: 587 }));
    expect(on587.steps[0]?.text).toMatch(/port 587, use STARTTLS/);
    expect(on587.steps[0]?.code).toContain('secure: false');
    expect(stepTexts(on587)).not.toContain('secure: true');
  });

  it('auth-failed points at app passwords', () => {
    expect(stepTexts(explain(classification('auth-failed')))).toMatch(/app password/);
  });

  it('auth-disabled covers Microsoft 365 per-mailbox SMTP AUTH and OAuth', () => {
    const steps = stepTexts(explain(classification('auth-disabled', { enhancedCode: '5.7.139' })));
    expect(steps).toContain(
      'Set-CASMailbox -Identity sender@example.com -SmtpClientAuthenticationDisabled $false',
    );
    expect(steps).toMatch(/OAuth 2\.0/);
  });

  it('server-unreachable on localhost says no mail server runs here', () => {
    const e = explain(
      classification('server-unreachable', { host: 'localhost', port: 25, errno: 'ECONNREFUSED' }),
    );
    expect(e.title).toBe('No mail server is running on this machine');
    expect(e.facts.find((f) => f.label === 'Host')?.meaning).toBe('this machine');
  });

  it('unknown decodes the reply code when there is one', () => {
    const e = explain(classification('unknown', { replyCode: 554, enhancedCode: '5.3.0' }));
    expect(e.summary).toMatch(/554 5\.3\.0 \(transaction failed; permanent/);
  });
});

describe('explain: alternatives and checks', () => {
  it('renders each alternative with its title and the check that tells it apart', () => {
    const e = explain(
      classification(
        'port-blocked',
        { host: 'mail.example.org' },
        {
          alternatives: ['server-unreachable', 'tls-mismatch'],
          alternativeDetails: [
            { category: 'server-unreachable', confidence: 0.3, check: 'probe-ports' },
            { category: 'tls-mismatch', confidence: 0.2 },
          ],
        },
      ),
    );
    expect(e.alternatives).toHaveLength(2);
    const [first, second] = e.alternatives;
    expect(first?.title).toBe(explain(classification('server-unreachable')).title);
    expect(first?.confidence).toBe(0.3);
    expect(first?.check?.id).toBe('probe-ports');
    expect(first?.check?.code).toContain('probe mail.example.org');
    expect(second?.check).toBeUndefined();
  });

  it('falls back to bare alternative ids when details are missing', () => {
    const e = explain(
      classification(
        'dns-failure',
        {},
        { alternatives: ['server-unreachable'], alternativeDetails: undefined as never },
      ),
    );
    expect(e.alternatives.map((a) => a.category)).toEqual(['server-unreachable']);
  });

  it('has prose for every check id', () => {
    const c = buildContext(classification('unknown', { host: 'smtp.example.net', port: 465 }), '');
    expect(Object.keys(CHECK_TEXTS).sort()).toEqual([...CHECK_IDS].sort());
    for (const id of CHECK_IDS) {
      const check = explainCheck(id, c);
      expect(check.title.length).toBeGreaterThan(5);
      expect(check.text.length).toBeGreaterThan(40);
      expect(JSON.stringify(check)).not.toMatch(/undefined|NaN/);
    }
    expect(explainCheck('tls-certificate', c).code).toContain('-connect smtp.example.net:465');
  });
});

describe('explain: not a send error', () => {
  it('says so plainly and carries no category', () => {
    const e = explain(classification(null));
    expect(e.match).toBe(false);
    expect(e.category).toBeNull();
    expect(e.title).toBe(NOT_A_SEND_ERROR.title);
    expect(e.alternatives).toEqual([]);
    expect(e.world).toBeUndefined();
  });
});
