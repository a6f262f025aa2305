// Two unpacked builds side by side: the popup's first card, wall clock and main-thread CPU.
//
//   npx tsx test/bench/support/compare-popup-builds.ts <dirA> <dirB> [openings per build]
//
// One browser per build, each showing the bench page until its 50 errors are found; then the
// popup is opened alternately (A, B, B, A, …) so that both builds meet the same machine load.
// Each opening is traced: `wall` is the bench's first-card time (popup.bench.ts), `cpu` the
// main-thread CPU time (trace `tdur` of the top-level tasks of the popup's renderer main
// thread) from the popup's navigation to that moment, which other load on the machine does
// not inflate. Prints per-opening lines on stderr and a JSON line per build and figure.
import type { CDPSession, Page } from 'playwright-core';
import { badgeText, launchBrowser, type BrowserSession } from './browser';
import { emit, note } from './emit';
import { startFixtureServer } from './fixture-server';
import { FIRST_CARD_PROBE, pollFirstCard } from './popup-probe';
import { median, quantile } from './stats';
import { openWebmail, runBatches } from './webmail';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { documentLoaderURL?: string } };
}

async function traced(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: object[] }) => {
    events.push(...(e.value as TraceEvent[]));
  };
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'toplevel',
        'blink.user_timing',
      ],
      enableSampling: false,
    },
    transferMode: 'ReportEvents',
  });
  await run();
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  return events;
}

/**
 * Main-thread CPU (ms) of the popup from its navigation to `firstCardMs` after it; null when
 * the trace missed the popup's navigationStart (it sometimes starts too late to see it).
 */
function cpuUntil(events: TraceEvent[], firstCardMs: number): number | null {
  const nav = events.find(
    (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.includes('/popup.html'),
  );
  if (!nav) return null;
  const end = nav.ts + firstCardMs * 1000;
  let us = 0;
  for (const e of events) {
    if (e.tid !== nav.tid || e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask') continue;
    if (e.ts + (e.dur ?? 0) < nav.ts || e.ts > end) continue;
    us += e.tdur ?? 0;
  }
  return us / 1000;
}

async function openOnce(session: BrowserSession, url: string): Promise<{ wall: number; cpu: number | null }> {
  const popup: Page = await session.context.newPage();
  try {
    await popup.addInitScript(FIRST_CARD_PROBE);
    const cdp = await session.context.newCDPSession(popup);
    let wall = 0;
    const events = await traced(cdp, async () => {
      await popup.goto(url);
      wall = await pollFirstCard(popup);
    });
    return { wall, cpu: cpuUntil(events, wall) };
  } finally {
    await popup.close();
  }
}

async function main() {
  const [dirA, dirB, runsArg] = process.argv.slice(2);
  if (!dirA || !dirB) throw new Error('usage: compare-popup-builds.ts <dirA> <dirB> [openings]');
  const runs = Number(runsArg ?? 10);
  const server = await startFixtureServer();
  const sessions: BrowserSession[] = [];
  try {
    const urls: string[] = [];
    for (const dir of [dirA, dirB]) {
      const session = await launchBrowser({ port: server.port, extensionDir: dir });
      sessions.push(session);
      await openWebmail(session.page, { errors: true });
      await runBatches(session.page, 1000);
      await session.page.waitForTimeout(1000);
      const tab = await badgeText(session.serviceWorker!);
      if (!tab) throw new Error(`no webmail tab in the browser of ${dir}`);
      note(`${dir}: badge "${tab.text}"`);
      urls.push(`chrome-extension://${session.extensionId}/popup.html?tabId=${tab.tabId}`);
    }
    const results: Array<{ wall: number[]; cpu: number[] }> = [
      { wall: [], cpu: [] },
      { wall: [], cpu: [] },
    ];
    for (let i = 0; i < runs; i++) {
      // A B, B A, A B, …: neither build always goes first.
      const order = i % 2 === 0 ? [0, 1] : [1, 0];
      for (const which of order) {
        const { wall, cpu } = await openOnce(sessions[which]!, urls[which]!);
        results[which]!.wall.push(wall);
        if (cpu !== null) results[which]!.cpu.push(cpu);
        const cpuText =
          cpu === null
            ? 'no CPU figure (trace missed the navigation)'
            : `${cpu.toFixed(1)} ms main-thread CPU`;
        note(`  #${i + 1} ${which ? 'B' : 'A'}: ${wall.toFixed(1)} ms wall, ${cpuText}`);
      }
    }
    results.forEach((r, which) => {
      const name = which ? 'B' : 'A';
      emit({ bench: `compare-popup-first-card-${name}`, value: median(r.wall), unit: 'ms' });
      emit({ bench: `compare-popup-first-card-p95-${name}`, value: quantile(r.wall, 0.95), unit: 'ms' });
      emit({ bench: `compare-popup-first-card-cpu-${name}`, value: median(r.cpu), unit: 'ms' });
    });
  } finally {
    for (const session of sessions) await session.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
