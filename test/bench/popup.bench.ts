// Time from opening the popup for a tab with findings to its first finding card on screen.
//
//   npx tsx test/bench/popup.bench.ts         (or: npm run bench popup)
//   BENCH_POPUP_RUNS=20 BENCH_POPUP_BATCHES=1000
//
// A tab shows the bench webmail page with its 50 send errors (all of them after 1,000
// batches), then chrome-extension://<id>/popup.html?tabId=N is opened BENCH_POPUP_RUNS
// times, each in a new page. A probe injected before the popup's own scripts notes the
// first animation frame in which a [data-category] element with a box exists; the figure is
// that frame's time since the popup's navigation started (performance.now()).
import { badgeText, launchBrowser } from './support/browser';
import { emit, note } from './support/emit';
import { snapshotExtension } from './support/extension-build';
import { startFixtureServer } from './support/fixture-server';
import { median, quantile } from './support/stats';
import { openWebmail, runBatches } from './support/webmail';

const RUNS = Number(process.env.BENCH_POPUP_RUNS ?? 20);
const BATCHES = Number(process.env.BENCH_POPUP_BATCHES ?? 1000);

/** Runs in the popup before its scripts: records the first frame that shows a card. */
const FIRST_CARD_PROBE = `(() => {
  const shown = () => {
    const card = document.querySelector('[data-category]');
    if (!card) return false;
    const box = card.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const observer = new MutationObserver(() => {
    if (!shown()) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.__firstCard = performance.now(); });
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();`;

async function main() {
  const extensionDir = snapshotExtension();
  const server = await startFixtureServer();
  const session = await launchBrowser({ port: server.port, extensionDir });
  try {
    const { context, page } = session;
    await openWebmail(page, { errors: true });
    await runBatches(page, BATCHES);
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
      await popup.waitForFunction('window.__firstCard !== undefined', undefined, { timeout: 15_000 });
      const firstCard = await popup.evaluate<number>('window.__firstCard');
      const cards = await popup.locator('[data-category]').count();
      note(
        `  #${i + 1}: first card ${firstCard.toFixed(1)} ms (seen from the bench after ${Date.now() - t0} ms), ${cards} cards`,
      );
      times.push(firstCard);
      await popup.close();
    }
    emit({ bench: 'popup-first-card', value: median(times), unit: 'ms' });
    emit({ bench: 'popup-first-card-p95', value: quantile(times, 0.95), unit: 'ms' });
  } finally {
    await session.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
