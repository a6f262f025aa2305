/**
 * Turns localized error messages back into their English source text, so that the
 * English rule table reads them: "Die Wartezeit für die Verbindung ist abgelaufen" becomes
 * "Connection timed out", "SMTP Fehler (535): Die Authentisierung ist fehlgeschlagen."
 * becomes "SMTP Error (535): Authentication failed.". The pairs are the catalog's, read
 * from the software's own translation files (scripts/localized-signals/).
 *
 * Linear in the text: one pass visits the places a message can start (word starts and
 * marks), looks up the translations that open with the next two characters (case-folded)
 * and matches each against its template, placeholder by placeholder, each in a bounded
 * window, under one budget of steps per call; any run of white space reads as one space.
 * A pure-ASCII text (most English pages) is matched only against the few translations
 * written in ASCII. The only regular expression is a character class.
 */
import { CATALOG } from './catalog';
import { fillTemplate, parseTemplate, type Part, type SlotKind } from './template';
import type { CatalogEntry, CatalogLanguage } from './types';

/** Longest placeholder value matched in page text (a host, an address, a server reply). */
const MAX_SLOT_TEXT = 200;
/** Digits in a number placeholder. */
const MAX_SLOT_DIGITS = 12;
/** Steps of checking hits against their templates, per call: bounds hostile input. */
const STEP_BUDGET = 200_000;
/** Hits kept per call; more are ignored. */
const MAX_CANDIDATES = 512;
/** A translation must keep this many characters of its own text to be matched at all. */
const MIN_LITERAL_CHARS = 8;

// --- folding: one UTF-16 code unit to one, so indices stay those of the text ----------

const SPACE = 32;
const foldCache = new Uint16Array(0x10000);
const wordCache = new Uint8Array(0x10000);

function isSpaceUnit(c: number): boolean {
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Lower case, white space to a space, typographic apostrophes to "'". */
function fold(c: number): number {
  if (c < 128) {
    if (c >= 65 && c <= 90) return c + 32;
    return c === 9 || c === 10 || c === 11 || c === 12 || c === 13 ? SPACE : c;
  }
  const cached = foldCache[c]!;
  if (cached !== 0) return cached;
  let folded = c;
  if (isSpaceUnit(c)) folded = SPACE;
  else if (c === 0x2018 || c === 0x2019 || c === 0x02bc) folded = 39;
  else {
    const lower = String.fromCharCode(c).toLowerCase();
    if (lower.length === 1) folded = lower.charCodeAt(0);
  }
  foldCache[c] = folded;
  return folded;
}

/** A letter or digit: a match must not start or end inside a word. */
function isWordUnit(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  let known = wordCache[c]!;
  if (known === 0) {
    const s = String.fromCharCode(c);
    known = s.toLowerCase() !== s.toUpperCase() ? 2 : 1;
    wordCache[c] = known;
  }
  return known === 2;
}

function foldLiteral(text: string): string {
  let out = '';
  let lastSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = fold(text.charCodeAt(i));
    if (c === SPACE) {
      if (!lastSpace) out += ' ';
      lastSpace = true;
    } else {
      out += String.fromCharCode(c);
      lastSpace = false;
    }
  }
  return out;
}

// --- compiled catalog ---------------------------------------------------------------

/** A slot's kind, or 'word': a trailing slot taken up to the next white space. */
type Piece = { readonly literal: string } | { readonly slot: string; readonly kind: SlotKind | 'word' };

interface Compiled {
  readonly entry: CatalogEntry;
  /** The translation from its first literal to its last, literals folded. */
  readonly pieces: readonly Piece[];
  /** The English template, with the slots the translation leaves outside the match dropped at its ends. */
  readonly english: readonly Part[];
}

function compile(entry: CatalogEntry): Compiled | null {
  const from = parseTemplate(entry.msgstr, entry.source);
  const englishParts = parseTemplate(entry.msgid, entry.source);
  const innerEnglish = new Set(englishParts.slice(1, -1).flatMap((p) => ('slot' in p ? [p.slot] : [])));
  let first = 0;
  let last = from.length - 1;
  // A slot at either end is left in the text: where it stops is not known. Unless the
  // English puts it inside (Russian mutt ends with the host that English names mid-sentence):
  // then a trailing one is taken as one word.
  while (first <= last && 'slot' in from[first]!) first++;
  while (last >= first && 'slot' in from[last]!) last--;
  if (first > last) return null;
  const after = from[last + 1];
  const tail = after && 'slot' in after && innerEnglish.has(after.slot) ? after : null;
  const pieces: Piece[] = [];
  let literalChars = 0;
  for (let i = first; i <= last; i++) {
    const part = from[i]!;
    if ('slot' in part) {
      pieces.push(part);
      continue;
    }
    let literal = foldLiteral(part.literal);
    if (i === first) literal = literal.trimStart();
    if (i === last && !tail) literal = literal.trimEnd();
    literalChars += literal.length;
    pieces.push({ literal });
  }
  if (tail) pieces.push({ slot: tail.slot, kind: 'word' });
  const head = pieces[0];
  if (!head || !('literal' in head) || head.literal.length < 4 || literalChars < MIN_LITERAL_CHARS)
    return null;
  const captured = new Set(pieces.flatMap((p) => ('slot' in p ? [p.slot] : [])));
  const english = englishParts;
  while (english.length > 0 && isUncapturedSlot(english[0]!, captured)) english.shift();
  while (english.length > 0 && isUncapturedSlot(english[english.length - 1]!, captured)) english.pop();
  // Space next to a dropped slot stays in the text around the match.
  const lead = english[0];
  if (lead && 'literal' in lead) english[0] = { literal: lead.literal.trimStart() };
  const end = english[english.length - 1];
  if (end && 'literal' in end) english[english.length - 1] = { literal: end.literal.trimEnd() };
  return { entry, pieces, english };
}

function isUncapturedSlot(part: Part, captured: ReadonlySet<string>): boolean {
  return 'slot' in part && !captured.has(part.slot);
}

// --- index of first literals by their first two characters ---------------------------

let compiled: readonly Compiled[] | null = null;
type Buckets = (number[] | undefined)[];
/** Compiled entries hashed by the first two folded code units of their first literal. */
let byKey: Buckets | null = null;
/** The same for translations written in ASCII only: all that a pure-ASCII text can hold. */
let asciiByKey: Buckets | null = null;

/** A hash, not a key: entries that share it are told apart by matching them. */
const BUCKETS = 4096;
const keyOf = (a: number, b: number): number => (a * 31 + b) & (BUCKETS - 1);

function ready(): { entries: readonly Compiled[]; all: Buckets; ascii: Buckets } {
  if (compiled && byKey && asciiByKey) return { entries: compiled, all: byKey, ascii: asciiByKey };
  const seen = new Set<string>();
  const list: Compiled[] = [];
  for (const entry of CATALOG) {
    const c = compile(entry);
    if (!c) continue;
    // The first translation listed wins when two read the same (catalog order: glibc first).
    const key = JSON.stringify(c.pieces);
    if (seen.has(key)) continue;
    seen.add(key);
    list.push(c);
  }
  const all: Buckets = new Array<number[] | undefined>(BUCKETS).fill(undefined);
  const ascii: Buckets = new Array<number[] | undefined>(BUCKETS).fill(undefined);
  list.forEach((c, index) => {
    const anchor = (c.pieces[0] as { literal: string }).literal;
    const key = keyOf(anchor.charCodeAt(0), anchor.charCodeAt(1));
    for (const table of isAscii(anchor) ? [all, ascii] : [all]) (table[key] ??= []).push(index);
  });
  compiled = list;
  byKey = all;
  asciiByKey = ascii;
  return { entries: list, all, ascii };
}

const NON_ASCII = /[^\0-\x7f]/;

const isAscii = (text: string): boolean => !NON_ASCII.test(text);

// --- matching ------------------------------------------------------------------------

interface Budget {
  steps: number;
}

/** Match a folded literal at `at`; returns the index after it, or -1. */
function matchLiteral(text: string, at: number, literal: string, budget: Budget): number {
  let i = at;
  for (let k = 0; k < literal.length; k++) {
    if (i >= text.length) return -1;
    budget.steps--;
    const want = literal.charCodeAt(k);
    const got = fold(text.charCodeAt(i));
    if (got !== want) return -1;
    i++;
    if (want === SPACE) while (i < text.length && fold(text.charCodeAt(i)) === SPACE) i++;
  }
  return i;
}

function skipNumber(text: string, at: number, optional: boolean): number {
  let i = at;
  const sign = text.charCodeAt(i);
  if (sign === 45 || sign === 43) i++;
  const digitsStart = i;
  while (i < text.length && i - digitsStart < MAX_SLOT_DIGITS) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    i++;
  }
  if (i === digitsStart) return optional ? at : -1;
  return i;
}

const WORD_END_MARKS = '.,;:!?)"\'»“”';

/** A host or address: up to white space, without the sentence's closing marks. */
function takeWord(text: string, at: number): number {
  let i = at;
  const limit = Math.min(text.length, at + MAX_SLOT_TEXT);
  while (i < limit && fold(text.charCodeAt(i)) !== SPACE) i++;
  while (i > at && WORD_END_MARKS.includes(text[i - 1]!)) i--;
  return i;
}

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly entry: Compiled;
  readonly values: Map<string, string>;
}

/** Check the rest of `entry` after its first literal, which ends before `at`. */
function matchRest(text: string, at: number, entry: Compiled, budget: Budget): Candidate | null {
  const values = new Map<string, string>();
  let pos = at;
  const pieces = entry.pieces;
  for (let p = 1; p < pieces.length; p++) {
    const piece = pieces[p]!;
    if ('literal' in piece) {
      pos = matchLiteral(text, pos, piece.literal, budget);
      if (pos < 0) return null;
      continue;
    }
    if (piece.kind === 'word') {
      const end = takeWord(text, pos);
      if (end === pos) return null;
      values.set(piece.slot, text.slice(pos, end));
      pos = end;
      continue;
    }
    // Any other slot is followed by a literal (slots at the ends were dropped).
    const following = (pieces[p + 1] as { literal: string }).literal;
    if (piece.kind !== 'text') {
      const end = skipNumber(text, pos, piece.kind === 'code');
      if (end < 0) return null;
      values.set(piece.slot, text.slice(pos, end));
      pos = end;
      continue;
    }
    const firstWanted = following.charCodeAt(0);
    const limit = Math.min(text.length, pos + MAX_SLOT_TEXT);
    let found = -1;
    for (let k = pos; k < limit && budget.steps > 0; k++) {
      budget.steps--;
      const c = text.charCodeAt(k);
      if (c === 10 || c === 13) break;
      if (fold(c) !== firstWanted) continue;
      const end = matchLiteral(text, k, following, budget);
      if (end >= 0) {
        values.set(piece.slot, text.slice(pos, k));
        found = end;
        break;
      }
    }
    if (found < 0) return null;
    pos = found;
    p++;
  }
  return { start: 0, end: pos, entry, values };
}

function wordEdgeOk(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (start > 0 && isWordUnit(first) && isWordUnit(text.charCodeAt(start - 1))) return false;
  const last = text.charCodeAt(end - 1);
  if (end < text.length && isWordUnit(last) && isWordUnit(text.charCodeAt(end))) return false;
  return true;
}

/**
 * Every place a translation may start: the start of a word, or a mark that is not white
 * space (a translation may open with ": " or "«"). Each is looked up by its first two
 * folded characters, and the few translations under that key are matched from there.
 */
function findCandidates(text: string, budget: Budget): Candidate[] {
  const { entries, all, ascii } = ready();
  const index = NON_ASCII.test(text) ? all : ascii;
  const found: Candidate[] = [];
  let previousWord = false;
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    const word = isWordUnit(unit);
    const startsHere = word ? !previousWord : fold(unit) !== SPACE;
    previousWord = word;
    if (!startsHere) continue;
    const bucket = index[keyOf(fold(unit), fold(text.charCodeAt(i + 1)))];
    if (!bucket) continue;
    for (const hit of bucket) {
      if (budget.steps <= 0 || found.length >= MAX_CANDIDATES) return found;
      const entry = entries[hit]!;
      const anchor = (entry.pieces[0] as { literal: string }).literal;
      const after = matchLiteral(text, i, anchor, budget);
      if (after < 0) continue;
      const rest = matchRest(text, after, entry, budget);
      if (!rest) continue;
      const end = trimEndSpace(text, i, rest.end);
      if (!wordEdgeOk(text, i, end)) continue;
      found.push({ ...rest, start: i, end });
    }
  }
  return found;
}

function trimEndSpace(text: string, start: number, end: number): number {
  let e = end;
  while (e > start + 1 && fold(text.charCodeAt(e - 1)) === SPACE) e--;
  return e;
}

// --- the answer ------------------------------------------------------------------------

export interface TranslatedBack {
  /** The text with every known localized message replaced by its English source text. */
  readonly text: string;
  /** Languages of the messages replaced, in catalog order. */
  readonly languages: readonly CatalogLanguage[];
  /** How many messages were replaced. */
  readonly replaced: number;
}

const LANGUAGE_ORDER: readonly CatalogLanguage[] = ['de', 'fr', 'es', 'pt-BR', 'ru'];

function translate(text: string, depth: number, budget: Budget): TranslatedBack {
  if (typeof text !== 'string' || text.length < 2) {
    return { text, languages: [], replaced: 0 };
  }
  const candidates = findCandidates(text, budget);
  if (candidates.length === 0) return { text, languages: [], replaced: 0 };
  // Leftmost first, the longest of those; then no overlaps.
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const languages = new Set<CatalogLanguage>();
  let out = '';
  let copied = 0;
  let replaced = 0;
  for (const cand of candidates) {
    if (cand.start < copied) continue;
    const values = new Map<string, string>();
    for (const [slot, value] of cand.values) {
      // A value may itself be a localized message: mutt's "(%s)" holds strerror's text.
      values.set(slot, depth === 0 ? translate(value, depth + 1, budget).text : value);
    }
    out += text.slice(copied, cand.start) + fillTemplate(cand.entry.english, values);
    copied = cand.end;
    replaced++;
    languages.add(cand.entry.entry.lang);
  }
  out += text.slice(copied);
  return { text: out, languages: LANGUAGE_ORDER.filter((l) => languages.has(l)), replaced };
}

/** Replace every known localized error message in `text` by its English source text. */
export function translateBack(text: string): TranslatedBack {
  return translate(text, 0, { steps: STEP_BUDGET });
}

/** `translateBack(text).text`: the text the English rule table should read. */
export function toEnglish(text: string): string {
  return translateBack(text).text;
}
