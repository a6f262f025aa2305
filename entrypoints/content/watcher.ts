import { MAX_TEXT_LENGTH } from '../../utils/messaging';
import {
  blockOf,
  ERROR_REGION_SELECTOR,
  isBlock,
  isSkipped,
  isSkippedTag,
  SKIPPED_ANCESTOR_SELECTOR,
} from './dom-rules';
import { OBSERVED_CHANGES } from './observed-changes';

/**
 * The page watcher: one scan of the page once it has settled, then only the text
 * that mutations add or change. The MutationObserver callback only queues nodes;
 * one coalesced flush per burst resolves them to the lines that changed and the
 * subtrees that were added, reads their text natively (`textContent`, `Text.data`;
 * never `innerText`, so no layout), tests a group of them with one prefilter call,
 * and walks only what passes, block by block (one block of text = one candidate)
 * to hand on for classification. Every flush is bounded by a time budget and
 * carries the rest over; a burst too big to follow node by node becomes one
 * bounded rescan. A page that stays busy is sampled: not observed for a pause (but
 * for the places where products show errors), then read once by a sliced sweep.
 */

/** A block of page text that passed the prefilter. */
export interface Candidate {
  /** The block's text, after a short line of context when there is one. */
  text: string;
  /** Where the block itself starts in `text`: an error before it belongs to another block. */
  focus: number;
  /** The node that shows the character at `at` of `text`: the marker goes right after it. */
  anchorAt(at: number): Element | Text;
}

export interface WatcherOptions {
  document: Document;
  /** Cheap test: could this block of text hold an email send error at all? */
  prefilter(text: string): boolean;
  /**
   * The same test for the joined text of many blocks (`textContent` runs blocks
   * together with no separator); must pass whatever any block inside would pass.
   * Defaults to `prefilter`.
   */
  subtreePrefilter?(text: string): boolean;
  onCandidate(candidate: Candidate): void;
  /** Called after every flush with its duration in ms. */
  onFlush?(ms: number): void;
  /** Called when sampling pauses the observer (stats). */
  onPause?(): void;
  /** Schedules a flush (default setTimeout; a stopped watcher ignores its timers). */
  setTimer?(callback: () => void, ms: number): void;
  now?(): number;
  /** How long a burst of mutations may gather before it is flushed. */
  flushDelayMs?: number;
  /** Work per flush before the rest is carried over. */
  budgetMs?: number;
  /** Above this many queued mutation records, drop them and rescan the page once (bounded). */
  hugeMutationCount?: number;
  /**
   * A place of text whose line was tested this many times is "churned" (a chat status, a
   * snippet): its next changes are tested on their own text only, and its whole line in
   * the next coarse pass.
   */
  churnedAfter?: number;
  /** A coarse pass runs once the page has rested a flush delay, or after this many flushes. */
  coarseEveryFlushes?: number;
  /**
   * A subtree that replaced another (a reading pane swapped, a view re-rendered) is read
   * once the page rests, or once it has stayed this long (ms): a view the page replaces
   * again before then is never read.
   */
  replacedReadAfterMs?: number;
  /**
   * Sampling (0: off): a page that stays busy (more than `sampleAboveRecords` records in at
   * least `sampleMinCallbacks` observer callbacks within `sampleWindowMs`) is not observed
   * for this long, but for the known error regions and the body's children (watchRegions);
   * then it is read once by a sweep (sweepStep), with the observer on again.
   */
  samplePauseMs?: number;
  /** Text per read of the sweep, and per flush (tests; see SWEEP_UNIT_CHARS). */
  sweepUnitChars?: number;
  sampleAboveRecords?: number;
  sampleMinCallbacks?: number;
  sampleWindowMs?: number;
}

export interface Watcher {
  start(): void;
  stop(): void;
  /** Run the pending flush now (tests). */
  flushNow(): void;
  /** Is work queued or carried over? */
  readonly busy: boolean;
}

/** Text shorter than this cannot hold an error worth reporting. */
const MIN_TEXT = 12;
/** Longest candidate; longer blocks (a log in a <pre>) go in overlapping windows. */
const WINDOW = MAX_TEXT_LENGTH;
const WINDOW_OVERLAP = 512;
/** The block just before may be a label for this one ("The response from the remote server was:"). */
const CONTEXT_CHARS = 300;
/** A suspicious subtree with at most this much text is walked rather than split. */
const PROBE_LEAF_CHARS = 2048;
/** Queued nodes resolved to jobs in one step. */
const RESOLVE_SLICE = 32;
/** Probe and line jobs whose text is tested with one prefilter call. */
const SCREEN_GROUP = 64;
/** Check the clock every this many visited nodes. */
const CLOCK_EVERY = 64;
/** Check the clock every this many mutation records triaged. */
const TRIAGE_CLOCK_EVERY = 8;
/** Held places of text are pruned of detached ones when they reach twice what was left, at least this. */
const MIN_PRUNE_PLACES = 1024;
/** Above this many connected places, all are let go (their wrappers are made anew). */
const MAX_PLACES = 8192;
/**
 * The sweep reads a run of a container's children at once (one native `Range.toString()`:
 * no wrapper per child) up to about this much text, and about a quarter of it per flush (the
 * read and the prefilter cost about 0.1 ms per 4 KB in Chromium's isolated world); a child
 * longer than this is read child by child, and remembered as such for later sweeps.
 */
const SWEEP_UNIT_CHARS = 8192;
/** In a big container, a child with more element children than this is gone into unread. */
const SWEEP_WIDE = 16;
/** Children per read in a container the sweep has not read before. */
const SWEEP_FIRST_RUN = 8;
const SWEEP_MAX_RUN = 4096;
/** After a slice, a sweep whose place was removed goes back this many children (a few read twice). */
const SWEEP_BACKTRACK = 8;
/** How long the known error regions found by one query serve the pauses after it. */
const REGION_QUERY_EVERY_MS = 60_000;
/**
 * The pause of a busy page (the content script's setting; WatcherOptions.samplePauseMs): an
 * error outside the known regions is found within it and one sweep, or two of each if the
 * page wrote it behind a sweep and stayed busy (docs/performance.md, seventh round).
 */
export const SAMPLE_PAUSE_MS = 10_000;

const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * Do two texts differ only in their digits ("12:59" → "13:00", "Inbox (41)" → "Inbox (42)")?
 * A clock or a counter ticking cannot turn a line into a send error.
 */
export function differsOnlyInDigits(before: string, after: string): boolean {
  let i = 0;
  let j = 0;
  while (i < before.length && j < after.length) {
    const a = before.charCodeAt(i);
    const b = after.charCodeAt(j);
    if (isDigit(a) && isDigit(b)) {
      while (i < before.length && isDigit(before.charCodeAt(i))) i++;
      while (j < after.length && isDigit(after.charCodeAt(j))) j++;
    } else if (a !== b) {
      return false;
    } else {
      i++;
      j++;
    }
  }
  return i === before.length && j === after.length;
}

interface Piece {
  text: string;
  node: Text | null;
}

interface Segment {
  block: Element;
  pieces: Piece[];
}

/** Where a sweep is in one container: the last child read, and the index after it. */
interface SweepFrame {
  parent: Element;
  last: Node | null;
  next: number;
  /**
   * The container's child count when the sweep went in: children the page adds later are
   * records (a page that keeps adding cannot keep a sweep going).
   */
  count: number;
}

/**
 * - probe: test the subtree's whole text (one native `textContent` read) against the
 *   subtree prefilter; a clean subtree is done, a small suspicious one is walked, a big
 *   one is split into its own inline text and its child blocks, each probed in turn;
 * - line: test the block's own line of text (its text children and its inline
 *   children's `textContent`, read natively), then walk that line only if it passes;
 * - subtree: walk every text node of the subtree, block by block;
 * - inline: walk only the root's own line of text (nested blocks are not walked).
 * Most changed text is ordinary, so most jobs end at the native read, before any
 * walk or ancestor check.
 */
interface Job {
  root: Element;
  kind: 'probe' | 'line' | 'subtree' | 'inline';
  /** No ancestor of the root is skipped (checked, or the job came from a probe that was). */
  cleared?: boolean;
  /** probe and line: the text, read natively once. */
  read?: string;
  /** probe and line: the text passed the subtree prefilter (a job that fails it is dropped). */
  passed?: true;
  walker?: TreeWalker;
  segment?: Segment;
}

export function createWatcher(options: WatcherOptions): Watcher {
  const doc = options.document;
  const { prefilter, onCandidate } = options;
  const subtreePrefilter = options.subtreePrefilter ?? prefilter;
  const now = options.now ?? (() => performance.now());
  const setTimer = options.setTimer ?? ((cb, ms) => void setTimeout(cb, ms));
  const flushDelay = options.flushDelayMs ?? 100;
  const budget = options.budgetMs ?? 0.2;
  const huge = options.hugeMutationCount ?? 2000;
  const churnedAfter = options.churnedAfter ?? 1;
  const coarseEvery = options.coarseEveryFlushes ?? 200;
  const replacedAfter = options.replacedReadAfterMs ?? 1000;
  const samplePause = options.samplePauseMs ?? 0;
  const sampleAbove = options.sampleAboveRecords ?? 50;
  const sampleMinCallbacks = options.sampleMinCallbacks ?? 8;
  const sampleWindow = options.sampleWindowMs ?? 1000;
  const sweepUnit = options.sweepUnitChars ?? SWEEP_UNIT_CHARS;
  /**
   * A read that came out longer than a unit is still tested up to this length (reading it
   * again in parts would cost more); beyond it, its parts are read instead.
   */
  const sweepMax = 2 * sweepUnit;
  /** Text the sweep reads per flush (a read of up to `sweepMax` may end it). */
  const sweepShare = sweepUnit / 4;
  /** A page that flushed this recently is busy: its next callbacks will flush. */
  const busyWindow = 3 * flushDelay;
  const TEXT_NODE = 3;
  const ELEMENT_NODE = 1;

  /**
   * Records that come during a sweep, held until it ends: a page still busy then is paused
   * and they go unread (the next sweep reads what they changed), a page at rest has them
   * triaged. Triaging a busy page's records is most of what observing it costs.
   */
  let held: MutationRecord[][] = [];
  let heldCount = 0;
  /** Record lists as the observer delivered them: the callback does no more than keep them. */
  let delivered: MutationRecord[][] = [];
  let deliveredCount = 0;
  /** Where the triage of `delivered` got to (list, record). */
  let triageList = 0;
  let triageRecord = 0;
  let pending: Node[] = [];
  /** Elements whose block's line is to be tested (the coarse pass). */
  let pendingLines: Element[] = [];
  /** Changes seen per place of text (see queueText). */
  let churn = new WeakMap<Node, number>();
  /**
   * Places of text the page edits in place or replaces, each with the text last read there
   * (null: not read yet), held so that their wrappers in the isolated world live on: a
   * record's target is then a lookup, not a new wrapper (the cost of a record). Pruned of
   * detached places as it grows (see holdPlace).
   */
  let places = new Map<Node, string | null>();
  let prunePlacesAt = MIN_PRUNE_PLACES;
  /** Places changed since they were last read, each with its text before when known. */
  let edited = new Map<Node, string | null>();
  /** Changed places that are churned, and their text joined, tested in the next flush. */
  let fragments: Node[] = [];
  let fragmentText = '';
  /** Churned places changed since the last coarse pass: their lines are tested then. */
  let coarse = new Set<Node>();
  let flushesSinceCoarse = 0;
  /** Subtrees that replaced others, in the order they came, each with when it is read at the latest. */
  let replaced: Node[] = [];
  let replacedDue: number[] = [];
  let rescanAll = false;
  let jobs: Job[] = [];
  let timerSet = false;
  /** When the queued records are due for a flush (Infinity: none queued), and when the last flush ran. */
  let dueAt = Infinity;
  let lastFlushAt = -Infinity;
  /** When the observer last delivered records: the page rests once that is a flush delay ago. */
  let lastChangeAt = -Infinity;
  let running = false;
  let observer: MutationObserver | undefined;
  /** While paused: the known error regions and the body's own children (see watchRegions). */
  let regions: MutationObserver | undefined;
  let regionsFound: Element[] = [];
  let regionsFoundAt = -Infinity;
  /** Text of blocks that passed the prefilter, so unchanged text is not sent twice. */
  let sent = new WeakMap<Text, string>();
  /** The sweep under way (null: none): a stack of containers, innermost last. */
  let sweep: SweepFrame[] | null = null;
  /** Elements whose text was longer than a sweep unit: later sweeps read their children only. */
  let sweepBig = new WeakSet<Element>();
  /** Child positions whose element was big: a page that replaces it (a reading pane) keeps the place. */
  let sweepBigAt = new WeakMap<Element, Set<number>>();
  /** Children per read learned for each container the sweep went into. */
  let sweepRun = new WeakMap<Element, number>();
  /** When the sweep under way ends at the latest. */
  let sweepEndsBy = Infinity;
  /** The sweep's one Range (dropped when the sweep ends: a live range follows every mutation). */
  let sweepRange: Range | null = null;
  /** Sampling: the window of callbacks counted. */
  let windowStart = -Infinity;
  let windowRecords = 0;
  let windowCallbacks = 0;
  /** A sweep ended in this flush: a page still busy is paused again at once. */
  let sweepEnded = false;
  /** Records dropped during a sweep (too many): a page at rest is swept again. */
  let sweepAgain = false;
  let paused = false;
  /** Bumped by every pause and stop: a resume timer of an earlier one does nothing. */
  let pauseToken = 0;

  function schedule(delay: number): void {
    if (timerSet || !running) return;
    timerSet = true;
    setTimer(() => {
      timerSet = false;
      flush();
    }, delay);
  }

  /**
   * The observer's callback runs for every batch of page changes: it keeps the records,
   * and once they are due it runs the flush itself. On a page that keeps changing, the
   * flushes ride on the callbacks the page triggers anyway, and the timer (a longer one)
   * only catches the last changes before the page rests.
   */
  function onMutations(records: MutationRecord[]): void {
    if (rescanAll || paused) return;
    if (sweep) {
      // Held until the sweep ends (see held).
      held.push(records);
      heldCount += records.length;
      // Too many: what they changed is read by another sweep once this one ends.
      if (heldCount > huge) {
        dropHeld();
        sweepAgain = true;
      }
    } else {
      delivered.push(records);
      deliveredCount += records.length;
      if (deliveredCount > huge) {
        dropQueued();
        rescanAll = true;
      }
    }
    const at = now();
    lastChangeAt = at;
    // Counted during a sweep too (the page is paused again as soon as the sweep ends if
    // it stayed busy meanwhile), but never paused in the middle of one.
    if (samplePause > 0 && !rescanAll) {
      if (at - windowStart > sampleWindow) {
        windowStart = at;
        windowRecords = 0;
        windowCallbacks = 0;
      }
      windowRecords += records.length;
      windowCallbacks++;
      if (!sweep && staysBusy(at)) {
        pause();
        options.onFlush?.(now() - at);
        return;
      }
    }
    if (dueAt === Infinity) dueAt = at + flushDelay;
    else if (at >= dueAt) return flush();
    if (!timerSet) schedule(at - lastFlushAt < busyWindow ? busyWindow : flushDelay);
  }

  function dropQueued(): void {
    dropDelivered();
    dropHeld();
    pending = [];
    pendingLines = [];
    edited = new Map();
    fragments = [];
    fragmentText = '';
    replaced = [];
    replacedDue = [];
  }

  function dropDelivered(): void {
    delivered = [];
    deliveredCount = 0;
    triageList = 0;
    triageRecord = 0;
  }

  function dropHeld(): void {
    held = [];
    heldCount = 0;
  }

  /**
   * Turn delivered records into queued nodes, until the deadline: text that changed only
   * in its digits is dropped here, a churned parent's text goes to the fragments, and
   * nodes added to a parent that lost nodes in the same records (a view swapped, a list
   * turning over; one record or several) wait as replaced subtrees.
   */
  function triage(deadline: number, started: number): void {
    const added: Node[] = [];
    const addedTo: Node[] = [];
    const emptied = new Set<Node>();
    triageRecords(deadline, added, addedTo, emptied);
    // Changed texts first, then added subtrees (most records come in that order).
    if (edited.size && !delivered.length && now() < deadline) readEdits(deadline);
    for (let i = 0; i < added.length; i++) {
      if (emptied.has(addedTo[i]!)) {
        replaced.push(added[i]!);
        replacedDue.push(started + replacedAfter);
      } else {
        pending.push(added[i]!);
      }
    }
  }

  function triageRecords(deadline: number, addedOut: Node[], addedTo: Node[], emptied: Set<Node>): void {
    let seen = 0;
    while (triageList < delivered.length) {
      const records = delivered[triageList]!;
      while (triageRecord < records.length) {
        const record = records[triageRecord++]!;
        const target = record.target;
        const last = places.get(target);
        if (last !== undefined) {
          // A place changed again (a text edited in place, an element whose text is
          // replaced): read as a whole once the records are triaged, with no other read
          // of the record.
          if (!edited.has(target)) edited.set(target, last);
        } else if (record.type === 'characterData') {
          // A text (or a comment: its parent's line holds none of it) edited in place.
          noteEdit(target, record, true);
        } else {
          const added = record.addedNodes;
          const count = added.length;
          const first = count === 1 ? added[0]! : null;
          if (first && first.nodeType === TEXT_NODE) {
            // `textContent = …` on an element: one text node for another.
            noteEdit(target, record, false);
          } else {
            if (record.removedNodes.length) emptied.add(target);
            for (let i = 0; i < count; i++) {
              addedOut.push(added[i]!);
              addedTo.push(target);
            }
          }
        }
        if (++seen % TRIAGE_CLOCK_EVERY === 0 && now() >= deadline) return;
      }
      triageList++;
      triageRecord = 0;
    }
    delivered = [];
    deliveredCount = 0;
    triageList = 0;
  }

  /**
   * A place of text changed for the first time since it was held: it is read once however
   * many records name it, against the record's text before (the old value of an edit in
   * place, the removed text of a replacement); later, against the text last read there.
   */
  function noteEdit(place: Node, record: MutationRecord, inPlace: boolean): void {
    if (edited.has(place)) return;
    edited.set(place, inPlace ? record.oldValue : removedText(record));
    holdPlace(place);
  }

  function holdPlace(place: Node): void {
    if (places.has(place)) return;
    places.set(place, null);
    if (places.size < prunePlacesAt) return;
    // Places the page removed go (a detached row is not kept alive); past the cap all go.
    for (const held of places.keys()) if (!held.isConnected) places.delete(held);
    if (places.size > MAX_PLACES) places.clear();
    prunePlacesAt = Math.max(MIN_PRUNE_PLACES, 2 * places.size);
  }

  /**
   * Read the changed places, until the deadline: text that is the same or changed only
   * in its digits is dropped here, before any ancestor or line is read.
   */
  function readEdits(deadline: number): void {
    let n = 0;
    for (const [place, before] of edited) {
      edited.delete(place);
      if (place.isConnected) {
        const data = textOf(place);
        places.set(place, data);
        if (before === null || !differsOnlyInDigits(before, data)) queueText(place, data);
      }
      if (++n % TRIAGE_CLOCK_EVERY === 0 && now() >= deadline) return;
    }
  }

  /** A place's text: a text node's, or the whole text of an element whose text was replaced. */
  function textOf(place: Node): string {
    return place.nodeType === ELEMENT_NODE ? (place.textContent ?? '') : (place as CharacterData).data;
  }

  /**
   * The text a `textContent = …` removed, read the first time a place changes only: in
   * Chromium's isolated world a removed node's text costs about 2 µs a record, twenty
   * times the element's own text.
   */
  function removedText(record: MutationRecord): string | null {
    const removed = record.removedNodes;
    const old = removed.length === 1 ? removed[0]! : null;
    return old && old.nodeType === TEXT_NODE ? (old as Text).data : null;
  }

  /**
   * A changed place of text: its line is tested the first times; once the place (the text
   * node edited in place, or the element whose text is replaced) has changed
   * `churnedAfter` times, only its own text is tested, and its line in the next coarse pass.
   */
  function queueText(place: Node, data: string): void {
    const changes = churn.get(place) ?? 0;
    if (changes >= churnedAfter) {
      fragments.push(place);
      fragmentText += data + '\n';
      coarse.add(place);
      return;
    }
    churn.set(place, changes + 1);
    pending.push(place);
  }

  /**
   * The churned texts of this flush, tested joined on their own: a text that could hold
   * an error by itself has its line tested at once; the rest wait for the coarse pass.
   */
  function screenFragments(): void {
    const changed = fragments;
    const joined = fragmentText;
    fragments = [];
    fragmentText = '';
    if (joined.length < MIN_TEXT || !subtreePrefilter(joined)) return;
    for (const place of changed) if (subtreePrefilter(textOf(place))) pending.push(place);
  }

  /** The coarse pass: the lines of every churned place changed since the last one. */
  function coarsePass(): void {
    flushesSinceCoarse = 0;
    for (const place of coarse) {
      const el = place.nodeType === ELEMENT_NODE ? (place as Element) : place.parentElement;
      if (el?.isConnected) pendingLines.push(el);
    }
    coarse = new Set();
  }

  /**
   * Queue the replaced subtrees that are due (all of them when the page rests); those
   * the page has removed again cost nothing.
   */
  function releaseReplaced(idle: boolean, at: number): void {
    let n = 0;
    while (n < replaced.length && (idle || replacedDue[n]! <= at)) n++;
    if (!n) return;
    for (const node of replaced.splice(0, n)) if (node.isConnected) pending.push(node);
    replacedDue.splice(0, n);
  }

  /** Turn the next slice of queued nodes into the fewest jobs that cover them. */
  function resolvePending(): void {
    const lines = pendingLines;
    pendingLines = [];
    const slice = pending.length > RESOLVE_SLICE ? pending.splice(0, RESOLVE_SLICE) : pending;
    if (slice === pending) pending = [];
    const roots = new Map<Element, boolean>(); // block → its own line only?
    let subtrees = false;
    const add = (el: Element, line: boolean) => {
      // A whole-subtree probe covers the line.
      if (roots.get(el) !== false) roots.set(el, line);
      if (!line) subtrees = true;
    };
    for (const el of lines) add(blockOf(el), true);
    for (const node of slice) {
      if (node.nodeType === TEXT_NODE) {
        const parent = node.parentElement;
        if (parent) add(blockOf(parent), true);
      } else if (node.nodeType === ELEMENT_NODE) {
        const el = node as Element;
        if (isSkipped(el)) continue; // a script, an input, the extension's own marker
        if (isBlock(el)) {
          add(el, false);
        } else {
          // An inline element adds to its block's line of text …
          if (el.parentElement) add(blockOf(el.parentElement), true);
          // … and may carry blocks of its own (<a><div>…</div></a>).
          if (el.firstElementChild) for (const block of blocksWithin(el)) add(block, false);
        }
      }
    }
    const probed = subtrees ? [...roots].filter(([, line]) => !line).map(([root]) => root) : [];
    for (const [root, line] of roots) {
      // A root inside a subtree that is probed whole is covered by that probe.
      if (probed.some((outer) => outer !== root && outer.contains(root))) continue;
      jobs.push({ root, kind: line ? 'line' : 'probe' });
    }
  }

  /** The outermost blocks inside an inline element (rare: <a><div>…</div></a>). */
  function blocksWithin(el: Element, out: Element[] = []): Element[] {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (isSkipped(child)) continue;
      if (isBlock(child)) out.push(child);
      else if (child.firstElementChild) blocksWithin(child, out);
    }
    return out;
  }

  /** Is the root inside a skipped subtree (an editor, the marker)? Asked only of suspicious text. */
  function blocked(job: Job): boolean {
    if (job.cleared) return false;
    job.cleared = true;
    return job.root.closest(SKIPPED_ANCESTOR_SELECTOR) !== null;
  }

  /**
   * Read the text of the probe and line jobs at the front of the queue (up to
   * SCREEN_GROUP) and test them joined, with one prefilter call: a flush of
   * ordinary changes ends here. The jobs that pass keep their text; the rest go.
   */
  function screen(deadline: number): void {
    const texts: string[] = [];
    while (texts.length < SCREEN_GROUP && texts.length < jobs.length && isUnscreened(jobs[texts.length]!)) {
      const job = jobs[texts.length]!;
      const text = (job.read ??= readText(job));
      // A long text is tested on its own: joined with the short ones, a hit anywhere
      // would have every text tested again.
      const long = text.length > PROBE_LEAF_CHARS;
      if (long && texts.length) break;
      texts.push(text);
      if (long) break;
      // The reads are the cost: stop at the deadline, the rest waits for the next flush.
      if (texts.length % 4 === 0 && now() >= deadline) break;
    }
    const count = texts.length;
    const joined = count === 1 ? texts[0]! : texts.join('\n');
    let kept: Job[] = [];
    if (joined.length >= MIN_TEXT && subtreePrefilter(joined)) {
      kept = jobs.slice(0, count).filter((job, i) => {
        const text = texts[i]!;
        if (text.length < MIN_TEXT || (count > 1 && !subtreePrefilter(text))) return false;
        job.passed = true;
        return true;
      });
    }
    jobs.splice(0, count, ...kept);
  }

  function isUnscreened(job: Job): boolean {
    return (job.kind === 'probe' || job.kind === 'line') && !job.passed;
  }

  /** textContent is read natively and forces no layout. */
  function readText(job: Job): string {
    const root = job.root;
    if (!root.isConnected || (job.kind === 'probe' && isSkipped(root))) return '';
    // A line is read child by child: cheaper than the whole textContent even of a
    // small row (0.6 vs 1.0 µs in Chromium), and a big container's (a sidebar whose
    // counter changed) would be read whole on every change.
    if (job.kind !== 'probe') return lineText(root);
    const text = root.textContent ?? '';
    // What any probe learns of a big element (the first scan reads every level) spares a
    // sweep the read that would learn it.
    if (text.length > sweepMax) sweepBig.add(root);
    return text;
  }

  /**
   * A block's own line: its text, and its inline children's whole text. Tags only: the
   * text of an editable child is tested with the line, and an editor is ruled out before
   * any walk (blocked, walkerFor), so no attribute is read per child.
   */
  function lineText(block: Element): string {
    let text = '';
    for (let child = block.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) text += (child as Text).data;
      else if (child.nodeType === ELEMENT_NODE) {
        const el = child as Element;
        if (!isBlock(el) && !isSkippedTag(el)) text += el.textContent ?? '';
      }
    }
    return text;
  }

  /** What a screened probe or line job leaves to do (see Job). */
  function expand(job: Job): Job[] {
    const { root, read = '' } = job;
    if (blocked(job)) return [];
    if (job.kind === 'line') return [{ root, kind: 'inline', cleared: true }];
    if (read.length <= PROBE_LEAF_CHARS || !root.firstElementChild)
      return [{ root, kind: 'subtree', cleared: true }];
    const parts: Job[] = [{ root, kind: 'inline', cleared: true }];
    for (const block of blocksWithin(root)) parts.push({ root: block, kind: 'probe', cleared: true });
    return parts;
  }

  function emit(segment: Segment, text: string, offset: number, context = ''): void {
    const focus = context ? context.length + 1 : 0;
    onCandidate({
      text: context ? `${context}\n${text}` : text,
      focus,
      anchorAt: (at) => anchorAt(segment, offset + Math.max(0, at - focus)),
    });
  }

  /**
   * The short text of the element just before the block, read node by node and capped. Its
   * skipped parts (an editor, a script) are left out as in every walk: the block's own
   * ancestors were checked, and they are the sibling's too.
   */
  function contextBefore(block: Element): string {
    const previous = block.previousElementSibling;
    if (!previous || isSkipped(previous)) return '';
    const walker = doc.createTreeWalker(previous, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.nodeType === TEXT_NODE
          ? NodeFilter.FILTER_ACCEPT
          : isSkipped(node as Element)
            ? NodeFilter.FILTER_REJECT
            : NodeFilter.FILTER_SKIP,
    });
    let text = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      text += (node as Text).data;
      if (text.length > CONTEXT_CHARS) return '';
    }
    return text.replace(/\s+/g, ' ').trim();
  }

  /** Long text goes out in overlapping windows, only those that pass the prefilter. */
  function emitWindows(segment: Segment, text: string): void {
    for (let start = 0; start < text.length; start += WINDOW - WINDOW_OVERLAP) {
      const window = text.slice(start, start + WINDOW);
      if (prefilter(window)) emit(segment, window, start);
      if (start + WINDOW >= text.length) return;
    }
  }

  function anchorAt(segment: Segment, at: number): Element | Text {
    // The last text node that starts at or before the evidence.
    let offset = 0;
    let node: Text | null = null;
    for (const piece of segment.pieces) {
      if (offset > at && node) break;
      if (piece.node) node = piece.node;
      offset += piece.text.length;
    }
    const parent = node?.parentElement;
    if (node && parent && parent.localName !== 'body' && parent.localName !== 'html') return parent;
    return node ?? segment.block;
  }

  function finishSegment(job: Job): void {
    const segment = job.segment;
    job.segment = undefined;
    if (!segment) return;
    const text =
      segment.pieces.length === 1 ? segment.pieces[0]!.text : segment.pieces.map((p) => p.text).join('');
    if (text.length < MIN_TEXT) return;
    const first = segment.pieces.find((p) => p.node)?.node;
    if (first && sent.get(first) === text) return;
    if (!prefilter(text)) return;
    if (first) sent.set(first, text);
    if (text.length <= WINDOW) emit(segment, text, 0, contextBefore(segment.block));
    else emitWindows(segment, text);
  }

  function walkerFor(job: Job): TreeWalker {
    const { root } = job;
    const inline = job.kind === 'inline';
    return doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode(node: Node): number {
        if (node.nodeType === TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
        const el = node as Element;
        if (isSkipped(el)) return NodeFilter.FILTER_REJECT;
        if (inline && el !== root && isBlock(el)) return NodeFilter.FILTER_REJECT;
        return NodeFilter.FILTER_ACCEPT;
      },
    });
  }

  /** Walk one job until it ends (true) or the deadline passes (false). */
  function runJob(job: Job, deadline: number): boolean {
    if (!job.walker) {
      if (!job.root.isConnected || blocked(job)) return true;
      job.walker = walkerFor(job);
    }
    const walker = job.walker;
    let visited = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === TEXT_NODE) {
        const text = node as Text;
        const parent = text.parentElement;
        const block = parent ? blockOf(parent) : job.root;
        if (job.segment && job.segment.block !== block) finishSegment(job);
        job.segment ??= { block, pieces: [] };
        job.segment.pieces.push({ text: text.data, node: text });
      } else {
        const el = node as Element;
        if (isBlock(el)) finishSegment(job);
        else if (el.localName === 'br') job.segment?.pieces.push({ text: '\n', node: null });
      }
      if (++visited % CLOCK_EVERY === 0 && now() >= deadline) return false;
    }
    finishSegment(job);
    return true;
  }

  /**
   * A busy page is not observed for the pause: what was queued goes (the sweep after the
   * pause reads the whole page), and the sweep starts with the observer on again, so a
   * change the sweep has passed is a record again.
   */
  function pause(): void {
    paused = true;
    sweepAgain = false;
    observer?.disconnect();
    dropQueued();
    watchRegions();
    jobs = [];
    rescanAll = false;
    coarse = new Set();
    flushesSinceCoarse = 0;
    dueAt = Infinity;
    const token = ++pauseToken;
    options.onPause?.();
    setTimer(() => {
      if (!running || token !== pauseToken) return;
      paused = false;
      windowStart = -Infinity;
      observer?.observe(doc, OBSERVED_CHANGES);
      startSweep();
      flush();
    }, samplePause);
  }

  /**
   * While a busy page is paused, the places where products show send errors are still
   * watched (ERROR_REGION_SELECTOR), and so is the body's own list of children (a toast or
   * a dialog added to it): an error there is found at the next flush, one anywhere else by
   * the sweep after the pause. A region the page adds during the pause is the sweep's.
   */
  function watchRegions(): void {
    unwatchRegions();
    const body = doc.body;
    if (!body) return;
    regions = new MutationObserver(onRegionMutations);
    regions.observe(body, { childList: true });
    // The query walks the whole document (about 3 ms on the bench page): the regions found
    // serve the pauses of the next minute, as long as they stay in the page.
    const at = now();
    if (at - regionsFoundAt > REGION_QUERY_EVERY_MS || regionsFound.some((region) => !region.isConnected)) {
      regionsFound = [...doc.querySelectorAll(ERROR_REGION_SELECTOR)];
      regionsFoundAt = at;
    }
    for (const region of regionsFound) regions.observe(region, OBSERVED_CHANGES);
  }

  function unwatchRegions(): void {
    regions?.disconnect();
    regions = undefined;
  }

  function onRegionMutations(records: MutationRecord[]): void {
    if (!paused && !sweep) return;
    // A region that churns is left to the sweep.
    if (deliveredCount + records.length > huge) return dropDelivered();
    delivered.push(records);
    deliveredCount += records.length;
    lastChangeAt = now();
    schedule(flushDelay);
  }

  function startSweep(): void {
    const body = doc.body;
    if (!body) return unwatchRegions();
    sweep = [frameOf(body)];
    sweepRange = doc.createRange();
    sweepEndsBy = now() + Math.max(samplePause, 1000);
  }

  /** Where the next read of a frame starts, from where the last slice left it. */
  function sweepStart(frame: SweepFrame, range: Range): number {
    const last = frame.last;
    if (last === null) return frame.next;
    // Still in its place: no index to look up (a range's offset counts the siblings before).
    if (frame.parent.childNodes[frame.next - 1] === last) return frame.next;
    if (last.parentNode === frame.parent) {
      range.setStartAfter(last);
      return range.startOffset;
    }
    // The page removed or moved it: go back a few children (read twice, not missed).
    return Math.max(0, frame.next - SWEEP_BACKTRACK);
  }

  /**
   * One slice of the sweep, until the deadline or until it finds text that passes the
   * subtree prefilter (its children queued as probes: screened and walked at once, depth
   * first). A container's children are read a run at a time with one native
   * `Range.toString()` and tested with one prefilter call; a child longer than a unit is
   * gone into, and remembered so that later sweeps never read it whole. Ordinary text is
   * read once, not once per level of the block tree, and no step reads much more than a
   * unit.
   */
  function sweepStep(deadline: number): void {
    const range = sweepRange;
    let read = 0;
    // A page that keeps moving what the sweep reads (it goes back a few children each time)
    // cannot keep it going either: what it leaves is the next sweep's.
    if (now() > sweepEndsBy) sweep = [];
    while (sweep && sweep.length && range) {
      const frame = sweep[sweep.length - 1]!;
      const parent = frame.parent;
      // A container the page removed: what replaced it is a record.
      if (!parent.isConnected) {
        sweep.pop();
        continue;
      }
      const kids = parent.childNodes;
      const total = Math.min(kids.length, frame.count);
      const start = sweepStart(frame, range);
      if (start >= total) {
        sweep.pop();
        continue;
      }
      // A big element with one element child and no text of its own: that child holds its
      // text, go in unread.
      if (start === 0 && sweepBig.has(parent) && parent.childElementCount === 1 && !ownText(parent)) {
        const only = parent.firstElementChild!;
        if (!isSkipped(only)) {
          sweepBig.add(only);
          goInto(frame, only, Array.prototype.indexOf.call(kids, only) + 1);
          continue;
        }
      }
      // Inside a big element, children one at a time until their sizes are learned.
      const learned = sweepRun.get(parent) ?? (sweepBig.has(parent) ? 1 : SWEEP_FIRST_RUN);
      const fixed = learned < 0;
      const run = fixed ? -learned : learned;
      let end = Math.min(total, start + run);
      // In a big element a run stops before a child known to be big (read alone: gone into).
      if (end - start > 1 && sweepBig.has(parent)) {
        const bigAt = sweepBigAt.get(parent);
        for (let i = start; i < end; i++) {
          const kid = kids[i]!;
          if (bigAt?.has(i) || (kid.nodeType === ELEMENT_NODE && sweepBig.has(kid as Element))) {
            end = i === start ? start + 1 : i;
            break;
          }
        }
      }
      let text: string;
      let last: Node;
      if (end - start === 1) {
        last = kids[start]!;
        if (last.nodeType === ELEMENT_NODE) {
          const el = last as Element;
          if (isSkipped(el)) text = '';
          else if (sweepBig.has(el) || sweepBigAt.get(parent)?.has(start)) {
            sweepBig.add(el);
            goInto(frame, el, start + 1);
            continue;
          } else if (el.childElementCount > SWEEP_WIDE) {
            // Many elements in it: likely long; its children are read in runs instead of
            // it whole (one long read is one long flush).
            goInto(frame, el, start + 1);
            continue;
          } else {
            text = el.textContent ?? '';
            if (text.length > sweepMax) {
              sweepBig.add(el);
              (sweepBigAt.get(parent) ?? sweepBigAt.set(parent, new Set()).get(parent)!).add(start);
              goInto(frame, el, start + 1);
              read += text.length;
              if (read >= sweepShare || now() >= deadline) return;
              continue;
            }
          }
        } else text = last.nodeType === TEXT_NODE ? (last as Text).data : '';
      } else {
        range.setStart(parent, start);
        range.setEnd(parent, end);
        text = range.toString();
        if (text.length > sweepUnit) {
          // A long child among them: read fewer at a time from now on, and never more
          // again in this container (negative: learned, not to grow). A read much longer
          // than a unit is not used (its parts are read instead).
          sweepRun.set(parent, -Math.max(1, (end - start) >> 2));
          if (text.length > sweepMax) {
            read += text.length;
            if (read >= sweepShare || now() >= deadline) return;
            continue;
          }
        }
        last = kids[end - 1]!;
      }
      frame.last = last;
      frame.next = end;
      if (!fixed && text.length < sweepUnit / 4 && run < SWEEP_MAX_RUN) sweepRun.set(parent, run * 2);
      if (text.length >= MIN_TEXT && subtreePrefilter(text)) sweepNarrow(parent, start, end);
      read += text.length;
      if (jobs.length || read >= sweepShare || now() >= deadline) return;
    }
    sweep = null;
    sweepRange = null;
    sweepEnded = true;
    unwatchRegions();
  }

  /** Has the container text of its own (not only blank text between its elements)? */
  function ownText(parent: Element): boolean {
    for (let node = parent.firstChild; node; node = node.nextSibling)
      if (node.nodeType === TEXT_NODE && (node as Text).data.trim()) return true;
    return false;
  }

  function frameOf(parent: Element): SweepFrame {
    return { parent, last: null, next: 0, count: parent.childNodes.length };
  }

  /** The sweep goes into a child (at `next - 1` of the frame's container) before its siblings after it. */
  function goInto(frame: SweepFrame, child: Element, next: number): void {
    frame.last = child;
    frame.next = next;
    sweep!.push(frameOf(child));
  }

  /**
   * A run of children whose text passed: each element among them is probed (screened,
   * then walked as any probe), and the container's own line tested when text of its own
   * is among them.
   */
  function sweepNarrow(parent: Element, start: number, end: number): void {
    const kids = parent.childNodes;
    let ownText = false;
    for (let i = start; i < end; i++) {
      const node = kids[i];
      if (!node) break;
      if (node.nodeType === ELEMENT_NODE) {
        if (!isSkipped(node as Element)) jobs.push({ root: node as Element, kind: 'probe', cleared: true });
      } else if (node.nodeType === TEXT_NODE && (node as Text).data.trim()) ownText = true;
    }
    if (ownText) jobs.push({ root: parent, kind: 'line', cleared: true });
  }

  /** Is the page busy enough to sample (the window of callbacks up to `at`)? */
  function staysBusy(at: number): boolean {
    return (
      windowCallbacks >= sampleMinCallbacks && windowRecords > sampleAbove && at - windowStart <= sampleWindow
    );
  }

  function flush(): void {
    if (!running) return;
    const started = now();
    lastFlushAt = started;
    dueAt = Infinity;
    // Nothing new for a flush delay and nothing carried over: the page rests, time for the
    // coarse pass. (A flush that only falls between two changes of a busy page is not it.)
    const idle =
      !delivered.length &&
      !edited.size &&
      !jobs.length &&
      !pending.length &&
      !rescanAll &&
      started - lastChangeAt >= flushDelay;
    if (rescanAll) {
      rescanAll = false;
      dropQueued();
      coarse = new Set();
      const body = doc.body ?? doc.documentElement;
      jobs = body ? [{ root: body, kind: 'probe' }] : [];
    }
    const deadline = started + budget;
    if (delivered.length) triage(deadline, started);
    else if (edited.size) readEdits(deadline);
    if (replaced.length) releaseReplaced(idle, started);
    if (fragments.length) screenFragments();
    if (coarse.size && (idle || ++flushesSinceCoarse >= coarseEvery)) coarsePass();
    while (jobs.length || pending.length || pendingLines.length || sweep) {
      const job = jobs[0];
      if (!job) {
        // Nodes are resolved a slice at a time, as the jobs run out: every step is short.
        if (pending.length || pendingLines.length) resolvePending();
        else {
          // The sweep has the rest of the flush: about a quarter of a unit of text (sweepShare).
          sweepStep(deadline);
          break;
        }
      } else if (isUnscreened(job)) {
        screen(deadline);
      } else if (job.kind === 'probe' || job.kind === 'line') {
        // Depth first, in document order: what the job leaves takes its place.
        jobs.splice(0, 1, ...expand(job));
        continue; // cheap: no clock read
      } else {
        if (!runJob(job, deadline)) break;
        jobs.shift();
      }
      if (now() >= deadline) break;
    }
    if (sweepEnded) {
      sweepEnded = false;
      if (staysBusy(now())) {
        pause();
        options.onFlush?.(now() - started);
        return;
      }
      // At rest: the records of the sweep are triaged, or the page is swept again.
      delivered.push(...held);
      deliveredCount += heldCount;
      dropHeld();
      if (sweepAgain) {
        sweepAgain = false;
        startSweep();
      }
    }
    if (
      jobs.length ||
      pending.length ||
      pendingLines.length ||
      delivered.length ||
      edited.size ||
      rescanAll ||
      sweep
    ) {
      // Carried over: on a page that keeps changing, its next callback runs it (a timer
      // each time is dearer than most flushes), with a timer for when the page stops;
      // otherwise the next timer. A sweep goes on at the next timer whatever the page
      // does: the page is observed in full until it ends, and that costs more than a
      // timer per slice.
      dueAt = started;
      schedule(sweep || started - lastChangeAt >= flushDelay ? 0 : busyWindow);
    }
    // A flush when the page has been quiet for a while runs the coarse pass and reads
    // the replaced subtrees.
    else if (coarse.size || replaced.length) schedule(flushDelay);
    options.onFlush?.(now() - started);
  }

  return {
    start() {
      if (running) return;
      running = true;
      observer = new MutationObserver(onMutations);
      observer.observe(doc, OBSERVED_CHANGES);
      // The initial scan: the whole page once, in budgeted slices.
      rescanAll = true;
      schedule(flushDelay);
    },
    stop() {
      running = false;
      timerSet = false;
      dueAt = Infinity;
      paused = false;
      pauseToken++;
      sweepAgain = false;
      unwatchRegions();
      regionsFound = [];
      regionsFoundAt = -Infinity;
      sweep = null;
      sweepBig = new WeakSet();
      sweepBigAt = new WeakMap();
      sweepRun = new WeakMap();
      sweepRange = null;
      windowStart = -Infinity;
      observer?.disconnect();
      observer = undefined;
      dropQueued();
      jobs = [];
      rescanAll = false;
      sent = new WeakMap();
      churn = new WeakMap();
      places = new Map();
      prunePlacesAt = MIN_PRUNE_PLACES;
      coarse = new Set();
      flushesSinceCoarse = 0;
    },
    flushNow() {
      flush();
    },
    get busy() {
      return (
        jobs.length > 0 ||
        pending.length > 0 ||
        pendingLines.length > 0 ||
        delivered.length > 0 ||
        edited.size > 0 ||
        fragments.length > 0 ||
        coarse.size > 0 ||
        replaced.length > 0 ||
        rescanAll ||
        paused ||
        sweep !== null
      );
    },
  };
}
