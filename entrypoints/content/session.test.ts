// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { classify, type Classification } from '../../lib/rules/index';
import { mayContainSendError } from '../../lib/rules/prefilter';
import { getTabFindings } from '../../utils/findings-store';
import type { TextBatch } from '../../utils/messaging';
import { recentWindow } from '../background/findings';
import { handleClassifyTexts, handleFindingsGone } from '../background/messages';
import { setBody } from '../../test/unit/dom-fixture';
import { MARKER_TAG } from './dom-rules';
import { gatesFor } from './page-language';
import { MARKER_LABEL } from './marker';
import { createSession, MAX_TEXTS_PER_FRAME, type Session } from './session';

const TAB = 7;
const ROUNDCUBE = 'SMTP Error (-1): Connection to server failed.';
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The page side wired to the real background handler, as the messaging would. */
function startSession(overrides: Partial<Parameters<typeof createSession>[0]> = {}) {
  const timers: Array<() => void> = [];
  const calls = {
    openExplanation: 0,
    documentGone: [] as Array<{ top: boolean }>,
    batches: [] as TextBatch[],
  };
  const session = createSession({
    window,
    prefilter: mayContainSendError,
    classifyTexts: (batch) => {
      calls.batches.push(batch);
      return handleClassifyTexts(batch, { tab: { id: TAB }, frameId: 0 }, classify);
    },
    openExplanation: async () => void calls.openExplanation++,
    documentGone: async (info) => void calls.documentGone.push(info),
    findingsGone: (info) => handleFindingsGone(info, { tab: { id: TAB }, frameId: 0 }),
    setTimer: (callback) => void timers.push(callback),
    now: () => 0, // no flush runs out of budget on a busy machine
    ...overrides,
  });
  session.start();
  const flush = async (s: Session = session) => {
    await tick();
    while (timers.length) timers.shift()!();
    await s.settled();
  };
  return { session, calls, flush };
}

function markerHosts(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(MARKER_TAG)];
}

function showToast(text: string): HTMLElement {
  const stack = document.getElementById('messagestack')!;
  const toast = document.createElement('div');
  toast.className = 'toast error';
  toast.textContent = text;
  stack.append(toast);
  return toast;
}

describe('page session', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    setBody('<div id="layout"><p>Compose a message</p></div><div id="messagestack"></div>');
  });

  it('reports a transient toast once, marks it, and keeps the finding after the toast vanishes', async () => {
    const { session, calls, flush } = startSession({ page: 'roundcube' });
    await flush();
    const toast = showToast(ROUNDCUBE);
    await flush();

    const expected = classify(ROUNDCUBE);
    expect(expected.match).toBe(true);
    const findings = await getTabFindings(TAB);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      category: expected.category,
      excerpt: ROUNDCUBE,
      frameId: 0,
      page: 'roundcube',
    });
    expect(calls.batches.at(-1)?.frameUrl).toBe(`${location.origin}${location.pathname}`);

    // One marker, at the end of the toast's text, with an accessible button.
    expect(markerHosts()).toHaveLength(1);
    expect(toast.lastChild).toBe(markerHosts()[0]);
    const button = [...session.markers.values()][0]!.button;
    expect(button.getAttribute('aria-label')).toBe(MARKER_LABEL);
    expect(session.stats.findings).toBe(1);

    // The toast goes (Roundcube hides it after a few seconds): the marker goes with it …
    toast.remove();
    await flush();
    expect(markerHosts()).toHaveLength(0);
    // … the finding stays.
    expect(await getTabFindings(TAB)).toHaveLength(1);

    // The same error again: still one finding, and one marker beside the new copy.
    const again = showToast(ROUNDCUBE);
    await flush();
    expect(await getTabFindings(TAB)).toHaveLength(1);
    expect(markerHosts()).toHaveLength(1);
    expect(again.lastChild).toBe(markerHosts()[0]);
    session.stop();
  });

  it('marks the same error shown twice at once with one marker', async () => {
    const { session, flush } = startSession();
    await flush();
    showToast(ROUNDCUBE);
    showToast(ROUNDCUBE);
    await flush();
    expect(markerHosts()).toHaveLength(1);
    expect(await getTabFindings(TAB)).toHaveLength(1);
    session.stop();
  });

  it('drops the marker of a generic line once a specific cause shows beside it', async () => {
    const generic = 'Message could not be delivered to anyone.';
    const c = (text: string): Classification =>
      text === generic
        ? { ...classify(ROUNDCUBE), category: 'unknown', rule: 'send-failure-wrapper', evidence: [text] }
        : classify(text);
    const { session, flush } = startSession({
      classifyTexts: (batch) => handleClassifyTexts(batch, { tab: { id: TAB }, frameId: 0 }, c),
    });
    await flush();
    showToast(generic);
    await flush();
    expect(markerHosts()).toHaveLength(1);
    const specific = showToast(ROUNDCUBE);
    await flush();
    expect(markerHosts()).toHaveLength(1);
    expect(specific.lastChild).toBe(markerHosts()[0]);
    expect((await getTabFindings(TAB)).map((f) => f.excerpt)).toEqual([ROUNDCUBE]);
    session.stop();
  });

  it('puts hostile page text into the marker as text only', async () => {
    const hostile = 'SMTP Error: <img src=x onerror="window.__pwned=1"> Could not connect to SMTP host.';
    const { session, flush } = startSession();
    await flush();
    showToast(hostile);
    await flush();
    const { button } = [...session.markers.values()][0]!;
    expect(button.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(button.title).toContain('<img src=x onerror="window.__pwned=1">');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    session.stop();
  });

  it("puts the marker in the flow at the end of the error's own line, before blocks nested after it", async () => {
    const { session, flush } = startSession();
    await flush();
    const toast = showToast(ROUNDCUBE);
    const details = document.createElement('div');
    details.textContent = 'Details';
    toast.append(details);
    await flush();
    const host = markerHosts()[0]!;
    // Beside the error's text, not on a line of its own below it.
    expect(host.previousSibling?.textContent).toBe(ROUNDCUBE);
    expect(host.nextSibling).toBe(details);
    // In the flow (never over the page's content), adding no height to the line.
    const style = host.getAttribute('style')!;
    expect(style).toContain('display:inline-flex');
    expect(style).not.toContain('position');
    expect(style).toMatch(/margin:-(\d+)px 0 -\1px/);
    session.stop();
  });

  it('ignores clicks that scripts fake, and asks for the explanation on a real one', async () => {
    const { session, calls, flush } = startSession();
    await flush();
    showToast(ROUNDCUBE);
    await flush();
    // The page cannot even reach the button: its shadow root is closed.
    expect(markerHosts()[0]!.shadowRoot).toBeNull();
    const button = [...session.markers.values()][0]!.button;
    button.click(); // untrusted: a page script could do this
    expect(calls.openExplanation).toBe(0);
    // A trusted click is the browser's to make: the end-to-end test clicks it for real.
    session.stop();
  });

  it('stays silent on text that is no send error', async () => {
    const { session, calls, flush } = startSession();
    await flush();
    showToast('Message sent. Your SMTP settings were saved.');
    await flush();
    expect(markerHosts()).toHaveLength(0);
    expect(await getTabFindings(TAB)).toEqual([]);
    expect(calls.batches.length).toBeLessThanOrEqual(1);
    session.stop();
  });

  it('says when the top document goes away, and removes its markers when stopped', async () => {
    const { session, calls, flush } = startSession();
    await flush();
    showToast(ROUNDCUBE);
    await flush();
    window.dispatchEvent(new Event('pagehide'));
    expect(calls.documentGone).toEqual([{ top: true }]);
    session.stop();
    expect(markerHosts()).toHaveLength(0);
  });

  it('resends what it found after a back/forward-cache restore, with the page language', async () => {
    const toast = 'SMTP Fehler (535): Die Authentisierung ist fehlgeschlagen.';
    const { session, calls, flush } = startSession({ language: 'de', prefilter: gatesFor('de').prefilter });
    await flush();
    showToast(toast);
    await flush();
    expect(session.markers.size).toBe(1);
    const sent = calls.batches.length;
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    expect(calls.batches).toHaveLength(sent + 1);
    const again = calls.batches[sent]!;
    expect(again).toMatchObject({ texts: [toast], focus: [0], language: 'de' });
    // Read on a German page, the resent toast is the same finding again.
    const answer = await handleClassifyTexts(again, { tab: { id: TAB }, frameId: 0 }, classify);
    expect(answer.verdicts[0]).toMatchObject({ match: true, category: 'auth-failed' });
    session.stop();
  });

  it('records every flush in the fixed-size stats ring', async () => {
    let clock = 0;
    const { session, flush } = startSession({ now: () => (clock += 0.01) });
    await flush();
    showToast(ROUNDCUBE);
    await flush();
    expect(session.stats.count).toBe(2);
    expect(session.stats.batches.length).toBe(4096);
    expect(session.stats.batches[0]).toBeGreaterThan(0);
    session.stop();
  });

  it(`hands on at most ${MAX_TEXTS_PER_FRAME} texts in a document's life, however slowly they come`, async () => {
    let clock = 0;
    // A minute passes at every look at the clock: the per-minute budget never runs out.
    const { session, calls, flush } = startSession({ now: () => (clock += 60_000) });
    await flush();
    const box = document.createElement('div');
    for (let i = 0; i < MAX_TEXTS_PER_FRAME + 100; i++) {
      const row = document.createElement('div');
      row.textContent = `SMTP relay note ${i}: the queue to smtp.example.org is flowing normally today`;
      box.append(row);
    }
    document.body.append(box);
    await flush();
    const sent = calls.batches.reduce((n, b) => n + b.texts.length, 0);
    expect(sent).toBe(MAX_TEXTS_PER_FRAME);
    expect(session.stats.sent).toBe(MAX_TEXTS_PER_FRAME);
    session.stop();
  });

  it('stops by itself, markers and all, once the extension has gone (an update, a removal)', async () => {
    let alive = true;
    const { session, flush } = startSession({ alive: () => alive });
    await flush();
    showToast(ROUNDCUBE);
    await flush();
    expect(markerHosts()).toHaveLength(1);
    alive = false;
    showToast('SMTP Error (535): Authentication failed.');
    await flush();
    expect(session.active).toBe(false);
    expect(markerHosts()).toHaveLength(0);
  });

  it('asks whether the extension is still there every few flushes, and before it sends text', async () => {
    let asked = 0;
    const { session, flush } = startSession({ alive: () => (asked++, true) });
    await flush();
    asked = 0;
    const flushesBefore = session.stats.count;
    const stack = document.getElementById('messagestack')!;
    const note = document.createElement('div');
    stack.append(note);
    // Flushes of ordinary text: one check every 16, not one per flush.
    for (let i = 0; i < 32; i++) {
      note.textContent = `Saved draft ${i % 2 ? 'just now' : 'a moment ago'}`;
      await flush();
    }
    const flushes = session.stats.count - flushesBefore;
    expect(flushes).toBeGreaterThanOrEqual(32);
    expect(asked).toBeGreaterThanOrEqual(1);
    expect(asked).toBeLessThanOrEqual(Math.ceil(flushes / 16));
    // Text to send: asked at once.
    const askedBefore = asked;
    showToast(ROUNDCUBE);
    await flush();
    expect(asked).toBeGreaterThan(askedBefore);
    expect(markerHosts()).toHaveLength(1);
    session.stop();
  });

  it('tells the background when a marked error leaves the page: it counts for the recent window, then not', async () => {
    const clock = { now: 1_000_000 };
    const { session, flush } = startSession({
      classifyTexts: (batch) =>
        handleClassifyTexts(batch, { tab: { id: TAB }, frameId: 0 }, classify, clock.now),
      findingsGone: (info) => handleFindingsGone(info, { tab: { id: TAB }, frameId: 0 }, clock.now),
    });
    await flush();
    const toast = showToast(ROUNDCUBE);
    await flush();
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('1');

    clock.now += 4000;
    toast.remove();
    await flush();
    const [gone] = await vi.waitFor(async () => {
      const findings = await getTabFindings(TAB);
      expect(findings[0]?.leftPageAt).toBeDefined();
      return findings;
    });
    expect(gone).toMatchObject({ leftPageAt: clock.now, countUntil: clock.now + recentWindow.ms });
    // Seen a moment ago: it still counts.
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('1');

    // The page asks again once the window is over (its timer), and the badge drops.
    clock.now += recentWindow.ms;
    await vi.waitFor(async () => {
      await flush();
      expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('');
    });
    expect(await getTabFindings(TAB)).toHaveLength(1);

    // The same error shows again: it is on the page again.
    showToast(ROUNDCUBE);
    await flush();
    const [back] = await getTabFindings(TAB);
    expect(back?.leftPageAt).toBeUndefined();
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('1');
    session.stop();
  });

  it('counts an error whose text went before the answer came as having left the page', async () => {
    const { session, flush } = startSession({
      classifyTexts: async (batch) => {
        document.getElementById('messagestack')!.replaceChildren();
        return handleClassifyTexts(batch, { tab: { id: TAB }, frameId: 0 }, classify);
      },
    });
    await flush();
    showToast(ROUNDCUBE);
    await flush();
    expect(markerHosts()).toHaveLength(0);
    await vi.waitFor(async () => expect((await getTabFindings(TAB))[0]?.leftPageAt).toBeDefined());
    session.stop();
  });

  it('survives a background that cannot be reached', async () => {
    const failing = vi.fn(async () => {
      throw new Error('Extension context invalidated.');
    });
    const { session, flush } = startSession({ classifyTexts: failing });
    await flush();
    showToast(ROUNDCUBE);
    await flush();
    expect(failing).toHaveBeenCalled();
    expect(markerHosts()).toHaveLength(0);
    session.stop();
  });
});
