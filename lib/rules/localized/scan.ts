/**
 * Where a translation may start in page text, and matching a folded literal there.
 * Shared by the translate-back pass and the content script's small gate.
 */
import { SPACE, fold, hasNonAscii, isAscii, isWordUnit } from './fold';

/** Items hashed by the first three folded code units of their literal. */
export type Buckets = (number[] | undefined)[];

/** A hash, not a key: literals that share it are told apart by matching them. */
const BUCKETS = 4096;
const keyOf = (a: number, b: number, c: number): number => (a * 961 + b * 31 + c) & (BUCKETS - 1);

export interface StartIndex {
  readonly all: Buckets;
  /** Only the literals written in ASCII: all that a pure-ASCII text can hold. */
  readonly ascii: Buckets;
}

/** Index folded literals (white space collapsed, each at least three units long) by their first three units. */
export function indexLiterals(literals: readonly string[]): StartIndex {
  const all: Buckets = new Array<number[] | undefined>(BUCKETS).fill(undefined);
  const ascii: Buckets = new Array<number[] | undefined>(BUCKETS).fill(undefined);
  literals.forEach((literal, index) => {
    if (literal.length < 3) throw new Error(`literal too short to index: ${JSON.stringify(literal)}`);
    const key = keyOf(literal.charCodeAt(0), literal.charCodeAt(1), literal.charCodeAt(2));
    (all[key] ??= []).push(index);
    if (isAscii(literal)) (ascii[key] ??= []).push(index);
  });
  return { all, ascii };
}

/** The index after `at` and any white space run that starts there. */
function afterUnit(text: string, at: number): number {
  let i = at + 1;
  if (fold(text.charCodeAt(at)) === SPACE) while (i < text.length && fold(text.charCodeAt(i)) === SPACE) i++;
  return i;
}

/**
 * Visit every place a translation may start: the start of a word, or a mark that is not
 * white space (a translation may open with ": " or "«"), with the indexed literals whose
 * first three units (white space collapsed) hash as the text's there. Stops when `visit`
 * returns true. `inWords`: also every place inside a word, for text that runs blocks
 * together with no separator (`textContent`), where a block's first word may go on
 * from the last word of the one before.
 */
export function visitStarts(
  text: string,
  index: StartIndex,
  visit: (at: number, bucket: readonly number[]) => boolean,
  inWords = false,
): boolean {
  const table = hasNonAscii(text) ? index.all : index.ascii;
  const end = text.length - 2;
  let previousWord = false;
  for (let i = 0; i < end; i++) {
    const unit = text.charCodeAt(i);
    // ASCII through a table: this loop runs once per character of every page.
    const kind =
      unit < 128 ? ASCII_KIND[unit]! : isWordUnit(unit) ? WORD : fold(unit) === SPACE ? BLANK : MARK;
    if (kind === WORD) {
      if (previousWord && !inWords) continue;
      previousWord = true;
    } else {
      previousWord = false;
      if (kind === BLANK) continue;
    }
    const second = i + 1;
    const third = afterUnit(text, second);
    if (third >= text.length) break;
    const bucket = table[keyOf(fold(unit), fold(text.charCodeAt(second)), fold(text.charCodeAt(third)))];
    if (bucket && visit(i, bucket)) return true;
  }
  return false;
}

const WORD = 1;
const BLANK = 2;
const MARK = 3;
/** Each ASCII unit's kind: part of a word, white space, or another mark. */
const ASCII_KIND = Uint8Array.from({ length: 128 }, (_, c) =>
  isWordUnit(c) ? WORD : fold(c) === SPACE ? BLANK : MARK,
);

/** Steps left for matching, shared by one call's matches: bounds hostile input. */
export interface Budget {
  steps: number;
}

/**
 * Match a folded literal at `at` (a space in it matches any run of white space); the
 * index after it, or -1 (also when the budget runs out: a call never takes more than it is given).
 */
export function matchFolded(text: string, at: number, literal: string, budget: Budget): number {
  let i = at;
  for (let k = 0; k < literal.length; k++) {
    if (i >= text.length || budget.steps <= 0) return -1;
    budget.steps--;
    const want = literal.charCodeAt(k);
    if (fold(text.charCodeAt(i)) !== want) return -1;
    i++;
    if (want === SPACE) while (i < text.length && fold(text.charCodeAt(i)) === SPACE) i++;
  }
  return i;
}
