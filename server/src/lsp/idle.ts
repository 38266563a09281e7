/** One step of settling, run once the server has been quiet for `quietMs` more. */
export interface SettleStep {
  readonly quietMs: number;
  readonly run: () => void;
}

/**
 * Runs the steps of settling one after another, each once the server has been quiet for its
 * `quietMs` more: no edit since, and no lint running or finished since. Every sign of activity
 * (`busy`, work `during`) starts over from the first step, so settling never competes with
 * typing nor runs in the middle of a long lint; after the last step, nothing more happens
 * until the next activity.
 */
export class IdleSettler {
  private timer: NodeJS.Timeout | undefined;
  /** Work under way (lints): no settling until it is done. */
  private working = 0;

  constructor(private readonly steps: readonly SettleStep[]) {}

  busy(): void {
    this.wait(0);
  }

  /** Runs `work`; the server does not settle while it runs, and starts waiting again once it is done. */
  async during<T>(work: () => Promise<T>): Promise<T> {
    this.working++;
    this.stop();
    try {
      return await work();
    } finally {
      this.working--;
      this.wait(0);
    }
  }

  dispose(): void {
    this.stop();
  }

  private stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private wait(step: number): void {
    this.stop();
    if (this.working > 0 || step >= this.steps.length) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.steps[step].run();
      // Unless the step itself started something that made the server busy again.
      if (this.timer === undefined && this.working === 0) this.wait(step + 1);
    }, this.steps[step].quietMs);
    // An idle server waiting to settle must not keep a process alive that is exiting.
    this.timer.unref();
  }
}
