// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Answer } from '../lib/explanations/answer';
import type { Explanation } from '../lib/explanations/types';
import { FindingCard } from './FindingCard';
import { click, render, type Rendered } from './testing/render';

function explanation(overrides: Partial<Explanation> = {}): Explanation {
  return {
    match: true,
    category: 'port-blocked',
    title: 'Port 25 is blocked on the way out',
    summary: 'Your network drops connections to mail servers on port 25.',
    why: 'Home and cloud networks block outbound port 25 to stop spam.',
    confirm: [{ text: 'Test the port from this network.', code: 'nc -vz smtp.example.org 25' }],
    steps: [
      { text: 'Switch to port 587 with STARTTLS.', detail: 'Sign in with your mailbox user name.' },
      { text: 'Or use 465 with implicit TLS.', code: 'port: 465' },
    ],
    facts: [
      { label: 'Port', value: '25', meaning: 'server-to-server delivery' },
      { label: 'Host', value: 'smtp.example.org' },
      { label: 'Error', value: 'ETIMEDOUT', assumed: false },
    ],
    confidence: 0.82,
    rule: 'etimedout-port-25',
    evidence: ['connect ETIMEDOUT'],
    alternatives: [
      {
        category: 'server-unreachable',
        title: 'The server is down',
        confidence: 0.3,
        check: { id: 'probe-ports', title: 'Probe the ports', text: 'A timeout means dropped.' },
      },
    ],
    ...overrides,
  };
}

const ANSWER: Answer = {
  headline: 'The server behind this page could not reach its mail server',
  who: 'The administrator of webmail.example.org.',
  next: {
    text: 'Send this message to your email administrator.',
    copy: { label: 'Copy message to the administrator', value: 'Hello administrator, …', kind: 'message' },
  },
  terms: [{ term: 'SMTP', meaning: 'the protocol mail is sent with' }],
};

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

describe('FindingCard', () => {
  it('puts the answer first: headline, who can fix it, then the next step; the rest is folded', async () => {
    view = await render(
      <FindingCard
        answer={ANSWER}
        vantage="web-server"
        explanation={explanation()}
        excerpt="SMTP Error (-1): Connection to server failed."
        source={{ kind: 'page', url: 'https://webmail.example.org/' }}
      />,
    );
    const card = view.container.querySelector('article')!;
    expect(card.getAttribute('data-vantage')).toBe('web-server');
    expect(card.querySelector('h2')?.textContent).toBe(ANSWER.headline);
    const order = [...card.children].map((el) => el.className.split(' ')[0]);
    expect(order.slice(0, 4)).toEqual(['finding-head', 'finding-who', 'next-step', 'terms']);
    const next = card.querySelector('[data-next-step]')!;
    expect(next.textContent).toContain('Send this message to your email administrator.');
    expect(next.querySelector('button')?.textContent).toBe('Copy message');
    expect(next.querySelector('button')?.getAttribute('aria-label')).toBe(
      'Copy message to the administrator',
    );
    // Evidence, confidence, why and runners-up sit in closed disclosures.
    for (const selector of ['.evidence', '.confidence', '[data-alternative]'])
      expect(card.querySelector(selector)?.closest('details')?.open).toBe(false);
    // The classifier's own title stays available, beside the evidence.
    expect(card.querySelector('.finding-diagnosis')?.textContent).toContain(
      'Port 25 is blocked on the way out',
    );
  });

  it('names settings to paste as settings: "Copy settings", "Show the settings"', async () => {
    const answer: Answer = {
      ...ANSWER,
      next: {
        text: 'Send through smtp.example.org on 587.',
        copy: { label: 'Copy the settings', value: 'Port: 587', kind: 'settings' },
      },
    };
    view = await render(
      <FindingCard
        answer={answer}
        vantage="this-device"
        explanation={explanation()}
        excerpt="Connection timed out"
        source={{ kind: 'pasted' }}
      />,
    );
    const next = view.container.querySelector('[data-next-step]')!;
    expect(next.querySelector('button')?.textContent).toBe('Copy settings');
    expect(next.querySelector('summary')?.textContent).toBe('Show the settings');
  });

  it('renders the diagnosis, evidence, facts, alternatives and carries data-category', async () => {
    view = await render(
      <FindingCard
        answer={ANSWER}
        vantage="web-server"
        explanation={explanation()}
        excerpt="Error: connect ETIMEDOUT 203.0.113.5:25"
        source={{ kind: 'page', url: 'https://mail.google.com/mail/u/0/' }}
      />,
    );
    const card = view.container.querySelector('article')!;
    expect(card.getAttribute('data-category')).toBe('port-blocked');
    expect(card.querySelector('.finding-diagnosis')?.textContent).toContain(
      'Port 25 is blocked on the way out',
    );
    expect(card.textContent).toContain('Your network drops connections');
    expect(card.querySelector('.evidence')?.textContent).toBe('Error: connect ETIMEDOUT 203.0.113.5:25');
    expect(card.querySelector('.evidence mark')?.textContent).toBe('connect ETIMEDOUT');
    const facts = [...card.querySelectorAll('.facts dt')].map((dt) => dt.textContent);
    expect(facts).toEqual(['Port', 'Host', 'Error']);
    expect(card.querySelector('.facts')?.textContent).toContain('smtp.example.org');
    const alt = card.querySelector('[data-alternative="server-unreachable"]');
    expect(alt?.textContent).toContain('The server is down');
    expect(alt?.textContent).toContain('30%');
    expect(alt?.textContent).toContain('A timeout means dropped.');
    expect(card.querySelector('.finding-source')?.textContent).toContain('mail.google.com');
    // Confidence is readable as text, not colour only.
    expect(card.querySelector('.confidence')?.textContent).toContain('82%');
    expect(card.querySelector('[role="meter"]')?.getAttribute('aria-valuenow')).toBe('82');
    // Numbered fix steps.
    expect(card.querySelectorAll('ol.steps')[0]?.querySelectorAll('li')).toHaveLength(2);
  });

  it('keeps hostile page text as text', async () => {
    const hostile = '<img src=x onerror=alert(1)> 535 Authentication failed <script>alert(2)</script>';
    view = await render(
      <FindingCard
        answer={ANSWER}
        vantage="web-server"
        explanation={explanation({ category: 'auth-failed', evidence: ['<img src=x onerror=alert(1)>'] })}
        excerpt={hostile}
        source={{ kind: 'pasted' }}
      />,
    );
    expect(view.container.querySelector('img')).toBeNull();
    expect(view.container.querySelector('script')).toBeNull();
    expect(view.container.querySelector('.evidence')?.textContent).toBe(hostile);
    expect(view.container.querySelector('.evidence mark')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('shows probe-confirmed confidence in place of the text-only one', async () => {
    view = await render(
      <FindingCard
        answer={ANSWER}
        vantage="web-server"
        explanation={explanation()}
        excerpt="x"
        source={{ kind: 'pasted' }}
        confirmed={{ confidence: 0.97, note: 'confirmed by probes' }}
      />,
    );
    expect(view.container.querySelector('.confidence')?.textContent).toContain('97%');
    expect(view.container.querySelector('.confidence')?.textContent).toContain('confirmed by probes');
  });

  it('copies a step code with its copy button', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    view = await render(
      <FindingCard
        answer={ANSWER}
        vantage="this-device"
        explanation={explanation()}
        excerpt="x"
        source={{ kind: 'pasted' }}
      />,
    );
    await click(view.container.querySelector('button[aria-label="Copy step 2"]'));
    expect(writeText).toHaveBeenCalledWith('port: 465');
  });
});
