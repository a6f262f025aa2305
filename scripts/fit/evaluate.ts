/**
 * `npx tsx scripts/fit/evaluate.ts [--folds 5] [--repeats 3]`: grouped k-fold
 * cross-validation of explain mode on the real-error training set.
 *
 * Folds hold whole origins (a row's GitHub repository, else its source host), so wordings
 * of one project never sit on both sides. For each fold the model is fitted on the other
 * folds plus the corpus and the client fixtures' TRAIN split (extra training rows, never
 * measured here) and measured on the held-out fold. The blind set is not read.
 *
 * Printed, per fold and pooled (top-1, the label `null` = "not a send error"):
 * - current: today's explain mode (rules + hand-weighted scorer). Its rules were written
 *   from these very rows, so this is NOT a held-out figure (resubstitution);
 * - model: the fitted model alone on the held-out fold (honest);
 * - candidate@T: rules of tier >= T decide, the model ranks the rest and may name a cause
 *   where the rules found none (lib/rules/model/model-verdict.ts). The rule half is
 *   resubstitution too;
 * - the share of held-out rows the model decides in the candidate, and its accuracy there
 *   (the honest part of the candidate's figure).
 * Options for the comparisons of docs/design.md: --l2, --steps, --min-count (the fit),
 * --extra-weight (weight of the extra rows), --no-extra, --naive-bayes, --features
 * all|signals|words. Not part of `npm test`: it decides a design, it gates nothing.
 */
import { parseArgs } from 'node:util';
import type { CategoryId } from '../../lib/categories.ts';
import { readByRules, type Reading } from '../../lib/bounce/explain.ts';
import { featuresOf, modelInput } from '../../lib/rules/model/features.ts';
import { rank } from '../../lib/rules/model/linear-model.ts';
import { MODEL_DECIDES_BELOW_TIER, modelVerdict } from '../../lib/rules/model/model-verdict.ts';
import type { Classification } from '../../lib/rules/types.ts';
import { groupedFolds, loadClientTrain, loadCorpus, loadTrainReal, type Row } from './data.ts';
import { DEFAULT_FIT, fitModel, fitNaiveBayes, type Example } from './fit.ts';

const { values } = parseArgs({
  options: {
    folds: { type: 'string', default: '5' },
    repeats: { type: 'string', default: '3' },
    'no-extra': { type: 'boolean', default: false },
    l2: { type: 'string', default: String(DEFAULT_FIT.l2) },
    steps: { type: 'string', default: String(DEFAULT_FIT.steps) },
    'min-count': { type: 'string', default: String(DEFAULT_FIT.minCount) },
    'extra-weight': { type: 'string', default: '1' },
    'naive-bayes': { type: 'boolean', default: false },
    /** Which features: all, only the engine's signals and facts, or only the words. */
    features: { type: 'string', default: 'all' },
  },
});
const K = Number(values.folds);
const REPEATS = Number(values.repeats);
const FIT = {
  ...DEFAULT_FIT,
  l2: Number(values.l2),
  steps: Number(values.steps),
  minCount: Number(values['min-count']),
};
const EXTRA_WEIGHT = Number(values['extra-weight']);

const trainReal = loadTrainReal();
const extra = values['no-extra'] ? [] : [...loadCorpus(), ...loadClientTrain()];

const isWord = (f: string) => f.startsWith('w:') || f.startsWith('b:');
const keep = (f: string) =>
  values.features === 'signals' ? !isWord(f) : values.features === 'words' ? isWord(f) : true;
/** Each row read once by the rules: their verdict, and what the model reads of the row. */
const rules = new Map<string, Reading>([...trainReal, ...extra].map((r) => [r.id, readByRules(r.text)]));
const featureCache = new Map<string, string[]>();
const features = (r: Row) => {
  let f = featureCache.get(r.id);
  if (!f) featureCache.set(r.id, (f = featuresOf(modelInput(rules.get(r.id)!.readFrom)).filter(keep)));
  return f;
};
const current = new Map<string, Classification>(
  trainReal.map((r) => [r.id, rules.get(r.id)!.classification]),
);
const example = (r: Row, weight = 1): Example => ({ features: features(r), label: r.label, weight });

const TIERS = [30, 50, 70, 90];

interface Tally {
  right: number;
  total: number;
}
const tally = (): Tally => ({ right: 0, total: 0 });
const pct = (t: Tally) => (t.total ? ((100 * t.right) / t.total).toFixed(1) : '-');
const count = (t: Tally, ok: boolean) => {
  t.total++;
  if (ok) t.right++;
};

const pooled = {
  current: tally(),
  model: tally(),
  candidate: new Map(TIERS.map((t) => [t, tally()])),
  decided: new Map(TIERS.map((t) => [t, tally()])),
  /** Today's explain mode on the rows the model decides in the candidate. */
  currentThere: new Map(TIERS.map((t) => [t, tally()])),
};
const misses = new Map<string, string>();
/** Per label (pooled): the model alone held out, and today's explain mode (resubstitution). */
const perLabel = new Map<string, { model: Tally; current: Tally }>();

for (let repeat = 0; repeat < REPEATS; repeat++) {
  const folds = groupedFolds(trainReal, K, `repeat-${repeat}`);
  folds.forEach((heldOut, f) => {
    const train = folds.filter((_, g) => g !== f).flat();
    const examples = [...train.map((r) => example(r)), ...extra.map((r) => example(r, EXTRA_WEIGHT))];
    const model = values['naive-bayes']
      ? fitNaiveBayes(examples, 0.1, FIT.minCount)
      : fitModel(examples, FIT);
    const fold = { current: tally(), model: tally(), candidate: tally() };
    for (const r of heldOut) {
      const ranked = rank(model, features(r));
      const verdict = current.get(r.id)!;
      const now = verdict.match ? verdict.category : null;
      count(pooled.current, now === r.label);
      count(fold.current, now === r.label);
      count(pooled.model, ranked[0]!.category === r.label);
      const label = r.label ?? 'null';
      const row = perLabel.get(label) ?? { model: tally(), current: tally() };
      perLabel.set(label, row);
      count(row.model, ranked[0]!.category === r.label);
      count(row.current, now === r.label);
      count(fold.model, ranked[0]!.category === r.label);
      for (const tier of TIERS) {
        const got = modelVerdict(verdict, rules.get(r.id)!.readFrom, model, tier);
        const answer: CategoryId | null = got.classification.match ? got.classification.category : null;
        count(pooled.candidate.get(tier)!, answer === r.label);
        if (got.byModel) {
          count(pooled.decided.get(tier)!, answer === r.label);
          count(pooled.currentThere.get(tier)!, now === r.label);
        }
        if (tier === MODEL_DECIDES_BELOW_TIER) {
          count(fold.candidate, answer === r.label);
          if (answer !== r.label && repeat === 0)
            misses.set(r.id, `${r.label ?? 'null'}→${answer ?? 'null'}`);
        }
      }
    }
    console.log(
      `repeat ${repeat} fold ${f}: ${heldOut.length} rows  current ${pct(fold.current)}%  ` +
        `model ${pct(fold.model)}%  candidate@${MODEL_DECIDES_BELOW_TIER} ${pct(fold.candidate)}%`,
    );
  });
}

console.log(
  `\nfit ${values['naive-bayes'] ? 'naive Bayes' : JSON.stringify(FIT)}, features ${values.features}, extra rows weigh ${EXTRA_WEIGHT}`,
);
console.log(
  `train-real ${trainReal.length} rows, ${K} grouped folds x ${REPEATS}; extra training rows ${extra.length}`,
);
console.log(`current (resubstitution: rules written from these rows): ${pct(pooled.current)}%`);
console.log(`model alone, held out:                                   ${pct(pooled.model)}%`);
for (const tier of TIERS) {
  const d = pooled.decided.get(tier)!;
  console.log(
    `candidate, rules of tier >= ${tier} override:  ${pct(pooled.candidate.get(tier)!)}%` +
      `  (model decides ${((100 * d.total) / pooled.current.total).toFixed(1)}% of rows, ${pct(d)}% right there;` +
      ` current ${pct(pooled.currentThere.get(tier)!)}% there, resubstitution)`,
  );
}
console.log('\nper label (pooled over repeats): model held out / current resubstitution');
for (const [label, t] of [...perLabel].sort(([a], [b]) => a.localeCompare(b)))
  console.log(
    `  ${label.padEnd(22)} ${String(t.model.total).padStart(4)}  ${pct(t.model).padStart(5)}%  ${pct(t.current).padStart(5)}%`,
  );
console.log(
  `\ncandidate@${MODEL_DECIDES_BELOW_TIER} misses (repeat 0): ${[...misses].map(([id, m]) => `${id} ${m}`).join('  ')}`,
);
