import { checkSync, type Diagnostics } from 'recheck';

/**
 * A deterministic ReDoS verdict: recheck's automaton checker only (exact, no random
 * fuzzing whose findings depend on how busy the machine is), on each top-level
 * alternative of a pattern. A backtracking search tries the alternatives of a top-level
 * `|` one after the other at each start position, each independently of the others, so
 * the pattern is linear exactly when every alternative is; and small alternatives are
 * decided in milliseconds where the whole pattern can exhaust the checker.
 */

export type Verdict =
  | { status: 'safe' }
  | { status: 'vulnerable'; piece: string; complexity: string; attack: string }
  | { status: 'undecided'; piece: string; reason: string };

/**
 * A safety net only: every alternative in lib/rules is decided in well under a second
 * even on a loaded machine. Running out of it fails the gate, it never passes it.
 */
const PIECE_TIMEOUT_MS = 15_000;

/** The top-level alternatives of a pattern source (`a|(b|c)|[|]` → `a`, `(b|c)`, `[|]`). */
export function topLevelAlternatives(source: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      pieces.push(source.slice(start, i));
      start = i + 1;
    }
  }
  pieces.push(source.slice(start));
  return pieces;
}

/** Backreferences tie alternatives together (and renumber when split): check those whole. */
const BACKREFERENCE = /\\[1-9]|\\k</;

function diagnose(piece: string, flags: string): Diagnostics {
  return checkSync(piece, flags, { checker: 'automaton', timeout: PIECE_TIMEOUT_MS });
}

/** Is every match of /source/flags linear in the input? `undecided` is never a pass. */
export function linearVerdict(source: string, flags: string): Verdict {
  // The v flag nests character classes, which the splitter does not model.
  if (flags.includes('v')) return { status: 'undecided', piece: source, reason: 'the v flag is not handled' };
  // Sticky and global only move the start position; they do not change how one match runs.
  const matchFlags = flags.replace(/[gy]/g, '');
  const pieces = BACKREFERENCE.test(source) ? [source] : topLevelAlternatives(source);
  for (const piece of pieces) {
    const result = diagnose(piece, matchFlags);
    if (result.status === 'vulnerable') {
      return {
        status: 'vulnerable',
        piece,
        complexity: result.complexity.summary,
        attack: result.attack.pattern,
      };
    }
    if (result.status === 'unknown') {
      const { error } = result;
      const reason = 'message' in error ? `${error.kind}: ${error.message}` : error.kind;
      return { status: 'undecided', piece, reason };
    }
  }
  return { status: 'safe' };
}

/** One line saying why a verdict is not `safe`, naming the alternative at fault. */
export function explainVerdict(verdict: Verdict, source: string, flags: string): string {
  const where = `/${source.length > 160 ? `${source.slice(0, 160)}…` : source}/${flags}`;
  if (verdict.status === 'vulnerable') {
    return `${where}: the alternative /${verdict.piece}/ is ${verdict.complexity} (attack: ${verdict.attack})`;
  }
  if (verdict.status === 'undecided') {
    return (
      `${where}: recheck's automaton checker cannot decide the alternative /${verdict.piece}/ ` +
      `(${verdict.reason}), so the gate fails: restructure it into smaller top-level ` +
      `alternatives, without syntax the checker does not support, keeping what it matches`
    );
  }
  return `${where}: safe`;
}
