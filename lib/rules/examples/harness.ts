import { describe, expect, it } from 'vitest';
import { classify } from '../engine';
import { ruleById } from '../table';
import type { FamilyExamples } from './types';

/** Table-driven tests of one rule family: each positive is decided by its rule, each negative is not. */
export function describeFamily(family: string, examples: FamilyExamples): void {
  describe(`rule family ${family}`, () => {
    for (const [id, { match, noMatch }] of Object.entries(examples)) {
      const rule = ruleById(id);
      it(`${id} is in the table`, () => expect(rule).toBeDefined());
      for (const example of match) {
        const [text, category] = typeof example === 'string' ? [example, rule?.category] : example;
        it(`${id} decides ${JSON.stringify(text.slice(0, 70))}`, () => {
          const got = classify(text);
          expect({ rule: got.rule, category: got.category, match: got.match }).toEqual({
            rule: id,
            category,
            match: true,
          });
        });
      }
      for (const text of noMatch) {
        it(`${id} does not decide ${JSON.stringify(text.slice(0, 70))}`, () => {
          expect(classify(text).rule).not.toBe(id);
        });
      }
    }
  });
}
