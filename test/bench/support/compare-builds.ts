// Before/after for a content-script change: two unpacked builds on the bench page, runs
// alternating A, B, B, A …, with the extension only. A diagnostic, not part of `npm run bench`:
//
//   npx tsx test/bench/support/compare-builds.ts <dirA> <dirB> [runs per build, default 4]
//   either directory may be `floor`: the empty-observer extension (support/empty-observer.ts).
//   BENCH_COMPARE_ERRORS=1 uses the page with the 50 errors; BENCH_BATCHES as for page.bench.
//
// The figures to compare are CPU times from the trace (extension functions, page script),
// which other load on the machine does not inflate, and the content script's own stats.
import { emit, note } from './emit';
import { emptyObserverExtension } from './empty-observer';
import { startFixtureServer } from './fixture-server';
import { describe, measure, type Run } from './page-run';
import { median, quantile } from './stats';

const [dirA, dirB, runsArg] = process.argv.slice(2);
const RUNS = Number(runsArg ?? 4);
const BATCHES = Number(process.env.BENCH_BATCHES ?? 1000);
const ERRORS = process.env.BENCH_COMPARE_ERRORS === '1';

function report(label: string, runs: Run[]) {
  const flushes = runs.flatMap((r) => r.flushes ?? []);
  const m = (f: (r: Run) => number) => median(runs.map(f));
  emit({ bench: `compare-${label}-ext-cpu`, value: m((r) => r.cpu.extFnCpuMs), unit: 'ms' });
  emit({ bench: `compare-${label}-script-cpu`, value: m((r) => r.cpu.scriptCpuMs), unit: 'ms' });
  emit({ bench: `compare-${label}-page-fn-cpu`, value: m((r) => r.cpu.pageFnCpuMs), unit: 'ms' });
  emit({ bench: `compare-${label}-batch-p95`, value: quantile(flushes, 0.95), unit: 'ms' });
  emit({
    bench: `compare-${label}-batch-cpu-p95`,
    value: quantile(
      runs.flatMap((r) => r.cpu.extFlushCpuMs),
      0.95,
    ),
    unit: 'ms',
  });
  emit({
    bench: `compare-${label}-batch-cpu-p95-no-gc`,
    value: quantile(
      runs.flatMap((r) => r.cpu.extFlushCpuNoGcMs),
      0.95,
    ),
    unit: 'ms',
  });
  emit({ bench: `compare-${label}-flush-gcs`, value: m((r) => r.cpu.extFlushGcs), unit: 'count' });
  emit({
    bench: `compare-${label}-flush-sum`,
    value: m((r) => (r.flushes ?? []).reduce((a, b) => a + b, 0)),
    unit: 'ms',
  });
  emit({
    bench: `compare-${label}-candidates`,
    value: m((r) => r.traffic?.texts ?? Number.NaN),
    unit: 'count',
  });
  emit({
    bench: `compare-${label}-findings`,
    value: Math.min(...runs.map((r) => r.findings ?? 0)),
    unit: 'count',
  });
}

async function main() {
  if (!dirA || !dirB) throw new Error('usage: compare-builds.ts <dirA> <dirB> [runs]');
  const floor = dirA === 'floor' || dirB === 'floor' ? emptyObserverExtension() : undefined;
  const server = await startFixtureServer();
  const runs: Record<'A' | 'B', Run[]> = { A: [], B: [] };
  try {
    for (let i = 0; i < RUNS; i++) {
      for (const label of i % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const)) {
        const dir = label === 'A' ? dirA : dirB;
        const run = await measure({
          port: server.port,
          extensionDir: dir === 'floor' ? floor : dir,
          stats: dir !== 'floor',
          errors: ERRORS,
          batches: BATCHES,
        });
        runs[label].push(run);
        note(`${label}${describe(run).replace(/^ {2}with {4}/, ' ')}`);
      }
    }
  } finally {
    await server.close();
  }
  report('A', runs.A);
  report('B', runs.B);
}

main().catch((err: unknown) => {
  note(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exit(1);
});
