// Character classes and word lists shared by the placeholder scanners.
import { allMatches } from '../../matches';

export const isAsciiLetter = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z]/.test(ch);
export const isDigit = (ch: string | undefined): boolean => ch !== undefined && /[0-9０-９]/.test(ch);
export const isAsciiAlnum = (ch: string | undefined): boolean => isAsciiLetter(ch) || isDigit(ch);

/** Titles that follow a blanked name: `x县长`, `×部长`, `某同志`. */
export const TITLES = [
  '县长', '市长', '省长', '区长', '镇长', '乡长', '村长', '州长', '部长', '局长', '处长', '科长', '厅长',
  '院长', '校长', '厂长', '所长', '站长', '书记', '主任', '主席', '委员', '秘书长', '同志', '先生', '女士',
  '老师', '经理', '董事长', '总经理', '副',
  // ×总 (a manager addressed by surname): only where 总 ends the word.
  '总的', '总，', '总、', '总发言', '总致辞', '总讲话', '总介绍',
];

/** Administrative units that follow a blanked place name: `XX县`, `x镇`. */
export const UNITS = [
  '县', '市', '区', '镇', '乡', '村', '省', '州', '旗', '局', '委', '厅', '部', '办', '街道', '社区',
  '单位', '公司', '集团', '企业', '学校', '医院', '中心',
];

/** Measure words, dates and signs that follow a blanked number: `x月x日`, `xx%`, `XX件`. */
export const MEASURES = [
  '年', '月', '日', '号', '时', '届', '次', '个', '名', '人', '位', '户', '家', '项', '件', '条', '款', '章',
  '期', '批', '所', '座', '处', '万', '亿', '千', '百', '元', '%', '％', '岁', '天', '周', '倍', '亩', '吨',
  '公里', '米', '平方', '台', '套', '辆', '场', '轮', '份', '篇', '类', '宗', '起', '例', '支',
];

/** Whether `text` at `at` starts with one of `words`. */
export function startsWithAny(text: string, at: number, words: readonly string[]): boolean {
  return words.some((w) => text.startsWith(w, at));
}

/** Whether `text` before `at` ends with one of `words`. */
export function endsWithAny(text: string, at: number, words: readonly string[]): boolean {
  return words.some((w) => at >= w.length && text.startsWith(w, at - w.length));
}

/** Whether a blanked name or number at [start, end) is followed by a title, a unit or a measure. */
export function namesSomething(text: string, end: number): boolean {
  return startsWithAny(text, end, TITLES) || startsWithAny(text, end, UNITS) || startsWithAny(text, end, MEASURES);
}

/** Every match of a global regular expression, as [start, end) pairs. */
export function matchSpans(text: string, re: RegExp): [number, number][] {
  return allMatches(re, text).map((m) => [m.index, m.index + m[0].length]);
}
