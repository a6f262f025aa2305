import { browser } from '#imports';
import type { Finding } from '../../lib/findings';
import { SEVERITY_COLORS, worstSeverity } from '../../utils/severity';

/** The badge contract: the number of distinct findings on the tab, "" when none. */
export function badgeText(findings: readonly Finding[]): string {
  return findings.length ? String(findings.length) : '';
}

export function badgeColor(findings: readonly Finding[]): string | null {
  const severity = worstSeverity(findings.map((f) => f.category));
  return severity ? SEVERITY_COLORS[severity] : null;
}

export async function showBadge(tabId: number, findings: readonly Finding[]): Promise<void> {
  const color = badgeColor(findings);
  try {
    if (color) {
      await browser.action.setBadgeBackgroundColor({ tabId, color });
      await browser.action.setBadgeTextColor?.({ tabId, color: '#FFFFFF' });
    }
    await browser.action.setBadgeText({ tabId, text: badgeText(findings) });
  } catch {
    // The tab closed meanwhile: nothing to show.
  }
}
