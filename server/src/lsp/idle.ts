/** One step of settling, run once the server has been quiet for `quietMs` more. */
export interface SettleStep {
  readonly quietMs: number;
  readonly run: () => void;
}

/**
 * Runs the steps of settling one after another, each once the server has been quiet for its
 * `quietMs` more: no edit and no lint since. Every sign of activity (`busy`) starts over
 * from the first step, so settling never competes with typing; after the last step, nothing
 * more happens until the next activity.
 */
export class IdleSettler {
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly steps: readonly SettleStep[]) {}

  busy(): void {
    this.wait(0);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private wait(step: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (step >= this.steps.length) return;
    this.timer = setTimeout(() => {
      this.steps[step].run();
      this.wait(step + 1);
    }, this.steps[step].quietMs);
    // An idle server waiting to settle must not keep a process alive that is exiting.
    this.timer.unref();
  }
}
