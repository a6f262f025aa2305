// Time from opening the popup for a tab with findings to its first finding card on screen.
//
//   npx tsx test/bench/popup.bench.ts         (or: npm run bench popup)
//   BENCH_POPUP_RUNS=20 BENCH_POPUP_BATCHES=1000
//
// A tab shows the bench webmail page with its 50 send errors (all of them after 1,000
// batches; `popup-first-card-few`: after 40 batches, 2 errors), then chrome-extension://<id>/popup.html?tabId=N is opened BENCH_POPUP_RUNS
// times, each in a new page. A probe injected before the popup's own scripts notes the
// first animation frame in which a [data-category] element with a box exists and the moment
// that frame's main-thread rendering is done; the figure is that time since the popup's
// navigation started (performance.now()).
//
// `popup-first-card-floor`: the same probe on a static page of the same extension with the
// popup's stylesheets and one card already in its HTML, opened in turn with the popup. It is
// what creating an extension page and painting a card costs with none of the popup's own
// work, measured in the same minutes. The floor's openings come between the popup's: figures
// from before it was added (aba11dd) were measured without them in between.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { badgeText, launchBrowser } from './support/browser';
import { emit, emitVs, note } from './support/emit';
import { snapshotExtension } from './support/extension-build';
import { startFixtureServer } from './support/fixture-server';
import { FIRST_CARD_PROBE, pollFirstCard } from './support/popup-probe';
import { median, quantile } from './support/stats';
import { openWebmail, runBatches } from './support/webmail';

const RUNS = Number(process.env.BENCH_POPUP_RUNS ?? 20);
const BATCHES = Number(process.env.BENCH_POPUP_BATCHES ?? 1000);
const FEW_BATCHES = 40;

const FLOOR_PAGE = 'bench-floor.html';

/** The popup's page without its scripts, with one static card: the floor (see above). */
function writeFloorPage(extensionDir: string): void {
  const popup = readFileSync(join(extensionDir, 'popup.html'), 'utf8');
  const floor = popup
    .replace(/<script\b[^>]*>\s*<\/script>/g, '')
    .replace(/<link rel="modulepreload"[^>]*>/g, '')
    .replace(
      '<div id="root"></div>',
      '<div id="root"><article data-category="port-blocked"><h2>Couldn\'t connect to the mail server</h2></article></div>',
    );
  if (!floor.includes('data-category') || /<script/.test(floor))
    throw new Error('popup.html changed shape: no floor page');
  writeFileSync(join(extensionDir, FLOOR_PAGE), floor);
}

async function firstCardAt(page: Page, url: string): Promise<number> {
  await page.addInitScript(FIRST_CARD_PROBE);
  await page.goto(url);
  // Polled from here: the popup's CSP (script-src 'self') forbids the eval behind
  // waitForFunction(string); DevTools evaluation is exempt.
  return pollFirstCard(page);
}

/**
 * Opens the popup RUNS times for a tab that ran `batches` page batches, each opening
 * followed by one of the floor page; first-card times (ms) of both.
 */
async function firstCardTimes(
  port: number,
  extensionDir: string,
  batches: number,
): Promise<{ popup: number[]; floor: number[] }> {
  const session = await launchBrowser({ port, extensionDir });
  try {
    const { context, page } = session;
    await openWebmail(page, { errors: true });
    await runBatches(page, batches);
    await page.waitForTimeout(1000);
    const tab = await badgeText(session.serviceWorker!);
    if (!tab) throw new Error('could not find the webmail tab from the service worker');
    note(`popup bench: tab ${tab.tabId} badge "${tab.text}", ${RUNS} openings`);
    const url = `chrome-extension://${session.extensionId}/popup.html?tabId=${tab.tabId}`;
    const floorUrl = `chrome-extension://${session.extensionId}/${FLOOR_PAGE}`;
    const times = { popup: [] as number[], floor: [] as number[] };
    for (let i = 0; i < RUNS; i++) {
      const popup = await context.newPage();
      const t0 = Date.now();
      const firstCard = await firstCardAt(popup, url);
      const cards = await popup.locator('[data-category]').count();
      await popup.close();
      const floorPage = await context.newPage();
      const floor = await firstCardAt(floorPage, floorUrl);
      await floorPage.close();
      note(
        `  #${i + 1}: ${firstCard.toFixed(1)} ms (the bench saw it after ${Date.now() - t0} ms), ${cards} cards; floor ${floor.toFixed(1)} ms`,
      );
      times.popup.push(firstCard);
      times.floor.push(floor);
    }
    return times;
  } finally {
    await session.close();
  }
}

async function main() {
  const extensionDir = snapshotExtension();
  writeFloorPage(extensionDir);
  const server = await startFixtureServer();
  try {
    // All 50 errors on the tab: the worst case.
    const all = await firstCardTimes(server.port, extensionDir, BATCHES);
    emit({ bench: 'popup-first-card', value: median(all.popup), unit: 'ms' });
    emit({ bench: 'popup-first-card-p95', value: quantile(all.popup, 0.95), unit: 'ms' });
    // The usual case: a tab with two errors (batches 10 and 29 show them).
    const few = await firstCardTimes(server.port, extensionDir, FEW_BATCHES);
    emit({ bench: 'popup-first-card-few', value: median(few.popup), unit: 'ms' });
    const floor = median([...all.floor, ...few.floor]);
    emitVs('popup-first-card-floor', median(all.popup), floor, 'ms');
  } finally {
    await server.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
