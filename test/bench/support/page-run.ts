// One measured run of the bench page (shared by page.bench.ts and compare-builds.ts):
// a fresh browser, with or without the extension, the page's batches between two reads
// of CDP Performance.getMetrics, a Chrome trace (CPU time) and the content script's stats.
import type { CDPSession } from 'playwright-core';
import {
  badgeText,
  countClassifyTraffic,
  type ClassifyTraffic,
  getMetrics,
  heapAfterGc,
  IsolatedWorldReader,
  launchBrowser,
  type ContentStats,
  type Metrics,
} from './browser';
import { note } from './emit';
import { PAGE_URL } from './fixture-server';
import { saveProfile, selfTimeByFunction, startProfile } from './profile';
import { quantile, sleep, sum } from './stats';
import { startTrace, summarizeTrace, type TraceSummary } from './trace';
import { countMarkers, openWebmail, runBatches, type MarkerCount } from './webmail';

/** BENCH_PROFILE=<file.cpuprofile>: CPU-profile the first run with the extension. */
const PROFILE_FILE = process.env.BENCH_PROFILE;
let profiled = false;
/** Time given to the page (and the content script's initial scan) before measuring. */
const SETTLE_MS = 1500;
/** Time after the last batch for deferred flushes, the same for both sides. */
const TAIL_MS = 800;

export interface Run {
  withExtension: boolean;
  errors: boolean;
  /** Deltas over the batch phase. */
  scriptMs: number;
  taskMs: number;
  layoutCount: number;
  styleCount: number;
  layoutMs: number;
  pageOwnMs: number;
  /** Wall-clock length of the batch phase. */
  phaseMs: number;
  /** CPU time from a trace of the batch phase. */
  cpu: TraceSummary;
  heap: number;
  heapLong?: number;
  nodes: number;
  errorsShown: number;
  /** Content-script flush durations (ms) during the batch phase. */
  flushes?: number[];
  flushesLost?: number;
  findings?: number;
  /** Times sampling paused the content script's observer during the batch phase. */
  pauses?: number;
  badge?: string;
  /** Prefilter survivors sent to the background during the batch phase. */
  traffic?: ClassifyTraffic;
  markers?: MarkerCount;
}

/** Flush durations recorded between two reads of the ring buffer. */
function flushesBetween(before: ContentStats, after: ContentStats): { durations: number[]; lost: number } {
  const size = after.batches.length;
  const n = after.count - before.count;
  const kept = Math.min(n, size);
  const durations: number[] = [];
  for (let k = after.count - kept; k < after.count; k++) durations.push(after.batches[k % size]!);
  return { durations, lost: n - kept };
}

const delta = (a: Metrics, b: Metrics, key: string) => (b[key] ?? 0) - (a[key] ?? 0);

export async function measure(opts: {
  port: number;
  extensionDir?: string;
  errors: boolean;
  batches: number;
  /** Continue to this many batches for the heap-growth reading. */
  longBatches?: number;
  /** The extension keeps the content script's stats (false: the empty-observer floor). */
  stats?: boolean;
}): Promise<Run> {
  const session = await launchBrowser({ port: opts.port, extensionDir: opts.extensionDir });
  try {
    const { page, context } = session;
    // BENCH_ONLY=tick,pane: only those kinds of page change (a diagnostic; see docs/performance.md).
    const only = process.env.BENCH_ONLY?.split(',');
    const info0 = await openWebmail(page, { errors: opts.errors, ...(only && { only }) });
    const cdp: CDPSession = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    let reader: IsolatedWorldReader | undefined;
    let stats0: ContentStats | undefined;
    if (session.extensionId && opts.stats !== false) {
      reader = new IsolatedWorldReader(cdp, session.extensionId);
      await reader.start();
      stats0 = await reader.waitForStats().catch((e: Error) => {
        note(`  ${e.message}`);
        return undefined;
      });
    }
    await sleep(SETTLE_MS);
    if (stats0 && reader) stats0 = await reader.waitForQuiet();

    const profile = PROFILE_FILE && session.extensionId && opts.stats !== false && !profiled;
    const stopProfile = profile ? await startProfile(cdp) : undefined;
    const ours = opts.stats !== false ? session.serviceWorker : undefined;
    const readTraffic = ours ? await countClassifyTraffic(ours) : undefined;
    const stopTrace = await startTrace(cdp);
    const m0 = await getMetrics(cdp);
    const t0 = Date.now();
    const { ownMs } = await runBatches(page, opts.batches);
    const phaseMs = Date.now() - t0;
    await sleep(TAIL_MS);
    const stats1 = stats0 && reader ? await reader.waitForQuiet() : undefined;
    const m1 = await getMetrics(cdp);
    const events = await stopTrace();
    const traffic = await readTraffic?.();
    if (stopProfile && PROFILE_FILE) {
      profiled = true;
      const data = await stopProfile();
      saveProfile(data, PROFILE_FILE);
      note(`  CPU profile saved to ${PROFILE_FILE}; extension self time by function (ms):`);
      for (const [fn, ms] of selfTimeByFunction(data, `chrome-extension://${session.extensionId}/`)) {
        note(`    ${ms.toFixed(1).padStart(7)}  ${fn}`);
      }
    }
    const cpu = summarizeTrace(
      events,
      new URL(PAGE_URL).origin,
      session.extensionId && `chrome-extension://${session.extensionId}/`,
    );

    const info1 = await page.evaluate<{ nodes: number; errorsShown: number }>('window.benchPage.info()');
    const run: Run = {
      withExtension: Boolean(opts.extensionDir),
      errors: opts.errors,
      scriptMs: delta(m0, m1, 'ScriptDuration') * 1000,
      taskMs: delta(m0, m1, 'TaskDuration') * 1000,
      layoutMs: delta(m0, m1, 'LayoutDuration') * 1000,
      layoutCount: delta(m0, m1, 'LayoutCount'),
      styleCount: delta(m0, m1, 'RecalcStyleCount'),
      pageOwnMs: ownMs,
      phaseMs,
      cpu,
      traffic,
      heap: await heapAfterGc(cdp),
      nodes: info0.nodes,
      errorsShown: info1.errorsShown,
    };
    if (stats0 && stats1) {
      const { durations, lost } = flushesBetween(stats0, stats1);
      run.flushes = durations;
      run.flushesLost = lost;
      run.findings = stats1.findings;
      run.pauses = (stats1.pauses ?? 0) - (stats0.pauses ?? 0);
    }
    if (ours) run.badge = (await badgeText(ours).catch(() => undefined))?.text;
    if (opts.errors) run.markers = await countMarkers(page);
    if (opts.longBatches && opts.longBatches > opts.batches) {
      await runBatches(page, opts.longBatches - opts.batches);
      await sleep(TAIL_MS);
      if (reader && stats0) await reader.waitForQuiet();
      run.heapLong = await heapAfterGc(cdp);
    }
    return run;
  } finally {
    await session.close();
  }
}

export function describe(run: Run): string {
  const side = run.withExtension ? 'with   ' : 'without';
  const flushes = run.flushes
    ? ` flushes=${run.flushes.length}${run.flushesLost ? `(+${run.flushesLost} lost)` : ''} own=${sum(run.flushes).toFixed(1)}ms p95=${quantile(run.flushes, 0.95).toFixed(3)}ms findings=${run.findings} sent=${run.traffic?.texts}texts/${run.traffic?.messages}msgs/${run.traffic?.chars}chars badge=${JSON.stringify(run.badge ?? '')}`
    : '';
  const c = run.cpu;
  const cpu = ` cpu[main=${c.mainCpuMs.toFixed(0)} script=${c.scriptCpuMs.toFixed(1)} page-fn=${c.pageFnCpuMs.toFixed(1)} ext-fn=${c.extFnCpuMs.toFixed(1)}/${c.extCalls} render=${c.renderCpuMs.toFixed(0)} ext-forced-layouts=${c.extForcedLayouts}]`;
  return `  ${side} phase=${(run.phaseMs / 1000).toFixed(1)}s script=${run.scriptMs.toFixed(1)}ms task=${run.taskMs.toFixed(1)}ms${cpu} layouts=${run.layoutCount} styles=${run.styleCount} page-own=${run.pageOwnMs.toFixed(1)}ms heap=${(run.heap / 1e6).toFixed(2)}MB${run.heapLong ? `→${(run.heapLong / 1e6).toFixed(2)}MB` : ''}${flushes}`;
}
