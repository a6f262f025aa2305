// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { classify } from '../../lib/rules/index';
import { getProvider } from '../../lib/providers/index';
import { NOT_A_SEND_ERROR, explain } from '../../lib/explanations/index';
import { findingKey, type Finding } from '../../lib/findings';
import { setTabFindings } from '../../utils/findings-store';
import { setExplained } from '../../utils/explain-store';
import { getStoredProbe, storeProbe } from '../../utils/probe-store';
import { saveSettings } from '../../components/settings-store';
import { defaultSettings } from '../../components/settings';
import { PopupApp } from './App';
import { tabIdFromSearch } from './tab';
import {
  byText,
  click,
  render,
  settle as runTicks,
  typeInto,
  waitFor,
  type Rendered,
} from '../../components/testing/render';

/**
 * Let the popup settle: React's pending work, then every card section that loads after
 * the first paint (lazy-sections.tsx) is in — a state to wait for, not a number of ticks.
 */
async function settle(times?: number): Promise<void> {
  await runTicks(times);
  await waitFor(() => document.querySelector('.section-loading') === null);
}

const TIMEOUT_25 =
  'SMTP Error: Could not connect to SMTP host. Connection timed out (110) smtp.example.org:25';
const AUTH_535 =
  '535-5.7.8 Username and Password not accepted. For more information, go to support.google.com';

function finding(text: string, frameUrl = 'https://mail.google.com/mail/u/0/'): Finding {
  const classification = classify(text);
  if (!classification.match || !classification.category) throw new Error(`fixture is no send error: ${text}`);
  return {
    key: findingKey(classification.category, text),
    category: classification.category,
    classification,
    excerpt: text,
    frameUrl,
    frameId: 0,
    firstSeen: Date.now(),
  };
}

let view: Rendered | undefined;
beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});
afterEach(() => {
  view?.unmount();
  view = undefined;
});

describe('tabIdFromSearch', () => {
  it.each([
    ['?tabId=42', 42],
    ['?x=1&tabId=7', 7],
    ['', null],
    ['?tabId=abc', null],
    ['?tabId=-3', null],
  ])('%s → %s', (search, id) => expect(tabIdFromSearch(search)).toBe(id));
});

describe('popup', () => {
  it('shows the findings of the tab named by ?tabId=N, one card each with data-category', async () => {
    const a = finding(TIMEOUT_25);
    const b = finding(AUTH_535);
    await setTabFindings(7, [a, b]);
    await setTabFindings(8, [finding(AUTH_535)]);
    view = await render(<PopupApp search="?tabId=7" />);
    await settle();
    const cards = [...view.container.querySelectorAll('article[data-category]')];
    expect(cards.map((c) => c.getAttribute('data-category'))).toEqual([a.category, b.category]);
    expect(cards[0]?.querySelector('.evidence')?.textContent).toBe(TIMEOUT_25);
    expect(cards[0]?.querySelector('h2')?.textContent).toBeTruthy();
    expect(view.container.querySelector('.count')?.textContent).toBe('2');
  });

  it('follows the active tab when no tabId is given, and updates when findings arrive', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://mail.google.com/' });
    // fakeBrowser's tabs.query ignores active/currentWindow: answer as the browser would.
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab]);
    view = await render(<PopupApp search="" />);
    await settle();
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(view.container.querySelector('article')).toBeNull();
    expect(view.container.textContent).toContain('No email send errors seen on this page');

    const f = finding(AUTH_535);
    await setTabFindings(tab.id!, [f]);
    await settle();
    expect(view.container.querySelector('article')?.getAttribute('data-category')).toBe(f.category);
  });

  it('explains pasted text with the same classifier, and says when it is no send error', async () => {
    view = await render(<PopupApp search="?tabId=99" />);
    await settle();
    await typeInto(view.container.querySelector('textarea'), AUTH_535);
    await click(byText(view.container, 'button', 'Explain'));
    // The classifier is its own chunk, loaded on the first paste.
    await waitFor(() => view!.container.querySelector('article[data-category]') !== null);
    const card = view.container.querySelector('article[data-category]');
    expect(card?.getAttribute('data-category')).toBe(classify(AUTH_535).category);
    expect(card?.querySelector('.finding-source')?.textContent).toContain('pasted');

    await typeInto(view.container.querySelector('textarea'), 'Lunch is at noon, see you there.');
    await click(byText(view.container, 'button', 'Explain'));
    expect(view.container.querySelector('article')).toBeNull();
    expect(view.container.textContent).toContain(NOT_A_SEND_ERROR.title);
  });

  it('reads clues in the whole excerpt, not only the matched evidence', async () => {
    // A connection timeout on port 25, with the app that sent it named on another line.
    const text =
      'Mailer Error: SMTP connect() failed.\nSMTP ERROR: Failed to connect to server: Connection timed out (110) smtp.example.org:25';
    const f = finding(text);
    const withText = explain(f.classification, { text: f.excerpt }).world;
    const withoutText = explain(f.classification).world;
    expect(withText?.note).toBeTruthy();
    expect(withText?.note).not.toBe(withoutText?.note);
    await setTabFindings(4, [f]);
    view = await render(<PopupApp search="?tabId=4" />);
    await waitFor(() => view!.container.querySelector('.finding-world') !== null);
    expect(view.container.querySelector('.finding-world')?.textContent).toBe(withText?.note);
  });

  it('keeps hostile page text inert', async () => {
    const hostile = `<img src=x onerror="globalThis.pwned=1"> ${AUTH_535}`;
    await setTabFindings(3, [finding(hostile)]);
    view = await render(<PopupApp search="?tabId=3" />);
    await settle();
    expect(view.container.querySelector('img')).toBeNull();
    expect(view.container.querySelector('.evidence')?.textContent).toBe(hostile);
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });

  it('offers probes for a network cause', async () => {
    await setTabFindings(5, [finding(TIMEOUT_25)]);
    view = await render(<PopupApp search="?tabId=5" />);
    await settle();
    const card = view.container.querySelector('article')!;
    expect(card.getAttribute('data-category')).toBe('port-blocked');
    expect(byText(card, 'button', 'Run probes')).toBeDefined();
    expect(card.querySelector<HTMLInputElement>('.probe-form input')?.value).toBe('smtp.example.org');
    expect(card.querySelector<HTMLInputElement>('.probe-ports input')?.value).toBe('25, 465, 587, 2525');
  });

  it('labels a probe host read from the error text as such, until the user changes it', async () => {
    await setTabFindings(6, [finding(TIMEOUT_25)]);
    view = await render(<PopupApp search="?tabId=6" />);
    await settle();
    const card = view.container.querySelector('article')!;
    expect(card.querySelector('.probe-host [data-host-origin="error-text"]')?.textContent).toContain(
      'From the error text',
    );
    await typeInto(card.querySelector('.probe-host input'), 'smtp.fastmail.com');
    expect(card.querySelector('.probe-host [data-host-origin]')).toBeNull();
  });

  it('shows text sent by the context menu: a card for a send error', async () => {
    await setExplained(11, { text: AUTH_535, classification: classify(AUTH_535), at: 5 });
    view = await render(<PopupApp search="?tabId=11" />);
    await settle();
    const card = view.container.querySelector('.explained article[data-category]');
    expect(card?.getAttribute('data-category')).toBe(classify(AUTH_535).category);
    expect(card?.querySelector('.finding-source')?.textContent).toContain('selected');
  });

  it('shows the selected text when it is stored after the popup opened', async () => {
    view = await render(<PopupApp search="?tabId=13&explain=1" />);
    await settle();
    expect(view.container.querySelector('.explained')).toBeNull();
    await setExplained(13, { text: AUTH_535, classification: classify(AUTH_535), at: 7 });
    await waitFor(() => view!.container.querySelector('.explained article[data-category]') !== null);
  });

  it('keeps selected text stored while the popup was still reading storage', async () => {
    // The context menu writes the item after the popup's first read was answered (with
    // nothing) but before that answer reached the popup.
    const session = fakeBrowser.storage.session;
    const get = session.get.bind(session);
    let written = false;
    vi.spyOn(session, 'get').mockImplementation(async (keys) => {
      const answer = await get(keys);
      if (!written && JSON.stringify(keys).includes('explain:14')) {
        written = true;
        await setExplained(14, { text: AUTH_535, classification: classify(AUTH_535), at: 8 });
      }
      return answer;
    });
    view = await render(<PopupApp search="?tabId=14&explain=1" />);
    await waitFor(() => view!.container.querySelector('.explained article[data-category]') !== null);
  });

  it('says selected text is no send error, and offers it in the paste box', async () => {
    const text = 'Meeting moved to Thursday at 3 pm.';
    await setExplained(12, { text, classification: classify(text), at: 6 });
    view = await render(<PopupApp search="?tabId=12" />);
    await settle();
    expect(view.container.querySelector('article')).toBeNull();
    expect(view.container.querySelector('.explained')?.textContent).toContain(NOT_A_SEND_ERROR.title);
    expect(view.container.querySelector('textarea')?.value).toBe(text);
  });

  it('shows the probe run of an earlier opening, with the confidence it gave', async () => {
    const f = finding(TIMEOUT_25);
    await setTabFindings(21, [f]);
    await storeProbe(21, f.key, {
      at: 1_700_000_000_000,
      response: {
        host: 'smtp.example.org',
        results: [
          { port: 25, tcp: 'timeout', ms: 5000 },
          { port: 587, tcp: 'open', ms: 90, starttls: true },
        ],
        verdict: { category: 'port-blocked', summary: '25 blocked from here; 587 STARTTLS works' },
      },
    });
    view = await render(<PopupApp search="?tabId=21" />);
    await settle(5);
    const card = view.container.querySelector('article')!;
    expect(card.querySelector('.confidence')?.textContent).toContain('confirmed by probes');
    expect(card.querySelector('[data-port="25"]')?.getAttribute('data-tcp')).toBe('timeout');
    expect(card.querySelector('.verdict')?.textContent).toContain('25 blocked from here');

    // "Clear results": gone from the card, from its confidence and from storage.
    await click(byText(card, 'button', 'Clear results'));
    await settle();
    expect(card.querySelector('.verdict')).toBeNull();
    expect(card.querySelector('[data-port="25"]')).toBeNull();
    expect(card.querySelector('.confidence')?.textContent).not.toContain('confirmed by probes');
    expect(await getStoredProbe(21, f.key)).toBeUndefined();
  });

  it("prefills the server to probe with the chosen provider's host when the error names none", async () => {
    await saveSettings({
      ...defaultSettings(),
      provider: { id: 'gmail', variant: null, address: 'ana@gmail.com', discovered: null },
    });
    // Roundcube's toast names no server.
    await setTabFindings(33, [
      finding('SMTP Error (-1): Connection to server failed.', 'https://webmail.example.org/'),
    ]);
    view = await render(<PopupApp search="?tabId=33" />);
    const probeHost = () =>
      [...view!.container.querySelectorAll('.probe-form .field')]
        .find((f) => f.querySelector('label')?.textContent === 'Server to probe')
        ?.querySelector('input');
    await waitFor(() => (probeHost()?.value ?? '') !== '');
    expect(probeHost()!.value).toBe('smtp.gmail.com');
    expect(view.container.querySelector('.why-disabled')).toBeNull();
  });

  describe('"Check the login" never takes its host from the page', () => {
    // A page can print any "error": this one names a server that collects passwords.
    const PLANTED = '535 5.7.8 Username and Password not accepted by smtp.mail-secure-relay.com:465';

    async function loginForm(tabId: number) {
      await setTabFindings(tabId, [finding(PLANTED)]);
      view = await render(<PopupApp search={`?tabId=${tabId}`} />);
      await waitFor(() => view!.container.querySelector('.login-form') !== null);
      const card = view!.container.querySelector('article[data-category="auth-failed"]')!;
      const input = (label: string) =>
        [...card.querySelectorAll('.login-form .field')]
          .find((f) => f.querySelector('label')?.textContent === label)
          ?.querySelector('input');
      return { card, host: input('SMTP host')!, port: input('Port')! };
    }

    it("fills the chosen provider's server and says so, with no warning", async () => {
      await saveSettings({
        ...defaultSettings(),
        provider: { id: 'gmail', variant: null, address: 'ana@gmail.com', discovered: null },
      });
      const { card, host, port } = await loginForm(31);
      await waitFor(() => host.value !== '');
      expect(host.value).toBe('smtp.gmail.com');
      expect(port.value).toBe(String(getProvider('gmail')!.submission[0]!.port));
      const destination = card.querySelector('.login-destination')!;
      expect(destination.textContent).toContain(`Your password will be sent to smtp.gmail.com:${port.value}`);
      expect(destination.querySelector('.notice-warn')).toBeNull();
      expect(card.textContent).not.toMatch(/sent to smtp\.mail-secure-relay/);
    });

    it('with no provider chosen leaves the host empty and asks to check it', async () => {
      const { card, host } = await loginForm(32);
      expect(host.value).toBe('');
      expect(card.querySelector('.login-destination [data-warning="no-provider"]')).not.toBeNull();
    });
  });
});
