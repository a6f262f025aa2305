// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { classify } from '../../lib/rules/index';
import * as gate from '../../lib/rules/localized/gate';
import { mayContainSendError, mayContainSendErrorInSubtree } from '../../lib/rules/prefilter';
import { getTabFindings } from '../../utils/findings-store';
import type { TextBatch } from '../../utils/messaging';
import { handleClassifyTexts } from '../background/messages';
import { setBody } from '../../test/unit/dom-fixture';
import { MARKER_TAG } from './dom-rules';
import { catalogLanguageOf } from '../../lib/rules/localized/types';
import { gatesFor, pageLanguage } from './page-language';
import { createSession } from './session';

// The real gate, its calls counted: the English page path must never reach it.
vi.mock('../../lib/rules/localized/gate', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../lib/rules/localized/gate')>();
  return {
    ...real,
    mayContainLocalizedError: vi.fn(real.mayContainLocalizedError),
    mayContainLocalizedErrorInSubtree: vi.fn(real.mayContainLocalizedErrorInSubtree),
  };
});

const TAB = 9;
/** Roundcube's German toasts (test/fixtures/webmail/roundcube-localized/toasts.jsonl). */
const CONNECT_DE = 'SMTP Fehler (-1): Die Verbindung ist fehlgeschlagen.';
const SENDING_FAILED_DE = 'Versenden der Nachricht fehlgeschlagen.';
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function gateCalls(): number {
  return (
    vi.mocked(gate.mayContainLocalizedError).mock.calls.length +
    vi.mocked(gate.mayContainLocalizedErrorInSubtree).mock.calls.length
  );
}

/** A watched page with the gates and language the content script would choose for it. */
function startSession(browserLanguage: string) {
  const timers: Array<() => void> = [];
  const batches: TextBatch[] = [];
  const language = pageLanguage(document, browserLanguage);
  const session = createSession({
    window,
    page: 'roundcube',
    ...(language ? { language } : {}),
    ...gatesFor(language),
    classifyTexts: (batch) => {
      batches.push(batch);
      return handleClassifyTexts(batch, { tab: { id: TAB }, frameId: 0 }, classify);
    },
    openExplanation: async () => undefined,
    documentGone: async () => undefined,
    findingsGone: async () => ({ recountInMs: null }),
    setTimer: (callback) => void timers.push(callback),
    now: () => 0,
  });
  session.start();
  const flush = async () => {
    await tick();
    while (timers.length) timers.shift()!();
    await session.settled();
  };
  return { session, batches, flush };
}

function showToast(text: string): HTMLElement {
  const toast = document.createElement('div');
  toast.className = 'ui alert alert-danger error';
  toast.textContent = text;
  document.getElementById('messagestack')!.append(toast);
  return toast;
}

describe('the page language', () => {
  it('names a catalog language by its primary subtag, Portuguese as Brazil’s', () => {
    expect(catalogLanguageOf('de')).toBe('de');
    expect(catalogLanguageOf('de-CH')).toBe('de');
    expect(catalogLanguageOf(' FR_ca ')).toBe('fr');
    expect(catalogLanguageOf('es-419')).toBe('es');
    expect(catalogLanguageOf('pt-PT')).toBe('pt-BR');
    expect(catalogLanguageOf('ru')).toBe('ru');
    for (const other of ['en', 'en-US', 'it', 'nl', 'constructor', '', null, undefined]) {
      expect(catalogLanguageOf(other), String(other)).toBeNull();
    }
  });

  it('is the root’s lang, else the first declared one, else the browser’s', () => {
    const root = document.documentElement;
    setBody('<div lang="ru"><p>Почта</p></div>');
    root.setAttribute('lang', 'de');
    expect(pageLanguage(document, 'fr-FR')).toBe('de');
    root.setAttribute('lang', 'en');
    expect(pageLanguage(document, 'fr-FR')).toBeNull();
    root.removeAttribute('lang');
    expect(pageLanguage(document, 'fr-FR')).toBe('ru');
    setBody('<p>Mail</p>');
    expect(pageLanguage(document, 'fr-FR')).toBe('fr');
    expect(pageLanguage(document, 'en-GB')).toBeNull();
    root.setAttribute('lang', '');
    expect(pageLanguage(document, 'es')).toBe('es');
  });
});

describe('the gates chosen for a page', () => {
  it('are the English prefilter itself on an English page', () => {
    expect(gatesFor(null)).toEqual({
      prefilter: mayContainSendError,
      subtreePrefilter: mayContainSendErrorInSubtree,
    });
  });

  it('let a localized error through on a localized page, and English ones still', () => {
    const { prefilter, subtreePrefilter } = gatesFor('de');
    expect(mayContainSendError(SENDING_FAILED_DE)).toBe(false);
    expect(prefilter(SENDING_FAILED_DE)).toBe(true);
    expect(prefilter('SMTP Error (535): Authentication failed.')).toBe(true);
    expect(prefilter('Die Verbindung zwischen Berlin und Hamburg wird ab Montag erneuert.')).toBe(false);
    // Joined blocks: a block's first word may go on from the last word of the one before.
    expect(subtreePrefilter(`Entwürfe${SENDING_FAILED_DE}`)).toBe(true);
    expect(subtreePrefilter('PosteingangAuthentifizierung fehlgeschlagen')).toBe(true);
    expect(gatesFor('de').prefilter('PosteingangAuthentifizierung fehlgeschlagen')).toBe(false);
  });
});

describe('a watched page in German', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.mocked(gate.mayContainLocalizedError).mockClear();
    vi.mocked(gate.mayContainLocalizedErrorInSubtree).mockClear();
    setBody('<div id="layout"><p>Nachricht verfassen</p></div><div id="messagestack"></div>');
  });
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('finds Roundcube’s German toast, keeps its German text and marks it', async () => {
    document.documentElement.setAttribute('lang', 'de');
    const { session, batches, flush } = startSession('en-US');
    await flush();
    const toast = showToast(CONNECT_DE);
    await flush();
    expect(batches.at(-1)?.language).toBe('de');
    const findings = await getTabFindings(TAB);
    expect(findings.map((f) => [f.category, f.excerpt])).toEqual([['port-blocked', CONNECT_DE]]);
    expect(document.querySelectorAll(MARKER_TAG)).toHaveLength(1);
    expect(toast.lastChild).toBe(document.querySelector(MARKER_TAG));
    session.stop();
  });

  it('lets a toast only the localized gate knows reach the background', async () => {
    document.documentElement.setAttribute('lang', 'de');
    const { session, batches, flush } = startSession('en-US');
    await flush();
    showToast(SENDING_FAILED_DE);
    await flush();
    expect(gateCalls()).toBeGreaterThan(0);
    expect(batches.flatMap((b) => b.texts)).toContain(SENDING_FAILED_DE);
    expect((await getTabFindings(TAB)).map((f) => f.excerpt)).toEqual([SENDING_FAILED_DE]);
    session.stop();
  });

  it('on an English page never calls the localized gate and sends no language', async () => {
    document.documentElement.setAttribute('lang', 'en');
    const { session, batches, flush } = startSession('de-DE');
    await flush();
    showToast(SENDING_FAILED_DE);
    await flush();
    expect(batches).toEqual([]);
    showToast('SMTP Error (535): Authentication failed.');
    await flush();
    expect(gateCalls()).toBe(0);
    expect(batches.flatMap((b) => b.texts)).toHaveLength(1);
    expect(batches.every((b) => b.language === undefined)).toBe(true);
    expect((await getTabFindings(TAB)).map((f) => f.category)).toEqual(['auth-failed']);
    session.stop();
  });
});
