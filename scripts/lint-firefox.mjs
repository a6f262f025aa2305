#!/usr/bin/env node
// `npm run lint:firefox`: Mozilla's add-on linter (`web-ext lint`, what AMO runs on
// upload) over the built Firefox extension. Fails on any error, and on any warning
// or notice except the two React DOM itself raises: its `dangerouslySetInnerHTML`
// branch and its `<script>` creation trick, both flagged as UNSAFE_VAR_ASSIGNMENT in
// the bundled library. The project's own code sets no HTML at all.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = new URL('../.output/firefox-mv3/', import.meta.url).pathname;
if (!existsSync(join(DIR, 'manifest.json'))) {
  console.error('No Firefox build: run `npm run build:firefox` first.');
  process.exit(2);
}

const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', DIR, '--output', 'json', '--no-input'], {
  encoding: 'utf8',
  maxBuffer: 32 * 1024 * 1024,
});
const report = JSON.parse(run.stdout);

/** The text the linter points at, a little either side. */
function around(file, line, column) {
  const text = readFileSync(join(DIR, file), 'utf8').split('\n')[line - 1] ?? '';
  return text.slice(Math.max(0, column - 160), column + 160);
}

const REACT_DOM = [/__html/, /innerHTML=`<script><\\\/script>`/];
const isReactDom = (item) =>
  item.code === 'UNSAFE_VAR_ASSIGNMENT' &&
  item.file?.startsWith('chunks/') &&
  REACT_DOM.some((signature) => signature.test(around(item.file, item.line, item.column)));

const ours = [...report.errors, ...report.warnings, ...report.notices].filter((item) => !isReactDom(item));
const fromReact = report.warnings.length - report.warnings.filter((w) => !isReactDom(w)).length;
for (const item of ours)
  console.error(`${item._type} ${item.code} ${item.file ?? ''}:${item.line ?? ''} ${item.message}`);
console.log(
  `web-ext lint: ${ours.length} of ours; ${fromReact} warning(s) inside React DOM (its dangerouslySetInnerHTML support).`,
);
process.exit(ours.length ? 1 : 0);
