/** How long a run goes before it shows progress: quick runs print nothing extra. */
export const PROGRESS_DELAY_MS = 1000;

/**
 * `n/N 文件` on stderr, rewritten in place, for runs on a terminal that take more than a second;
 * erased when the run ends so that the report follows on a clean line.
 */
export class Progress {
  private shown = false;
  private readonly started: number;

  constructor(
    private readonly total: number,
    private readonly write: ((text: string) => void) | undefined,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  /** Call after each file; `done` files of `total` are finished. */
  update(done: number): void {
    if (!this.write || this.total < 2 || this.now() - this.started < PROGRESS_DELAY_MS) return;
    this.write(`\r${done}/${this.total} 文件`);
    this.shown = true;
  }

  /** Erases the counter (at the end, or before another message); the next update shows it again. */
  end(): void {
    if (this.shown && this.write) this.write('\r\x1b[K');
    this.shown = false;
  }
}
