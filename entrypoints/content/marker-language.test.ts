// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadTranslator } from '../../lib/i18n/translator';
import { LOCALES } from '../../lib/i18n/locales';
import { content as enContent } from '../../lib/i18n/messages/en/content';
import { badgeTitle } from '../../utils/badge';
import type { Finding } from '../../lib/findings';

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});

async function marker() {
  const { createMarker } = await import('./marker');
  const host = document.createElement('p');
  document.body.append(host);
  return createMarker(document, { summary: 'port-blocked', onActivate: () => {} }).button;
}

describe('the marker speaks the reader’s language', () => {
  it('English by default', async () => {
    const button = await marker();
    await vi.waitFor(() => expect(button.getAttribute('aria-label')).toBe('Why? Explain this email error'));
    expect(button.textContent).toBe('Why?');
  });

  it('the language chosen in the options, read from the settings', async () => {
    await fakeBrowser.storage.local.set({ settings: { language: 'de' } });
    const button = await marker();
    await vi.waitFor(() => expect(button.textContent).toBe('Warum?'));
    expect(button.getAttribute('aria-label')).toBe('Warum? Diesen E-Mail-Fehler erklären');
  });
});

describe('the content translator', () => {
  it('says every marker message in every language as the full formatter does', async () => {
    const { contentTranslator } = await import('./marker-language');
    for (const locale of LOCALES) {
      const { t } = await loadTranslator(locale);
      const simple = contentTranslator(locale);
      for (const key of Object.keys(enContent) as (keyof typeof enContent)[])
        expect(simple(key, { text: 'Why?' }), `${locale} ${key}`).toBe(t(key, { text: 'Why?' }));
    }
  });
});

describe('the badge title', () => {
  const finding = { leftPageAt: undefined } as unknown as Finding;
  it('counts with the language’s plural forms', async () => {
    const ru = await loadTranslator('ru');
    expect(badgeTitle([finding, finding], Date.now(), ru)).toBe(
      'SMTP Doctor · 2 ошибки отправки на этой странице',
    );
    expect(badgeTitle(Array(5).fill(finding), Date.now(), ru)).toBe(
      'SMTP Doctor · 5 ошибок отправки на этой странице',
    );
    expect(badgeTitle([], Date.now(), ru)).toBe('SMTP Doctor');
  });
});
