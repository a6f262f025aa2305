import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readByRules } from '../../lib/bounce/explain.ts';
import { featuresOf, modelInput } from '../../lib/rules/model/features.ts';
import { loadModelRows } from './data.ts';
import { DEFAULT_FIT, type Example, type FitOptions } from './fit.ts';

/** The shipped model's training examples: every labelled row's features, as explain mode computes them. */
export function modelExamples(): Example[] {
  return loadModelRows().map((r) => ({
    features: featuresOf(modelInput(readByRules(r.text).readFrom)),
    label: r.label,
  }));
}

/**
 * A fingerprint of what the model learns from: each row's features and label, and the fit
 * (its code and settings). A changed signal, detector, fit or row changes it, and the
 * shipped weights are stale.
 */
export function trainingFingerprint(examples: readonly Example[], fit: FitOptions = DEFAULT_FIT): string {
  // The fit's own code too: its constants (weight scale, pruning) and steps shape the weights.
  const fitCode = readFileSync(join(import.meta.dirname, 'fit.ts'), 'utf8');
  const hash = createHash('sha256').update(fitCode).update(JSON.stringify(fit));
  for (const e of examples) hash.update(`${String(e.label)}\t${[...e.features].sort().join(' ')}\n`);
  return hash.digest('hex').slice(0, 16);
}
