import { browser } from '#imports';
import { isCurrent, type Finding } from '../lib/findings';
import { SEVERITY_COLORS, worstSeverity } from './severity';
import { ENGLISH, type Translator } from '../lib/i18n/translator';

/**
 * The badge contract: the number of the tab's current findings (on the page now, or
 * gone within the last minutes: lib/findings isCurrent), "" when none. Shown by the
 * background when findings change and by the popup when it opens.
 */
export function badgeText(findings: readonly Finding[], now: number): string {
  const count = currentCount(findings, now);
  return count ? String(count) : '';
}

function currentCount(findings: readonly Finding[], now: number): number {
  return findings.filter((f) => isCurrent(f, now)).length;
}

/** The button's tooltip, in the reader's language: the name, and the count when there is one. */
export function badgeTitle(findings: readonly Finding[], now: number, { t }: Translator): string {
  const count = currentCount(findings, now);
  return count ? `SMTP Doctor · ${t('ui.badge.title', { count })}` : 'SMTP Doctor';
}

export function badgeColor(findings: readonly Finding[], now: number): string | null {
  const severity = worstSeverity(findings.filter((f) => isCurrent(f, now)).map((f) => f.category));
  return severity ? SEVERITY_COLORS[severity] : null;
}

export async function showBadge(
  tabId: number,
  findings: readonly Finding[],
  now = Date.now(),
  translator: Translator = ENGLISH,
): Promise<void> {
  const color = badgeColor(findings, now);
  try {
    if (color) {
      await browser.action.setBadgeBackgroundColor({ tabId, color });
      await browser.action.setBadgeTextColor?.({ tabId, color: '#FFFFFF' });
    }
    await browser.action.setBadgeText({ tabId, text: badgeText(findings, now) });
    await browser.action.setTitle({ tabId, title: badgeTitle(findings, now, translator) });
  } catch {
    // The tab closed meanwhile: nothing to show.
  }
}
