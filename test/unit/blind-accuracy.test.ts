import { describe, expect, it } from 'vitest';
import {
  BLIND_FILE,
  duplicateClashes,
  loadCorpusTexts,
  loadSet,
  loadTrainReal,
  malformedRows,
  measureTop1,
} from '../support/labelled-sets';

/**
 * The blind set (test/fixtures/blind/real-errors.jsonl): real error texts that were
 * never used to write or tune rules. This test only measures the classifier on them:
 * it prints top-1 accuracy and the misses (by line id) and holds a floor, so a change
 * that generalises worse shows up here and not only on the corpus it was written for.
 */

/** Top-1 accuracy (explain mode) last measured, rounded down to the whole percent. */
const MIN_ACCURACY = 0.85;

describe('blind set of real send errors', () => {
  const cases = loadSet(BLIND_FILE, 'blind');

  it('has well-formed rows whose labels are category ids or null', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    expect(malformedRows(cases)).toEqual([]);
  });

  it('shares no text with the corpus, exactly or nearly, and repeats none of its own', () => {
    expect(duplicateClashes(cases, loadCorpusTexts(), 'corpus')).toEqual([]);
  });

  // Rules may be written from the training set; a blind text that also sits there would
  // no longer be blind.
  it('shares no text with the real-error training set, exactly or nearly', () => {
    const training = loadTrainReal().map((c) => c.text);
    expect(duplicateClashes(cases, training, 'training set')).toEqual([]);
  });

  it(`classifies at least ${MIN_ACCURACY * 100}% top-1 (measured, never tuned on)`, () => {
    const { accuracy, correct, table } = measureTop1(cases);
    console.table(table);
    console.log(`blind top-1 accuracy: ${correct}/${cases.length} = ${(100 * accuracy).toFixed(1)}%`);
    expect(accuracy).toBeGreaterThanOrEqual(MIN_ACCURACY);
  });
});
