/**
 * Fitting explain mode's model (lib/rules/model/linear-model.ts): L2-regularised multinomial
 * logistic regression on binary features, full-batch gradient descent from zero with a
 * fixed step count, so the same rows always give the same weights. Small on purpose: a
 * few thousand features, about a thousand rows.
 */
import { CATEGORY_IDS } from '../../lib/categories.ts';
import type { LinearModel, ModelClass } from '../../lib/rules/model/linear-model.ts';

export interface Example {
  features: readonly string[];
  label: ModelClass;
  /** Weight of the row in the loss (extra training data may count less). */
  weight?: number;
}

export interface FitOptions {
  l2: number;
  steps: number;
  rate: number;
  /** A feature must occur in this many rows to get a weight. */
  minCount: number;
}

export const DEFAULT_FIT: FitOptions = { l2: 0.001, steps: 600, rate: 0.5, minCount: 2 };

export const CLASSES: ModelClass[] = [...CATEGORY_IDS, null];
const SCALE = 100;
const MIN_WEIGHT = 0.05;

export function fitModel(
  examples: readonly Example[],
  options: FitOptions = DEFAULT_FIT,
  comment = '',
): LinearModel {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts.entries()]
    .filter(([, n]) => n >= options.minCount)
    .map(([f]) => f)
    .sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const K = CLASSES.length;
  const rows = examples.map((e) => ({
    x: e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined),
    y: CLASSES.indexOf(e.label),
    w: e.weight ?? 1,
  }));
  const totalWeight = rows.reduce((n, r) => n + r.w, 0);
  const W = new Float64Array(names.length * K);
  const b = new Float64Array(K);
  const gW = new Float64Array(names.length * K);
  const gB = new Float64Array(K);
  const z = new Float64Array(K);
  // Adam keeps the step size sane for rare and common features alike; deterministic all the same.
  const mW = new Float64Array(W.length);
  const vW = new Float64Array(W.length);
  const mB = new Float64Array(K);
  const vB = new Float64Array(K);
  const beta1 = 0.9;
  const beta2 = 0.999;
  for (let step = 1; step <= options.steps; step++) {
    gW.fill(0);
    gB.fill(0);
    for (const r of rows) {
      for (let k = 0; k < K; k++) z[k] = b[k]!;
      for (const i of r.x) for (let k = 0; k < K; k++) z[k]! += W[i * K + k]!;
      let max = -Infinity;
      for (let k = 0; k < K; k++) max = Math.max(max, z[k]!);
      let sum = 0;
      for (let k = 0; k < K; k++) sum += z[k] = Math.exp(z[k]! - max);
      for (let k = 0; k < K; k++) {
        const g = ((z[k]! / sum - (k === r.y ? 1 : 0)) * r.w) / totalWeight;
        gB[k]! += g;
        for (const i of r.x) gW[i * K + k]! += g;
      }
    }
    const lr = (options.rate * Math.sqrt(1 - beta2 ** step)) / (1 - beta1 ** step);
    for (let j = 0; j < W.length; j++) {
      const g = gW[j]! + options.l2 * W[j]!;
      mW[j] = beta1 * mW[j]! + (1 - beta1) * g;
      vW[j] = beta2 * vW[j]! + (1 - beta2) * g * g;
      W[j]! -= ((lr * mW[j]!) / (Math.sqrt(vW[j]!) + 1e-8)) * 0.1;
    }
    for (let k = 0; k < K; k++) {
      const g = gB[k]!;
      mB[k] = beta1 * mB[k]! + (1 - beta1) * g;
      vB[k] = beta2 * vB[k]! + (1 - beta2) * g * g;
      b[k]! -= ((lr * mB[k]!) / (Math.sqrt(vB[k]!) + 1e-8)) * 0.1;
    }
  }
  // Weights ship as integers in hundredths; below MIN_WEIGHT they are left out (measured:
  // no loss held out, a third of the size; docs/design.md).
  const scaled = (x: number) => Math.round(x * SCALE);
  const weights: Record<string, number[]> = {};
  names.forEach((f, i) => {
    const pairs: number[] = [];
    for (let k = 0; k < K; k++) {
      const w = W[i * K + k]!;
      if (Math.abs(w) >= MIN_WEIGHT) pairs.push(k, scaled(w));
    }
    if (pairs.length) weights[f] = pairs;
  });
  return { comment, classes: CLASSES, scale: SCALE, bias: [...b].map(scaled), weights };
}

/**
 * Multinomial naive Bayes over the same features, in the same linear form (log prior as
 * bias, log P(feature | class) as weights), for comparison with the regression.
 */
export function fitNaiveBayes(
  examples: readonly Example[],
  alpha = 0.1,
  minCount = 2,
  comment = '',
): LinearModel {
  const K = CLASSES.length;
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts.entries()]
    .filter(([, n]) => n >= minCount)
    .map(([f]) => f)
    .sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const perClass = names.map(() => new Float64Array(K));
  const totals = new Float64Array(K);
  const priors = new Float64Array(K);
  for (const e of examples) {
    const k = CLASSES.indexOf(e.label);
    priors[k]! += e.weight ?? 1;
    for (const f of e.features) {
      const i = index.get(f);
      if (i === undefined) continue;
      perClass[i]![k]! += e.weight ?? 1;
      totals[k]! += e.weight ?? 1;
    }
  }
  const priorSum = priors.reduce((a, b) => a + b, 0);
  const scaled = (x: number) => Math.round(x * SCALE);
  const weights: Record<string, number[]> = {};
  names.forEach((f, i) => {
    weights[f] = [...perClass[i]!].flatMap((n, k) => [
      k,
      scaled(Math.log((n + alpha) / (totals[k]! + alpha * names.length))),
    ]);
  });
  const bias = [...priors].map((p) => scaled(Math.log((p + 1) / (priorSum + K))));
  return { comment, classes: CLASSES, scale: SCALE, bias, weights };
}
