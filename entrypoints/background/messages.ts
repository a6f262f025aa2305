import { findingKey } from '../../lib/findings';
import type { Classification } from '../../lib/rules/types';
import { excerptAround, evidenceOffset } from '../../utils/excerpt';
import { clearExplained } from '../../utils/explain-store';
import { onMessage, type TextVerdict } from '../../utils/messaging';
import { clearFindings, recordFindings, type NewFinding } from './findings';
import { openExplanation } from './open-explanation';
import { parseTextBatch } from './validate';

/** One explanation window per tab per this many ms, whatever a page does. */
const OPEN_INTERVAL_MS = 1000;
const lastOpened = new Map<number, number>();

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
): Promise<TextVerdict[]> {
  const tabId = tabOf(sender);
  const batch = parseTextBatch(data);
  if (tabId === null || !batch) return [];
  const items: NewFinding[] = [];
  const verdicts = batch.texts.map((text, i): TextVerdict => {
    const classification = classify(text);
    const category = classification.category;
    if (!classification.match || !category) return { match: false };
    const focus = batch.focus[i] ?? 0;
    const at = evidenceOffset(text, classification.evidence, focus);
    // The error sits in the context line only: it is another block's finding.
    if (at < 0) return { match: false };
    // The excerpt (and so the finding's key) is the block's own text: the same error
    // under a different neighbour is still one finding.
    const excerpt = excerptAround(text.slice(focus), at - focus);
    const key = findingKey(category, excerpt);
    items.push({ key, category, classification, excerpt });
    return { match: true, key, category, at };
  });
  if (items.length) {
    await recordFindings(items, { tabId, frameId: sender.frameId ?? 0, frameUrl: batch.frameUrl, now });
  }
  return verdicts;
}

export async function handleDocumentGone(data: unknown, sender: Sender): Promise<void> {
  const tabId = tabOf(sender);
  if (tabId === null) return;
  const top = typeof data === 'object' && data !== null && (data as { top?: unknown }).top === true;
  // Only the top frame can speak for the whole tab.
  if (top && (sender.frameId ?? 0) === 0) {
    await Promise.all([clearFindings(tabId), clearExplained(tabId)]);
  } else if (sender.frameId !== undefined && sender.frameId !== 0) {
    await clearFindings(tabId, sender.frameId);
  }
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
  onMessage('openExplanation', ({ sender }) => handleOpenExplanation(sender));
}
