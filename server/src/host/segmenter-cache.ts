import type { Token } from '../core/segmenter';

/**
 * A bounded least-recently-used map from a paragraph's text to its words. A Map iterates in
 * insertion order, so re-inserting on every hit keeps the oldest entry first.
 *
 * Words cover their paragraph exactly, so an entry keeps only where each word ends (four bytes
 * a word, not an object and a string): a language server that keeps thousands of paragraphs
 * between edits stays small.
 */
export class SegmentationCache {
  private readonly entries = new Map<string, Uint32Array>();

  constructor(private readonly capacity: number) {}

  /** The words of `text` stored under `key`, rebuilt from their ends. */
  get(key: string, text: string): Token[] | undefined {
    const ends = this.entries.get(key);
    if (ends === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, ends);
    const tokens: Token[] = [];
    let start = 0;
    for (const end of ends) {
      tokens.push({ word: text.slice(start, end), start, end });
      start = end;
    }
    return tokens;
  }

  /** Stores words that cover their text exactly, in order. */
  set(key: string, tokens: readonly Token[]): void {
    this.entries.delete(key);
    this.entries.set(key, Uint32Array.from(tokens, (t) => t.end));
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  clear(): void {
    this.entries.clear();
  }

  /** Drops every entry whose key `keep` rejects. */
  retain(keep: (key: string) => boolean): void {
    for (const key of this.entries.keys()) if (!keep(key)) this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}
