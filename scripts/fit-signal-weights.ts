/**
 * `npx tsx scripts/fit-signal-weights.ts`: should explain mode's signal weights be set by
 * hand (lib/rules/signal-table.ts) or fitted from the labelled corpus? Splits the corpus
 * in two halves by a hash of each text (deterministic), fits weights on one half
 * (P(category | signal), smoothed toward the hand weights), tests on the other, both
 * ways, and prints top-1 accuracy of the scorer alone and of the whole explain mode
 * for hand-set and fitted weights. Not part of `npm test`: it decides a design, it
 * gates nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORY_IDS, type CategoryId } from '../lib/categories.ts';
import { classify } from '../lib/rules/index.ts';
import { detectSignals, HAND_WEIGHTS, scoreText, type Weights } from '../lib/rules/scorer.ts';
import { SIGNALS } from '../lib/rules/signal-table.ts';

interface Case {
  text: string;
  category: CategoryId | null;
}

const DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'corpus');
const cases: Case[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()
  .flatMap((f) =>
    readFileSync(join(DIR, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Case),
  );

/** FNV-1a: the same split on every run and machine. */
function half(text: string): 0 | 1 {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return (h & 1) as 0 | 1;
}

const halves: [Case[], Case[]] = [[], []];
for (const c of cases) halves[half(c.text)].push(c);

/** Smoothing: a signal seen n times in training moves from its hand weights toward the data by n/(n+ALPHA). */
const ALPHA = 2;
const SCALE = 0.8;

function fit(train: Case[]): Weights {
  const counts = new Map<string, Map<CategoryId, number>>();
  for (const c of train) {
    if (c.category === null) continue;
    for (const hit of detectSignals(c.text)) {
      const row = counts.get(hit.signal.id) ?? new Map<CategoryId, number>();
      row.set(c.category, (row.get(c.category) ?? 0) + 1);
      counts.set(hit.signal.id, row);
    }
  }
  const out = new Map<string, Partial<Record<CategoryId, number>>>();
  for (const signal of SIGNALS) {
    const row = counts.get(signal.id);
    const n = row ? [...row.values()].reduce((a, b) => a + b, 0) : 0;
    const weights: Partial<Record<CategoryId, number>> = {};
    for (const category of CATEGORY_IDS) {
      const hand = signal.weights[category] ?? 0;
      const data = n ? ((row?.get(category) ?? 0) / n) * SCALE : 0;
      const value = (n * data + ALPHA * hand) / (n + ALPHA);
      if (value > 0.01) weights[category] = Math.round(value * 1000) / 1000;
    }
    out.set(signal.id, weights);
  }
  return out;
}

function accuracy(test: Case[], predict: (text: string) => CategoryId | null): string {
  const right = test.filter((c) => predict(c.text) === c.category).length;
  return `${right}/${test.length} = ${((100 * right) / test.length).toFixed(1)}%`;
}

const scorerAlone = (weights: Weights) => (text: string) => {
  const v = scoreText(text, weights);
  return v.kind === 'scored' ? v.score.category : null;
};
const explainMode = (weights: Weights) => (text: string) => {
  const c = classify(text, { mode: 'explain', weights });
  return c.match ? c.category : null;
};
/** Cases where no precise rule decides: where the weights matter at all. */
const scorerDecides = (c: Case) => (classify(c.text, { mode: 'explain' }).rule ?? '').startsWith('signals:');

for (const [trainAt, testAt] of [
  [0, 1],
  [1, 0],
] as const) {
  const train = halves[trainAt];
  const test = halves[testAt];
  const fitted = fit(train);
  const scored = test.filter((c) => c.category !== null);
  const open = test.filter(scorerDecides);
  console.log(`fit on half ${trainAt} (${train.length}), test on half ${testAt} (${test.length}):`);
  for (const [name, weights] of [
    ['hand', HAND_WEIGHTS],
    ['fitted', fitted],
  ] as const) {
    console.log(
      `  ${name.padEnd(6)} scorer alone (labelled): ${accuracy(scored, scorerAlone(weights))}` +
        `  explain mode (all): ${accuracy(test, explainMode(weights))}` +
        `  where the scorer decides: ${accuracy(open, explainMode(weights))}`,
    );
  }
}
