// Page cost of the content script in real Chromium, side by side with the same page
// without the extension (docs/performance.md says what each line means).
//
//   npx tsx test/bench/page.bench.ts          (or: npm run bench page)
//   BENCH_PAIRS=5 BENCH_ERROR_PAIRS=3 BENCH_BATCHES=1000 BENCH_LONG_BATCHES=3000
//
// Each run is a fresh browser profile that opens the synthetic webmail page
// (test/fixtures/bench) at https://mail.google.com/mail/u/0/ on loopback, waits for it to
// settle, then runs the page's 1,000 mutation batches between two CDP Performance.getMetrics
// reads. Runs alternate with / without the extension so drift on the shared machine hits
// both sides alike.
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
} from './support/browser';
import { emit, emitVs, note } from './support/emit';
import { snapshotExtension } from './support/extension-build';
import { PAGE_URL, startFixtureServer } from './support/fixture-server';
import { median, quantile, sleep, sum } from './support/stats';
import { saveProfile, selfTimeByFunction, startProfile } from './support/profile';
import { startTrace, summarizeTrace, type TraceSummary } from './support/trace';
import { countMarkers, ERROR_COUNT, openWebmail, runBatches, type MarkerCount } from './support/webmail';

const PAIRS = Number(process.env.BENCH_PAIRS ?? 5);
const ERROR_PAIRS = Number(process.env.BENCH_ERROR_PAIRS ?? 3);
const BATCHES = Number(process.env.BENCH_BATCHES ?? 1000);
const LONG_BATCHES = Number(process.env.BENCH_LONG_BATCHES ?? 3000);
/** BENCH_PROFILE=<file.cpuprofile>: CPU-profile the first run with the extension. */
const PROFILE_FILE = process.env.BENCH_PROFILE;
let profiled = false;
/** Time given to the page (and the content script's initial scan) before measuring. */
const SETTLE_MS = 1500;
/** Time after the last batch for deferred flushes, the same for both sides. */
const TAIL_MS = 800;

interface Run {
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

async function measure(opts: {
  port: number;
  extensionDir?: string;
  errors: boolean;
  long: boolean;
}): Promise<Run> {
  const session = await launchBrowser({ port: opts.port, extensionDir: opts.extensionDir });
  try {
    const { page, context } = session;
    const info0 = await openWebmail(page, { errors: opts.errors });
    const cdp: CDPSession = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    let reader: IsolatedWorldReader | undefined;
    let stats0: ContentStats | undefined;
    if (session.extensionId) {
      reader = new IsolatedWorldReader(cdp, session.extensionId);
      await reader.start();
      stats0 = await reader.waitForStats().catch((e: Error) => {
        note(`  ${e.message}`);
        return undefined;
      });
    }
    await sleep(SETTLE_MS);
    if (stats0 && reader) stats0 = await reader.waitForQuiet();

    const profile = PROFILE_FILE && session.extensionId && !profiled;
    const stopProfile = profile ? await startProfile(cdp) : undefined;
    const readTraffic = session.serviceWorker ? await countClassifyTraffic(session.serviceWorker) : undefined;
    const stopTrace = await startTrace(cdp);
    const m0 = await getMetrics(cdp);
    const t0 = Date.now();
    const { ownMs } = await runBatches(page, BATCHES);
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
    }
    if (session.serviceWorker)
      run.badge = (await badgeText(session.serviceWorker).catch(() => undefined))?.text;
    if (opts.errors) run.markers = await countMarkers(page);
    if (opts.long) {
      await runBatches(page, LONG_BATCHES - BATCHES);
      await sleep(TAIL_MS);
      if (reader && stats0) await reader.waitForQuiet();
      run.heapLong = await heapAfterGc(cdp);
    }
    return run;
  } finally {
    await session.close();
  }
}

function describe(run: Run): string {
  const side = run.withExtension ? 'with   ' : 'without';
  const flushes = run.flushes
    ? ` flushes=${run.flushes.length}${run.flushesLost ? `(+${run.flushesLost} lost)` : ''} own=${sum(run.flushes).toFixed(1)}ms p95=${quantile(run.flushes, 0.95).toFixed(3)}ms findings=${run.findings} sent=${run.traffic?.texts}texts/${run.traffic?.messages}msgs/${run.traffic?.chars}chars badge=${JSON.stringify(run.badge ?? '')}`
    : '';
  const c = run.cpu;
  const cpu = ` cpu[main=${c.mainCpuMs.toFixed(0)} script=${c.scriptCpuMs.toFixed(1)} page-fn=${c.pageFnCpuMs.toFixed(1)} ext-fn=${c.extFnCpuMs.toFixed(1)}/${c.extCalls} render=${c.renderCpuMs.toFixed(0)} ext-forced-layouts=${c.extForcedLayouts}]`;
  return `  ${side} phase=${(run.phaseMs / 1000).toFixed(1)}s script=${run.scriptMs.toFixed(1)}ms task=${run.taskMs.toFixed(1)}ms${cpu} layouts=${run.layoutCount} styles=${run.styleCount} page-own=${run.pageOwnMs.toFixed(1)}ms heap=${(run.heap / 1e6).toFixed(2)}MB${run.heapLong ? `→${(run.heapLong / 1e6).toFixed(2)}MB` : ''}${flushes}`;
}

async function pairs(port: number, extensionDir: string, n: number, errors: boolean, longFirst: boolean) {
  const withRuns: Run[] = [];
  const withoutRuns: Run[] = [];
  for (let i = 0; i < n; i++) {
    const long = longFirst && i === 0;
    // Alternate which side goes first, so neither always runs on a warmer machine.
    const order = i % 2 === 0 ? [true, false] : [false, true];
    for (const withExt of order) {
      const run = await measure({ port, extensionDir: withExt ? extensionDir : undefined, errors, long });
      (withExt ? withRuns : withoutRuns).push(run);
      note(describe(run));
    }
  }
  return { withRuns, withoutRuns };
}

function emitCost(name: string, withRuns: Run[], withoutRuns: Run[]) {
  const pick = (runs: Run[], f: (r: Run) => number) => median(runs.map(f));
  emitVs(
    `page-cost-${name}`,
    pick(withRuns, (r) => r.scriptMs),
    pick(withoutRuns, (r) => r.scriptMs),
    'ms',
  );
  emitVs(
    `page-task-${name}`,
    pick(withRuns, (r) => r.taskMs),
    pick(withoutRuns, (r) => r.taskMs),
    'ms',
  );
  emitVs(
    `page-script-cpu-${name}`,
    pick(withRuns, (r) => r.cpu.scriptCpuMs),
    pick(withoutRuns, (r) => r.cpu.scriptCpuMs),
    'ms',
  );
  emitVs(
    `page-main-cpu-${name}`,
    pick(withRuns, (r) => r.cpu.mainCpuMs),
    pick(withoutRuns, (r) => r.cpu.mainCpuMs),
    'ms',
  );
  const scriptBase = pick(withoutRuns, (r) => r.cpu.scriptCpuMs);
  const extCpu = pick(withRuns, (r) => r.cpu.extFnCpuMs);
  emit({
    bench: `page-ext-cpu-${name}`,
    value: extCpu,
    unit: 'ms',
    baseline: scriptBase,
    ratio: (scriptBase + extCpu) / scriptBase,
  });
  emitVs(
    `page-layouts-${name}`,
    pick(withRuns, (r) => r.layoutCount),
    pick(withoutRuns, (r) => r.layoutCount),
    'count',
  );
  emit({
    bench: `page-ext-forced-layouts-${name}`,
    value: Math.max(...withRuns.map((r) => r.cpu.extForcedLayouts)),
    unit: 'count',
  });
  // The content script's own time, read inside it: a low-noise view of the same ratio.
  const own = withRuns.filter((r) => r.flushes).map((r) => sum(r.flushes!));
  if (own.length) {
    const base = pick(withoutRuns, (r) => r.scriptMs);
    const value = median(own);
    emit({ bench: `page-ext-time-${name}`, value, unit: 'ms', baseline: base, ratio: (base + value) / base });
  }
  const perPair = (f: (r: Run) => number) =>
    withRuns.map((r, i) => (f(r) / f(withoutRuns[i]!)).toFixed(3)).join(' ');
  note(
    `  ${name}: per-pair ratios: ScriptDuration ${perPair((r) => r.scriptMs)}; script CPU ${perPair((r) => r.cpu.scriptCpuMs)}`,
  );
}

function emitBatches(suffix: string, runs: Run[]) {
  const all = runs.flatMap((r) => r.flushes ?? []);
  if (!all.length) return note(`  no flush durations for page-batch${suffix} (content script stats missing)`);
  emit({ bench: `page-batch-p50${suffix}`, value: quantile(all, 0.5), unit: 'ms' });
  emit({ bench: `page-batch-p95${suffix}`, value: quantile(all, 0.95), unit: 'ms' });
  emit({ bench: `page-batch-max${suffix}`, value: Math.max(...all), unit: 'ms' });
  emit({
    bench: `page-flushes${suffix}`,
    value: median(runs.map((r) => r.flushes?.length ?? 0)),
    unit: 'count',
  });
}

async function main() {
  const extensionDir = snapshotExtension();
  const server = await startFixtureServer();
  try {
    note(`page bench: ${PAIRS} clean pairs + ${ERROR_PAIRS} error pairs, ${BATCHES} batches each`);
    const clean = await pairs(server.port, extensionDir, PAIRS, false, LONG_BATCHES > BATCHES);
    emit({ bench: 'page-dom-nodes', value: clean.withoutRuns[0]!.nodes, unit: 'count' });
    emitCost('clean', clean.withRuns, clean.withoutRuns);
    emitBatches('', clean.withRuns);
    const falseFindings = Math.max(...clean.withRuns.map((r) => r.findings ?? 0));
    emit({ bench: 'page-false-findings', value: falseFindings, unit: 'count' });

    const heapWith = median(clean.withRuns.map((r) => r.heap));
    const heapWithout = median(clean.withoutRuns.map((r) => r.heap));
    emitVs('memory-content-heap', heapWith, heapWithout, 'bytes');
    const longWith = clean.withRuns.find((r) => r.heapLong);
    const longWithout = clean.withoutRuns.find((r) => r.heapLong);
    if (longWith && longWithout) {
      // Growth from batch 1,000 to batch 3,000: the page's own (baseline) vs with the extension.
      emit({
        bench: 'memory-content-growth',
        value: longWith.heapLong! - longWith.heap,
        unit: 'bytes',
        baseline: longWithout.heapLong! - longWithout.heap,
      });
    }

    if (ERROR_PAIRS > 0) {
      const errors = await pairs(server.port, extensionDir, ERROR_PAIRS, true, false);
      emitCost('errors', errors.withRuns, errors.withoutRuns);
      emitBatches('-errors', errors.withRuns);
      // Worst run counts: every run must find all 50 and mark each once.
      const shown = Math.min(...errors.withRuns.map((r) => r.errorsShown));
      if (shown !== ERROR_COUNT) note(`  only ${shown} errors shown: run more batches (BENCH_BATCHES)`);
      const found = Math.min(...errors.withRuns.map((r) => Math.max(r.findings ?? 0, Number(r.badge) || 0)));
      emit({ bench: 'page-errors-found', value: found / ERROR_COUNT, unit: 'ratio' });
      const markedOnce = Math.min(
        ...errors.withRuns.map((r) => Object.values(r.markers?.perError ?? {}).filter((n) => n === 1).length),
      );
      emit({ bench: 'page-errors-marked-once', value: markedOnce / ERROR_COUNT, unit: 'ratio' });
      const extra = Math.max(
        ...errors.withRuns.map(
          (r) =>
            (r.markers?.stray ?? 0) +
            sum(Object.values(r.markers?.perError ?? {}).map((n) => Math.max(0, n - 1))),
        ),
      );
      emit({ bench: 'page-markers-extra', value: extra, unit: 'count' });
      for (const r of errors.withRuns) {
        const missing = Object.entries(r.markers?.perError ?? {})
          .filter(([, n]) => n !== 1)
          .map(([i, n]) => `${i}:${n}`);
        note(`  markers=${r.markers?.markers} stray=${r.markers?.stray} not-once=[${missing.join(' ')}]`);
      }
    }
  } finally {
    await server.close();
  }
}

main().catch((err: unknown) => {
  note(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exit(1);
});
