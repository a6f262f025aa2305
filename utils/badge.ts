import { browser } from '#imports';
import { isCurrent, type Finding } from '../lib/findings';
import { SEVERITY_COLORS, worstSeverity } from './severity';

/**
 * The badge contract: the number of the tab's current findings (on the page now, or
 * gone within the last minutes: lib/findings isCurrent), "" when none. Shown by the
 * background when findings change and by the popup when it opens.
 */
export function badgeText(findings: readonly Finding[], now: number): string {
  const count = findings.filter((f) => isCurrent(f, now)).length;
  return count ? String(count) : '';
}

export function badgeColor(findings: readonly Finding[], now: number): string | null {
  const severity = worstSeverity(findings.filter((f) => isCurrent(f, now)).map((f) => f.category));
  return severity ? SEVERITY_COLORS[severity] : null;
}

export async function showBadge(
  tabId: number,
  findings: readonly Finding[],
  now = Date.now(),
): Promise<void> {
  const color = badgeColor(findings, now);
  try {
    if (color) {
      await browser.action.setBadgeBackgroundColor({ tabId, color });
      await browser.action.setBadgeTextColor?.({ tabId, color: '#FFFFFF' });
    }
    await browser.action.setBadgeText({ tabId, text: badgeText(findings, now) });
  } catch {
    // The tab closed meanwhile: nothing to show.
  }
}
