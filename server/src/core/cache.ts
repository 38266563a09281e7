/**
 * Work that depends on one paragraph's text alone (its heading and item candidates, its clause
 * keys, its placeholders), memoised across the lints of one document so that an edit redoes it
 * only for the paragraphs it changed. A host that lints a document again and again (the
 * language server) keeps one per document and passes it in `LintOptions.cache`; the engine
 * gives it to the Draft, and the Draft to the code that memoises (`Draft.memo`).
 *
 * Entries are found by the paragraph's text, and hold offsets relative to the paragraph, never
 * to the draft, so that a paragraph that moved still finds its own. Stored values are never
 * mutated.
 *
 * Bounded: when a new draft starts using the cache, the paragraphs that the draft before did
 * not use are dropped once there are more than twice as many as it used.
 */
export class LintCache {
  private readonly paragraphs = new Map<string, ParagraphMemo>();
  private owner: object | undefined;
  private generation = 0;
  /** How many paragraphs the current generation (draft) has used. */
  private used = 0;

  /** The memo of a paragraph with this text, for `owner` (the draft asking). */
  paragraph(text: string, owner: object): ParagraphMemo {
    if (owner !== this.owner) this.startGeneration(owner);
    let memo = this.paragraphs.get(text);
    if (!memo) {
      memo = new ParagraphMemo();
      this.paragraphs.set(text, memo);
    }
    if (memo.used !== this.generation) {
      memo.used = this.generation;
      this.used++;
    }
    return memo;
  }

  /** How many paragraphs the cache holds (for tests and benchmarks). */
  get size(): number {
    return this.paragraphs.size;
  }

  private startGeneration(owner: object): void {
    if (this.paragraphs.size > 2 * this.used + SLACK) {
      for (const [text, memo] of this.paragraphs) if (memo.used !== this.generation) this.paragraphs.delete(text);
    }
    this.owner = owner;
    this.generation++;
    this.used = 0;
  }
}

// Paragraphs kept beyond twice what the last draft used.
const SLACK = 64;

/** What has been computed for one paragraph text, by table. */
export class ParagraphMemo {
  /** The last generation (draft) that used this paragraph. */
  used = -1;
  private readonly slots = new Map<string, { readonly extra: string; readonly value: unknown }>();

  /**
   * The value of `compute()` stored in `table`, if it was stored with the same `extra` key (what
   * else the value depends on); otherwise computed now and stored in place of the old one.
   */
  get<T>(table: string, extra: string, compute: () => T): T {
    const slot = this.slots.get(table);
    if (slot && slot.extra === extra) return slot.value as T;
    const value = compute();
    this.slots.set(table, { extra, value });
    return value;
  }
}
