import type { CategoryId } from '../../lib/categories';
import type { Finding } from '../../lib/findings';
import { ruleById } from '../../lib/rules/index';
import { TIER } from '../../lib/rules/rule';
import type { Classification } from '../../lib/rules/types';
import { clearExplained } from '../../utils/explain-store';
import { getTabFindings, setTabFindings } from '../../utils/findings-store';
import { clearStoredProbes, keepStoredProbes } from '../../utils/probe-store';
import { showBadge } from '../../utils/badge';
import { withTabLock } from './tab-lock';
import { backgroundTranslator } from './language';

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
  page?: Finding['page'];
}

/** What storing a batch changed. */
export interface RecordResult {
  /** Keys of the batch's findings that are on the tab now (new or already there). */
  kept: Set<string>;
  /** Keys of earlier findings that were dropped. */
  retired: string[];
}

/** Decided by a generic rule: a "delivery failed" line that names no cause. */
function isGeneric(finding: Finding): boolean {
  const rule = finding.classification.rule;
  return rule !== null && (ruleById(rule)?.tier ?? TIER.code) < TIER.code;
}

/**
 * A generic line ("Undeliverable: …", "Failed to send message.") says less than a
 * specific error in the same frame: once a frame has one, its generic ones go.
 */
function supersede(findings: Finding[]): Finding[] {
  const specific = new Set(findings.filter((f) => !isGeneric(f)).map((f) => f.frameId));
  return findings.filter((f) => !isGeneric(f) || !specific.has(f.frameId));
}

/** Add the findings not seen on this tab yet; update the badge when anything changed. */
export function recordFindings(items: readonly NewFinding[], origin: FindingOrigin): Promise<RecordResult> {
  const { tabId } = origin;
  return withTabLock(tabId, async () => {
    const findings = await getTabFindings(tabId);
    const keys = new Set(findings.map((f) => f.key));
    const shownAgain = new Set(items.map((i) => i.key));
    let back = false;
    // An error whose text had left the page and shows again is on the page again.
    const merged = findings.map((f) => {
      if (f.leftPageAt === undefined || !shownAgain.has(f.key)) return f;
      back = true;
      const onPage = { ...f };
      delete onPage.leftPageAt;
      delete onPage.countUntil;
      return onPage;
    });
    for (const item of items) {
      if (keys.has(item.key) || merged.length >= MAX_FINDINGS_PER_TAB) continue;
      keys.add(item.key);
      const finding: Finding = {
        ...item,
        frameUrl: origin.frameUrl,
        frameId: origin.frameId,
        firstSeen: origin.now,
      };
      if (origin.page) finding.page = origin.page;
      merged.push(finding);
    }
    const next = supersede(merged);
    const nextKeys = new Set(next.map((f) => f.key));
    const retired = findings.filter((f) => !nextKeys.has(f.key)).map((f) => f.key);
    const changed = back || next.length !== findings.length || retired.length > 0;
    if (changed) {
      await setTabFindings(tabId, next);
      if (retired.length) await keepStoredProbes(tabId, nextKeys);
      await showBadge(tabId, next, origin.now, await backgroundTranslator());
    }
    return { kept: new Set(items.map((i) => i.key).filter((k) => nextKeys.has(k))), retired };
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
    // Probe runs go with the findings they were run for.
    await (next.length ? keepStoredProbes(tabId, new Set(next.map((f) => f.key))) : clearStoredProbes(tabId));
    if (next.length === findings.length) return;
    await setTabFindings(tabId, next);
    await showBadge(tabId, next, Date.now(), await backgroundTranslator());
  });
}

/**
 * How long a finding whose text left the page still counts in the badge and among the
 * popup's cards: five minutes, long enough for a toast that showed for four seconds
 * while the user looked elsewhere to still be there when they turn to the toolbar, short
 * enough that errors read this morning no longer count this afternoon. Mutable only for
 * the e2e tests (through the background's test hook); nothing else writes it.
 */
export const recentWindow = { ms: 5 * 60_000 };

/**
 * The frame's marked errors with these keys left its page: they stay stored as
 * "earlier" with the time they left, and count on the badge for `recentWindow` more.
 * With no keys, only the badge is recomputed (a window ran out). Answers in how many
 * ms the next counted-but-gone finding runs out (null: none), for the page to ask again.
 */
export function markFindingsGone(
  keys: readonly string[],
  origin: { tabId: number; frameId: number; now: number },
): Promise<number | null> {
  const { tabId, frameId, now } = origin;
  return withTabLock(tabId, async () => {
    const findings = await getTabFindings(tabId);
    const gone = new Set(keys);
    let changed = false;
    const next = findings.map((f) => {
      if (f.leftPageAt !== undefined || f.frameId !== frameId || !gone.has(f.key)) return f;
      changed = true;
      return { ...f, leftPageAt: now, countUntil: now + recentWindow.ms };
    });
    if (changed) await setTabFindings(tabId, next);
    await showBadge(tabId, next, now, await backgroundTranslator());
    const pending = next
      .filter((f) => f.leftPageAt !== undefined && (f.countUntil ?? 0) > now)
      .map((f) => f.countUntil! - now);
    return pending.length ? Math.min(...pending) : null;
  });
}

/**
 * The tab closed: everything kept for it in storage.session goes (no badge to update).
 * Under the tab's lock: reports already queued for it are stored first, then cleared with the rest.
 */
export function forgetTab(tabId: number): Promise<void> {
  return withTabLock(tabId, async () => {
    await Promise.all([setTabFindings(tabId, []), clearExplained(tabId), clearStoredProbes(tabId)]);
  });
}

export type { Finding };
