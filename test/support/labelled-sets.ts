import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isCategoryId, type CategoryId } from '../../lib/categories';
import { explainPasted } from '../../lib/bounce/explain';

/**
 * Reading and comparing the labelled sets of real error texts (corpus, training set,
 * blind set): one JSON object per line, labelled by the rules in
 * test/fixtures/corpus/README.md.
 */
export interface LabelledCase {
  text: string;
  category: CategoryId | null;
  source: string;
  note?: string;
}

/** A row with the id tests print for it: `<set>:<line>`. */
export interface IdentifiedCase extends LabelledCase {
  id: string;
}

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const CORPUS_DIR = join(FIXTURES, 'corpus');
export const BLIND_FILE = join(FIXTURES, 'blind', 'real-errors.jsonl');
export const TRAIN_REAL_DIR = join(FIXTURES, 'train-real');
/** Largest a fixture file may grow: a new batch of rounds starts a new file. */
export const MAX_FIXTURE_BYTES = 1024 * 1024;

/** Word-set overlap at or above which two texts count as the same error with other values. */
export const NEAR_DUPLICATE_JACCARD = 0.8;

function readJsonl(file: string): { row: LabelledCase; line: number }[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((raw, i) => ({ raw, line: i + 1 }))
    .filter(({ raw }) => raw.trim() !== '')
    .map(({ raw, line }) => ({ row: JSON.parse(raw) as LabelledCase, line }));
}

/** One jsonl file's rows, each with the id `<prefix>:<line>`. */
export function loadSet(file: string, prefix: string): IdentifiedCase[] {
  return readJsonl(file).map(({ row, line }) => ({ ...row, id: `${prefix}:${line}` }));
}

/** The training set's files, one per batch of rounds, in the order their rows are numbered. */
export function trainRealFiles(): string[] {
  return readdirSync(TRAIN_REAL_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => join(TRAIN_REAL_DIR, f));
}

/**
 * The training set as one list, its rows numbered across its files (`train-real:<row>`, the
 * rows its README's rounds name).
 */
export function loadTrainReal(): IdentifiedCase[] {
  let before = 0;
  return trainRealFiles().flatMap((file) => {
    const rows = readJsonl(file);
    const offset = before;
    before += rows.at(-1)?.line ?? 0;
    return rows.map(({ row, line }) => ({ ...row, id: `train-real:${offset + line}` }));
  });
}

export function loadCorpusTexts(): string[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readJsonl(join(CORPUS_DIR, f)).map(({ row }) => row.text));
}

/** Case, numbers and spacing do not make two texts different. */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '0').replace(/\s+/g, ' ').trim();
}

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[a-z]{3,}/g) ?? []);
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Rows of `cases` that repeat one another, or repeat a text of `reference` exactly
 * (after normalising) or nearly (word overlap); `referenceName` names it in the message.
 */
export function duplicateClashes(
  cases: readonly IdentifiedCase[],
  reference: readonly string[],
  referenceName: string,
): string[] {
  const known = reference.map((text) => ({ norm: normalise(text), words: words(text) }));
  const knownNorms = new Set(known.map((k) => k.norm));
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  for (const c of cases) {
    const norm = normalise(c.text);
    const earlier = seen.get(norm);
    if (earlier) clashes.push(`${c.id} repeats ${earlier}`);
    seen.set(norm, c.id);
    if (knownNorms.has(norm)) {
      clashes.push(`${c.id} is in the ${referenceName}: ${JSON.stringify(norm.slice(0, 80))}`);
      continue;
    }
    const own = words(c.text);
    const near = known.find((k) => jaccard(own, k.words) >= NEAR_DUPLICATE_JACCARD);
    if (near)
      clashes.push(`${c.id} nearly repeats ${referenceName} text ${JSON.stringify(near.norm.slice(0, 80))}`);
  }
  return clashes;
}

function predict(text: string): CategoryId | null {
  const got = explainPasted(text);
  return got.match ? got.category : null;
}

export interface AccuracyRow {
  category: string;
  total: number;
  correct: number;
  misses: string;
}

/** Top-1 accuracy of the classifier on `cases`, with a per-category table of misses by id. */
export function measureTop1(cases: readonly IdentifiedCase[]): {
  accuracy: number;
  correct: number;
  table: AccuracyRow[];
} {
  const perCategory = new Map<string, { total: number; correct: number; misses: string[] }>();
  for (const c of cases) {
    const key = c.category ?? 'null';
    const row = perCategory.get(key) ?? { total: 0, correct: 0, misses: [] };
    const predicted = predict(c.text);
    row.total++;
    if (predicted === c.category) row.correct++;
    else row.misses.push(`${c.id}→${predicted ?? 'null'}`);
    perCategory.set(key, row);
  }
  const table = [...perCategory.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([category, { total, correct, misses }]) => ({
      category,
      total,
      correct,
      misses: misses.join(' '),
    }));
  const correct = table.reduce((n, r) => n + r.correct, 0);
  return { accuracy: cases.length === 0 ? 0 : correct / cases.length, correct, table };
}

/** Rows without text or source, or whose label is neither a category id nor null. */
export function malformedRows(cases: readonly IdentifiedCase[]): string[] {
  return cases.flatMap((c) => {
    const problems: string[] = [];
    if (typeof c.text !== 'string' || c.text.length === 0) problems.push(`${c.id} has no text`);
    if (typeof c.source !== 'string' || c.source.length === 0) problems.push(`${c.id} has no source`);
    if (!(c.category === null || isCategoryId(c.category)))
      problems.push(`${c.id} has label ${String(c.category)}`);
    return problems;
  });
}
