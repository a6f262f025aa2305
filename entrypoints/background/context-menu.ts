import { browser, type Browser } from '#imports';
import type { Classification } from '../../lib/rules/types';
import { MAX_EXPLAIN_TEXT, setExplained } from '../../utils/explain-store';
import { ENGLISH, type Translator } from '../../lib/i18n/translator';

export const MENU_ID = 'smtp-doctor-explain';
export const MENU_TITLE = ENGLISH.t('ui.menu.explain');

/** Menus persist across service-worker restarts: create them once per install or update. */
export async function createContextMenu(translator: Translator = ENGLISH): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_ID,
    title: translator.t('ui.menu.explain'),
    contexts: ['selection'],
  });
}

/** The browser keeps a menu's title as created: a new language has to be set on it. */
export async function retitleContextMenu({ t }: Translator): Promise<void> {
  await browser.contextMenus.update(MENU_ID, { title: t('ui.menu.explain') });
}

/**
 * The whole selection, line breaks included (info.selectionText may be flattened
 * or shortened). The click grants activeTab for this tab, which lets
 * scripting.executeScript read it; on pages that refuse scripts this fails and the
 * caller keeps selectionText.
 */
export async function readSelection(tabId: number, frameId: number | undefined): Promise<string | null> {
  const [result] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId ?? 0] },
    func: () => globalThis.getSelection?.()?.toString() ?? '',
  });
  return typeof result?.result === 'string' ? result.result : null;
}

export interface MenuDeps {
  classify(text: string): Classification;
  openExplanation(tabId: number, options: { explain?: boolean }): Promise<unknown>;
  readSelection(tabId: number, frameId: number | undefined): Promise<string | null>;
  now?(): number;
}

function store(tabId: number, text: string, deps: MenuDeps): Promise<void> {
  const capped = text.slice(0, MAX_EXPLAIN_TEXT);
  return setExplained(tabId, {
    text: capped,
    classification: deps.classify(capped),
    at: (deps.now ?? Date.now)(),
  });
}

/**
 * "Explain this email error" on a selection: classify it, keep it for the popup and
 * open the explanation. The popup is opened first, while the click still counts as
 * a user action (Firefox requires one); it watches the stored item, which lands
 * moments later and is refined once the full selection has been read.
 */
export async function onContextMenuClick(
  info: Browser.contextMenus.OnClickData,
  tab: Browser.tabs.Tab | undefined,
  deps: MenuDeps,
): Promise<void> {
  const tabId = tab?.id;
  if (info.menuItemId !== MENU_ID || tabId === undefined || tabId < 0) return;
  const quick = info.selectionText ?? '';
  const opened = deps.openExplanation(tabId, { explain: true });
  const stored = store(tabId, quick, deps);
  const refined = deps
    .readSelection(tabId, info.frameId)
    .catch(() => null)
    .then(async (full) => {
      await stored;
      if (full && full.trim() && full !== quick) await store(tabId, full, deps);
    });
  await Promise.allSettled([opened, stored, refined]);
}
