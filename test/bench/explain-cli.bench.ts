/**
 * cli-jsonl-2000: wall time of one `smtp-doctor explain --jsonl` process answering 2000 lines,
 * beside the same process answering no lines (baseline = start-up cost). Median of 5 runs.
 * The lines are the corpus texts (test/fixtures/corpus/*.jsonl), cycled to 2000.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LINES = 2000;
const RUNS = 5;

function corpusTexts(): string[] {
  const dir = new URL('../fixtures/corpus/', import.meta.url);
  const texts: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) {
    for (const line of readFileSync(new URL(file, dir), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const { text } = JSON.parse(line) as { text?: unknown };
      if (typeof text === 'string') texts.push(text);
    }
  }
  return texts.length ? texts : ['SMTP connect() failed.', 'Lunch is at noon.'];
}

function timeRun(input: string, expectLines: number): number {
  const started = performance.now();
  const r = spawnSync(process.execPath, ['bin/smtp-doctor.js', 'explain', '--jsonl'], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  const got = r.stdout ? r.stdout.split('\n').filter(Boolean).length : 0;
  if (r.status !== 0 || got !== expectLines) {
    throw new Error(`explain --jsonl exited ${r.status} with ${got}/${expectLines} lines: ${r.stderr}`);
  }
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const texts = corpusTexts();
const input =
  Array.from({ length: LINES }, (_, i) => JSON.stringify(texts[i % texts.length])).join('\n') + '\n';
const full: number[] = [];
const empty: number[] = [];
for (let i = 0; i < RUNS; i++) {
  empty.push(timeRun('', 0));
  full.push(timeRun(input, LINES));
}
const value = median(full);
const baseline = median(empty);
process.stdout.write(
  `${JSON.stringify({
    bench: 'cli-jsonl-2000',
    value: Math.round(value),
    unit: 'ms',
    baseline: Math.round(baseline),
    ratio: Math.round((value / baseline) * 100) / 100,
  })}\n`,
);
