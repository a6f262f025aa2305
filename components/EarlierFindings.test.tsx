// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { classify } from '../lib/rules/index';
import type { Finding } from '../lib/findings';
import { EarlierFindings, useFindingsNow } from './EarlierFindings';
import { render, settle, type Rendered } from './testing/render';

const TAB = 5;
const NOW = Date.UTC(2026, 11, 6, 14, 0, 0);

function finding(excerpt: string, gone?: { at: number; until: number }): Finding {
  const classification = classify(excerpt);
  return {
    key: `k|${excerpt}`,
    category: classification.category!,
    classification,
    excerpt,
    frameUrl: 'https://mail.example.org/',
    frameId: 0,
    firstSeen: NOW - 60 * 60_000,
    ...(gone ? { leftPageAt: gone.at, countUntil: gone.until } : {}),
  };
}

const ON_PAGE = finding('SMTP Error (-1): Connection to server failed.');
const RECENT = finding('SMTP Error (535): Authentication failed.', { at: NOW - 60_000, until: NOW + 60_000 });
const OLD = finding('550 5.1.1 The email account that you tried to reach does not exist.', {
  at: NOW - 30 * 60_000,
  until: NOW - 25 * 60_000,
});

function Popup({ findings }: { findings: Finding[] | null }) {
  const { current, earlier } = useFindingsNow(findings, TAB);
  return (
    <>
      <ul id="current">
        {current.map((f) => (
          <li key={f.key}>{f.excerpt}</li>
        ))}
      </ul>
      <EarlierFindings findings={earlier} />
    </>
  );
}

let view: Rendered | undefined;
beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  view?.unmount();
  view = undefined;
  vi.useRealTimers();
});

describe('Earlier on this page', () => {
  it('shows current findings apart from those that left the page a while ago, folded, with their times', async () => {
    view = await render(<Popup findings={[OLD, ON_PAGE, RECENT]} />);
    const current = [...view.container.querySelectorAll('#current li')].map((li) => li.textContent);
    expect(current).toEqual([ON_PAGE.excerpt, RECENT.excerpt]);
    const details = view.container.querySelector('details.earlier')!;
    expect(details.hasAttribute('open')).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('Earlier on this page (1)');
    const items = [...details.querySelectorAll('li')];
    expect(items.map((li) => li.getAttribute('data-earlier-category'))).toEqual([OLD.category]);
    expect(items[0]?.textContent).toContain(OLD.excerpt);
    expect([...items[0]!.querySelectorAll('time')].map((t) => t.getAttribute('datetime'))).toEqual([
      new Date(OLD.firstSeen).toISOString(),
      new Date(OLD.leftPageAt!).toISOString(),
    ]);
  });

  it('shows nothing when every finding is current', async () => {
    view = await render(<Popup findings={[ON_PAGE]} />);
    expect(view.container.querySelector('details.earlier')).toBeNull();
  });

  it('sets the badge to the current count when it opens, and leaves it alone while loading', async () => {
    await fakeBrowser.action.setBadgeText({ tabId: TAB, text: '3' });
    view = await render(<Popup findings={null} />);
    await settle();
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('3');
    view.unmount();
    view = await render(<Popup findings={[OLD, ON_PAGE, RECENT]} />);
    await settle();
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('2');
  });
});
