import { CLOSER, codeTable, FULL_STOPS, isSpaceCode } from './chars';
import { parseChineseNumeral, parseDigits, parseSingleCharNumber } from './numerals';
import { PAGE_FURNITURE } from './page-count';
import type { MarkerForm, NumberMarker } from './model';


const CN = '[一二三四五六七八九十百零〇]+';
const DIGITS = '[0-9０-９]{1,3}';
const PAREN_CN = new RegExp(`[（(][ \\t　]*(${CN})[ \\t　]*[）)]([、.．，,])?`, 'y');
const PAREN_AR = new RegExp(`[（(][ \\t　]*(${DIGITS})[ \\t　]*[）)]([、.．，,])?`, 'y');
// `1）` `一)`: a closing bracket only, a variant of `（1）` `（一）`.
const HALF_CN = new RegExp(`(${CN})([）)])(?![0-9０-９])`, 'y');
const HALF_AR = new RegExp(`(${DIGITS})([）)])(?![0-9０-９])`, 'y');
const PLAIN_CN = new RegExp(`(${CN})([、.．，,])`, 'y');
// What follows the dot (decimals, or a year that begins the title) is judged by isNumberAhead.
const PLAIN_AR = new RegExp(`(${DIGITS})([.．、，,])`, 'y');
/** The characters a marker can start with: a bracket, a Chinese numeral, a digit, `①` `⑴` `⒈`. */
export const MARKER_FIRST_CHARS = '（(一二三四五六七八九十百零〇0123456789０１２３４５６７８９';
/** `①`–`⑳`, `⑴`–`⒇`, `⒈`–`⒛`. */
export const SINGLE_NUMBER_RANGE: readonly [number, number] = [0x2460, 0x249c];
/** A table of the code units a marker can start with (`MARKER_FIRST_CHARS` and `SINGLE_NUMBER_RANGE`). */
export const MARKER_FIRST = codeTable(MARKER_FIRST_CHARS, [SINGLE_NUMBER_RANGE]);
/** The level of GB/T 9704 §7.3.3 a marker form stands for: 1 `一、`, 2 `（一）`, 3 `1.`, 4 `（1）` (and `①`). */
export const FORM_LEVEL: Readonly<Record<MarkerForm, number>> = { chinese: 1, 'chinese-paren': 2, arabic: 3, 'arabic-paren': 4, circled: 4 };
/**
 * Whether the number after a marker shows that it is no marker: the next number of a series or
 * range (一、二季度, 三、四个, 1、2月) or the decimals of a figure (1.5%, 3.2万). `四、四季度工作`,
 * `一、2025年工作回顾` and `1.2024年度任务分工表` are headings.
 */
function isNumberAhead(form: 'chinese' | 'arabic', value: number, rest: string): boolean {
  // 1.2024年度重点任务分工表: a year after the dot, not the decimals of a figure.
  if (form === 'arabic') return /^[0-9０-９%％]/.test(rest) && !/^(?:19|20)\d{2}年/.test(rest);
  const next = /^[一二三四五六七八九十两]+/.exec(rest);
  return next !== null && parseChineseNumeral(next[0].slice(0, 2)) === value + 1 || parseChineseNumeral(rest.slice(0, 1)) === value + 1;
}

/** Whether a number marker may start at `at` (a cheap test before the regular expressions run). */
function couldStartMarker(text: string, at: number): boolean {
  return MARKER_FIRST[text.charCodeAt(at)] === 1;
}

/** Matches a heading-style number marker starting exactly at `at`. */
export function matchNumberMarker(text: string, at: number): NumberMarker | undefined {
  const ch = text[at];
  if (ch === undefined || !couldStartMarker(text, at)) return undefined;
  const single = parseSingleCharNumber(ch);
  if (single !== undefined) {
    const code = ch.charCodeAt(0);
    // ① is circled; ⑴ stands for （1）, ⒈ for 1.
    if (code < 0x2474) return make('circled', single, at, at + 1, at, at + 1, '', '', '');
    if (code < 0x2488) return make('arabic-paren', single, at, at + 1, at, at + 1, '（', '）', '');
    return make('arabic', single, at, at + 1, at, at + 1, '', '', '.');
  }
  if (ch === '（' || ch === '(') {
    for (const [re, form] of [[PAREN_CN, 'chinese-paren'], [PAREN_AR, 'arabic-paren']] as const) {
      re.lastIndex = at;
      const m = re.exec(text);
      if (!m) continue;
      const value = form === 'chinese-paren' ? parseChineseNumeral(m[1]) : parseDigits(m[1]);
      if (!value) return undefined;
      const numStart = at + m[0].indexOf(m[1]);
      const closeAt = at + m[0].length - (m[2]?.length ?? 0) - 1;
      return make(form, value, at, at + m[0].length, numStart, numStart + m[1].length, ch, text[closeAt], m[2] ?? '');
    }
    return undefined;
  }
  for (const [re, form] of [[HALF_CN, 'chinese-paren'], [HALF_AR, 'arabic-paren']] as const) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) continue;
    const value = form === 'chinese-paren' ? parseChineseNumeral(m[1]) : parseDigits(m[1]);
    if (!value) return undefined;
    return make(form, value, at, at + m[0].length, at, at + m[1].length, '', m[2], '');
  }
  for (const [re, form] of [[PLAIN_CN, 'chinese'], [PLAIN_AR, 'arabic']] as const) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) continue;
    const value = form === 'chinese' ? parseChineseNumeral(m[1]) : parseDigits(m[1]);
    if (!value) return undefined;
    const end = at + m[0].length;
    if (isNumberAhead(form, value, text.slice(end, end + 5))) return undefined;
    if (m[2] === '，' || m[2] === ',') {
      // `一，` is a marker only when text follows, never a number in a series (一，二，三).
      if (/^[\s　]|^$/.test(text.slice(end, end + 1))) return undefined;
    }
    return make(form, value, at, end, at, at + m[1].length, '', '', m[2]);
  }
  return undefined;
}

function make(form: MarkerForm, value: number, start: number, end: number, numStart: number, numEnd: number, open: string, close: string, after: string): NumberMarker {
  return { form, value, span: [start, end], numeral: [numStart, numEnd], open, close, after };
}

const CLAUSE_END = codeTable('。；：，！？!?;:,');
const COLON = codeTable(':：');
const DIGIT = codeTable('0123456789０１２３４５６７８９');
const SENTENCE_END = codeTable(`${FULL_STOPS}…`);
const NEWLINE = 0x0a;

/**
 * Whether a clause may start at `at` in a paragraph that begins at `lineStart`: at the
 * paragraph's first character, after whitespace, after `。；：，！？`, or after a closing
 * quote that ends a sentence.
 */
export function isClauseStart(text: string, at: number, lineStart: number): boolean {
  let j = at - 1;
  while (j >= lineStart && isSpaceCode(text.charCodeAt(j)) && text.charCodeAt(j) !== NEWLINE) j--;
  if (j < lineStart) return true;
  if (j < at - 1) return true;
  const prev = text.charCodeAt(j);
  // A colon between digits is a time or a ratio (17:30, 1:2), not the end of a clause.
  if (CLAUSE_END[prev] === 1) return !(COLON[prev] === 1 && j > lineStart && DIGIT[text.charCodeAt(j - 1)] === 1);
  return CLOSER[prev] === 1 && j > lineStart && SENTENCE_END[text.charCodeAt(j - 1)] === 1;
}

/**
 * Whether a heading may start mid-line at `at`: after a sentence end and whitespace, as in
 * text copied from a web page that lost its line breaks.
 */
export function isMidLineHeadingStart(text: string, at: number, lineStart: number): boolean {
  let j = at - 1;
  if (j < lineStart || !isSpaceCode(text.charCodeAt(j))) return false;
  while (j >= lineStart && isSpaceCode(text.charCodeAt(j))) j--;
  while (j >= lineStart && CLOSER[text.charCodeAt(j)] === 1) j--;
  if (j < lineStart) return false;
  if (SENTENCE_END[text.charCodeAt(j)] === 1) return true;
  // Page furniture of a copied preview (第 2 页 共 3 页) ends the page's text like a sentence.
  return text.charCodeAt(j) === PAGE && ENDS_WITH_PAGE_FURNITURE.test(text.slice(Math.max(lineStart, j - 24), j + 1));
}

const PAGE = '页'.charCodeAt(0);
const ENDS_WITH_PAGE_FURNITURE = new RegExp(`(?:${PAGE_FURNITURE})$`);

/** Every number marker that starts in `text[from, to)`, wherever it stands, in order. */
export function markersIn(text: string, from: number, to: number): NumberMarker[] {
  const found: NumberMarker[] = [];
  for (let i = from; i < to; i++) {
    if (MARKER_FIRST[text.charCodeAt(i)] !== 1) continue;
    const m = matchNumberMarker(text, i);
    if (!m) continue;
    found.push(m);
    i = m.span[1] - 1;
  }
  return found;
}
