/**
 * `smtp-doctor` with a garbage collection on SIGUSR2, for memory benches:
 * `node --expose-gc --import tsx server/test-support/serve-gc.ts serve …`. Measuring
 * RSS right after a full collection shows what is retained, not what V8 has not
 * collected yet.
 */
import { main } from '../cli.ts';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
process.on('SIGUSR2', () => {
  gc();
  process.stdout.write('gc done\n');
});
process.exitCode = await main(process.argv.slice(2));
