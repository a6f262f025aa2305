import { extractFacts } from '../context';
import { TIER } from '../rule';
import { scoreText } from '../scorer';
import { isReceivingSideLog, reportsTrouble } from '../signals';
import { ruleById } from '../table';
import type { Alternative, Classification } from '../types';
import {
  assumedPortsFor,
  CONFIRMING_CHECK,
  MAX_GUESS_CONFIDENCE,
  roundConfidence,
} from '../verdict-defaults';
import { featuresOf, isLetter, MODEL_MAX_INPUT, modelInput } from './features';
import { rank, weightOf, type LinearModel, type Ranked } from './linear-model';
import { WEIGHTS_JSON } from './weights';

let shipped: LinearModel | undefined;
/** The shipped model (`npm run fit-model` writes weights.ts), parsed on first use. */
export function shippedModel(): LinearModel {
  return (shipped ??= JSON.parse(WEIGHTS_JSON) as LinearModel);
}

/**
 * How explain mode shares the work between the rules and the model (chosen held out:
 * docs/design.md). A rule of this tier or above names its cause precisely and decides;
 * below it (a bare code, a generic mail signal, the hand-weighted scorer, the bounce
 * reader's own verdict) the model ranks the causes.
 */
export const MODEL_DECIDES_BELOW_TIER = TIER.wrapper;
/**
 * Where the engine found no send error, the model names one only when the text is about
 * mail, is not clearly about something else, and the model is at least this sure.
 */
export const MODEL_FINDS_ERROR_AT = 0.5;

const MIN_ALTERNATIVE = 0.05;

/** The tier of the rule that decided, or undefined for the scorer's and the bounce reader's own ids. */
function tierOf(ruleId: string | null): number | undefined {
  return ruleId === null ? undefined : ruleById(ruleId)?.tier;
}

/**
 * Where the engine found no send error: the whole text is about mail and says something went
 * wrong, and neither the engine (another protocol, another service's port, a receiving
 * filter's log) nor the scorer (another operation) found it clearly about something else;
 * it only named no failure it knows. Prose about mail that reports no trouble stays prose.
 */
function mayName(text: string): boolean {
  if (isReceivingSideLog(text) || !reportsTrouble(text)) return false;
  const scored = scoreText(text);
  return scored.kind === 'no-failure' && scored.mailHint;
}

type Cause = Ranked & { category: NonNullable<Ranked['category']> };

const MAX_EVIDENCE = 240;

/** The pasted line where `word` stands as a whole word (any case), else the last line with text. */
function lineWith(text: string, word: string): string {
  const lines = text.split('\n');
  let last = '';
  for (const line of lines) {
    const lower = line.toLowerCase();
    if (line.trim()) last = line;
    for (let at = word ? lower.indexOf(word) : -1; at >= 0; at = lower.indexOf(word, at + 1))
      if (!isLetter(lower.charCodeAt(at - 1)) && !isLetter(lower.charCodeAt(at + word.length)))
        return line.trim().slice(0, MAX_EVIDENCE);
  }
  return last.trim().slice(0, MAX_EVIDENCE);
}

/**
 * The line that speaks most for the model's answer: where the word that weighs most toward
 * it stands in what was pasted. The model's own evidence when no rule matched.
 */
function strongestLine(model: LinearModel, text: string, features: readonly string[], k: number): string {
  let best = '';
  let bestWeight = 0;
  for (const f of features) {
    if (!f.startsWith('w:') || f.length < 5 || f.includes('<')) continue;
    const w = weightOf(model, f, k);
    if (w > bestWeight) [best, bestWeight] = [f.slice(2), w];
  }
  return lineWith(text, best);
}

/**
 * The engine's explain verdict, with the model's ranking where no precise rule decided
 * (in a text no longer than the model learned from),
 * and the model's answer where the engine found no send error but the model is sure of
 * one. A rule's evidence stays (real excerpts of the text); the checks and assumed ports
 * follow the cause the model names.
 */
export function modelVerdict(
  verdict: Classification,
  text: string,
  model: LinearModel = shippedModel(),
  decidesBelow: number = MODEL_DECIDES_BELOW_TIER,
): { classification: Classification; byModel: boolean } {
  const unchanged = { classification: verdict, byModel: false };
  if (text.length > MODEL_MAX_INPUT) return unchanged;
  if (verdict.match) {
    const tier = tierOf(verdict.rule);
    if (tier !== undefined && tier >= decidesBelow) return unchanged;
  }
  const input = modelInput(text);
  const features = featuresOf(input);
  const ranked = rank(model, features);
  const causes = ranked.filter((r): r is Cause => r.category !== null);
  const best = causes[0];
  // "Cause unknown" is no reading: it never replaces the rules' cause or their "not a send
  // error" (held out, that cost 2 of 228 rows and kept look-alikes out).
  if (!best || best.category === 'unknown') return unchanged;
  if (!verdict.match && (ranked[0] !== best || best.probability < MODEL_FINDS_ERROR_AT || !mayName(text)))
    return unchanged;
  const mass = causes.reduce((n, r) => n + r.probability, 0);
  if (mass <= 0) return unchanged;
  const alternativeDetails: Alternative[] = causes
    .slice(1, 5)
    .filter((r) => r.probability / mass >= MIN_ALTERNATIVE)
    .map((r) => ({
      category: r.category,
      confidence: roundConfidence(r.probability / mass),
      check: CONFIRMING_CHECK[r.category][0],
    }));
  const extracted = verdict.match ? verdict.extracted : extractFacts(input, input.length);
  const classification: Classification = {
    ...verdict,
    match: true,
    category: best.category,
    // Where the engine saw no error, the model's doubt that there is one counts against it.
    confidence: roundConfidence(
      Math.min(MAX_GUESS_CONFIDENCE, verdict.match ? best.probability / mass : best.probability),
    ),
    alternatives: alternativeDetails.map((a) => a.category),
    alternativeDetails,
    rule: `model:${verdict.rule ?? 'no-rule'}`,
    extracted,
    evidence: verdict.match
      ? verdict.evidence
      : [strongestLine(model, text, features, model.classes.indexOf(best.category))],
    checks: CONFIRMING_CHECK[best.category],
    signals: verdict.signals ?? features.filter((f) => f.startsWith('sig:')).map((f) => f.slice(4)),
  };
  // The rule's own assumption stands when the model keeps its cause.
  if (best.category !== verdict.category) {
    delete classification.assumedPorts;
    const assumed = extracted.port === undefined ? assumedPortsFor(best.category) : undefined;
    if (assumed) classification.assumedPorts = assumed;
  }
  return { classification, byModel: true };
}

/** `modelVerdict`'s classification: explain mode's last step. */
export function withModel(verdict: Classification, text: string): Classification {
  return modelVerdict(verdict, text).classification;
}
