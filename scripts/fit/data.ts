/**
 * The labelled rows the explain-mode model is fitted and measured on: the real-error
 * training set (grouped by where each row came from), the corpus and the TRAIN split of
 * the client fixtures (extra training rows only). The blind set is never read here.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CategoryId } from '../../lib/categories.ts';
import { loadTrainReal as loadTrainRealSet } from '../../test/support/labelled-sets.ts';

export interface Row {
  text: string;
  label: CategoryId | null;
  /** `train-real:<line>`, `corpus:<file>:<line>`, `clients:<file>:<line>`. */
  id: string;
  /** Rows of one group never straddle two folds. */
  group: string;
}

const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures');

function jsonl(file: string): { value: Record<string, unknown>; line: number }[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((raw, i) => ({ raw, line: i + 1 }))
    .filter(({ raw }) => raw.trim() !== '')
    .map(({ raw, line }) => ({ value: JSON.parse(raw) as Record<string, unknown>, line }));
}

/**
 * The origin of a row: the GitHub repository of its thread (several threads of one project
 * share wordings), else the source's host, else the source itself.
 */
export function originOf(source: string): string {
  const github = /^https?:\/\/github\.com\/([^/\s]+)\/([^/\s#?]+)/.exec(source);
  if (github) return `github:${github[1]!.toLowerCase()}/${github[2]!.toLowerCase()}`;
  const url = /^https?:\/\/([^/\s]+)/.exec(source);
  return url ? `host:${url[1]!.toLowerCase()}` : `source:${source}`;
}

export function loadTrainReal(): Row[] {
  return loadTrainRealSet().map((c) => ({
    text: c.text,
    label: c.category,
    id: c.id,
    group: originOf(c.source),
  }));
}

export function loadCorpus(): Row[] {
  const dir = join(FIXTURES, 'corpus');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      jsonl(join(dir, f)).map(({ value, line }) => ({
        text: value.text as string,
        label: value.category as CategoryId | null,
        id: `corpus:${f}:${line}`,
        group: originOf(value.source as string),
      })),
    );
}

/** The client fixtures' TRAIN split (their own `split` field, recomputed the way the test does). */
export function loadClientTrain(): Row[] {
  const dir = join(FIXTURES, 'clients');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      jsonl(join(dir, f))
        .filter(({ value }) => {
          const key = `${String(value.client)}|${String(value.scenario)}|${String(value.locale)}`;
          return createHash('sha256').update(key).digest()[0]! >= 128;
        })
        .map(({ value, line }) => ({
          text: value.text as string,
          label: value.expected as CategoryId | null,
          id: `clients:${f}:${line}`,
          group: `client:${String(value.client)}|${String(value.scenario)}`,
        })),
    );
}

/** FNV-1a of a string: a fixed, machine-independent order. */
export function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * k folds of whole groups: groups in a fixed hashed order, each to the fold with the fewest
 * rows so far (ties to the lower fold), so the folds are near equal and deterministic.
 */
export function groupedFolds(rows: readonly Row[], k: number, seed = ''): Row[][] {
  const groups = new Map<string, Row[]>();
  for (const r of rows) groups.set(r.group, [...(groups.get(r.group) ?? []), r]);
  const ordered = [...groups.entries()].sort(
    (a, b) => b[1].length - a[1].length || fnv(seed + a[0]) - fnv(seed + b[0]) || a[0].localeCompare(b[0]),
  );
  const folds: Row[][] = Array.from({ length: k }, () => []);
  for (const [, members] of ordered) {
    let smallest = 0;
    for (let i = 1; i < k; i++) if (folds[i]!.length < folds[smallest]!.length) smallest = i;
    folds[smallest]!.push(...members);
  }
  return folds;
}

/** Every row the shipped model is fitted on: the training set, the corpus, the client fixtures' TRAIN split. */
export function loadModelRows(): Row[] {
  return [...loadTrainReal(), ...loadCorpus(), ...loadClientTrain()];
}
