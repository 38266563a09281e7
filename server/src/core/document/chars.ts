// Character tests for loops that visit every character of a draft. They work on UTF-16 code
// units through lookup tables, and answer exactly what the regular expressions they replace
// would answer for one code unit.

/** A table over all UTF-16 code units: 1 for the characters of `chars` and the `ranges` [from, to). */
export function codeTable(chars: string, ranges: readonly (readonly [number, number])[] = []): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  for (const [from, to] of ranges) table.fill(1, from, to);
  return table;
}

/** The code units that `\s` matches (U+3000 among them). */
export const WHITESPACE_RANGES: readonly (readonly [number, number])[] = [
  [0x09, 0x0e], [0x20, 0x21], [0xa0, 0xa1], [0x1680, 0x1681], [0x2000, 0x200b], [0x2028, 0x202a],
  [0x202f, 0x2030], [0x205f, 0x2060], [0x3000, 0x3001], [0xfeff, 0xff00],
];

/**
 * A test of one code point against `re` (a regular expression without `g` or `y`), memoised
 * per code point of the Basic Multilingual Plane.
 */
export function codePointTest(re: RegExp): (code: number) => boolean {
  // 0: not tested yet, 1: matches, 2: does not.
  const known = new Uint8Array(0x10000);
  return (code) => {
    if (code > 0xffff) return re.test(String.fromCodePoint(code));
    let answer = known[code];
    if (answer === 0) {
      answer = re.test(String.fromCharCode(code)) ? 1 : 2;
      known[code] = answer;
    }
    return answer === 1;
  };
}

/** A table of the code units that `\s` matches. */
export const SPACE = codeTable('', WHITESPACE_RANGES);

/** Whether the code unit `code` is whitespace (what `\s` matches, the ideographic space included). */
export function isSpaceCode(code: number): boolean {
  return SPACE[code] === 1;
}

/** Whether `ch` (one character) is whitespace, the ideographic space included. */
export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && SPACE[ch.charCodeAt(0)] === 1;
}

/** Whether `text` is empty or whitespace only (what `trim()` would empty). */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (SPACE[text.charCodeAt(i)] !== 1) return false;
  return true;
}

/**
 * Han characters (汉字), as Unicode's script property defines them: the CJK blocks with their
 * extensions and compatibility ideographs, and 〇 々. For regular expressions with the `u` flag.
 */
export const HAN = String.raw`\p{Script=Han}`;

/** Whether the code point (or UTF-16 code unit) `code` is a Han character. */
export const isHanCode: (code: number) => boolean = codePointTest(new RegExp(HAN, 'u'));

/** Whether the character `ch` (a code point, or a code unit of the text) is a Han character. */
export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && isHanCode(ch.codePointAt(0)!);
}

const ALL_HAN = new RegExp(`^${HAN}+$`, 'u');

/** Whether `text` is one or more Han characters and nothing else. */
export function isAllHan(text: string): boolean {
  return ALL_HAN.test(text);
}

/** The marks that end a sentence: 。！？ and their half-width forms. */
export const FULL_STOPS = '。！？!?';
/** What ends a sentence of the Draft: the full stops and the semicolons (；;). */
export const SENTENCE_ENDS = `${FULL_STOPS}；;`;
/** Closing quotes and brackets that may follow a sentence end and belong to its sentence. */
export const CLOSERS = '”’」』）)】';
/** A table of `CLOSERS`. */
export const CLOSER = codeTable(CLOSERS);
