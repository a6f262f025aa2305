/**
 * `npm run fit-model`: fits explain mode's model on every labelled row (the real-error
 * training set, the corpus, the client fixtures' TRAIN split; never the blind set) and
 * writes lib/rules/model/weights.ts. Deterministic: the same rows give the same file.
 * Run it after changing a signal, a detector, the fit or a training row (anything that changes
 * what the model learns from); test/unit/model-weights.test.ts says when the weights are stale.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_FIT, fitModel } from './fit.ts';
import { modelExamples, trainingFingerprint } from './training-examples.ts';

const examples = modelExamples();
const fingerprint = trainingFingerprint(examples);
const model = fitModel(
  examples,
  DEFAULT_FIT,
  `npm run fit-model: ${examples.length} rows, ${JSON.stringify(DEFAULT_FIT)}, training ${fingerprint}`,
);
const file = join(import.meta.dirname, '..', '..', 'lib', 'rules', 'model', 'weights.ts');
// JSON text in a string, parsed on first use: a service worker that starts and never explains
// a text pays nothing for it (an object literal of this size costs several ms to evaluate).
writeFileSync(
  file,
  `// Written by \`npm run fit-model\` (scripts/fit/write-model.ts): do not edit.\n` +
    `/** Explain mode's fitted model (linear-model.ts), as JSON text. */\n` +
    `export const WEIGHTS_JSON = ${JSON.stringify(JSON.stringify(model))};\n`,
);
console.log(`${file}: ${Object.keys(model.weights).length} features, ${JSON.stringify(model).length} bytes`);
