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
import { emit, emitVs, note } from './support/emit';
import { snapshotExtension } from './support/extension-build';
import { startFixtureServer } from './support/fixture-server';
import { emptyObserverExtension } from './support/empty-observer';
import { describe, measure, type Run } from './support/page-run';
import { median, quantile, sum } from './support/stats';
import { ERROR_COUNT } from './support/webmail';

const PAIRS = Number(process.env.BENCH_PAIRS ?? 5);
const ERROR_PAIRS = Number(process.env.BENCH_ERROR_PAIRS ?? 3);
const BATCHES = Number(process.env.BENCH_BATCHES ?? 1000);
const LONG_BATCHES = Number(process.env.BENCH_LONG_BATCHES ?? 3000);
type Side = 'with' | 'without' | 'floor';

/**
 * n rounds of runs with and without the extension; with a floor directory, each round
 * also runs the empty-observer extension (the page-ext-cpu baseline).
 */
async function pairs(
  port: number,
  extensionDir: string,
  n: number,
  errors: boolean,
  longFirst: boolean,
  floorDir?: string,
) {
  const runs: Record<Side, Run[]> = { with: [], without: [], floor: [] };
  for (let i = 0; i < n; i++) {
    const long = longFirst && i === 0;
    // Alternate which side goes first, so neither always runs on a warmer machine.
    const round: Side[] = floorDir ? ['with', 'without', 'floor'] : ['with', 'without'];
    for (const side of i % 2 === 0 ? round : round.reverse()) {
      const run = await measure({
        port,
        extensionDir: side === 'with' ? extensionDir : side === 'floor' ? floorDir : undefined,
        stats: side !== 'floor',
        errors,
        batches: BATCHES,
        longBatches: long && side !== 'floor' ? LONG_BATCHES : undefined,
      });
      runs[side].push(run);
      note(side === 'floor' ? describe(run).replace('with   ', 'floor  ') : describe(run));
    }
  }
  return { withRuns: runs.with, withoutRuns: runs.without, floorRuns: runs.floor };
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
  // The same per flush in CPU time (trace), which other load on the machine does not inflate.
  const cpu = runs.flatMap((r) => r.cpu.extFlushCpuMs);
  emit({ bench: `page-batch-cpu-p50${suffix}`, value: quantile(cpu, 0.5), unit: 'ms' });
  emit({ bench: `page-batch-cpu-p95${suffix}`, value: quantile(cpu, 0.95), unit: 'ms' });
  const observer = runs.flatMap((r) => r.cpu.extObserverCpuMs);
  emit({
    bench: `page-observer-cpu-mean${suffix}`,
    value: sum(observer) / Math.max(1, observer.length),
    unit: 'ms',
  });
  const sent = runs.filter((r) => r.traffic).map((r) => r.traffic!.texts);
  if (sent.length) emit({ bench: `page-candidates${suffix}`, value: median(sent), unit: 'count' });
}

async function main() {
  const extensionDir = snapshotExtension();
  const server = await startFixtureServer();
  try {
    note(
      `page bench: ${PAIRS} clean rounds (with, without, empty observer) + ${ERROR_PAIRS} error pairs, ${BATCHES} batches each`,
    );
    const floorDir = emptyObserverExtension();
    const clean = await pairs(server.port, extensionDir, PAIRS, false, LONG_BATCHES > BATCHES, floorDir);
    emit({ bench: 'page-dom-nodes', value: clean.withoutRuns[0]!.nodes, unit: 'count' });
    // The watcher's CPU against an observer that does nothing, in the same rounds.
    const per1000 = (r: Run) => (r.cpu.extFnCpuMs * 1000) / BATCHES;
    const extCpu = clean.withRuns.map(per1000);
    const floorCpu = clean.floorRuns.map(per1000);
    emitVs('page-ext-cpu', median(extCpu), median(floorCpu), 'ms');
    note(
      `  page-ext-cpu per round (ms): extension ${extCpu.map((v) => v.toFixed(1)).join(' ')}; empty observer ${floorCpu.map((v) => v.toFixed(1)).join(' ')}`,
    );
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
