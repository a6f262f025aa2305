/** One port's time budget: every step of its probe draws from the same deadline. */
export class Deadline {
  readonly startedAt: number;
  readonly at: number;

  constructor(readonly budgetMs: number) {
    this.startedAt = performance.now();
    this.at = this.startedAt + budgetMs;
  }

  /** ms left (never negative). */
  left(): number {
    return Math.max(0, this.at - performance.now());
  }

  /** ms since the start, rounded. */
  elapsed(): number {
    return Math.round(performance.now() - this.startedAt);
  }
}
