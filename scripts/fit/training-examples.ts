import { createHash } from 'node:crypto';
import { featuresOf } from '../../lib/rules/model/features.ts';
import { modelInput } from '../../lib/rules/model/features.ts';
import { loadModelRows } from './data.ts';
import { DEFAULT_FIT, type Example, type FitOptions } from './fit.ts';

/** The shipped model's training examples: every labelled row's features, as explain mode computes them. */
export function modelExamples(): Example[] {
  return loadModelRows().map((r) => ({ features: featuresOf(modelInput(r.text)), label: r.label }));
}

/**
 * A fingerprint of what the model learns from: each row's features and label, and the fit's
 * settings. A changed rule, signal or row changes it, and the shipped weights are stale.
 */
export function trainingFingerprint(examples: readonly Example[], fit: FitOptions = DEFAULT_FIT): string {
  const hash = createHash('sha256').update(JSON.stringify(fit));
  for (const e of examples) hash.update(`${String(e.label)}\t${[...e.features].sort().join(' ')}\n`);
  return hash.digest('hex').slice(0, 16);
}
