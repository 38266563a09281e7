import { codeTable } from '../../document/chars';
import { ASCII_WORD, CHINESE_DIGIT, CJK_CLOSERS, CJK_OPENERS, CJK_PUNCTUATION, codeAt, DIGIT, isChineseAt, isHanAt, LATIN, SPACE } from './marks';

/** What a half-width mark in Chinese text is: a point (`,` `.` …), one of a pair of brackets, or a quote. */
export type WidthKind = 'point' | 'paren' | 'quote' | 'ellipsis' | 'title' | 'dash';

/** A half-width mark used in Chinese text, at an offset of its paragraph. */
export interface WidthMark {
  readonly at: number;
  /** How many characters it covers: 1, or 3 or 6 for an ellipsis typed as dots. */
  readonly length: number;
  readonly kind: WidthKind;
  readonly found: string;
  readonly expected: string;
  /** False for a quote whose partner is missing: which way it faces is a guess. */
  readonly fixable: boolean;
}

/** The half-width marks of one paragraph that belong to Chinese text, and what the draft-level judgement needs. */
export interface WidthScan {
  readonly marks: readonly WidthMark[];
  /** Full-width parentheses in the paragraph. */
  readonly fullParens: number;
}

const CANDIDATE = codeTable(',.:;?!()"\'（）<>');
const FULL: Readonly<Record<string, string>> = { ',': '，', '.': '。', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };
// Where a clause ends: what comes before belongs to another clause.
const CLAUSE_END = codeTable(',.:;?!，。；：？！');
// In a token, these show a web address, an e-mail address, a path or markup, never prose.
const URLISH = codeTable('/\\@&=#~');
const FULL_POINT = codeTable('，。、；：');
const NUMBER_TOKEN = codeTable('0123456789.,:%');
// Curly quotes, compared by code: no string is made of each character of the paragraph.
const [LEFT_DOUBLE, RIGHT_DOUBLE, LEFT_SINGLE, RIGHT_SINGLE] = [...'“”‘’'].map((ch) => ch.charCodeAt(0));

/**
 * Finds the half-width `, . : ; ? ! ( ) " '` of a paragraph that belong to Chinese text.
 * One pass over the text; brackets and quotes are paired as they come.
 */
export function scanWidth(text: string): WidthScan {
  const marks: WidthMark[] = [];
  let fullParens = 0;
  let lastHan = -1;
  let lastClauseEnd = -1;
  // The run of printable ASCII characters that ends just before the current character.
  let tokenStart = 0;
  let tokenUrlish = false;
  let tokenNumeric = true;
  const parens: number[] = [];
  // An opening `<<` before a Chinese title, waiting for its `>>`.
  let title = -1;
  // The last half-width `)` or `"` that closes a Chinese pair: a point after it is Chinese.
  let chineseClose = -1;
  const quotes = { double: new QuoteState('"', '“', '”'), single: new QuoteState("'", '‘', '’') };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (CANDIDATE[code] === 1) {
      const ch = text[i];
      if (ch === '（' || ch === '）') fullParens++;
      if (ch === '(' || ch === '（') parens.push(i);
      else if (ch === ')' || ch === '）') {
        const open = parens.pop();
        if (open !== undefined && text[open] === '(' && ch === ')' && isChineseParenPair(text, open, i, lastHan > open)) {
          marks.push(mark(open, 'paren', '('), mark(i, 'paren', ')'));
          chineseClose = i;
        }
      } else if (ch === '<' || ch === '>') {
        // <<关于…的通知>>: book-title marks typed as angle brackets.
        if (ch === '<' && text[i + 1] === '<' && isHanAt(text, i + 2)) title = i;
        else if (ch === '>' && text[i + 1] === '>' && title >= 0 && isChineseAt(text, i - 1)) {
          marks.push(mark(title, 'title', '<<', '《'), mark(i, 'title', '>>', '》'));
          title = -1;
        }
      } else if (ch === '"' || ch === "'") {
        const before = marks.length;
        (ch === '"' ? quotes.double : quotes.single).straight(text, i, marks);
        if (marks.length > before && marks[marks.length - 1].at === i && marks[marks.length - 1].expected !== '“' && marks[marks.length - 1].expected !== '‘') chineseClose = i;
      }
      else if (ch === '.' && text[i + 1] === '.') {
        const ellipsis = dottedEllipsis(text, i);
        if (ellipsis) marks.push(ellipsis);
      } else if (isChinesePoint(text, i, { clauseHasHan: lastHan > lastClauseEnd, start: tokenStart, urlish: tokenUrlish, numeric: tokenNumeric, afterChineseClose: chineseClose === i - 1 })) {
        marks.push(mark(i, 'point', ch));
      }
    } else if (code === LEFT_DOUBLE) quotes.double.curly(true);
    else if (code === RIGHT_DOUBLE) quotes.double.curly(false);
    else if (code === LEFT_SINGLE) quotes.single.curly(true);
    else if (code === RIGHT_SINGLE) quotes.single.curly(false);
    if (isHanAt(text, i)) lastHan = i;
    // 6.3  1,000: a point inside a number ends no clause.
    if (CLAUSE_END[code] === 1 && !(codeAt(DIGIT, text, i - 1) && codeAt(DIGIT, text, i + 1))) lastClauseEnd = i;
    if (ASCII_WORD[code] !== 1) {
      tokenStart = i + 1;
      tokenUrlish = false;
      tokenNumeric = true;
      continue;
    }
    if (NUMBER_TOKEN[code] !== 1) tokenNumeric = false;
    if (URLISH[code] === 1 || (text[i] === '.' && codeAt(LATIN, text, i + 1)) || (text[i] === ':' && text[i + 1] === '/')) tokenUrlish = true;
  }
  quotes.double.end(text, marks);
  quotes.single.end(text, marks);
  if (text.includes('--')) for (const m of text.matchAll(HYPHEN_DASH)) marks.push(mark(m.index, 'dash', m[0], '——'));
  marks.sort((a, b) => a.at - b.at);
  return { marks, fullParens };
}

function mark(at: number, kind: WidthKind, found: string, expected = FULL[found], fixable = true): WidthMark {
  return { at, length: found.length, kind, found, expected, fixable };
}

// Two or more hyphens between Chinese characters: a dash typed on a Latin keyboard (建设--截至年底).
const HYPHEN_DASH = /(?<=\p{Script=Han})-{2,}(?=\p{Script=Han})/gu;

/** `...` or `......` ending Chinese text: an ellipsis typed with dots (GB/T 15834 4.11: ……). */
function dottedEllipsis(text: string, i: number): WidthMark | undefined {
  if (text[i - 1] === '.' || !(isHanAt(text, i - 1) || codeAt(CJK_CLOSERS, text, i - 1) || text[i - 1] === '，')) return undefined;
  let end = i;
  while (text[end] === '.') end++;
  // Dots between Chinese characters may stand for a blank to fill in (共有......家).
  if (isHanAt(text, end) || codeAt(ASCII_WORD, text, end)) return undefined;
  return end - i === 3 || end - i === 6 ? mark(i, 'ellipsis', text.slice(i, end), '……') : undefined;
}

/** The run of printable ASCII characters just before a mark, and the clause it is in. */
interface Token {
  /** Whether the clause before the mark (back to the previous point) holds a Chinese character. */
  readonly clauseHasHan: boolean;
  readonly start: number;
  /** It holds a web address, e-mail address, path or file name. */
  readonly urlish: boolean;
  /** It is a number: digits, points and per cent signs only. */
  readonly numeric: boolean;
  /** The mark follows a half-width `)` or `"` that closes a Chinese pair (and will be full-width). */
  readonly afterChineseClose: boolean;
}

/**
 * Whether the point mark at `i` ends or splits Chinese text: the character it follows is
 * Chinese, or it follows a number or a Latin word inside a Chinese clause and Chinese follows it.
 */
function isChinesePoint(text: string, i: number, token: Token): boolean {
  const ch = text[i];
  const prev = text.charCodeAt(i - 1);
  const next = text.charCodeAt(i + 1);
  // 1,000  3.14  12:30  1:500
  if (DIGIT[prev] === 1 && DIGIT[next] === 1) return false;
  // ，,  ,。: a point doubled in two widths is punctuation-doubled's.
  if (codeAt(FULL_POINT, text, i - 1) || codeAt(FULL_POINT, text, i + 1)) return false;
  if (ch === '.') return isChinesePeriod(text, i, token);
  if (ch === ':' && text[i + 1] === '/') return false;
  // ![image](…) in Markdown.
  if (ch === '!' && text[i + 1] === '[') return false;
  // Look past spaces and emoji (😊 is no text): 好的😊,明天见.
  let j = i - 1;
  while (j >= 0 && (SPACE[text.charCodeAt(j)] === 1 || isEmojiUnit(text, j))) j--;
  if (j < 0) return false;
  if (isHanAt(text, j) || (j === i - 1 && token.afterChineseClose)) return true;
  if (codeAt(CJK_PUNCTUATION, text, j)) return !codeAt(CJK_OPENERS, text, j);
  // 增长3.5%,比上年  实现GDP,同比: a number or a Latin word inside a Chinese clause; a number
  // followed by Chinese even where the clause began on the line before (a hard-wrapped copy).
  if (j !== i - 1 || token.start >= i || token.urlish || !(token.clauseHasHan || token.numeric)) return false;
  if (isHanAt(text, i + 1) || codeAt(CJK_OPENERS, text, i + 1)) return true;
  // 占比达到68.5%;  ending a Chinese clause's paragraph (a list item's ending).
  return token.clauseHasHan && ch !== ':' && onlySpacesFrom(text, i + 1);
}

/** Whether nothing but spaces follows `from` (it stops at the first other character). */
function onlySpacesFrom(text: string, from: number): boolean {
  for (let k = from; k < text.length; k++) if (SPACE[text.charCodeAt(k)] !== 1) return false;
  return true;
}

/**
 * A half-width full stop after Chinese text, at the end of a sentence: not a decimal point,
 * an ellipsis, a file extension, or the dot of a heading number (`1.` `二.`).
 */
function isChinesePeriod(text: string, i: number, token: Token): boolean {
  if (text[i - 1] === '.' || text[i + 1] === '.') return false;
  if (codeAt(ASCII_WORD, text, i + 1)) return false;
  const nextIsEnd = i + 1 >= text.length || codeAt(SPACE, text, i + 1) || isChineseAt(text, i + 1);
  if (!nextIsEnd) return false;
  if (codeAt(CJK_CLOSERS, text, i - 1) || token.afterChineseClose) return true;
  if (isHanAt(text, i - 1)) {
    // 二.加强: a Chinese numeral at a clause start is a heading number (heading-punctuation's).
    let k = i - 1;
    while (k >= 0 && CHINESE_DIGIT[text.charCodeAt(k)] === 1) k--;
    return k === i - 1 || !(k < 0 || codeAt(SPACE, text, k) || codeAt(CJK_PUNCTUATION, text, k) || codeAt(ASCII_WORD, text, k));
  }
  // 增长了5%.  a number that ends a Chinese sentence (a number at a clause start is a heading).
  if (!(token.start < i && token.numeric && isHanAt(text, token.start - 1))) return false;
  // 三、申报程序1.个人申报: a page that lost its line breaks ran a heading's number into the title before it.
  return !(i - token.start <= 2 && /^\d+$/.test(text.slice(token.start, i)) && isHanAt(text, i + 1));
}

/**
 * A pair of half-width parentheses around Chinese text, or right after it: `(以下简称…)`,
 * `生产总值(GDP)`. Not a Markdown link target `[…](…)`. `holdsHan`: a Chinese character
 * stands between them (the scan's last one, so that nested pairs cost nothing more).
 */
function isChineseParenPair(text: string, open: number, close: number, holdsHan: boolean): boolean {
  if (text[open - 1] === ']') return false;
  if (holdsHan) return true;
  return isHanAt(text, open - 1) && (close + 1 >= text.length || isChineseAt(text, close + 1));
}

/** Straight quotes of one kind, paired with each other and with curly ones as a paragraph goes. */
class QuoteState {
  private open = false;
  /** A straight opening quote waiting for its partner. */
  private pending = -1;

  constructor(
    private readonly straightMark: string,
    private readonly opening: string,
    private readonly closing: string,
  ) {}

  curly(opening: boolean): void {
    this.open = opening;
    this.pending = -1;
  }

  straight(text: string, i: number, marks: WidthMark[]): void {
    // An apostrophe or a prime: it's, 5'30".
    if (this.straightMark === "'" && (codeAt(DIGIT, text, i - 1) || (codeAt(LATIN, text, i - 1) && codeAt(LATIN, text, i + 1)))) return;
    if (!this.open) {
      this.open = true;
      this.pending = i;
      return;
    }
    this.open = false;
    if (this.pending >= 0) {
      // Both of a straight pair, or neither: a fixed pair stays a pair.
      if (isChineseAt(text, this.pending - 1) || isChineseAt(text, this.pending + 1) || isChineseAt(text, i - 1) || isChineseAt(text, i + 1)) {
        marks.push(mark(this.pending, 'quote', this.straightMark, this.opening), mark(i, 'quote', this.straightMark, this.closing));
      }
      this.pending = -1;
    } else marks.push(mark(i, 'quote', this.straightMark, this.closing));
  }

  /** A straight quote left open at the paragraph's end: reported, but which way it faces is a guess. */
  end(text: string, marks: WidthMark[]): void {
    const at = this.pending;
    if (at >= 0 && (isChineseAt(text, at - 1) || isChineseAt(text, at + 1))) marks.push(mark(at, 'quote', this.straightMark, this.opening, false));
  }
}

/** A code unit of an emoji: a surrogate that is no Chinese character, a variation selector or a joiner. */
function isEmojiUnit(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code === 0xfe0f || code === 0x200d || (code >= 0xd800 && code <= 0xdfff && !isHanAt(text, at));
}
