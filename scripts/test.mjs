#!/usr/bin/env node
// `npm test`: type-check, lint, build both browsers, then every Vitest project
// (unit, end-to-end in Chromium, end-to-end in Firefox ESR). Stops at the first failing step.
import { spawnSync } from 'node:child_process';

const steps = [
  ['type-check', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['eslint', '.']],
  ['format', 'npx', ['prettier', '--check', '.']],
  // Production builds with a record of how they were made: the tests reuse them.
  ['build chrome', 'node', ['scripts/extension-build.mjs', 'chrome-mv3']],
  ['build firefox', 'node', ['scripts/extension-build.mjs', 'firefox-mv3']],
  ['lint firefox build (web-ext)', 'node', ['scripts/lint-firefox.mjs']],
  ['tests', 'npx', ['vitest', 'run', ...process.argv.slice(2)]],
];

for (const [name, cmd, args] of steps) {
  process.stdout.write(`\n▶ ${name}: ${cmd} ${args.join(' ')}\n`);
  const { status } = spawnSync(cmd, args, { stdio: 'inherit' });
  if (status !== 0) {
    process.stdout.write(`\n✖ ${name} failed (exit ${status})\n`);
    process.exit(status || 1);
  }
}
