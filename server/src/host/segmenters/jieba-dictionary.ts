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

/**
 * The words that start with one character, keyed by what follows that character. The group's
 * line stays one string: its entries are cut out only for the second characters a draft holds
 * (splitting whole lines made a string of every word in each group touched, some 15 MB for a
 * draft of a few pages).
 */
export class WordGroup {
  /** The frequency of the character as a word of its own, or `PREFIX_ONLY`. */
  single = PREFIX_ONLY;
  /** Where, in the line, the entries whose rest starts with a character begin and end (start × RANGE + end). */
  private readonly ranges = new Map<number, number>();
  private readonly rests = new Map<number, Map<string, number>>();

  constructor(private readonly line: string) {
    // The first entry is the character itself, then `\t<rest> <frequency>` entries.
    let at = line.indexOf(TAB);
    if (at < 0) return;
    at++;
    if (line.charCodeAt(at) === SPACE) {
      const end = entryEnd(line, at);
      this.single = Number(line.slice(at + 1, end));
      at = end + 1;
    }
    while (at < line.length) {
      const second = line.codePointAt(at)!;
      const start = at;
      let end = entryEnd(line, at);
      while (end < line.length && line.codePointAt(end + 1) === second) end = entryEnd(line, end + 1);
      this.ranges.set(second, start * RANGE + end);
      at = end + 1;
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
    for (let at = Math.floor(range / RANGE), end = range % RANGE; at < end; ) {
      const entryEndAt = entryEnd(this.line, at);
      const space = this.line.lastIndexOf(' ', entryEndAt);
      addRest(rests, this.line.slice(at, space), Number(this.line.slice(space + 1, entryEndAt)));
      at = entryEndAt + 1;
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
const TAB = '\t';
// Offsets in a line stay below 2^21: the longest line (一, about 3,300 words) has some 20,000 characters.
const RANGE = 0x200000;

/** Where the entry that starts at `at` ends: the next tab, or the end of the line. */
function entryEnd(line: string, at: number): number {
  const tab = line.indexOf(TAB, at);
  return tab < 0 ? line.length : tab;
}

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
