/**
 * `npm run bench` (or `npx tsx test/bench/classify.bench.ts`): the classifier's
 * cost on 5 MB of ordinary webmail text with no send errors (`classify-clean`)
 * and on 5 MB dense with errors (`classify-dense`), each beside the cost of one
 * `/smtp/i.test(text)` over the same text in the same run (`baseline`).
 * Times are CPU milliseconds (process.cpuUsage, robust to a busy machine), the
 * median of interleaved runs. The `-chunks` lines classify the same text in
 * 2 KB pieces, the way the content script meets page text.
 */
import { classify } from '../../lib/rules/index.ts';
import { ALL_EXAMPLES } from '../../lib/rules/examples/index.ts';
import { cleanWebmailText, denseErrorText } from './webmail-text.ts';

const SIZE = 5_000_000;
const RUNS = 9;

function cpuMs(f: () => unknown): number {
  const start = process.cpuUsage();
  f();
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

/** Interleave subject and baseline runs so both see the same machine load. */
function compare(subject: () => unknown, baseline: () => unknown): { value: number; baseline: number } {
  subject();
  baseline();
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    a.push(cpuMs(subject));
    b.push(cpuMs(baseline));
  }
  return { value: median(a), baseline: median(b) };
}

function chunks(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

function report(bench: string, { value, baseline }: { value: number; baseline: number }): void {
  const round = (n: number) => Math.round(n * 1000) / 1000;
  console.log(
    JSON.stringify({
      bench,
      value: round(value),
      unit: 'ms',
      baseline: round(baseline),
      ratio: round(value / baseline),
    }),
  );
}

const errors = Object.values(ALL_EXAMPLES).flatMap((family) =>
  Object.values(family).flatMap(({ match }) => match.map((m) => (typeof m === 'string' ? m : m[0]))),
);

const clean = cleanWebmailText(SIZE);
const dense = denseErrorText(SIZE, errors);
const smtp = /smtp/i;

for (const [name, text] of [
  ['classify-clean', clean],
  ['classify-dense', dense],
] as const) {
  report(
    name,
    compare(
      () => classify(text),
      () => smtp.test(text),
    ),
  );
  const pieces = chunks(text, 2048);
  report(
    `${name}-chunks`,
    compare(
      () => {
        for (const p of pieces) classify(p);
      },
      () => smtp.test(text),
    ),
  );
}
