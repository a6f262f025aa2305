import { stepFits, type StepScope } from '../audience';
import type { ExplainContext } from './context';
import type { Step } from './types';

/** Prose that may depend on the facts of one error. */
export type Text = string | ((c: ExplainContext) => string);

export interface StepTemplate {
  text: Text;
  detail?: Text;
  code?: Text;
  /** Include the step only when this holds. */
  when?: (c: ExplainContext) => boolean;
  /** What the step needs of its reader: kept or dropped by the vantage (lib/audience). */
  scope?: StepScope;
}

/** Everything said about one category. */
export interface CategoryText {
  title: Text;
  summary: Text;
  why: Text;
  confirm: StepTemplate[];
  steps: StepTemplate[];
}

export function fill(text: Text, c: ExplainContext): string {
  return typeof text === 'string' ? text : text(c);
}

export function fillSteps(steps: readonly StepTemplate[], c: ExplainContext): Step[] {
  return steps
    .filter((s) => stepFits(s.scope, c.vantage) && (s.when === undefined || s.when(c)))
    .map((s) => {
      const step: Step = { text: fill(s.text, c) };
      if (s.detail !== undefined) step.detail = fill(s.detail, c);
      if (s.code !== undefined) step.code = fill(s.code, c);
      return step;
    });
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
