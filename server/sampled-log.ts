/**
 * Sampling for log lines an attacker can cause (refused requests): the first `perWindow` in each
 * window are written, the rest only counted, then summed up in one line per window. A flood of
 * refusals then costs a few lines a minute instead of one per request.
 */
export interface SampleOptions {
  perWindow: number;
  windowMs: number;
  /** Milliseconds on a monotonic clock (tests pass their own). */
  now?: () => number;
}

/** What was left out of the log in one window: how many lines, by kind (e.g. HTTP status). */
export interface Suppressed {
  count: number;
  byKind: Record<string, number>;
  windowMs: number;
}

export class LogSampler {
  private windowStart = Number.NEGATIVE_INFINITY;
  private written = 0;
  private suppressed: Suppressed | undefined;
  private readonly now: () => number;

  constructor(private readonly options: SampleOptions) {
    this.now = options.now ?? (() => performance.now());
  }

  /**
   * Should this line be written? `summary` is the count of a window that has ended, to be logged
   * first (once).
   */
  take(kind: string): { write: boolean; summary?: Suppressed } {
    const now = this.now();
    let summary: Suppressed | undefined;
    if (now - this.windowStart >= this.options.windowMs) {
      summary = this.flush();
      this.windowStart = now;
      this.written = 0;
    }
    if (this.written < this.options.perWindow) {
      this.written++;
      return { write: true, summary };
    }
    this.suppressed ??= { count: 0, byKind: {}, windowMs: this.options.windowMs };
    this.suppressed.count++;
    this.suppressed.byKind[kind] = (this.suppressed.byKind[kind] ?? 0) + 1;
    return { write: false, summary };
  }

  /** True when lines were suppressed in the current window (a summary is pending). */
  get pending(): boolean {
    return this.suppressed !== undefined;
  }

  /** The pending summary, if any, handed out once. */
  flush(): Suppressed | undefined {
    const summary = this.suppressed;
    this.suppressed = undefined;
    return summary;
  }
}
