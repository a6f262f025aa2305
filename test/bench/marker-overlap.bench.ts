// What the in-page markers cover of the bench webmail page: none of its text or icons.
//
//   npx tsx test/bench/marker-overlap.bench.ts      (or: npm run bench marker)
//
// The page with its 50 send errors runs its 1,000 batches (every error shown, amid the
// page's own changes), then each marker button is measured as drawn (read over the
// DevTools protocol: the buttons sit in closed shadow roots) against every line box of
// the page's text and every icon, image, link and control it draws (the same measure as
// test/e2e/marker-and-earlier.test.ts). Figures: the markers measured, how many cover
// anything, and the area they cover (px²).
import { drawnMarkerButtons, markerOverlaps } from '../e2e/support/marker';
import { badgeText, launchBrowser } from './support/browser';
import { emit, note } from './support/emit';
import { snapshotExtension } from './support/extension-build';
import { startFixtureServer } from './support/fixture-server';
import { sleep } from './support/stats';
import { countMarkers, openWebmail, runBatches } from './support/webmail';

const BATCHES = 1000;

async function main() {
  const extensionDir = snapshotExtension();
  const server = await startFixtureServer();
  const session = await launchBrowser({ port: server.port, extensionDir });
  try {
    const { context, page } = session;
    await openWebmail(page, { errors: true });
    await runBatches(page, BATCHES);
    // Wait for a state: the badge stops growing and every counted error has its marker.
    let last = '';
    for (let stable = 0; stable < 3;) {
      await sleep(500);
      const text = (await badgeText(session.serviceWorker!))?.text ?? '';
      stable = text === last ? stable + 1 : 0;
      last = text;
    }
    const markers = await countMarkers(page, 'smtp-doctor-marker');
    note(`badge "${last}", markers ${markers.markers}, stray ${markers.stray}`);
    const overlaps = await markerOverlaps(context, page);
    const covering = overlaps.filter((o) => o.covers.length);
    const area = covering.reduce((sum, o) => sum + o.covers.reduce((s, c) => s + c.area, 0), 0);
    for (const o of covering) note('covers:', o);
    emit({ bench: 'marker-measured', value: overlaps.length, unit: 'markers' });
    emit({ bench: 'marker-overlap-markers', value: covering.length, unit: 'markers' });
    emit({ bench: 'marker-overlap-area', value: area, unit: 'px²' });
    // Markers the page clips (an error in a table cell that cuts its overflow): beside
    // the error but not wholly visible; the error's explanation stays in the popup.
    const buttons = await drawnMarkerButtons(context, page);
    const clipped = buttons.filter((b) => b.rect.width < b.fullWidth - 0.5);
    for (const b of clipped) note('clipped:', b);
    emit({ bench: 'marker-clipped', value: clipped.length, unit: 'markers' });
  } finally {
    await session.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
