import { MAX_BATCH_TEXTS, type ClassifyAnswer, type TextBatch } from '../../utils/messaging';
import { createTextBudget, FRAME_TEXT_PER_MINUTE } from '../../utils/text-budget';
import { createMarker, type Marker } from './marker';
import { createStats, recordFlush, type WatcherStats } from './stats';
import { createWatcher, type Candidate, type Watcher } from './watcher';

/**
 * One page's watch: the watcher, the batches of candidate text sent to the
 * background for classification, one marker per distinct error, and the
 * "document gone" notice that clears the tab's findings. Browser APIs come in as
 * functions, so the whole flow runs under happy-dom in the unit tests.
 */

/**
 * Distinct errors one frame marks at most (the background caps per tab too); once
 * reached, the frame sends nothing new.
 */
export const MAX_ERRORS_PER_FRAME = 50;
/** Texts one frame hands on for classification in its document's life. */
export const MAX_TEXTS_PER_FRAME = 2000;
/** Texts of found errors kept to re-report after a back/forward-cache restore. */
const MAX_REMEMBERED = 50;
/**
 * Flushes between two checks that the extension is still there, unless there is text to
 * send: the check is an extension API call, dearer than most flushes.
 */
const ALIVE_CHECK_EVERY = 16;

export interface SessionDeps {
  window: Window;
  /** The kind of page recognised (lib/vantage PageKind), sent with every batch. */
  page?: TextBatch['page'];
  /** The page's language when the catalog knows it (./page-language.ts), sent with every batch. */
  language?: TextBatch['language'];
  prefilter(text: string): boolean;
  /** The prefilter for many blocks' joined text (see WatcherOptions). */
  subtreePrefilter?(text: string): boolean;
  classifyTexts(batch: TextBatch): Promise<ClassifyAnswer>;
  openExplanation(): Promise<unknown>;
  documentGone(info: { top: boolean }): Promise<unknown>;
  /** Marked errors left the page (no keys: recount); answers when to recount next. */
  findingsGone(info: { keys: string[] }): Promise<{ recountInMs: number | null } | undefined>;
  /** Is the extension still there? After an update or removal this copy stops itself. */
  alive?(): boolean;
  setTimer?(callback: () => void, ms: number): void;
  now?(): number;
  stats?: WatcherStats;
  flushDelayMs?: number;
  /** Sampling of a busy page (WatcherOptions.samplePauseMs; 0 or none: off). */
  samplePauseMs?: number;
}

export interface Session {
  start(): void;
  stop(): void;
  readonly active: boolean;
  readonly watcher: Watcher;
  readonly stats: WatcherStats;
  /** Markers by finding key. */
  readonly markers: ReadonlyMap<string, Marker>;
  /** Resolves when every batch sent so far has been answered (tests). */
  settled(): Promise<void>;
}

/** Origin and path only: queries and fragments of webmail URLs carry session ids. */
function frameUrlOf(win: Window): string {
  const { origin, pathname } = win.location;
  return `${origin}${pathname}`;
}

export function createSession(deps: SessionDeps): Session {
  const win = deps.window;
  const doc = win.document;
  const stats = deps.stats ?? createStats();
  const isTop = win === win.top;
  const markers = new Map<string, Marker>();
  const found: Array<{ text: string; focus: number }> = [];
  let candidates: Candidate[] = [];
  /** Candidates within the caps, waiting for the batch in flight to be answered. */
  let queue: Candidate[] = [];
  let draining: Promise<void> | null = null;
  let textsQueued = 0;
  let flushesSinceAliveCheck = 0;
  const now = deps.now ?? (() => performance.now());
  const budget = createTextBudget(FRAME_TEXT_PER_MINUTE, now());
  let active = false;
  /** Keys of marked errors whose text left the page (told to the background once). */
  const gone = new Set<string>();
  const goneToTell: string[] = [];
  /** When the pending recount is due (Infinity: none pending). */
  let recountDue = Infinity;
  const setTimer = deps.setTimer ?? ((callback: () => void, ms: number) => void setTimeout(callback, ms));
  const quiet = (promise: Promise<unknown>) => void promise.catch(() => undefined);

  function mark(key: string, category: string, candidate: Candidate, anchor: Element | Text): void {
    const known = markers.get(key);
    if (known) {
      // The same error again (a toast shown twice): one marker, beside its current copy.
      if (!known.attached) known.attach(anchor);
      gone.delete(key);
      return;
    }
    if (markers.size >= MAX_ERRORS_PER_FRAME) return;
    stats.findings++;
    if (found.length < MAX_REMEMBERED) found.push({ text: candidate.text, focus: candidate.focus });
    const marker = createMarker(doc, {
      summary: `${category}: ${candidate.text.slice(candidate.focus).replace(/\s+/g, ' ').trim().slice(0, 120)}`,
      onActivate: () => quiet(deps.openExplanation()),
    });
    marker.attach(anchor);
    markers.set(key, marker);
  }

  /** The batch the background reads: the texts, where each block starts, and the page they are on. */
  function batchOf(texts: ReadonlyArray<{ text: string; focus: number }>): TextBatch {
    return {
      texts: texts.map((c) => c.text),
      focus: texts.map((c) => c.focus),
      frameUrl: frameUrlOf(win),
      page: deps.page,
      language: deps.language,
    };
  }

  async function classify(batch: Candidate[]): Promise<void> {
    const answer = await deps.classifyTexts(batchOf(batch));
    if (!active || !Array.isArray(answer?.verdicts)) return;
    for (const key of answer.retired ?? []) {
      markers.get(key)?.remove();
      markers.delete(key);
    }
    batch.forEach((candidate, i) => {
      const verdict = answer.verdicts[i];
      if (!verdict?.match) return;
      const anchor = candidate.anchorAt(verdict.at);
      if (anchor.isConnected) mark(verdict.key, verdict.category, candidate, anchor);
      // Gone before the answer came (a short toast): a finding that is not on the page.
      else if (!markers.get(verdict.key)?.attached) leftPage(verdict.key);
    });
    tellGone();
  }

  function leftPage(key: string): void {
    if (gone.has(key)) return;
    gone.add(key);
    goneToTell.push(key);
  }

  /** Tell the background which errors left, then recount when the next one stops counting. */
  function tellGone(): void {
    if (!goneToTell.length) return;
    const keys = goneToTell.splice(0, goneToTell.length);
    askFindingsGone(keys);
  }

  function askFindingsGone(keys: string[]): void {
    deps.findingsGone({ keys }).then(
      (answer) => {
        const wait = answer?.recountInMs;
        if (!active || typeof wait !== 'number' || !(wait >= 0)) return;
        // A little after the window ends, so the background's clock is past it too.
        const due = now() + wait + 250;
        if (due >= recountDue) return; // one is due by then already
        recountDue = due;
        setTimer(() => {
          if (recountDue !== due) return; // an earlier one took its place
          recountDue = Infinity;
          if (active) askFindingsGone([]);
        }, wait + 250);
      },
      () => undefined,
    );
  }

  const capReached = () => markers.size >= MAX_ERRORS_PER_FRAME;

  /**
   * Queue this flush's candidates, in order, as far as the caps allow: none once the
   * frame has marked its last error, none past its texts for the document's life or
   * its text budget for the minute (a page printing without end gets no further).
   */
  function sendCandidates(): void {
    const pending = candidates;
    candidates = [];
    for (const candidate of pending) {
      if (capReached() || textsQueued >= MAX_TEXTS_PER_FRAME) break;
      if (!budget.take(candidate.text, now())) continue;
      textsQueued++;
      queue.push(candidate);
    }
    void drain();
  }

  /** One batch in flight at a time, each of up to MAX_BATCH_TEXTS queued candidates. */
  function drain(): Promise<void> {
    if (draining || !active || !queue.length || capReached()) return draining ?? Promise.resolve();
    draining = (async () => {
      while (active && queue.length && !capReached()) {
        const batch = queue.splice(0, MAX_BATCH_TEXTS);
        stats.sent += batch.length;
        await classify(batch).catch(() => undefined);
        stats.answered += batch.length;
      }
      queue = [];
      draining = null;
    })();
    return draining;
  }

  /**
   * A marker whose error left the page goes with it, and the background hears of it
   * (the finding stays in the popup, as "earlier"). At most MAX_ERRORS_PER_FRAME
   * isConnected reads per flush, only on a page that has markers.
   */
  function dropOrphanMarkers(): void {
    for (const [key, marker] of markers) {
      if (marker.anchored || gone.has(key)) continue;
      marker.remove();
      leftPage(key);
    }
    tellGone();
  }

  const watcher = createWatcher({
    document: doc,
    prefilter: deps.prefilter,
    subtreePrefilter: deps.subtreePrefilter,
    onCandidate: (candidate) => candidates.push(candidate),
    onFlush(ms) {
      if (deps.alive && (candidates.length || ++flushesSinceAliveCheck >= ALIVE_CHECK_EVERY)) {
        flushesSinceAliveCheck = 0;
        if (!deps.alive()) return stop();
      }
      if (candidates.length) sendCandidates();
      if (markers.size) dropOrphanMarkers();
      recordFlush(stats, ms);
      stats.busy = watcher.busy;
    },
    onPause: () => void stats.pauses++,
    setTimer: deps.setTimer,
    now: deps.now,
    flushDelayMs: deps.flushDelayMs,
    samplePauseMs: deps.samplePauseMs,
  });

  function onPageHide(): void {
    // The top document going away clears the tab; a frame's, only what it found.
    if (isTop || found.length) quiet(deps.documentGone({ top: isTop }));
  }

  function onPageShow(event: PageTransitionEvent): void {
    // Back from the back/forward cache: the findings were cleared on the way out.
    if (event.persisted && found.length) {
      quiet(deps.classifyTexts(batchOf(found.slice(0, MAX_BATCH_TEXTS))));
    }
  }

  function stop(): void {
    if (!active) return;
    active = false;
    win.removeEventListener('pagehide', onPageHide);
    win.removeEventListener('pageshow', onPageShow);
    watcher.stop();
    candidates = [];
    queue = [];
    for (const marker of markers.values()) marker.remove();
  }

  return {
    start() {
      if (active) return;
      active = true;
      win.addEventListener('pagehide', onPageHide);
      win.addEventListener('pageshow', onPageShow);
      watcher.start();
    },
    stop,
    get active() {
      return active;
    },
    watcher,
    stats,
    markers,
    settled: () => draining ?? Promise.resolve(),
  };
}
