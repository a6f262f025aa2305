import { findingKey } from '../../lib/findings';
import type { Classification } from '../../lib/rules/types';
import { excerptAround } from '../../utils/excerpt';
import { clearExplained } from '../../utils/explain-store';
import { onMessage, type ClassifyAnswer, type TextVerdict } from '../../utils/messaging';
import { createTextBudget, TAB_TEXT_PER_MINUTE, type TextBudget } from '../../utils/text-budget';
import { classifyPageBlock } from './classify-block';
import { clearFindings, markFindingsGone, recordFindings, type NewFinding } from './findings';
import { openExplanation } from './open-explanation';
import { parseGoneKeys, parseTextBatch } from './validate';

/** One explanation window per tab per this many ms, whatever a page does. */
const OPEN_INTERVAL_MS = 1000;
const lastOpened = new Map<number, number>();

/** Work done for pages since the worker started: read by the e2e tests and benchmarks. */
export const classifyCounts = { messages: 0, texts: 0, totalMs: 0, worstMs: 0 };

/**
 * Page text classified per tab per minute, whatever its frames send: texts past the
 * budget get no verdict. Kept in memory: a restarted worker starts afresh.
 */
const tabBudgets = new Map<number, TextBudget>();

function budgetOf(tabId: number, now: number): TextBudget {
  let budget = tabBudgets.get(tabId);
  if (!budget) tabBudgets.set(tabId, (budget = createTextBudget(TAB_TEXT_PER_MINUTE, now)));
  return budget;
}

/** The tab is gone: its budget goes too. */
export function forgetTabBudgets(tabId: number): void {
  tabBudgets.delete(tabId);
  lastOpened.delete(tabId);
}

/** The parts of a message sender this module reads (the polyfill's and Chrome's types differ). */
export interface Sender {
  tab?: { id?: number };
  frameId?: number;
}

function tabOf(sender: Sender): number | null {
  const tabId = sender.tab?.id;
  return typeof tabId === 'number' && tabId >= 0 ? tabId : null;
}

/**
 * Classify the page text a content script found suspicious. Send errors become the
 * tab's findings; the answer tells the page where each one sits, for its marker.
 */
export async function handleClassifyTexts(
  data: unknown,
  sender: Sender,
  classify: (text: string) => Classification,
  now = Date.now(),
): Promise<ClassifyAnswer> {
  const tabId = tabOf(sender);
  const batch = parseTextBatch(data);
  classifyCounts.messages++;
  if (tabId === null || !batch) return { verdicts: [], retired: [] };
  const items: NewFinding[] = [];
  const budget = budgetOf(tabId, now);
  const started = performance.now();
  const verdicts = batch.texts.map((text, i): TextVerdict => {
    if (!budget.take(text, now)) return { match: false };
    classifyCounts.texts++;
    const focus = batch.focus[i] ?? 0;
    // A page in a language the catalog knows is read in English first (classify-block.ts):
    // the text pays for that reading, its English for the rule table's, as an English
    // page's text does. So a localized page gets half as much text read per minute.
    const afford = (english: string) => budget.take(english, now);
    const found = classifyPageBlock(text, focus, batch.language, classify, afford);
    if (!found) return { match: false };
    const { classification, category, at } = found;
    // The excerpt (and so the finding's key) is the block's own text: the same error
    // under a different neighbour is still one finding.
    const excerpt = excerptAround(text.slice(focus), at - focus);
    const key = findingKey(category, excerpt);
    items.push({ key, category, classification, excerpt });
    return { match: true, key, category, at };
  });
  const took = performance.now() - started;
  classifyCounts.totalMs += took;
  classifyCounts.worstMs = Math.max(classifyCounts.worstMs, took);
  if (!items.length) return { verdicts, retired: [] };
  const { kept, retired } = await recordFindings(items, {
    tabId,
    frameId: sender.frameId ?? 0,
    frameUrl: batch.frameUrl,
    now,
    page: batch.page,
  });
  // A generic line that a specific cause beside it outranks is no finding: no marker either.
  return { verdicts: verdicts.map((v) => (v.match && !kept.has(v.key) ? { match: false } : v)), retired };
}

export async function handleDocumentGone(data: unknown, sender: Sender): Promise<void> {
  const tabId = tabOf(sender);
  if (tabId === null) return;
  const top = typeof data === 'object' && data !== null && (data as { top?: unknown }).top === true;
  // The page's own script says whether it is the top document (window === top): by
  // the time a leaving top document's message arrives, Chrome may already report it
  // under another frameId, its new document having taken frame 0.
  if (top) {
    await Promise.all([clearFindings(tabId), clearExplained(tabId)]);
  } else if (sender.frameId !== undefined && sender.frameId !== 0) {
    await clearFindings(tabId, sender.frameId);
  }
}

/** Marked errors left the sender frame's page: they become "earlier" findings. */
export async function handleFindingsGone(
  data: unknown,
  sender: Sender,
  now = Date.now(),
): Promise<{ recountInMs: number | null }> {
  const tabId = tabOf(sender);
  const keys = parseGoneKeys(data);
  if (tabId === null || !keys) return { recountInMs: null };
  return { recountInMs: await markFindingsGone(keys, { tabId, frameId: sender.frameId ?? 0, now }) };
}

export async function handleOpenExplanation(sender: Sender, now = Date.now()): Promise<void> {
  const tabId = tabOf(sender);
  if (tabId === null) return;
  if (now - (lastOpened.get(tabId) ?? -Infinity) < OPEN_INTERVAL_MS) return;
  lastOpened.set(tabId, now);
  await openExplanation(tabId);
}

export function registerMessageHandlers(classify: (text: string) => Classification): void {
  onMessage('classifyTexts', ({ data, sender }) => handleClassifyTexts(data, sender, classify));
  onMessage('documentGone', ({ data, sender }) => handleDocumentGone(data, sender));
  onMessage('findingsGone', ({ data, sender }) => handleFindingsGone(data, sender));
  onMessage('openExplanation', ({ sender }) => handleOpenExplanation(sender));
}
