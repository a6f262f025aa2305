// Before/after for several content-script builds at once: each round runs every build once,
// in turn (A, B, C, then C, B, A …), with the extension only, and prints one line per build
// (extension CPU per run and median, observer-callback CPU, flushes, flush CPU p95, wall
// p95, findings, texts sent). A diagnostic, not part of `npm run bench`:
//
//   RUNS=2 BENCH_BATCHES=300 npx tsx test/bench/support/compare-many-builds.ts floor <dirA> <dirB> …
//   `floor` is the empty-observer extension; a directory whose path contains "floor" is
//   taken as another floor variant (no content-script stats are read from it).
import { note } from './emit';
import { emptyObserverExtension } from './empty-observer';
import { startFixtureServer } from './fixture-server';
import { describe, measure, type Run } from './page-run';
import { median, quantile } from './stats';

const args = process.argv.slice(2);
const RUNS = Number(process.env.RUNS ?? 1);
const BATCHES = Number(process.env.BENCH_BATCHES ?? 300);
const ERRORS = process.env.BENCH_COMPARE_ERRORS === '1';

async function main() {
  const floor = args.includes('floor') ? emptyObserverExtension() : undefined;
  const server = await startFixtureServer();
  const runs = new Map<string, Run[]>(args.map((a) => [a, []]));
  try {
    for (let i = 0; i < RUNS; i++) {
      const order = i % 2 === 0 ? args : [...args].reverse();
      for (const dir of order) {
        const stats = dir !== 'floor' && !dir.includes('floor');
        const run = await measure({
          port: server.port,
          extensionDir: dir === 'floor' ? floor : dir,
          stats,
          errors: ERRORS,
          batches: BATCHES,
        });
        runs.get(dir)!.push(run);
        note(`${dir}${describe(run).replace(/^ {2}with {4}/, ' ')}`);
      }
    }
  } finally {
    await server.close();
  }
  for (const [dir, rs] of runs) {
    const m = (f: (r: Run) => number) => median(rs.map(f));
    const flushCpu = rs.flatMap((r) => r.cpu.extFlushCpuMs);
    const obs = rs.flatMap((r) => r.cpu.extObserverCpuMs);
    console.log(
      `${dir.padEnd(40)} ext-cpu ${rs.map((r) => r.cpu.extFnCpuMs.toFixed(1)).join('/')} (med ${m((r) => r.cpu.extFnCpuMs).toFixed(1)}) obs-sum ${(obs.reduce((a, b) => a + b, 0) / rs.length).toFixed(1)} flushes ${flushCpu.length / rs.length} flush-cpu-p95 ${quantile(flushCpu, 0.95)?.toFixed(3)} wall-p95 ${quantile(
        rs.flatMap((r) => r.flushes ?? []),
        0.95,
      )?.toFixed(
        2,
      )} findings ${rs.map((r) => r.findings).join('/')} marked-once ${rs.map((r) => (r.markers ? Object.values(r.markers.perError).filter((n) => n === 1).length : '-')).join('/')} stray ${rs.map((r) => r.markers?.stray ?? '-').join('/')} pauses ${rs.map((r) => r.pauses ?? '-').join('/')} sent ${rs.map((r) => r.traffic?.texts).join('/')}`,
    );
  }
}
main().catch((err: unknown) => {
  note(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exit(1);
});
