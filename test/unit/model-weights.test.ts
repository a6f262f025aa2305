import { describe, expect, it } from 'vitest';
import { shippedModel } from '../../lib/rules/model/model-verdict';
import { loadModelRows } from '../../scripts/fit/data';
import { modelExamples, trainingFingerprint } from '../../scripts/fit/training-examples';
import { BLIND_FILE, loadSet, normalise } from '../support/labelled-sets';

/**
 * The shipped weights (lib/rules/model/weights.ts) were fitted on today's rows with
 * today's features: a changed signal, detector, fit or training row changes what the model learns from,
 * and the weights must be fitted again (`npm run fit-model`, deterministic).
 */
describe('the shipped model', () => {
  it('was fitted on the rows and features of this commit', () => {
    const fingerprint = trainingFingerprint(modelExamples());
    expect(shippedModel().comment, 'stale: run `npm run fit-model`').toContain(`training ${fingerprint}`);
  });

  it('never learned from the blind set', () => {
    const blind = new Set(loadSet(BLIND_FILE, 'blind').map((c) => normalise(c.text)));
    expect(
      loadModelRows()
        .filter((r) => blind.has(normalise(r.text)))
        .map((r) => r.id),
    ).toEqual([]);
  });
});
