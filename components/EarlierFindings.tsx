import { useEffect, useMemo, useState } from 'react';
import { isCurrent, type Finding } from '../lib/findings';
import { showBadge } from '../utils/badge';
import './earlier.css';

/** The part of an earlier finding's text the list shows; the rest is in the tooltip. */
const SHORT_EXCERPT = 140;
const TIME_OF_DAY = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

/**
 * The tab's findings split at this moment into current ones (on the page, or gone
 * within the recent window) and earlier ones, re-split when the next window runs out.
 * While the popup is open it also shows the same count on the badge: the background
 * recomputes it on page events only, so a window that ran out unseen is caught here.
 * `findings` is null while they are still being read (the badge is left alone).
 */
export function useFindingsNow(
  findings: Finding[] | null,
  tabId: number | null,
): { current: Finding[]; earlier: Finding[] } {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const ends = (findings ?? [])
      .filter((f) => f.leftPageAt !== undefined && (f.countUntil ?? 0) > now)
      .map((f) => f.countUntil!);
    if (!ends.length) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.min(...ends) - now + 50);
    return () => clearTimeout(timer);
  }, [findings, now]);
  useEffect(() => {
    if (findings && tabId !== null) void showBadge(tabId, findings, now);
  }, [findings, tabId, now]);
  return useMemo(() => {
    const all = findings ?? [];
    return { current: all.filter((f) => isCurrent(f, now)), earlier: all.filter((f) => !isCurrent(f, now)) };
  }, [findings, now]);
}

/** Findings whose text left the page a while ago: folded, newest first, with their times. */
export function EarlierFindings({ findings }: { findings: Finding[] }) {
  const sorted = useMemo(
    () => [...findings].sort((a, b) => (b.leftPageAt ?? 0) - (a.leftPageAt ?? 0)),
    [findings],
  );
  if (!sorted.length) return null;
  return (
    <details className="earlier">
      <summary>
        Earlier on this page <span className="earlier-count">({sorted.length})</span>
      </summary>
      <ul>
        {sorted.map((finding) => (
          <li key={finding.key} data-earlier-category={finding.category}>
            <span className="earlier-time">
              Seen at <Time ms={finding.firstSeen} />
              {finding.leftPageAt !== undefined ? (
                <>
                  , gone at <Time ms={finding.leftPageAt} />
                </>
              ) : null}
            </span>
            <span className="earlier-excerpt" title={finding.excerpt}>
              {finding.excerpt.length > SHORT_EXCERPT
                ? `${finding.excerpt.slice(0, SHORT_EXCERPT)}…`
                : finding.excerpt}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}

function Time({ ms }: { ms: number }) {
  return <time dateTime={new Date(ms).toISOString()}>{TIME_OF_DAY.format(ms)}</time>;
}
