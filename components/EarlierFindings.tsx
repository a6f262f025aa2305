import { useEffect, useMemo, useState } from 'react';
import { isCurrent, type Finding } from '../lib/findings';
import { showBadge } from '../utils/badge';
import { timeOfDay } from './time-of-day';
import { useT, withElements } from './i18n';
import './earlier.css';

/** The part of an earlier finding's text the list shows; the rest is in the tooltip. */
const SHORT_EXCERPT = 140;

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
  const translator = useT();
  useEffect(() => {
    if (findings && tabId !== null) void showBadge(tabId, findings, now, translator);
  }, [findings, tabId, now, translator]);
  return useMemo(() => {
    const all = findings ?? [];
    return { current: all.filter((f) => isCurrent(f, now)), earlier: all.filter((f) => !isCurrent(f, now)) };
  }, [findings, now]);
}

/** Findings whose text left the page a while ago: folded, newest first, with their times. */
export function EarlierFindings({ findings }: { findings: Finding[] }) {
  const translator = useT();
  const { t } = translator;
  const sorted = useMemo(
    () => [...findings].sort((a, b) => (b.leftPageAt ?? 0) - (a.leftPageAt ?? 0)),
    [findings],
  );
  if (!sorted.length) return null;
  return (
    <details className="earlier">
      <summary>
        {t('ui.earlier.title')} <span className="earlier-count">({sorted.length})</span>
      </summary>
      <ul>
        {sorted.map((finding) => (
          <li key={finding.key} data-earlier-category={finding.category}>
            <span className="earlier-time">
              {finding.leftPageAt !== undefined
                ? withElements(translator, 'ui.earlier.seenGone', {
                    seen: <Time ms={finding.firstSeen} />,
                    gone: <Time ms={finding.leftPageAt} />,
                  })
                : withElements(translator, 'ui.earlier.seen', { seen: <Time ms={finding.firstSeen} /> })}
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
  const { locale } = useT();
  return <time dateTime={new Date(ms).toISOString()}>{timeOfDay(locale).format(ms)}</time>;
}
