import type { Token } from '../core/segmenter';

/**
 * A bounded least-recently-used map from a paragraph's text to its words. A Map iterates in
 * insertion order, so re-inserting on every hit keeps the oldest entry first.
 */
export class SegmentationCache {
  private readonly entries = new Map<string, readonly Token[]>();

  constructor(private readonly capacity: number) {}

  get(key: string): readonly Token[] | undefined {
    const tokens = this.entries.get(key);
    if (tokens === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, tokens);
    return tokens;
  }

  set(key: string, tokens: readonly Token[]): void {
    this.entries.delete(key);
    this.entries.set(key, tokens);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
