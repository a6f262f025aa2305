import type { Rule } from '../rule';

type CategoryId = Rule['category'];

/**
 * Test examples of one rule: texts it must decide (with the category it must give
 * when that differs from the rule's default) and texts it must not decide.
 * Examples live apart from the table so the content-script bundle stays small.
 */
export interface RuleExamples {
  match: (string | readonly [text: string, category: CategoryId])[];
  noMatch: string[];
}

export type FamilyExamples = Readonly<Record<string, RuleExamples>>;
