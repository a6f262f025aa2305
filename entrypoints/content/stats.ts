/**
 * The performance hook read by the benchmark over the DevTools protocol, from the
 * content script's isolated world: a fixed ring of per-flush durations (ms), so it
 * costs the page nothing and never grows. No performance.mark/measure entries:
 * those accumulate for the page's lifetime.
 */
export interface WatcherStats {
  batches: Float64Array;
  /** Flushes so far; the newest duration sits at (count - 1) % batches.length. */
  count: number;
  /** Distinct errors found in this frame. */
  findings: number;
  /** Texts handed on for classification, and texts answered (sent === answered: nothing in flight). */
  sent: number;
  answered: number;
  /** Work queued or carried over after the last flush. */
  busy: boolean;
  /** Times sampling paused the observer on a busy page. */
  pauses: number;
}

export const STATS_RING_SIZE = 4096;

export function createStats(size = STATS_RING_SIZE): WatcherStats {
  return {
    batches: new Float64Array(size),
    count: 0,
    findings: 0,
    sent: 0,
    answered: 0,
    busy: false,
    pauses: 0,
  };
}

export function recordFlush(stats: WatcherStats, ms: number): void {
  stats.batches[stats.count % stats.batches.length] = ms;
  stats.count++;
}
