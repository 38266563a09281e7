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
