/**
 * `npm run bench` (or `npx tsx test/bench/classify.bench.ts`): the classifier's
 * cost on 5 MB of ordinary webmail text with no send errors (`classify-clean`)
 * and on 5 MB dense with errors (`classify-dense`), each beside the cost of one
 * `/smtp/i.test(text)` over the same text in the same run (`baseline`).
 * Times are CPU milliseconds (process.cpuUsage, robust to a busy machine), the
 * median of interleaved runs. The `-chunks` lines classify the same text in
 * 2 KB pieces, the way the content script meets page text.
 * `classify-explain-typical` is the mean CPU time of one `explain`-mode answer (as the paste
 * box and the CLI give it: rules, bounce reading and the fitted model) over the rule
 * examples and the real-error training set's texts (target ≤ 5 ms); `classify-explain-1mb` explains a 1 MB pasted log whose
 * failure is its last line (target ≤ 50 ms, the CLI's input bound).
 * `prefilter-localized-gate` is the content script's gate for localized errors (run only on
 * pages in a language the catalog knows) over the clean text in 2 KB blocks, beside the
 * English prefilter over the same blocks (`baseline`); `-subtree`, the gates for joined
 * blocks, the same way. The `-de` lines run on German text (the German inbox page's text,
 * repeated): `classify-localized-de-chunks` is the background's reading of a German page's
 * 2 KB blocks (read in English, then the rule table) beside the rule table alone on them.
 */
import { readFileSync } from 'node:fs';
import { explainPasted } from '../../lib/bounce/explain.ts';
import { classifyPageBlock } from '../../entrypoints/background/classify-block.ts';
import { classify } from '../../lib/rules/index.ts';
import { ALL_EXAMPLES } from '../../lib/rules/examples/index.ts';
import {
  mayContainLocalizedError,
  mayContainLocalizedErrorInSubtree,
} from '../../lib/rules/localized/gate.ts';
import { mayContainSendError, mayContainSendErrorInSubtree } from '../../lib/rules/prefilter.ts';
import { loadTrainReal } from '../support/labelled-sets.ts';
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
/** Real texts people paste (the training set): most of them reach the fitted model. */
const trainingTexts = loadTrainReal().map((c) => c.text);

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

{
  const pieces = chunks(clean, 2048);
  const each = (gate: (text: string) => boolean) => () => {
    for (const p of pieces) gate(p);
  };
  // The German page's gate (the largest set of anchors but Russian's, on Latin text).
  const german = (gate: (text: string, language: 'de') => boolean) => (text: string) => gate(text, 'de');
  report(
    'prefilter-localized-gate',
    compare(each(german(mayContainLocalizedError)), each(mayContainSendError)),
  );
  report(
    'prefilter-localized-gate-subtree',
    compare(each(german(mayContainLocalizedErrorInSubtree)), each(mayContainSendErrorInSubtree)),
  );
}

function reportTarget(bench: string, value: number, target: number): void {
  const round = (n: number) => Math.round(n * 1000) / 1000;
  console.log(JSON.stringify({ bench, value: round(value), unit: 'ms', target, ok: value <= target }));
}

{
  const explain = explainPasted;
  const texts = [...errors, ...trainingTexts];
  texts.forEach(explain);
  const perText: number[] = [];
  for (let i = 0; i < RUNS; i++) perText.push(cpuMs(() => texts.forEach(explain)) / texts.length);
  reportTarget('classify-explain-typical', median(perText), 5);

  const log = `${cleanWebmailText(1_000_000)}\nTimeoutError: [Errno 110] Connection timed out`;
  explain(log);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(cpuMs(() => explain(log)));
  reportTarget('classify-explain-1mb', median(times), 50);
}

{
  // German everyday text: the German inbox page's text, repeated to 1 MB.
  const html = readFileSync(new URL('../fixtures/pages/roundcube-inbox-de.html', import.meta.url), 'utf8');
  const pageText = html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, '\n')
    .replace(/\n\s*\n/g, '\n');
  const germanText = pageText.repeat(Math.ceil(1_000_000 / pageText.length)).slice(0, 1_000_000);
  const pieces = chunks(germanText, 2048);
  report(
    'classify-localized-de-chunks',
    compare(
      () => {
        for (const p of pieces) classifyPageBlock(p, 0, 'de', classify);
      },
      () => {
        for (const p of pieces) classify(p);
      },
    ),
  );
  report(
    'prefilter-localized-gate-de',
    compare(
      () => {
        for (const p of pieces) mayContainLocalizedError(p, 'de');
      },
      () => {
        for (const p of pieces) mayContainSendError(p);
      },
    ),
  );
  report(
    'prefilter-localized-gate-subtree-de',
    compare(
      () => {
        for (const p of pieces) mayContainLocalizedErrorInSubtree(p, 'de');
      },
      () => {
        for (const p of pieces) mayContainSendErrorInSubtree(p);
      },
    ),
  );
}
