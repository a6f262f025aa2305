import { describe, expect, it } from 'vitest';
import { groupedFolds, loadTrainReal, originOf } from '../../scripts/fit/data';
import { CLASSES, fitModel } from '../../scripts/fit/fit';
import { rank } from '../../lib/rules/model/linear-model';

/**
 * The held-out measurement of scripts/fit/evaluate.ts is only as honest as its parts:
 * folds that never split one origin and a fit that gives the same weights every run
 * (the features and the combination are tested beside them in lib/rules/model/).
 */
describe('fit evaluation', () => {
  it('groups the threads of one repository into one origin', () => {
    expect(originOf('https://github.com/PHPMailer/PHPMailer/issues/1375')).toBe('github:phpmailer/phpmailer');
    expect(originOf('https://github.com/phpmailer/phpmailer/pull/2#issuecomment-1')).toBe(
      'github:phpmailer/phpmailer',
    );
    expect(originOf('https://learn.microsoft.com/en-us/exchange/x')).toBe('host:learn.microsoft.com');
    expect(originOf('RFC 5321 §4.2.3')).toBe('source:RFC 5321 §4.2.3');
  });

  it('keeps every origin of the training set in exactly one fold, the same on every run', () => {
    const rows = loadTrainReal();
    const folds = groupedFolds(rows, 5, 'seed');
    expect(folds.flat()).toHaveLength(rows.length);
    const foldOf = new Map<string, number>();
    folds.forEach((fold, f) =>
      fold.forEach((r) => {
        expect(foldOf.get(r.group) ?? f).toBe(f);
        foldOf.set(r.group, f);
      }),
    );
    // Balanced as far as whole origins allow: each goes to the smallest fold, so no two folds
    // differ by more than the largest origin.
    const sizes = folds.map((f) => f.length);
    const originSizes = new Map<string, number>();
    for (const r of rows) originSizes.set(r.group, (originSizes.get(r.group) ?? 0) + 1);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(Math.max(...originSizes.values()));
    const again = groupedFolds(rows, 5, 'seed');
    expect(again.map((f) => f.map((r) => r.id))).toEqual(folds.map((f) => f.map((r) => r.id)));
  });

  it('fits the same weights every run and learns a separable set', () => {
    const examples = [
      ...Array.from({ length: 6 }, (_, i) => ({ features: ['a', `x${i}`], label: CLASSES[0]! })),
      ...Array.from({ length: 6 }, (_, i) => ({ features: ['b', `x${i}`], label: CLASSES[6]! })),
    ];
    const options = { l2: 0.001, steps: 80, rate: 0.5, minCount: 1 };
    const first = fitModel(examples, options);
    expect(fitModel(examples, options)).toEqual(first);
    expect(rank(first, ['a'])[0]!.category).toBe(CLASSES[0]);
    expect(rank(first, ['b'])[0]!.category).toBe(CLASSES[6]);
  });
});
