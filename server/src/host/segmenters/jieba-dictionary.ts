/**
 * jieba's dictionary in the compact form that `scripts/jieba-dictionary.ts` writes
 * (jieba-dictionary.txt): the total frequency on the first line, then one line per first
 * character, `字\t<rest> <frequency>\t…`, its entries sorted by the rest of the word (the
 * character alone has an empty rest, so it comes first).
 *
 * Nothing is parsed up front: the lines are indexed by their first character, a line is split
 * when a draft first holds that character, and its words are looked up by their second
 * character only when a draft holds that pair. A draft of a few pages touches a few hundred
 * characters of the 11,000, so loading costs a few milliseconds instead of building the whole
 * dictionary (0.2 s of CPU and 60 MB for jieba-wasm).
 */
export class JiebaDictionary {
  /** The sum of every word's frequency: a word's probability is its frequency over this. */
  total: number;
  private readonly lines = new Map<number, number>();
  private readonly groups = new Map<number, WordGroup>();

  constructor(private readonly text: string) {
    const firstBreak = text.indexOf('\n');
    this.total = Number(text.slice(0, firstBreak));
    if (firstBreak < 0 || !Number.isFinite(this.total)) throw new Error('jieba 词典文件格式不对');
    // Each line's start, by its first character (the line runs to the next break).
    for (let at = firstBreak + 1; at < text.length; ) {
      const end = text.indexOf('\n', at);
      this.lines.set(text.codePointAt(at)!, at);
      at = end < 0 ? text.length : end + 1;
    }
  }

  /** The words that start with this character, or undefined when none does. */
  group(firstChar: number): WordGroup | undefined {
    let group = this.groups.get(firstChar);
    if (group) return group;
    const at = this.lines.get(firstChar);
    if (at === undefined) return undefined;
    const end = this.text.indexOf('\n', at);
    group = new WordGroup(this.text.slice(at, end < 0 ? this.text.length : end));
    this.groups.set(firstChar, group);
    return group;
  }

  /** Adds a word, or sets the frequency of one already there, as jieba's `add_word` does. */
  addWord(word: string, frequency: number): void {
    const first = word.codePointAt(0);
    if (first === undefined) return;
    let group = this.group(first);
    if (!group) {
      group = new WordGroup(String.fromCodePoint(first));
      this.groups.set(first, group);
    }
    this.total += frequency - group.set(word.slice(first > 0xffff ? 2 : 1), frequency);
  }
}

/** A value of `WordGroup.rests` for a string that only begins some word. */
export const PREFIX_ONLY = -1;

/** The words that start with one character, keyed by what follows that character. */
export class WordGroup {
  /** The frequency of the character as a word of its own, or `PREFIX_ONLY`. */
  single = PREFIX_ONLY;
  private readonly entries: string[];
  /** Where the entries whose rest starts with a character begin and end (start × 2^16 + end). */
  private readonly ranges = new Map<number, number>();
  private readonly rests = new Map<number, Map<string, number>>();

  constructor(line: string) {
    const entries = (this.entries = line.split('\t'));
    let k = 1;
    if (k < entries.length && entries[k].charCodeAt(0) === SPACE) this.single = Number(entries[k++].slice(1));
    while (k < entries.length) {
      const second = entries[k].codePointAt(0)!;
      let end = k + 1;
      while (end < entries.length && entries[end].codePointAt(0) === second) end++;
      this.ranges.set(second, k * RANGE + end);
      k = end;
    }
  }

  /**
   * The rests of the words whose second character is this one, with their frequencies; every
   * prefix of a rest is there too, as `PREFIX_ONLY` unless it is a word itself.
   */
  restsAfter(second: number): Map<string, number> | undefined {
    let rests = this.rests.get(second);
    if (rests) return rests;
    const range = this.ranges.get(second);
    if (range === undefined) return undefined;
    rests = new Map();
    for (let k = Math.floor(range / RANGE), end = range % RANGE; k < end; k++) {
      const entry = this.entries[k];
      const space = entry.lastIndexOf(' ');
      addRest(rests, entry.slice(0, space), Number(entry.slice(space + 1)));
    }
    this.rests.set(second, rests);
    return rests;
  }

  /** Sets the frequency of the word with this rest; returns the frequency it had (0 if none). */
  set(rest: string, frequency: number): number {
    if (rest === '') {
      const old = this.single;
      this.single = frequency;
      return Math.max(old, 0);
    }
    const second = rest.codePointAt(0)!;
    let rests = this.restsAfter(second);
    if (!rests) this.rests.set(second, (rests = new Map()));
    const old = rests.get(rest);
    addRest(rests, rest, frequency);
    return old === undefined ? 0 : Math.max(old, 0);
  }
}

const SPACE = 0x20;
// Entry indices stay below 2^16: the largest group (一) has about 3,300 words.
const RANGE = 0x10000;

/** Sets a rest's frequency and marks its prefixes (never splitting a surrogate pair) as prefixes. */
function addRest(rests: Map<string, number>, rest: string, frequency: number): void {
  rests.set(rest, frequency);
  for (let end = rest.length - 1; end > 0; end--) {
    if (isHighSurrogate(rest.charCodeAt(end - 1))) continue;
    const prefix = rest.slice(0, end);
    // A prefix already there has its own prefixes there too.
    if (rests.has(prefix)) break;
    rests.set(prefix, PREFIX_ONLY);
  }
}

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
