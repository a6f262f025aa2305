// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { classify } from '../../lib/rules/index';
import { findingKey, type Finding } from '../../lib/findings';
import { setTabFindings } from '../../utils/findings-store';
import { render, settle, waitFor, type Rendered } from '../../components/testing/render';

const TIMEOUT_25 =
  'SMTP Error: Could not connect to SMTP host. Connection timed out (110) smtp.example.org:25';

function finding(text: string): Finding {
  const classification = classify(text);
  if (!classification.category) throw new Error(`fixture is no send error: ${text}`);
  return {
    key: findingKey(classification.category, text),
    category: classification.category,
    classification,
    excerpt: text,
    frameUrl: 'https://mail.google.com/mail/u/0/',
    frameId: 0,
    firstSeen: Date.now(),
  };
}

/** Animation frames the test draws by hand: none is drawn until the test says so. */
let frames: FrameRequestCallback[] = [];
let view: Rendered | undefined;

beforeEach(() => {
  fakeBrowser.reset();
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  // "Painted" is a fact of one popup's life (module state): each test gets fresh modules.
  vi.resetModules();
});
afterEach(() => {
  view?.unmount();
  view = undefined;
  vi.unstubAllGlobals();
});

describe("the popup's first frame", () => {
  it("holds the card's summary and generic fix steps; the probe panel and guided fix come after it is painted", async () => {
    await setTabFindings(5, [finding(TIMEOUT_25)]);
    // The sections' modules are loaded already, so nothing but the gate keeps them from showing.
    await Promise.all([
      import('./ProbeSection'),
      import('./FixSection'),
      import('../../components/DnsChecks'),
    ]);
    const { PopupApp } = await import('./App');
    view = await render(<PopupApp search="?tabId=5" />);
    await settle(5);
    const card = view.container.querySelector('article[data-category="port-blocked"]')!;
    expect(card.querySelector('.finding-summary')?.textContent).toBeTruthy();
    expect(card.querySelector('ol, ul')).not.toBeNull();
    expect(card.querySelector('.probe-form')).toBeNull();
    expect(card.querySelector('.guided-fix')).toBeNull();
    expect(frames.length).toBeGreaterThan(0);

    await act(async () => {
      for (const draw of frames.splice(0)) draw(performance.now());
    });
    await waitFor(() => card.querySelector('.probe-form') !== null);
    expect(card.querySelector('.guided-fix')).not.toBeNull();
  });

  it('holds the first card alone; the other cards follow once it is painted', async () => {
    const texts = [
      TIMEOUT_25,
      '535 5.7.8 Username and Password not accepted',
      '550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown',
    ];
    await setTabFindings(6, texts.map(finding));
    const { PopupApp } = await import('./App');
    view = await render(<PopupApp search="?tabId=6" />);
    await waitFor(() => view!.container.querySelector('article[data-category]') !== null);
    await settle(5);
    expect(view.container.querySelectorAll('article[data-category]')).toHaveLength(1);

    await act(async () => {
      for (const draw of frames.splice(0)) draw(performance.now());
    });
    await waitFor(() => view!.container.querySelectorAll('article[data-category]').length === texts.length);
  });
});
