#!/usr/bin/env node
// `npm run bench`: runs every test/bench/*.ts in order; each prints JSON lines
// {"bench": name, "value": n, "unit": u, "baseline"?: n, "ratio"?: n}. Pass names to run a subset.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const only = process.argv.slice(2);
const files = readdirSync(new URL('../test/bench/', import.meta.url))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();
let failed = 0;
for (const file of files) {
  const { status } = spawnSync('npx', ['tsx', `test/bench/${file}`], { stdio: 'inherit' });
  if (status !== 0) {
    failed++;
    process.stderr.write(`bench ${file} failed (exit ${status})\n`);
  }
}
process.exit(failed ? 1 : 0);
