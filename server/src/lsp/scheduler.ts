/**
 * Debounces work per document: a new request for a document replaces the pending one, and
 * each run gets a check that turns stale as soon as a newer request for that document
 * arrives, so async steps can stop early and the newest version always wins.
 */
export class Scheduler {
  private readonly pending = new Map<string, () => void>();
  private readonly generations = new Map<string, number>();

  constructor(private readonly run: (uri: string, isStale: () => boolean) => Promise<void>) {}

  schedule(uri: string, delayMs: number): void {
    this.cancel(uri);
    const generation = this.generations.get(uri) ?? 0;
    const isStale = (): boolean => this.generations.get(uri) !== generation;
    const fire = (): void => {
      this.pending.delete(uri);
      if (!isStale()) void this.run(uri, isStale);
    };
    // At debounce 0, setImmediate still lets edits already queued on the wire arrive first.
    if (delayMs <= 0) {
      const handle = setImmediate(fire);
      this.pending.set(uri, () => clearImmediate(handle));
    } else {
      const handle = setTimeout(fire, delayMs);
      this.pending.set(uri, () => clearTimeout(handle));
    }
  }

  /** Drops the pending run and makes a running one stale. */
  cancel(uri: string): void {
    this.pending.get(uri)?.();
    this.pending.delete(uri);
    this.generations.set(uri, (this.generations.get(uri) ?? 0) + 1);
  }
}
