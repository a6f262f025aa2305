import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CategoryId } from '../../lib/categories';
import { MAX_EXCERPT } from '../../lib/findings';
import { classify, type Classification } from '../../lib/rules/index';
import { getExplained, setExplained } from '../../utils/explain-store';
import { getStoredProbe, storeProbe, type StoredProbe } from '../../utils/probe-store';
import { getTabFindings } from '../../utils/findings-store';
import { MAX_TEXT_LENGTH } from '../../utils/messaging';
import { SEVERITY_COLORS } from '../../utils/severity';
import { MIN_TEXT_COST, TAB_TEXT_PER_MINUTE } from '../../utils/text-budget';
import { MENU_ID, MENU_TITLE, onContextMenuClick, type MenuDeps } from './context-menu';
import { MAX_FINDINGS_PER_TAB, recentWindow } from './findings';
import {
  handleClassifyTexts,
  handleDocumentGone,
  handleFindingsGone,
  handleOpenExplanation,
} from './messages';

/** The verdicts of one batch (the answer's other half, `retired`, has tests of its own). */
const verdictsFor = async (...args: Parameters<typeof handleClassifyTexts>) =>
  (await handleClassifyTexts(...args)).verdicts;
import { openExplanation } from './open-explanation';

const TAB = 42;
const TOP = { tab: { id: TAB }, frameId: 0 };
const FRAME = { tab: { id: TAB }, frameId: 3 };
const PAGE = 'https://webmail.example.org/';

const PORT_25 = 'SMTP -> ERROR: Failed to connect to server: Connection timed out (110)';
const AUTH =
  '535-5.7.8 Username and Password not accepted. For more information, go to https://support.google.com/mail/?p=BadCredentials';
const RECIPIENT = '550 5.1.1 The email account that you tried to reach does not exist.';
const NOT_AN_ERROR = 'Lunch on Friday? The new SMTP relay talk is at noon.';

function batch(texts: unknown[], frameUrl: unknown = PAGE) {
  return { texts, frameUrl };
}

async function badge(tabId = TAB) {
  const text = await fakeBrowser.action.getBadgeText({ tabId });
  const rgba = await fakeBrowser.action.getBadgeBackgroundColor({ tabId });
  const hex = `#${rgba
    .slice(0, 3)
    .map((n: number) => n.toString(16).padStart(2, '0'))
    .join('')}`.toUpperCase();
  return { text, color: hex };
}

/** contextMenus and scripting are not implemented by fakeBrowser: stand-ins that record calls. */
function stubMenusAndScripting() {
  const listeners: Array<(info: unknown, tab: unknown) => void> = [];
  const menus = {
    create: vi.fn(),
    removeAll: vi.fn(async () => undefined),
    onClicked: { addListener: vi.fn((l: (info: unknown, tab: unknown) => void) => listeners.push(l)) },
  };
  const scripting = { executeScript: vi.fn() };
  Object.assign(fakeBrowser, { contextMenus: menus, scripting });
  return { menus, scripting, listeners };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('findings per tab', () => {
  it('keeps the kind of page the watcher recognised with the finding, and drops an unknown one', async () => {
    await handleClassifyTexts({ ...batch([PORT_25]), page: 'roundcube' }, TOP, classify);
    await handleClassifyTexts({ ...batch([AUTH]), page: 'not-a-kind' }, TOP, classify);
    const findings = await getTabFindings(TAB);
    expect(findings.map((f) => f.page)).toEqual(['roundcube', undefined]);
  });

  it('classifies page text itself and keeps each distinct send error once', async () => {
    const verdicts = await verdictsFor(batch([PORT_25, NOT_AN_ERROR, AUTH]), TOP, classify);
    expect(verdicts.map((v) => v.match)).toEqual([true, false, true]);
    const findings = await getTabFindings(TAB);
    expect(findings.map((f) => f.excerpt)).toEqual([PORT_25, AUTH]);
    expect(findings[0]).toMatchObject({
      category: classify(PORT_25).category,
      frameUrl: PAGE,
      frameId: 0,
    });
    expect(findings[0]!.classification.rule).toBe(classify(PORT_25).rule);

    // The same errors again, e.g. re-rendered: nothing new.
    const again = await verdictsFor(batch([AUTH, `  ${PORT_25}\n`]), TOP, classify);
    expect(again.every((v) => v.match)).toBe(true);
    expect(await getTabFindings(TAB)).toHaveLength(2);
    // The verdict carries the finding's key, so the page marks each error once.
    expect(again[0]).toMatchObject({ match: true, key: findings[1]!.key });
  });

  it("keeps tabs apart and answers where each error's evidence starts", async () => {
    const text = `Delivery report\n\n${RECIPIENT}`;
    const [verdict] = await verdictsFor(batch([text]), { tab: { id: 1 }, frameId: 0 }, classify);
    expect(verdict?.match).toBe(true);
    if (verdict?.match) expect(text.slice(verdict.at)).toMatch(/^550/);
    expect(await getTabFindings(1)).toHaveLength(1);
    expect(await getTabFindings(2)).toEqual([]);
  });

  it('classifies with the context line but files the block alone', async () => {
    const label = 'Failed to send message:';
    const [withContext] = await verdictsFor(
      { texts: [`${label}\n${PORT_25}`], focus: [label.length + 1], frameUrl: PAGE },
      TOP,
      classify,
    );
    const [alone] = await verdictsFor(batch([PORT_25]), { tab: { id: 2 }, frameId: 0 }, classify);
    expect(withContext).toMatchObject({ match: true, at: label.length + 1 });
    // The same error with or without its neighbour is the same finding.
    expect(withContext?.match && alone?.match && withContext.key === alone.key).toBe(true);
    expect((await getTabFindings(TAB))[0]?.excerpt).toBe(PORT_25);

    // An error only in the context line is another block's finding, not this one's.
    const [contextOnly] = await verdictsFor(
      { texts: [`${AUTH}\nThanks, see you tomorrow.`], focus: [AUTH.length + 1], frameUrl: PAGE },
      TOP,
      classify,
    );
    expect(contextOnly).toEqual({ match: false });
    expect(await getTabFindings(TAB)).toHaveLength(1);
  });

  it('falls back to the block alone when the context line took the evidence', async () => {
    const label = 'The response from the remote server was:';
    // A classifier that, given both lines, decides on the label (a generic bounce wrapper).
    const wrapperWins = (text: string): Classification =>
      text.startsWith(label)
        ? { ...classify(PORT_25), category: 'unknown', evidence: [label] }
        : classify(text);
    const [verdict] = await verdictsFor(
      { texts: [`${label}\n${RECIPIENT}`], focus: [label.length + 1], frameUrl: PAGE },
      TOP,
      wrapperWins,
    );
    expect(verdict).toMatchObject({
      match: true,
      category: classify(RECIPIENT).category,
      at: label.length + 1,
    });
    expect((await getTabFindings(TAB))[0]?.excerpt).toBe(RECIPIENT);
  });

  it('lets a generic "delivery failed" line give way to a specific error in the same frame', async () => {
    const generic = 'Undeliverable: Quarterly report';
    // A classifier that files the subject line as a send error of no known cause.
    const c = (text: string): Classification =>
      text === generic
        ? { ...classify(PORT_25), category: 'unknown', rule: 'bounce-wrapper', evidence: [text] }
        : classify(text);
    // Alone, the generic line is a finding …
    const first = await handleClassifyTexts(batch([generic]), TOP, c);
    expect(first.verdicts[0]?.match).toBe(true);
    expect(await getTabFindings(TAB)).toHaveLength(1);
    // … a specific cause beside it replaces it, and the page is told to drop its marker …
    const second = await handleClassifyTexts(batch([PORT_25]), TOP, c);
    const genericKey = first.verdicts[0]?.match ? first.verdicts[0].key : '';
    expect(second.retired).toEqual([genericKey]);
    expect((await getTabFindings(TAB)).map((f) => f.excerpt)).toEqual([PORT_25]);
    // … and while it stands, the generic line is no finding (no marker).
    const again = await handleClassifyTexts(batch([generic, AUTH]), TOP, c);
    expect(again.verdicts.map((v) => v.match)).toEqual([false, true]);
    // A specific rule's finding of no known cause is no generic line: it stays.
    const odd = 'SMTP Error (400): Connection to server failed.';
    const c2 = (text: string): Classification =>
      text === odd
        ? { ...classify(PORT_25), category: 'unknown', rule: classify(PORT_25).rule, evidence: [text] }
        : c(text);
    await handleClassifyTexts(batch([odd]), TOP, c2);
    expect((await getTabFindings(TAB)).map((f) => f.excerpt)).toEqual([PORT_25, AUTH, odd]);
    // Another frame keeps its own generic finding.
    await handleClassifyTexts(batch([generic]), FRAME, c);
    expect((await getTabFindings(TAB)).map((f) => f.frameId)).toEqual([0, 0, 0, 3]);
    expect((await badge()).text).toBe('4');
  });

  it('trusts nothing in a message: shapes are checked and sizes capped', async () => {
    expect(await verdictsFor(null, TOP, classify)).toEqual([]);
    expect(await verdictsFor({ texts: PORT_25, frameUrl: PAGE }, TOP, classify)).toEqual([]);
    expect(await verdictsFor(batch([PORT_25], 'javascript:alert(1)'), TOP, classify)).toEqual([]);
    expect(await verdictsFor(batch([PORT_25]), { frameId: 0 }, classify)).toEqual([]);
    expect(await getTabFindings(TAB)).toEqual([]);

    // Wrong types keep their place (one verdict per text) but are no error.
    const verdicts = await verdictsFor(batch([42, PORT_25]), TOP, classify);
    expect(verdicts.map((v) => v.match)).toEqual([false, true]);

    // Query and fragment are dropped (session ids), a huge text is cut.
    const seen: string[] = [];
    const spy = (text: string) => (seen.push(text), classify(text));
    await verdictsFor(
      batch([`${'x'.repeat(MAX_TEXT_LENGTH)}${AUTH}`], `${PAGE}?_task=mail&_token=secret#x`),
      TOP,
      spy,
    );
    expect(seen[0]).toHaveLength(MAX_TEXT_LENGTH);
    for (const f of await getTabFindings(TAB)) {
      expect(f.frameUrl).toBe(PAGE);
      expect(f.excerpt.length).toBeLessThanOrEqual(MAX_EXCERPT);
    }
  });

  it(`keeps at most ${MAX_FINDINGS_PER_TAB} findings per tab`, async () => {
    const texts = Array.from({ length: 70 }, (_, i) => `${PORT_25} [attempt ${i}]`);
    for (let i = 0; i < texts.length; i += 10)
      await verdictsFor(batch(texts.slice(i, i + 10)), TOP, classify);
    expect(await getTabFindings(TAB)).toHaveLength(MAX_FINDINGS_PER_TAB);
    expect((await badge()).text).toBe(String(MAX_FINDINGS_PER_TAB));
  });

  it('charges a localized page for the reading in English and for the English the rule table reads', async () => {
    const classifyCounted = vi.fn(classify);
    // German blocks none of which is an error; each is read in English, then classified.
    const lines = (from: number) =>
      Array.from({ length: 32 }, (_, i) =>
        `Die Wartezeit beträgt ${from + i} Minuten.`.padEnd(MIN_TEXT_COST, '.'),
      );
    const perMinute = TAB_TEXT_PER_MINUTE / MIN_TEXT_COST;
    const start = 2_000_000;
    for (let sent = 0; sent < perMinute * 2; sent += 32)
      await handleClassifyTexts(
        { ...batch(lines(sent)), language: 'de' },
        { tab: { id: 79 }, frameId: 0 },
        classifyCounted,
        start,
      );
    expect(classifyCounted).toHaveBeenCalledTimes(perMinute / 2);
  });

  it('classifies a bounded amount of text per tab per minute, whatever its frames send', async () => {
    const classifyCounted = vi.fn(classify);
    const lines = (from: number) =>
      Array.from({ length: 32 }, (_, i) => `${NOT_AN_ERROR} Room ${from + i}.`.padEnd(MIN_TEXT_COST, '.'));
    const perMinute = TAB_TEXT_PER_MINUTE / MIN_TEXT_COST;
    const start = 1_000_000;
    // Many frames' worth of batches in the same instant: past the budget, nothing is classified.
    for (let sent = 0; sent < perMinute * 2; sent += 32)
      await handleClassifyTexts(
        batch(lines(sent)),
        { tab: { id: 77 }, frameId: sent },
        classifyCounted,
        start,
      );
    expect(classifyCounted).toHaveBeenCalledTimes(perMinute);
    // Another tab has its own budget; the first one refills with time.
    await handleClassifyTexts(batch(lines(0)), { tab: { id: 78 }, frameId: 0 }, classifyCounted, start);
    expect(classifyCounted).toHaveBeenCalledTimes(perMinute + 32);
    expect(await verdictsFor(batch([RECIPIENT]), { tab: { id: 77 }, frameId: 0 }, classify, start)).toEqual([
      { match: false },
    ]);
    const [later] = await verdictsFor(
      batch([RECIPIENT]),
      { tab: { id: 77 }, frameId: 0 },
      classify,
      start + 1000,
    );
    expect(later).toMatchObject({ match: true, category: classify(RECIPIENT).category });
  });

  it('stores reports that arrive together without losing one', async () => {
    await Promise.all([
      verdictsFor(batch([PORT_25]), TOP, classify),
      verdictsFor(batch([AUTH]), FRAME, classify),
      verdictsFor(batch([RECIPIENT]), TOP, classify),
    ]);
    expect(await getTabFindings(TAB)).toHaveLength(3);
  });
});

describe('badge', () => {
  /** A classifier stand-in that files each text under the category it names. */
  const fileUnder = (text: string): Classification => ({
    ...classify(PORT_25),
    category: text as CategoryId,
    evidence: [text],
  });

  it('shows the number of distinct findings, coloured by the worst severity', async () => {
    expect((await badge()).text).toBe('');
    await verdictsFor(batch(['greylisted']), TOP, fileUnder);
    expect(await badge()).toEqual({ text: '1', color: SEVERITY_COLORS.temporary });
    await verdictsFor(batch(['recipient-rejected']), TOP, fileUnder);
    expect(await badge()).toEqual({ text: '2', color: SEVERITY_COLORS.recipient });
    await verdictsFor(batch(['port-blocked', 'rate-limit']), TOP, fileUnder);
    expect(await badge()).toEqual({ text: '4', color: SEVERITY_COLORS.blocking });
    // Another tab is untouched.
    expect((await badge(TAB + 1)).text).toBe('');
  });
});

describe('findings that left the page', () => {
  const T0 = 1_700_000_000_000;
  const key = async (excerpt: string) => (await getTabFindings(TAB)).find((f) => f.excerpt === excerpt)!.key;

  it('keeps them as earlier findings, counted on the badge only for the recent window', async () => {
    await handleClassifyTexts(batch([PORT_25, RECIPIENT]), TOP, classify, T0);
    expect((await badge()).text).toBe('2');
    const portKey = await key(PORT_25);

    const answer = await handleFindingsGone({ keys: [portKey] }, TOP, T0 + 1000);
    const stored = await getTabFindings(TAB);
    expect(stored).toHaveLength(2);
    expect(stored.find((f) => f.key === portKey)).toMatchObject({
      leftPageAt: T0 + 1000,
      countUntil: T0 + 1000 + recentWindow.ms,
    });
    expect(answer).toEqual({ recountInMs: recentWindow.ms });
    expect((await badge()).text).toBe('2');

    // Told twice (two flushes): the time it left stays the first.
    await handleFindingsGone({ keys: [portKey] }, TOP, T0 + 2000);
    expect((await getTabFindings(TAB)).find((f) => f.key === portKey)?.leftPageAt).toBe(T0 + 1000);

    // A recount just before the window ends, and just after it.
    expect(await handleFindingsGone({ keys: [] }, TOP, T0 + 1000 + recentWindow.ms - 1)).toEqual({
      recountInMs: 1,
    });
    expect((await badge()).text).toBe('2');
    expect(await handleFindingsGone({ keys: [] }, TOP, T0 + 1000 + recentWindow.ms)).toEqual({
      recountInMs: null,
    });
    // Only the recipient error counts now, and the colour follows it.
    expect(await badge()).toEqual({ text: '1', color: SEVERITY_COLORS.recipient });
    expect(await getTabFindings(TAB)).toHaveLength(2);

    // Shown again: on the page again, counted again.
    await handleClassifyTexts(batch([PORT_25]), TOP, classify, T0 + 10 * recentWindow.ms);
    expect((await getTabFindings(TAB)).find((f) => f.key === portKey)?.leftPageAt).toBeUndefined();
    expect((await badge()).text).toBe('2');
  });

  it('lets a frame mark only its own findings gone, and ignores malformed messages', async () => {
    await handleClassifyTexts(batch([PORT_25]), TOP, classify, T0);
    await handleClassifyTexts(batch([AUTH]), FRAME, classify, T0);
    const portKey = await key(PORT_25);
    await handleFindingsGone({ keys: [portKey] }, FRAME, T0);
    await handleFindingsGone({ keys: 'all' }, TOP, T0);
    await handleFindingsGone(null, TOP, T0);
    await handleFindingsGone({ keys: [portKey] }, { frameId: 0 }, T0);
    expect((await getTabFindings(TAB)).every((f) => f.leftPageAt === undefined)).toBe(true);
  });
});

const PROBE: StoredProbe = {
  at: 1_700_000_000_000,
  response: {
    host: 'smtp.example.org',
    results: [{ port: 25, tcp: 'timeout', ms: 5000 }],
    verdict: { category: 'port-blocked', summary: '25 blocked from here' },
  },
};

/** Every key in storage.session, sorted (what outlives what). */
async function sessionKeys(): Promise<string[]> {
  return Object.keys(await fakeBrowser.storage.session.get(null)).sort();
}

describe('clearing on navigation', () => {
  it('clears the tab when its top document goes, and only a frame’s findings when a frame’s does', async () => {
    await verdictsFor(batch([PORT_25]), TOP, classify);
    await verdictsFor(batch([AUTH]), FRAME, classify);
    expect((await badge()).text).toBe('2');

    // A frame's document goes: its findings go.
    await handleDocumentGone({ top: false }, FRAME);
    expect((await getTabFindings(TAB)).map((f) => f.excerpt)).toEqual([PORT_25]);
    expect((await badge()).text).toBe('1');
    await verdictsFor(batch([AUTH]), FRAME, classify);

    // The top document goes: all of them, whatever frame id Chrome gives the leaving page.
    await handleDocumentGone({ top: true }, { tab: { id: TAB }, frameId: 7 });
    expect(await getTabFindings(TAB)).toEqual([]);
    expect((await badge()).text).toBe('');
  });

  it('forgets a closed tab: findings, explained text and probe results', async () => {
    const { menus } = stubMenusAndScripting();
    vi.resetModules();
    const { default: background } = await import('./index');
    background.main();
    expect(menus.onClicked.addListener).toHaveBeenCalledOnce();
    await verdictsFor(batch([PORT_25]), TOP, classify);
    const [finding] = await getTabFindings(TAB);
    await storeProbe(TAB, finding!.key, PROBE);
    await setExplained(TAB, { text: AUTH, classification: classify(AUTH), at: 1 });
    // Another tab's data stays.
    await verdictsFor(batch([PORT_25]), { tab: { id: TAB + 1 }, frameId: 0 }, classify);
    await storeProbe(TAB + 1, finding!.key, PROBE);
    await fakeBrowser.tabs.onRemoved.trigger(TAB, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () =>
      expect(await sessionKeys()).toEqual([`findings:${TAB + 1}`, `probes:${TAB + 1}`]),
    );
    expect(await getTabFindings(TAB)).toEqual([]);
    expect(await getExplained(TAB)).toBeNull();
    expect(await getStoredProbe(TAB + 1, finding!.key)).toEqual(PROBE);
  });

  it('forgets the probe results with the findings they were run for', async () => {
    await verdictsFor(batch([PORT_25]), TOP, classify);
    await verdictsFor(batch([AUTH]), FRAME, classify);
    const [top, framed] = await getTabFindings(TAB);
    await storeProbe(TAB, top!.key, PROBE);
    await storeProbe(TAB, framed!.key, PROBE);

    // A frame's document goes: the probe run for its finding goes, the other stays.
    await handleDocumentGone({ top: false }, FRAME);
    expect(await getStoredProbe(TAB, framed!.key)).toBeUndefined();
    expect(await getStoredProbe(TAB, top!.key)).toEqual(PROBE);

    // The tab moves on: every probe run of the tab goes.
    await handleDocumentGone({ top: true }, TOP);
    expect(await sessionKeys()).toEqual([]);
  });
});

describe('service-worker restart', () => {
  it('keeps findings in storage.session: a fresh worker sees them and adds to them', async () => {
    stubMenusAndScripting();
    vi.resetModules();
    const first = await import('./index');
    first.default.main();
    // Deliver a report the way @webext-core/messaging does, from a content script.
    const deliver = (data: unknown) =>
      fakeBrowser.runtime.onMessage.trigger(
        { id: 1, type: 'classifyTexts', data, timestamp: Date.now() },
        { tab: { id: TAB } as Browser.tabs.Tab, frameId: 0 },
      );
    await deliver(batch([PORT_25]));
    expect(await getTabFindings(TAB)).toHaveLength(1);

    // The worker stops: every listener is gone, storage.session stays.
    fakeBrowser.runtime.onMessage.removeAllListeners();
    vi.resetModules();
    stubMenusAndScripting();
    const second = await import('./index');
    expect(second).not.toBe(first);
    second.default.main();
    expect(await getTabFindings(TAB)).toHaveLength(1);
    await deliver(batch([PORT_25, AUTH]));
    expect((await getTabFindings(TAB)).map((f) => f.excerpt)).toEqual([PORT_25, AUTH]);
    expect((await badge()).text).toBe('2');
  });
});

describe('context menu "Explain this email error"', () => {
  function deps(overrides: Partial<MenuDeps> = {}): MenuDeps & { opened: unknown[] } {
    const opened: unknown[] = [];
    return {
      classify,
      openExplanation: async (tabId, options) => void opened.push({ tabId, ...options }),
      readSelection: async () => null,
      now: () => 1_700_000_000_000,
      opened,
      ...overrides,
    };
  }
  const tab = { id: TAB } as Parameters<typeof onContextMenuClick>[1];

  it('is created once per install, on selections', async () => {
    const { menus } = stubMenusAndScripting();
    vi.resetModules();
    const { default: background } = await import('./index');
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.waitFor(() => expect(menus.create).toHaveBeenCalledOnce());
    expect(menus.removeAll).toHaveBeenCalledBefore(menus.create);
    expect(menus.create).toHaveBeenCalledWith({ id: MENU_ID, title: MENU_TITLE, contexts: ['selection'] });
  });

  it('explains the whole selection when it can be read, and opens the explanation', async () => {
    const full = `2026-03-01 10:00:01 CLIENT -> SERVER: EHLO web1\n${PORT_25}`;
    const d = deps({ readSelection: async () => full });
    await onContextMenuClick(
      { menuItemId: MENU_ID, selectionText: PORT_25, frameId: 0, editable: false },
      tab,
      d,
    );
    const explained = await getExplained(TAB);
    expect(explained).toMatchObject({ text: full, at: 1_700_000_000_000 });
    expect(explained?.classification).toEqual(classify(full));
    expect(d.opened).toEqual([{ tabId: TAB, explain: true }]);
  });

  it('falls back to the selection text the browser gave when the page cannot be read', async () => {
    const d = deps({
      readSelection: async () => {
        throw new Error('Cannot access contents of the page');
      },
    });
    await onContextMenuClick({ menuItemId: MENU_ID, selectionText: AUTH, editable: false }, tab, d);
    expect((await getExplained(TAB))?.text).toBe(AUTH);
    expect((await getExplained(TAB))?.classification.match).toBe(true);
  });

  it('stores text that is no send error with its no-match verdict (the popup says so)', async () => {
    await onContextMenuClick(
      { menuItemId: MENU_ID, selectionText: NOT_AN_ERROR, editable: false },
      tab,
      deps(),
    );
    const explained = await getExplained(TAB);
    expect(explained?.text).toBe(NOT_AN_ERROR);
    expect(explained?.classification.match).toBe(false);
  });

  it('ignores other menu items and tabs it cannot address', async () => {
    const d = deps();
    await onContextMenuClick({ menuItemId: 'other', selectionText: AUTH, editable: false }, tab, d);
    await onContextMenuClick({ menuItemId: MENU_ID, selectionText: AUTH, editable: false }, undefined, d);
    expect(d.opened).toEqual([]);
    expect(await getExplained(TAB)).toBeNull();
  });

  it('reads the selection with scripting in the clicked frame (activeTab grants it)', async () => {
    const { scripting } = stubMenusAndScripting();
    scripting.executeScript.mockResolvedValue([{ result: 'the selected text', frameId: 2 }]);
    const { readSelection } = await import('./context-menu');
    expect(await readSelection(TAB, 2)).toBe('the selected text');
    expect(scripting.executeScript.mock.calls[0]![0]).toMatchObject({
      target: { tabId: TAB, frameIds: [2] },
    });
  });
});

describe('opening the explanation', () => {
  it('opens the toolbar popup where the browser allows it', async () => {
    const openPopup = vi.spyOn(fakeBrowser.action, 'openPopup').mockResolvedValue(undefined as never);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await openExplanation(TAB, { explain: true })).toBe('popup');
    expect(openPopup).toHaveBeenCalledOnce();
    expect(create).not.toHaveBeenCalled();
  });

  it('else opens popup.html?tabId=N in a new tab', async () => {
    vi.spyOn(fakeBrowser.action, 'openPopup').mockRejectedValue(new Error('no focused window'));
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await openExplanation(TAB, { explain: true })).toBe('tab');
    expect(create.mock.calls[0]![0].url).toBe(
      fakeBrowser.runtime.getURL(`/popup.html?tabId=${TAB}&explain=1`),
    );
  });

  it('opens at most one explanation per second for a tab, whatever a page does', async () => {
    const openPopup = vi.spyOn(fakeBrowser.action, 'openPopup').mockResolvedValue(undefined as never);
    await handleOpenExplanation({ tab: { id: 9 } }, 10_000);
    await handleOpenExplanation({ tab: { id: 9 } }, 10_200);
    await handleOpenExplanation({ tab: { id: 9 } }, 11_500);
    expect(openPopup).toHaveBeenCalledTimes(2);
  });
});
