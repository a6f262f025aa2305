import { describe, expect, it } from 'vitest';
import { explainByRules, explainPasted } from '../bounce/explain';
import { SIGNAL_FAMILY_EXAMPLES } from './examples/signal-families';

/**
 * The meaning families of explain mode's rules and scorer, each read in wordings no needle
 * or rule was copied from, and texts that share its words but must not read as it, neither
 * by the rules nor once the fitted model has ranked (lib/rules/model/: below a wrapper's
 * tier the model may rank a family's cause otherwise; that is measured on real texts).
 */
const cases = Object.entries(SIGNAL_FAMILY_EXAMPLES);

describe('explain mode: signal families', () => {
  it.each(cases.flatMap(([family, ex]) => ex.match.map((text) => [family, ex.category, text] as const)))(
    '%s: reads as %s: %j',
    (_family, category, text) => {
      const got = explainByRules(text);
      expect(got.match ? got.category : null).toBe(category);
    },
  );

  it.each(cases.flatMap(([family, ex]) => ex.noMatch.map((text) => [family, ex.category, text] as const)))(
    '%s: does not read as %s: %j',
    (_family, category, text) => {
      for (const got of [explainByRules(text), explainPasted(text)])
        expect(got.match ? got.category : null).not.toBe(category);
    },
  );
});
