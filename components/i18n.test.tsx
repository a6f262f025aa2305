// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { classify } from '../lib/rules/index';
import { findingKey, type Finding } from '../lib/findings';
import { ENGLISH, loadTranslator } from '../lib/i18n/translator';
import { setTabFindings } from '../utils/findings-store';
import { OptionsApp } from '../entrypoints/options/App';
import { PopupApp } from '../entrypoints/popup/App';
import { I18nProvider } from './i18n';
import { defaultSettings } from './settings';
import { saveSettings } from './settings-store';
import { render, settle, waitFor, type Rendered } from './testing/render';

const TIMEOUT_25 =
  'SMTP Error: Could not connect to SMTP host. Connection timed out (110) smtp.example.org:25';

function finding(text: string): Finding {
  const classification = classify(text);
  if (!classification.match || !classification.category) throw new Error('fixture is no send error');
  return {
    key: findingKey(classification.category, text),
    category: classification.category,
    classification,
    excerpt: text,
    frameUrl: 'https://mail.example.org/',
    frameId: 0,
    firstSeen: Date.now(),
  };
}

const views: Rendered[] = [];
beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  // Permission checks the options page makes, which fakeBrowser lacks.
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
  for (const event of [fakeBrowser.permissions.onAdded, fakeBrowser.permissions.onRemoved]) {
    vi.spyOn(event, 'addListener').mockImplementation(() => undefined);
    vi.spyOn(event, 'removeListener').mockImplementation(() => undefined);
  }
});
afterEach(() => {
  views.splice(0).forEach((view) => view.unmount());
});

async function choose(select: HTMLSelectElement | null, value: string) {
  if (!select) throw new Error('no language picker');
  const { act } = await import('react');
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('the UI in the reader’s language', () => {
  it('the options picker switches the options page and an open popup, and sets <html lang>', async () => {
    await setTabFindings(7, [finding(TIMEOUT_25)]);
    const options = await render(
      <I18nProvider initial={ENGLISH}>
        <OptionsApp />
      </I18nProvider>,
    );
    const popup = await render(
      <I18nProvider initial={ENGLISH}>
        <PopupApp search="?tabId=7" />
      </I18nProvider>,
    );
    views.push(options, popup);
    await settle();
    await waitFor(() => popup.container.querySelector('[data-next-step]') !== null);
    expect(options.container.querySelector('h1')?.textContent).toBe('SMTP Doctor settings');
    expect(popup.container.querySelector('.lead')?.textContent).toBe('One email send error on this page.');

    await choose(options.container.querySelector('select[name="language"]'), 'de');
    await waitFor(
      () => options.container.querySelector('h1')?.textContent === 'Einstellungen von SMTP Doctor',
    );
    await waitFor(() => popup.container.querySelector('.topbar-settings')?.textContent === 'Einstellungen');
    expect(popup.container.querySelector('.lead')?.textContent).toBe(
      'Ein Fehler beim E-Mail-Versand auf dieser Seite.',
    );
    expect(popup.container.querySelector('[data-next-step]')?.textContent).toContain('Nächster Schritt:');
    expect(popup.container.querySelector('[data-next-step]')?.textContent).not.toContain('Next step:');
    expect(document.documentElement.lang).toBe('de');
    expect(document.documentElement.dir).toBe('ltr');

    await choose(options.container.querySelector('select[name="language"]'), 'ru');
    await waitFor(() => popup.container.querySelector('.topbar-settings')?.textContent === 'Настройки');
    expect(options.container.querySelector('h1')?.textContent).toBe('Настройки SMTP Doctor');
    expect(document.documentElement.lang).toBe('ru');
  });

  it('names each language in its own language', async () => {
    const view = await render(<OptionsApp />);
    views.push(view);
    await settle();
    const names = [...view.container.querySelectorAll('select[name="language"] option')].map((o) => [
      o.getAttribute('value'),
      o.textContent,
    ]);
    expect(names.slice(1)).toEqual([
      ['en', 'English'],
      ['de', 'Deutsch'],
      ['fr', 'Français'],
      ['es', 'Español'],
      ['pt-BR', 'Português (Brasil)'],
      ['ru', 'Русский'],
    ]);
    expect(names[0]![0]).toBe('auto');
  });

  it('renders a card in Russian with plural forms for the count', async () => {
    const ru = await loadTranslator('ru');
    await saveSettings({ ...defaultSettings(), language: 'ru' });
    const texts = [
      TIMEOUT_25,
      '535-5.7.8 Username and Password not accepted. For more information, go to support.google.com',
    ];
    await setTabFindings(
      3,
      texts.map((t) => finding(t)),
    );
    const view = await render(
      <I18nProvider initial={ru}>
        <PopupApp search="?tabId=3" />
      </I18nProvider>,
    );
    views.push(view);
    await settle();
    await waitFor(() => view.container.querySelector('.lead') !== null);
    expect(view.container.querySelector('.lead')?.textContent).toBe(
      '2 ошибки отправки почты на этой странице.',
    );
    expect(view.container.querySelector('.count')?.getAttribute('aria-label')).toBe(
      '2 ошибки отправки на этой странице',
    );
    expect(view.container.querySelector('.finding-who .label')?.textContent).toBe('Кто может исправить: ');
  });
});
