// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { classify } from '../../lib/rules/index';
import { buildClientGuides, fixSettingsFromProvider } from '../../lib/fix/index';
import { getProvider } from '../../lib/providers/lookup';
import { findingKey, type Finding } from '../../lib/findings';
import { setTabFindings } from '../../utils/findings-store';
import { defaultSettings, type Settings } from '../../components/settings';
import { saveSettings } from '../../components/settings-store';
import { PopupApp } from './App';
import { guessClient } from './fix-inputs';
import type { PageKind } from '../../lib/vantage';
import { byText, click, render, waitFor, type Rendered } from '../../components/testing/render';

function finding(text: string, frameUrl = 'https://panel.example.org/', page?: PageKind): Finding {
  const classification = classify(text);
  return {
    ...(page ? { page } : {}),
    key: findingKey(classification.category!, text),
    category: classification.category!,
    classification,
    excerpt: text,
    frameUrl,
    frameId: 0,
    firstSeen: 1,
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

const BLOCKED = 'SMTP Error: Could not connect to SMTP host. Connection timed out (110) smtp.example.org:25';

describe('guided fix', () => {
  it('walks through the chosen provider’s exact values, with a tab per app', async () => {
    const settings: Settings = {
      ...defaultSettings(),
      provider: { id: 'fastmail', variant: null, address: 'ana@fastmail.com', discovered: null },
    };
    await saveSettings(settings);
    await setTabFindings(1, [finding(BLOCKED)]);
    view = await render(<PopupApp search="?tabId=1" />);
    await waitFor(() => !!view!.container.querySelector('.walkthrough'));
    const card = view.container.querySelector('article[data-category="port-blocked"]')!;
    const walkthrough = card.querySelector('.walkthrough')!;
    expect(walkthrough.textContent).toContain('smtp.fastmail.com');
    const values = [...walkthrough.querySelectorAll('.copy-values dd code')].map((c) => c.textContent);
    expect(values).toContain('smtp.fastmail.com');
    expect(values).toContain('ana@fastmail.com');
    // One tab per client; the error text is PHPMailer's, so its tab opens first.
    const tabs = [...card.querySelectorAll('[role="tab"]')].map((t) => t.textContent);
    expect(tabs.length).toBeGreaterThanOrEqual(10);
    expect(card.querySelector('[role="tab"][aria-selected="true"]')?.textContent).toMatch(/PHPMailer/);
    expect(card.querySelector('[data-client="phpmailer"]')?.textContent).toContain('smtp.fastmail.com');
    await click(byText(card, '[role="tab"]', /Laravel/));
    expect(card.querySelector('[data-client="laravel-env"]')?.textContent).toContain('MAIL_HOST');
  });

  it("links only to providers' own https pages: third-party copies and http pages stay citations", async () => {
    await saveSettings({
      ...defaultSettings(),
      provider: { id: 'fastmail', variant: null, address: 'ana@fastmail.com', discovered: null },
    });
    await setTabFindings(1, [finding(BLOCKED)]);
    view = await render(<PopupApp search="?tabId=1" />);
    await waitFor(() => !!view!.container.querySelector('.guided-fix [role="tab"]'));
    const card = view.container.querySelector('article[data-category="port-blocked"]')!;
    const links = new Set<string>();
    const collect = () =>
      card.querySelectorAll('.guided-fix a[href]').forEach((a) => links.add(a.getAttribute('href')!));
    collect();
    for (const tab of [...card.querySelectorAll('[role="tab"]')]) {
      await click(tab as HTMLElement);
      collect();
    }
    expect(links.size).toBeGreaterThan(0);
    // Every source the client guides cite that is a third-party copy or not https.
    const citedOnly = buildClientGuides(fixSettingsFromProvider(getProvider('fastmail')!))
      .flatMap((guide) => guide.sources)
      .filter((source) => source.secondary || !source.url.startsWith('https://'))
      .map((source) => source.url);
    expect(citedOnly.length).toBeGreaterThan(0);
    expect([...links].filter((url) => !url.startsWith('https://') || citedOnly.includes(url))).toEqual([]);
  });

  it('for a port 25 block: the ways out, the host policy chosen in options, and a request to send', async () => {
    await saveSettings({ ...defaultSettings(), sendingFrom: { kind: 'cloud', hostId: 'hetzner' } });
    await setTabFindings(2, [finding(BLOCKED)]);
    view = await render(<PopupApp search="?tabId=2" />);
    await waitFor(() => !!view!.container.querySelector('.port25'));
    const port25 = view.container.querySelector('.port25')!;
    expect(port25.querySelector('h4')?.textContent).toContain('Hetzner');
    expect([...port25.querySelectorAll('[data-way]')].map((w) => w.getAttribute('data-way'))).toEqual([
      'submission',
      'relay-2525',
      'ask-host',
    ]);
    const request = port25.querySelector('.request pre')?.textContent ?? '';
    expect(request).toContain('port 25');
    expect(request).toContain('Hetzner');
    // No provider chosen: an invitation to choose one, no invented values.
    expect(byText(view.container, 'button', 'Choose your mail provider')).toBeDefined();
  });

  it('names the provider of the server in the error when none is chosen', async () => {
    await setTabFindings(3, [finding('535-5.7.8 Username and Password not accepted. smtp.gmail.com:465')]);
    view = await render(<PopupApp search="?tabId=3" />);
    await waitFor(() => !!view!.container.querySelector('.walkthrough'));
    expect(view.container.querySelector('.walkthrough')?.textContent).toContain('smtp.gmail.com');
    expect(view.container.querySelector('.guided-fix')?.getAttribute('data-provider')).toBe('gmail');
  });
});

describe('the lower sections follow where the failure happened', () => {
  const ROUNDCUBE = 'SMTP Error (-1): Connection to server failed. Connection timed out smtp.example.org:25';
  const BOUNCE =
    "Delivery Status Notification (Failure). Remote server returned '550 5.7.26 Unauthenticated email from example.org is not accepted due to domain's DMARC policy'";
  it.each<[string, string, string, PageKind | undefined, Record<string, boolean | string>]>([
    [
      'this-device',
      'Connection timed out smtp.example.org:25 (Thunderbird: Sending of the message failed)',
      'https://forum.example.org/t/1',
      undefined,
      { tabs: true, hotspot: true, probes: true, heading: 'How to fix it, step by step' },
    ],
    [
      'web-server',
      ROUNDCUBE,
      'https://webmail.example.org/?_task=mail&_action=compose',
      'roundcube',
      { tabs: false, hotspot: false, probes: true, heading: 'How the site’s administrator fixes it' },
    ],
    [
      'mail-server',
      BOUNCE,
      'https://mail.google.com/mail/u/0/',
      'gmail',
      { tabs: false, hotspot: false, probes: false, heading: 'What the sender or the domain’s owner can do' },
    ],
  ])('%s', async (vantage, text, url, page, want) => {
    await saveSettings({
      ...defaultSettings(),
      provider: { id: 'gmail', variant: null, address: 'ana@gmail.com', discovered: null },
    });
    await setTabFindings(7, [finding(text, url, page)]);
    view = await render(<PopupApp search="?tabId=7" />);
    await waitFor(() => !!view!.container.querySelector('article[data-vantage]'));
    // Every lazy section has loaded (none is still to come).
    await waitFor(() => !view!.container.querySelector('.section-loading'));
    const card = view.container.querySelector('article[data-vantage]')!;
    expect(card.getAttribute('data-vantage')).toBe(vantage);
    expect(card.querySelectorAll('[role="tab"]').length > 0).toBe(want.tabs);
    expect(/hotspot/i.test(card.textContent ?? '')).toBe(want.hotspot);
    expect(!!card.querySelector('.probe-form')).toBe(want.probes);
    // Probes test from wherever the backend runs: "this computer" only where the failure was here.
    expect(/Tests from this computer/.test(card.textContent ?? '')).toBe(vantage === 'this-device');
    const heading = [...card.querySelectorAll('section h3')].map((h) => h.textContent);
    expect(heading).toContain(want.heading);
  });
});

describe('provider first', () => {
  it("Gmail's 535 with no provider chosen: Google's answer before the general steps, Gmail's settings, no provider prompt", async () => {
    const text =
      '535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8 https://support.google.com/mail/?p=BadCredentials';
    await setTabFindings(4, [finding(text)]);
    view = await render(<PopupApp search="?tabId=4" />);
    await waitFor(() => !!view!.container.querySelector('.guided-fix .walkthrough'));
    const fix = view.container.querySelector('.guided-fix')!;
    expect(fix.getAttribute('data-provider')).toBe('gmail');
    expect(fix.querySelector('.walkthrough')?.textContent).toContain('smtp.gmail.com');
    expect(fix.textContent).toContain('the provider this error names');
    expect(
      [...fix.querySelectorAll('button')].some((b) => b.textContent === 'Choose your mail provider'),
    ).toBe(false);
    const advisory = fix.querySelector('[data-advisory="google-less-secure-apps"]')!;
    const steps = fix.querySelector(':scope > ol.steps')!;
    expect(steps).not.toBeNull();
    // The advisory comes first in the fix.
    expect(advisory.compareDocumentPosition(steps) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});

describe('guessClient', () => {
  it.each([
    ['SMTP Error: Could not authenticate.', '', 'phpmailer'],
    ['Error: Invalid login: 535 Authentication failed code: EAUTH', '', 'nodemailer'],
    ['smtplib.SMTPAuthenticationError: (535, b"5.7.8")', '', 'python-smtplib'],
    ['status=deferred (connect to mx[1.2.3.4]:25: Connection timed out)', '', 'postfix'],
    ['Connection timed out', 'https://example.org/wp-admin/options-general.php', 'wp-mail-smtp'],
    ['Connection timed out', '', undefined],
  ])('%s → %s', (text, url, id) => expect(guessClient(text, url)).toBe(id));
});
