import type { Locator, Page } from 'playwright-core';

/** A card's probe form, in its folded "Confirm it" section (opened here). */
export async function probeForm(card: Locator): Promise<Locator> {
  await card.locator('.confirm-section > summary').click();
  return card.locator('form').filter({ has: card.page().getByRole('button', { name: 'Run probes' }) });
}

/** Open the options page's folded "Advanced" section (probe route, backend, DNS). */
export async function openAdvanced(options: Page): Promise<void> {
  await options.locator('.opt-advanced > summary').click();
}
