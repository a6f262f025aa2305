import type { CategoryId } from '../../lib/categories';
import type { Finding } from '../../lib/findings';
import type { Classification } from '../../lib/rules/types';
import { getTabFindings, setTabFindings } from '../../utils/findings-store';
import { showBadge } from './badge';
import { withTabLock } from './tab-lock';

/** Distinct findings kept per tab; later ones are dropped (the badge says "50"). */
export const MAX_FINDINGS_PER_TAB = 50;

export interface NewFinding {
  key: string;
  category: CategoryId;
  classification: Classification;
  excerpt: string;
}

export interface FindingOrigin {
  tabId: number;
  frameId: number;
  frameUrl: string;
  now: number;
}

/** Add the findings not seen on this tab yet; update the badge when any was new. */
export function recordFindings(items: readonly NewFinding[], origin: FindingOrigin): Promise<number> {
  const { tabId } = origin;
  return withTabLock(tabId, async () => {
    const findings = await getTabFindings(tabId);
    const keys = new Set(findings.map((f) => f.key));
    const next = [...findings];
    for (const item of items) {
      if (keys.has(item.key) || next.length >= MAX_FINDINGS_PER_TAB) continue;
      keys.add(item.key);
      next.push({ ...item, frameUrl: origin.frameUrl, frameId: origin.frameId, firstSeen: origin.now });
    }
    const added = next.length - findings.length;
    if (added) {
      await setTabFindings(tabId, next);
      await showBadge(tabId, next);
    }
    return added;
  });
}

/**
 * A document went away. The top document: the tab moved on, so all its findings go.
 * A frame's document: only the findings that frame reported.
 */
export function clearFindings(tabId: number, frameId?: number): Promise<void> {
  return withTabLock(tabId, async () => {
    const findings = await getTabFindings(tabId);
    const next = frameId === undefined ? [] : findings.filter((f) => f.frameId !== frameId);
    if (next.length === findings.length) return;
    await setTabFindings(tabId, next);
    await showBadge(tabId, next);
  });
}

export type { Finding };
