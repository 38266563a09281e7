import { isHighSurrogate, isLowSurrogate, type JiebaDictionary } from './jieba-dictionary';

// jieba's default segmentation with the HMM off, as jieba-rs does it (`cut(text, false)`), so
// that the words are the same as jieba-wasm's (a test compares them on every fixture draft):
// the text is split into runs of Chinese characters, letters and digits, each run is cut along
// the most probable path through the words of the dictionary found in it, and whatever lies
// between runs is cut into single characters, whitespace kept whole.

// The runs that jieba-rs cuts with its dictionary (its RE_HAN_DEFAULT).
const RUN =
  /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u{20000}-\u{2A6DF}\u{2A700}-\u{2B73F}\u{2B740}-\u{2B81F}\u{2B820}-\u{2CEAF}\u{2CEB0}-\u{2EBEF}\u{2F800}-\u{2FA1F}a-zA-Z0-9+#&._%-]+/gu;
// Between runs, what stays one word: a CRLF, or one whitespace character as Rust's `\s` knows it
// (Unicode White_Space: U+0085 is one and U+FEFF is not, unlike JavaScript's `\s`).
const SKIP = /\r\n|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;

// The best path's log-probability from each position to the end of the run, and its next word's end.
let score = new Float64Array(256);
let next = new Int32Array(256);

/** The words of `text` in order; joined, they give `text` back. */
export function cutWords(dictionary: JiebaDictionary, text: string): string[] {
  const words: string[] = [];
  let last = 0;
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    if (m.index > last) cutBetween(text.slice(last, m.index), words);
    cutRun(dictionary, m[0], words);
    last = m.index + m[0].length;
  }
  if (last < text.length) cutBetween(text.slice(last), words);
  return words;
}

function cutBetween(text: string, words: string[]): void {
  let last = 0;
  SKIP.lastIndex = 0;
  for (let m = SKIP.exec(text); m; m = SKIP.exec(text)) {
    if (m.index > last) for (const ch of text.slice(last, m.index)) words.push(ch);
    words.push(m[0]);
    last = m.index + m[0].length;
  }
  if (last < text.length) for (const ch of text.slice(last)) words.push(ch);
}

function cutRun(dictionary: JiebaDictionary, run: string, words: string[]): void {
  const n = run.length;
  if (score.length <= n) {
    score = new Float64Array(2 * n + 1);
    next = new Int32Array(2 * n + 1);
  }
  const logTotal = Math.log(dictionary.total);
  score[n] = 0;
  // From the end back: at each character, the word that starts there on the most probable path.
  for (let i = n - 1; i >= 0; i--) {
    if (i > 0 && isLowSurrogate(run.charCodeAt(i)) && isHighSurrogate(run.charCodeAt(i - 1))) continue;
    const first = run.codePointAt(i)!;
    const afterFirst = i + (first > 0xffff ? 2 : 1);
    let best = -Infinity;
    let bestEnd = -1;
    const group = dictionary.group(first);
    if (group) {
      if (group.single >= 0) {
        best = Math.log(group.single) - logTotal + score[afterFirst];
        bestEnd = afterFirst;
      }
      const rests = afterFirst < n ? group.restsAfter(run.codePointAt(afterFirst)!) : undefined;
      // Longer and longer words; on equal probability the longer wins, as in jieba-rs.
      if (rests)
        for (let end = afterFirst; end < n; ) {
          end += run.codePointAt(end)! > 0xffff ? 2 : 1;
          const frequency = rests.get(run.slice(afterFirst, end));
          if (frequency === undefined) break;
          if (frequency < 0) continue;
          const s = Math.log(frequency) - logTotal + score[end];
          if (s >= best) {
            best = s;
            bestEnd = end;
          }
        }
    }
    // A character that begins no word of the dictionary is a word of frequency 1.
    if (bestEnd < 0) {
      bestEnd = afterFirst;
      best = -logTotal + score[afterFirst];
    }
    score[i] = best;
    next[i] = bestEnd;
  }
  // Along the path; single letters and digits in a row make one word (jieba-rs does so too).
  let letters = -1;
  for (let x = 0; x < n; ) {
    const y = next[x];
    if (y - x === 1 && isAsciiAlphanumeric(run.charCodeAt(x))) {
      if (letters < 0) letters = x;
    } else {
      if (letters >= 0) words.push(run.slice(letters, x));
      letters = -1;
      words.push(run.slice(x, y));
    }
    x = y;
  }
  if (letters >= 0) words.push(run.slice(letters));
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}
