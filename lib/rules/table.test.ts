import { describe, expect, it } from 'vitest';
import { isCategoryId } from '../categories';
import { ALL_EXAMPLES } from './examples';
import { mayContainSendError } from './prefilter';
import { RULE_FAMILIES, RULES } from './table';

describe('rule table', () => {
  it('has unique, stable kebab-case ids', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('gives every rule a valid category, a confidence in 0..1 and a pattern without g/y flags', () => {
    for (const rule of RULES) {
      expect(isCategoryId(rule.category), rule.id).toBe(true);
      expect(rule.confidence, rule.id).toBeGreaterThan(0);
      expect(rule.confidence, rule.id).toBeLessThanOrEqual(1);
      expect(rule.pattern.flags, rule.id).not.toMatch(/[gy]/);
      for (const a of rule.alternatives ?? []) expect(isCategoryId(a.category), rule.id).toBe(true);
    }
  });

  it('registers every rule of every family file exactly once', () => {
    const fromFamilies = Object.values(RULE_FAMILIES).flat();
    expect(fromFamilies).toEqual([...RULES]);
  });

  it('has examples for every rule: at least two that it decides and one that it does not', () => {
    for (const [family, rules] of Object.entries(RULE_FAMILIES)) {
      const examples = ALL_EXAMPLES[family];
      expect(examples, family).toBeDefined();
      for (const rule of rules) {
        const own = examples?.[rule.id];
        expect(own, `${family}/${rule.id} has no examples`).toBeDefined();
        expect(own?.match.length ?? 0, rule.id).toBeGreaterThanOrEqual(2);
        expect(own?.noMatch.length ?? 0, rule.id).toBeGreaterThanOrEqual(1);
      }
      // No examples for rules that are not in the family.
      for (const id of Object.keys(examples ?? {}))
        expect(
          rules.map((r) => r.id),
          `${family}/${id}`,
        ).toContain(id);
    }
  });

  it('lets every positive example through the prefilter', () => {
    for (const examples of Object.values(ALL_EXAMPLES)) {
      for (const [id, { match }] of Object.entries(examples)) {
        for (const example of match) {
          const text = typeof example === 'string' ? example : example[0];
          expect(mayContainSendError(text), `${id}: ${text}`).toBe(true);
        }
      }
    }
  });
});
