import type { CategoryId } from '../../lib/categories.ts';

/**
 * The candidate fitted model of explain mode, as evaluate.ts measures it: a linear model
 * over the binary features of features.ts (one weight per feature and class, one bias per
 * class), fitted by fit.ts. Classes are the category ids and `null` (not a send error).
 * Kept with the evaluation, not shipped: it did not beat the rules held out (docs/design.md).
 */
export type ModelClass = CategoryId | null;

export interface LinearModel {
  /** How the data file was made (command, training rows, settings). */
  comment: string;
  classes: ModelClass[];
  bias: number[];
  /** Feature name → [class index, weight] pairs (weights near zero are left out). */
  weights: Record<string, [number, number][]>;
}

export interface Ranked {
  category: ModelClass;
  probability: number;
}

/** Class probabilities for a text's features, best first (ties by class order: deterministic). */
export function rank(model: LinearModel, features: readonly string[]): Ranked[] {
  const scores = model.bias.slice();
  for (const f of features) {
    const row = model.weights[f];
    if (!row) continue;
    for (const [k, w] of row) scores[k] = (scores[k] ?? 0) + w;
  }
  const max = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return model.classes
    .map((category, k) => ({ category, probability: (exp[k] ?? 0) / sum, k }))
    .sort((a, b) => b.probability - a.probability || a.k - b.k)
    .map(({ category, probability }) => ({ category, probability }));
}
