import type { Span } from './types';

/**
 * A rule's `allow` option compiled into one automaton (Aho–Corasick over UTF-16 code units):
 * finding every allowed string in a draft is one pass over the text, however many strings
 * the configuration lists. Compiled once per list (see `allowListOf`), not once per lint.
 */
export class AllowList {
  /** Edges, keyed `node * 0x10000 + code unit`. */
  private readonly edges = new Map<number, number>();
  private readonly fail: number[] = [0];
  /** The longest allowed string that ends at each node, through its suffix links. */
  private readonly longest: number[] = [0];

  constructor(words: readonly string[]) {
    const children: number[][] = [[]];
    for (const word of words) {
      let node = 0;
      for (let i = 0; i < word.length; i++) {
        const key = node * 0x10000 + word.charCodeAt(i);
        let next = this.edges.get(key);
        if (next === undefined) {
          next = this.fail.length;
          this.edges.set(key, next);
          this.fail.push(0);
          this.longest.push(0);
          children.push([]);
          children[node].push(word.charCodeAt(i));
        }
        node = next;
      }
      this.longest[node] = Math.max(this.longest[node], word.length);
    }
    // Breadth first, so that a node's suffix link is final before its children need it.
    const queue: number[] = [0];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head];
      for (const code of children[node]) {
        const child = this.edges.get(node * 0x10000 + code)!;
        this.fail[child] = node === 0 ? 0 : this.step(this.fail[node], code);
        this.longest[child] = Math.max(this.longest[child], this.longest[this.fail[child]]);
        queue.push(child);
      }
    }
  }

  /**
   * Whether each span lies inside an occurrence of an allowed string in `text`, as a function
   * built in one pass over the text.
   */
  matcher(text: string): (span: Span) => boolean {
    // `earliest[q]`: the earliest start of an occurrence that ends at q or later.
    const earliest = new Float64Array(text.length + 2).fill(Infinity);
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      node = this.step(node, text.charCodeAt(i));
      if (this.longest[node] > 0) earliest[i + 1] = i + 1 - this.longest[node];
    }
    for (let q = text.length - 1; q >= 0; q--) earliest[q] = Math.min(earliest[q], earliest[q + 1]);
    return ([start, end]) => earliest[end] <= start;
  }

  private step(node: number, code: number): number {
    for (;;) {
      const next = this.edges.get(node * 0x10000 + code);
      if (next !== undefined) return next;
      if (node === 0) return 0;
      node = this.fail[node];
    }
  }
}

const COMPILED = new WeakMap<readonly string[], AllowList>();

/** The compiled form of an `allow` list, compiled on first use and kept as long as the list is. */
export function allowListOf(words: readonly string[]): AllowList {
  let compiled = COMPILED.get(words);
  if (!compiled) {
    compiled = new AllowList(words.filter((w) => w.length > 0));
    COMPILED.set(words, compiled);
  }
  return compiled;
}
