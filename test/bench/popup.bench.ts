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
import { badgeText, launchBrowser } from './support/browser';
import { emit, note } from './support/emit';
import { snapshotExtension } from './support/extension-build';
import { startFixtureServer } from './support/fixture-server';
import { FIRST_CARD_PROBE, pollFirstCard } from './support/popup-probe';
import { median, quantile } from './support/stats';
import { openWebmail, runBatches } from './support/webmail';

const RUNS = Number(process.env.BENCH_POPUP_RUNS ?? 20);
const BATCHES = Number(process.env.BENCH_POPUP_BATCHES ?? 1000);
const FEW_BATCHES = 40;

/** Opens the popup RUNS times for a tab that ran `batches` page batches; first-card times (ms). */
async function firstCardTimes(port: number, extensionDir: string, batches: number): Promise<number[]> {
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
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const popup = await context.newPage();
      await popup.addInitScript(FIRST_CARD_PROBE);
      const t0 = Date.now();
      await popup.goto(url);
      // Polled from here: the popup's CSP (script-src 'self') forbids the eval behind
      // waitForFunction(string); DevTools evaluation is exempt.
      const firstCard = await pollFirstCard(popup);
      const cards = await popup.locator('[data-category]').count();
      note(
        `  #${i + 1}: ${firstCard.toFixed(1)} ms (the bench saw it after ${Date.now() - t0} ms), ${cards} cards`,
      );
      times.push(firstCard);
      await popup.close();
    }
    return times;
  } finally {
    await session.close();
  }
}

async function main() {
  const extensionDir = snapshotExtension();
  const server = await startFixtureServer();
  try {
    // All 50 errors on the tab: the worst case.
    const all = await firstCardTimes(server.port, extensionDir, BATCHES);
    emit({ bench: 'popup-first-card', value: median(all), unit: 'ms' });
    emit({ bench: 'popup-first-card-p95', value: quantile(all, 0.95), unit: 'ms' });
    // The usual case: a tab with two errors (batches 10 and 29 show them).
    const few = await firstCardTimes(server.port, extensionDir, FEW_BATCHES);
    emit({ bench: 'popup-first-card-few', value: median(few), unit: 'ms' });
  } finally {
    await server.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
