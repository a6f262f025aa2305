/**
 * Turns localized error messages back into their English source text, so that the
 * English rule table reads them: "Die Wartezeit für die Verbindung ist abgelaufen" becomes
 * "Connection timed out", "SMTP Fehler (535): Die Authentisierung ist fehlgeschlagen."
 * becomes "SMTP Error (535): Authentication failed.". The pairs are the catalog's, read
 * from the software's own translation files (scripts/localized-signals/).
 *
 * Linear in the text: one pass visits the places a message can start (word starts and
 * marks, ./scan.ts), looks up the translations that open with the next two characters
 * (case-folded) and matches each against its template, placeholder by placeholder, each
 * in a bounded window, under one budget of steps per call; any run of white space reads
 * as one space. A pure-ASCII text (most English pages) is matched only against the
 * translations written in ASCII. No regular expressions but a character class.
 */
import { CATALOG } from './catalog';
import { SPACE, fold, foldLiteral, isWordUnit } from './fold';
import { indexLiterals, matchFolded, visitStarts, type Budget, type StartIndex } from './scan';
import { fillTemplate, parseTemplate, type Part, type SlotKind } from './template';
import { CATALOG_LANGUAGES, type CatalogEntry, type CatalogLanguage } from './types';

/** Longest placeholder value matched in page text (a host, an address, a server reply). */
const MAX_SLOT_TEXT = 200;
/** Digits in a number placeholder. */
const MAX_SLOT_DIGITS = 12;
/**
 * Steps of matching (first literals, placeholder values, the rest), per call: bounds a
 * hostile text full of openings whose ends never come. Pasted text (explain mode) gets
 * a floor on top of a few per character; page text (scan mode, every block of a
 * localized page) only the few per character, so a block costs in proportion to its length.
 */
const EXPLAIN_STEP_FLOOR = 100_000;
const STEPS_PER_CHAR = 4;
/** Scan mode's steps per character: enough for a text dense with its language's toasts. */
export const SCAN_STEPS_PER_CHAR = 16;
/** Hits kept per call; more are ignored. */
const MAX_CANDIDATES = 512;
/** A translation must keep this many characters of its own text to be matched at all. */
const MIN_LITERAL_CHARS = 8;

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

// --- the compiled catalog, indexed by first literal ------------------------------------

interface Ready {
  readonly entries: readonly Compiled[];
  readonly index: StartIndex;
}

/** The compiled catalog, whole ('all': pasted text, language unknown) or one language's part. */
const compiled = new Map<CatalogLanguage | 'all', Ready>();

function ready(language: CatalogLanguage | 'all' = 'all'): Ready {
  const known = compiled.get(language);
  if (known) return known;
  const seen = new Set<string>();
  const entries: Compiled[] = [];
  for (const entry of CATALOG) {
    if (language !== 'all' && entry.lang !== language) continue;
    const c = compile(entry);
    if (!c) continue;
    // The first translation listed wins when two read the same (catalog order: glibc first).
    const key = JSON.stringify(c.pieces);
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push(c);
  }
  const made = { entries, index: indexLiterals(entries.map(firstLiteral)) };
  compiled.set(language, made);
  return made;
}

const firstLiteral = (c: Compiled): string => (c.pieces[0] as { literal: string }).literal;

/**
 * For each translation, the places its literals could be told by: `length` units from
 * each word start (or mark) in each literal, at least `min` long and not found in the
 * English source text. The content script's
 * gate looks for one of them per translation (chosen by scripts/localized-signals/anchors.ts,
 * written to ./anchors.ts).
 */
export function gateCandidates(length: number, min: number): { entry: CatalogEntry; windows: string[] }[] {
  return ready().entries.map((c) => {
    const windows = new Set<string>();
    // What the English says too (a host's "port", "STARTTLS") tells no language.
    const english = foldLiteral(c.entry.msgid);
    for (const piece of c.pieces) {
      if (!('literal' in piece)) continue;
      const literal = piece.literal;
      for (let i = 0; i < literal.length; i++) {
        const unit = literal.charCodeAt(i);
        const word = isWordUnit(unit);
        if (unit === SPACE || (word && i > 0 && isWordUnit(literal.charCodeAt(i - 1)))) continue;
        const window = literal.slice(i, i + length).trimEnd();
        if (window.length >= min && !english.includes(window)) windows.add(window);
      }
    }
    return { entry: c.entry, windows: [...windows] };
  });
}

// --- matching ------------------------------------------------------------------------

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
      pos = matchFolded(text, pos, piece.literal, budget);
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
      const end = matchFolded(text, k, following, budget);
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

function findCandidates(text: string, catalog: Ready, budget: Budget): Candidate[] {
  const { entries, index } = catalog;
  const found: Candidate[] = [];
  visitStarts(text, index, (at, bucket) => {
    for (const hit of bucket) {
      if (budget.steps <= 0 || found.length >= MAX_CANDIDATES) return true;
      const entry = entries[hit]!;
      const after = matchFolded(text, at, firstLiteral(entry), budget);
      if (after < 0) continue;
      const rest = matchRest(text, after, entry, budget);
      if (!rest) continue;
      const end = trimEndSpace(text, at, rest.end);
      if (!wordEdgeOk(text, at, end)) continue;
      found.push({ ...rest, start: at, end });
    }
    return false;
  });
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
  /** Each replacement: where it sits in `text` and where the localized message sat in the input. */
  readonly spans: readonly Span[];
  /** Steps of matching it took (see STEPS_PER_CHAR): what bounds its cost. */
  readonly steps: number;
}

export interface Span {
  readonly englishStart: number;
  readonly englishEnd: number;
  readonly originalStart: number;
  readonly originalEnd: number;
}

/**
 * Where an offset into the English text falls in the original: inside a replacement, at
 * the start of the localized message it replaced; elsewhere, shifted by the replacements
 * before it. (For placing a marker at the evidence the rule table found.)
 */
export function originalOffset(result: TranslatedBack, englishOffset: number): number {
  let shift = 0;
  for (const span of result.spans) {
    if (englishOffset < span.englishStart) break;
    if (englishOffset < span.englishEnd) return span.originalStart;
    shift = span.originalEnd - span.englishEnd;
  }
  return englishOffset + shift;
}

type Translated = Omit<TranslatedBack, 'steps'>;

function translate(text: string, depth: number, catalog: Ready, budget: Budget): Translated {
  const unchanged: Translated = { text, languages: [], replaced: 0, spans: [] };
  if (typeof text !== 'string' || text.length < 2) return unchanged;
  const candidates = findCandidates(text, catalog, budget);
  if (candidates.length === 0) return unchanged;
  // Leftmost first, the longest of those; then no overlaps.
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const languages = new Set<CatalogLanguage>();
  let out = '';
  let copied = 0;
  const spans: Span[] = [];
  for (const cand of candidates) {
    if (cand.start < copied) continue;
    const values = new Map<string, string>();
    for (const [slot, value] of cand.values) {
      // A value may itself be a localized message: mutt's "(%s)" holds strerror's text.
      values.set(slot, depth === 0 ? translate(value, depth + 1, catalog, budget).text : value);
    }
    out += text.slice(copied, cand.start);
    const englishStart = out.length;
    out += fillTemplate(cand.entry.english, values);
    spans.push({ englishStart, englishEnd: out.length, originalStart: cand.start, originalEnd: cand.end });
    copied = cand.end;
    languages.add(cand.entry.entry.lang);
  }
  out += text.slice(copied);
  return {
    text: out,
    languages: CATALOG_LANGUAGES.filter((l) => languages.has(l)),
    replaced: spans.length,
    spans,
  };
}

export interface TranslateOptions {
  /**
   * The language of the page the text is on (scan mode): only its translations are
   * read, with steps in proportion to the text's length and no floor. Without it
   * (pasted text, explain mode) every language's are, with a floor of steps as well.
   */
  readonly language?: CatalogLanguage;
}

/** Replace every known localized error message in `text` by its English source text. */
export function translateBack(text: string, options: TranslateOptions = {}): TranslatedBack {
  const length = typeof text === 'string' ? text.length : 0;
  const page = options.language;
  const allowed = page ? SCAN_STEPS_PER_CHAR * length : EXPLAIN_STEP_FLOOR + STEPS_PER_CHAR * length;
  const budget = { steps: allowed };
  const result = translate(text, 0, ready(page ?? 'all'), budget);
  return { ...result, steps: allowed - budget.steps };
}

/** `translateBack(text).text`: the text the English rule table should read. */
export function toEnglish(text: string): string {
  return translateBack(text).text;
}
