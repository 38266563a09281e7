import {
  endsWithAny,
  isAsciiAlnum,
  isAsciiLetter,
  isDigit,
  namesSomething,
  startsWithAny,
} from './context';
import { scanMatches, type Placeholder, type ScanLine } from './kinds';

// A run of x/X standing for a name or number: `XX县`, `xx%`, `20xx年`, `x月x日`, `xxx同志`.
const LETTER_RUN = /[XxＸｘ]+/g;
// A cross standing for a name or number: `××`, `×部长`, `×月×日`.
const CROSS_RUN = /[×✕]+/g;

const ROLES = ['代表', '同志', '负责人', '主持人', '局长', '部长', '主任', '书记', '县长', '市长', '镇长'];
const ACTS = ['宣读', '讲话', '发言', '传达', '介绍', '主持', '致辞', '汇报', '表态', '作'];
const DATE_MEASURES = ['年', '月', '日', '号', '届', '期'];

/** `XX`, `xx`, `20xx`, `201X`, `x县长`: Latin x used as a blank, never inside a Latin word. */
export function scanLetters({ text }: ScanLine): Placeholder[] {
  return scanMatches(text, LETTER_RUN, 'letters', (run, start, end) =>
    isBareToken(text, start, end) && (run.length >= 2 || isSingleLetterBlank(text, start, end)),
  );
}

/** `××`, `×部长`, `201×年`; not `3×4` nor the policy name `数据要素×`. */
export function scanCrosses({ text }: ScanLine): Placeholder[] {
  return scanMatches(text, CROSS_RUN, 'crosses', (run, start, end) => run.length >= 2 || isSingleCrossBlank(text, start, end));
}

/**
 * Whether the ASCII token around [start, end) holds only x and digits, so that the x is not
 * part of a word (`XXL`, `Xbox`) or an identifier (`XX_CODE`).
 */
function isBareToken(text: string, start: number, end: number): boolean {
  let s = start;
  let e = end;
  while (s > 0 && /[A-Za-z0-9_]/.test(text[s - 1])) s--;
  while (e < text.length && /[A-Za-z0-9_]/.test(text[e])) e++;
  return /^[0-9Xx]*$/.test(text.slice(s, start) + text.slice(end, e));
}

function isSingleLetterBlank(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (isDigit(before) && isDigit(after)) return false; // 3x4
  if (isDigit(before)) return after === undefined || /[\s/\-.]/.test(after) || startsWithAny(text, end, DATE_MEASURES); // 201X年
  if (isDigit(after) || isAsciiLetter(after)) return false;
  if (before === '第') return true;
  if (isDateSeparated(text, start, end)) return true; // 2019/X/XX
  return namesSomething(text, end);
}

/** `X` between date or decimal separators: `2019/X/12`, `2019-X-XX`, `X.X%`. */
function isDateSeparated(text: string, start: number, end: number): boolean {
  return /[0-9Xx][/\-.]$/.test(text.slice(Math.max(0, start - 2), start)) || /^[/\-.][0-9Xx]/.test(text.slice(end, end + 2));
}

function isSingleCrossBlank(text: string, start: number, end: number): boolean {
  let p = start - 1;
  while (p >= 0 && text[p] === ' ') p--;
  let n = end;
  while (n < text.length && text[n] === ' ') n++;
  const before = text[p];
  const after = text[n];
  if (isAsciiAlnum(after) || after === '(' || after === '（') return false; // 3×4, ×10
  if (isDigit(before)) return n === end && startsWithAny(text, end, DATE_MEASURES); // 201×年
  if (isAsciiLetter(before) || before === ')' || before === '）') return false;
  if (endsWithAny(text, start, ['要素'])) return false; // 数据要素×
  if (n !== end) return false;
  if (namesSomething(text, end)) return true;
  return endsWithAny(text, start, ROLES) && startsWithAny(text, end, ACTS); // 劳模代表×宣读
}
