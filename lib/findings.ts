import type { CategoryId } from './categories';
import type { Classification } from './rules/types';
import type { PageKind } from './vantage';

/** Longest excerpt of page text kept with a finding. */
export const MAX_EXCERPT = 600;

/** One distinct send error seen on a tab. */
export interface Finding {
  /** Dedupe key: the same error shown twice is one finding. */
  key: string;
  category: CategoryId;
  classification: Classification;
  /** The page text that matched (plain text, capped at MAX_EXCERPT). */
  excerpt: string;
  /** URL of the frame the error appeared in. */
  frameUrl: string;
  frameId: number;
  /** ms since the epoch. */
  firstSeen: number;
  /** When its text left the page (ms since the epoch); absent while it is on the page. */
  leftPageAt?: number;
  /**
   * Until when a finding whose text left the page still counts as current (a toast
   * the user may only now turn to): the background decides it when the text leaves.
   */
  countUntil?: number;
  /** The kind of page it was seen on, as the watcher recognised it (absent in older findings). */
  page?: PageKind;
}

/** Is the finding on the page now, or gone so recently that it still counts (badge, cards)? */
export function isCurrent(finding: Finding, now: number): boolean {
  return finding.leftPageAt === undefined || now < (finding.countUntil ?? 0);
}

/** Whitespace- and case-insensitive key, so re-rendered copies of one error collapse. */
export function findingKey(category: CategoryId, excerpt: string): string {
  return `${category}|${excerpt.replace(/\s+/g, ' ').trim().toLowerCase().slice(0, 200)}`;
}
