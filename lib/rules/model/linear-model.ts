import type { CategoryId } from '../../categories';

/**
 * Explain mode's fitted model: a linear model (multinomial logistic regression) over the
 * binary features of features.ts, one weight per feature and class and one bias per
 * class. Classes are the category ids and `null` (not a send error). Fitted offline by
 * `npm run fit-model` (scripts/fit/) and shipped as data (weights.ts).
 */
export type ModelClass = CategoryId | null;

export interface LinearModel {
  /** How the data file was made (command, training rows, settings). */
  comment: string;
  classes: ModelClass[];
  /** Weights are stored as integers: the real weight is the integer divided by this. */
  scale: number;
  bias: number[];
  /** Feature name → flat pairs of class index and scaled weight (weights near zero are left out). */
  weights: Record<string, number[]>;
}

export interface Ranked {
  category: ModelClass;
  probability: number;
}

/** Class probabilities for a text's features, best first (ties by class order: deterministic). */
export function rank(model: LinearModel, features: readonly string[]): Ranked[] {
  const scores = model.bias.slice();
  for (const f of features) {
    const pairs = Object.hasOwn(model.weights, f) ? model.weights[f] : undefined;
    if (!pairs) continue;
    for (let j = 0; j + 1 < pairs.length; j += 2) {
      const k = pairs[j]!;
      scores[k] = (scores[k] ?? 0) + pairs[j + 1]!;
    }
  }
  const logits = scores.map((s) => s / model.scale);
  const max = Math.max(...logits);
  const exp = logits.map((s) => Math.exp(s - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return model.classes
    .map((category, k) => ({ category, probability: (exp[k] ?? 0) / sum, k }))
    .sort((a, b) => b.probability - a.probability || a.k - b.k)
    .map(({ category, probability }) => ({ category, probability }));
}

/** How much a feature pushes toward a class (0 when the model has no weight for it). */
export function weightOf(model: LinearModel, feature: string, k: number): number {
  const pairs = Object.hasOwn(model.weights, feature) ? model.weights[feature] : undefined;
  if (!pairs) return 0;
  for (let j = 0; j + 1 < pairs.length; j += 2) if (pairs[j] === k) return pairs[j + 1]! / model.scale;
  return 0;
}
