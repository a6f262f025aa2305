import type { CategoryId } from '../../lib/categories.ts';
import { toEnglish } from '../../lib/rules/localized/translate-back.ts';
import { TIER } from '../../lib/rules/rule.ts';
import { withoutAsides } from '../../lib/rules/signals.ts';
import { ruleById } from '../../lib/rules/table.ts';
import type { Alternative, Classification } from '../../lib/rules/types.ts';
import type { Ranked } from './model.ts';

/**
 * How the candidate model and the rules would share explain mode (evaluate.ts): a rule of this tier or above
 * names its cause precisely and decides; below it (a client's catch-all wrapper, a bare
 * code, the hand-weighted scorer) the model ranks the causes. "Not a send error" stays
 * with the engine's detectors (another protocol, no failure reported): the model never
 * turns a send error into none, nor the other way round.
 */
export const MODEL_DECIDES_BELOW_TIER = TIER.specific;

/** What the model reads: the text in English, without help links and request headers, its tail if long. */
const MAX_INPUT = 32_768;
export function modelInput(text: string): string {
  const english = withoutAsides(toEnglish(text));
  return english.length > MAX_INPUT ? english.slice(-MAX_INPUT) : english;
}

const MAX_CONFIDENCE = 0.85;
const MIN_ALTERNATIVE = 0.05;

function round(n: number): number {
  return Math.round(Math.min(1, Math.max(0, n)) * 100) / 100;
}

/** The tier of the rule that decided, or undefined for the scorer's and the bounce reader's own ids. */
function tierOf(ruleId: string | null): number | undefined {
  return ruleId === null ? undefined : ruleById(ruleId)?.tier;
}

/**
 * The engine's explain verdict, with the model's ranking where no precise rule decided.
 * The evidence and signals stay the engine's (real excerpts of the text).
 */
export function modelVerdict(
  verdict: Classification,
  ranked: readonly Ranked[],
  decidesBelow: number = MODEL_DECIDES_BELOW_TIER,
): { classification: Classification; byModel: boolean } {
  if (!verdict.match) return { classification: verdict, byModel: false };
  const tier = tierOf(verdict.rule);
  if (tier !== undefined && tier >= decidesBelow) return { classification: verdict, byModel: false };
  const causes = ranked.filter((r): r is Ranked & { category: CategoryId } => r.category !== null);
  const mass = causes.reduce((n, r) => n + r.probability, 0);
  const best = causes[0];
  if (!best || mass <= 0) return { classification: verdict, byModel: false };
  const alternativeDetails: Alternative[] = causes
    .slice(1, 5)
    .filter((r) => r.probability / mass >= MIN_ALTERNATIVE)
    .map((r) => ({ category: r.category, confidence: round(r.probability / mass) }));
  return {
    classification: {
      ...verdict,
      category: best.category,
      confidence: round(Math.min(MAX_CONFIDENCE, best.probability / mass)),
      alternatives: alternativeDetails.map((a) => a.category),
      alternativeDetails,
      rule: `model:${verdict.rule ?? 'send-failed'}`,
    },
    byModel: true,
  };
}
