import { codeTable } from '../document/chars';
import type { Draft } from '../document/draft';
import { parseChineseNumeral } from '../document/numerals';
import { defineRule, type CommonOptions, type Report } from '../rule';
import type { Span } from '../types';
import { inDraft } from './punctuation/paragraph-reports';
import { codeAt, CJK_CLOSERS, isHanAt, isSourceSpace, SPACE } from './punctuation/marks';

// What counts after two numerals that give an approximate amount (三四个, 七八十年代, 三五十家).
const AMOUNT_UNIT = codeTable('个人天年次家名位岁米里斤元件项条种批户所座辆台倍成十百千万亿分秒周遍回趟场只头本篇间亩吨层');
// After these, the two numerals name two things (一、二年级, 三、四月份, 二、三产业): GB/T 15834 4.5.3.5 keeps the 顿号.
const NOT_AMOUNT = /^(?:年级|年代)/;
const APPROX_DIGIT = codeTable('一二两三四五六七八九');
// Points that a space must not precede in Chinese text.
const POINT = codeTable('，。、；：？！');
const BRACKETED_NUMBER = /^[（(](?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})[）)]$/;

export default defineRule<CommonOptions>({
  meta: {
    id: 'punctuation-misuse',
    description: '标点误用：表示概数的相邻数字间加顿号、括号序号或序次语后加顿号、点号前有空格',
    details:
      '相邻的两个数字连用表示概数时不用顿号（GB/T 15834—2011 4.5.3.5，GB/T 15835—2011）：“三、四个”应为“三四个”，“三、五十家”应为“三五十家”；' +
      '两个数字是缩略的并列（“一、二年级”“三、四月份”“二、三产业”“第三、四条”）时用顿号，不报告。' +
      '段内列举的括号序号后不再加顿号（附录 B.3.4）：“（1）、”应为“（1）”；“第一”“其一”“首先”“其次”“最后”等序次语后用逗号（附录 B.3.1）：“其次、”应为“其次，”；标题序号由 heading-punctuation 检查。' +
      '发文字号中的年份用六角括号（GB/T 9704—2012 7.2.4）：“[2022]5号”“（2022）5号”应为“〔2022〕5号”。' +
      '汉字后面、句号逗号等点号前面多出的空格报告并可删去。以上均可自动修复。',
    examples: {
      bad: ['全县还有三、四个乡镇没有完成任务。', '招引了三、五十家企业。', '主要做法有：（1）、强化领导；（2）、压实责任。', '全面完成年度任务 。'],
      good: ['全县还有三四个乡镇没有完成任务。', '一、二年级学生', '第三、四条', '一、二季度分别增长5.9%和6.7%。'],
    },
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      approximate: '“{{found}}”表示概数，相邻数字之间不用顿号',
      'marker-comma': '括号序号后不再加顿号，“{{found}}”应为“{{expected}}”',
      'doc-number': '发文字号中的年份用六角括号，“{{found}}”应为“{{expected}}”',
      'ordinal-comma': '“第一”“首先”“其次”等序次语后用逗号，“{{found}}”应为“{{expected}}”',
      'space-before': '点号“{{mark}}”前不应有空格',
    },
    options: {},
    defaultOptions: {},
  },
  check(draft, context) {
    const headingEnds = new Set(draft.headings.map((h) => h.marker[1]));
    for (const paragraph of draft.paragraphs) {
      const base = paragraph.start;
      for (const c of draft.memo(paragraph, 'punctuation-misuse', () => scan(paragraph.text))) {
        // （一）、 heading a section is heading-punctuation's.
        if (c.markerEnd !== undefined && headingEnds.has(base + c.markerEnd)) continue;
        // Spaces in the prose view that are Markdown syntax in the source (**重点** 。) were not typed.
        if (c.spaces && !isTyped(draft, base + c.spaces[0], base + c.spaces[1])) continue;
        context.report(inDraft(c.report, paragraph));
      }
    }
  },
});

/** A finding of one paragraph, in offsets of the paragraph, with what the draft must confirm. */
interface Candidate {
  readonly report: Report;
  /** For `（1）、`: the end of the bracketed number, which may be a heading's marker. */
  readonly markerEnd?: number;
  /** For a space before a point: the spaces, which must be spaces in the source too. */
  readonly spaces?: Span;
}

// A document number whose year is in other brackets: 江人社规[2022]5号, 县政发（2024）3号.
const DOC_NUMBER = /(?<=\p{Script=Han})([\[［【(（])((?:19|20)\d{2})([\]］】)）])(?=\s*第?\d{1,4}号)/gu;

function scan(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (text.includes('号')) {
    for (const m of text.matchAll(DOC_NUMBER)) {
      const at = m.index!;
      const expected = `〔${m[2]}〕`;
      found.push({ report: { messageId: 'doc-number', data: { found: m[0], expected }, span: [at, at + m[0].length], fix: { span: [at, at + m[0].length], text: expected } } });
    }
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i] === '、' ? commaCandidate(text, i) : POINT[text.charCodeAt(i)] === 1 ? spaceCandidate(text, i) : undefined;
    if (c) found.push(c);
  }
  return found;
}

function commaCandidate(text: string, i: number): Candidate | undefined {
  const fix = { span: [i, i + 1] as const, text: '' };
  // （1）、 in a paragraph: a bracketed number takes no further mark.
  if (text[i - 1] === '）' || text[i - 1] === ')') {
    // The opening bracket, at most five characters back: （十二） is the longest number.
    let open = i - 2;
    while (open >= 0 && open >= i - 6 && text[open] !== '（' && text[open] !== '(') open--;
    const marker = open >= 0 && open >= i - 6 ? text.slice(open, i) : '';
    if (!BRACKETED_NUMBER.test(marker)) return undefined;
    return { report: { messageId: 'marker-comma', data: { found: `${marker}、`, expected: marker }, span: [open, i + 1], fix }, markerEnd: i + 1 };
  }
  const ordinal = ordinalBefore(text, i);
  if (ordinal) return { report: { messageId: 'ordinal-comma', data: { found: `${ordinal}、`, expected: `${ordinal}，` }, span: [i - ordinal.length, i + 1], fix: { span: [i, i + 1], text: '，' } } };
  if (!isApproximatePair(text, i)) return undefined;
  return { report: { messageId: 'approximate', data: { found: text.slice(i - 1, i + 3) }, span: [i - 1, i + 2], fix } };
}

// 第一、 首先、 其次、 at a clause start: GB/T 15834 B.3.1 puts a comma after them (第一，).
const ORDINAL_WORD = /(?:^|[。！？；;：:”\s　])(第[一二三四五六七八九十]{1,3}|首先|其次|再次|最后|其[一二三四五六七八九十])$/;
// 第一、二季度, 第一、第二批: the 顿号 lists ordinals, it does not follow one.
const LISTS_ORDINALS = /^[一二三四五六七八九十第]/;

/** The ordinal (第一, 其次) that the 顿号 at `i` follows at the start of a clause, if any. */
function ordinalBefore(text: string, i: number): string | undefined {
  if (LISTS_ORDINALS.test(text[i + 1] ?? '')) return undefined;
  return ORDINAL_WORD.exec(text.slice(Math.max(0, i - 5), i))?.[1];
}

/** 三、四个 or 三、五十家 inside a sentence: two numerals for one approximate amount. */
function isApproximatePair(text: string, i: number): boolean {
  if (!codeAt(APPROX_DIGIT, text, i - 1) || !codeAt(APPROX_DIGIT, text, i + 1)) return false;
  const a = parseChineseNumeral(text[i - 1])!;
  const b = parseChineseNumeral(text[i + 1])!;
  const unit = text[i + 2] ?? '';
  const adjacent = b === a + 1 || (a === 3 && b === 5 && /[十百千万]/.test(unit));
  if (!adjacent || AMOUNT_UNIT[unit.charCodeAt(0)] !== 1 || NOT_AMOUNT.test(text.slice(i + 2, i + 4))) return false;
  // 第三、四条 names two articles; a numeral at a clause start may be a heading number (三、四个坚持).
  // 十三、四岁: the tens are part of the amount.
  const before = i - 2;
  return before >= 0 && text[before] !== '第' && isHanAt(text, before);
}

/** A space typed between Chinese text and the point after it: `完成任务 。`. */
function spaceCandidate(text: string, i: number): Candidate | undefined {
  let start = i;
  while (start > 0 && SPACE[text.charCodeAt(start - 1)] === 1) start--;
  if (start === i || start === 0) return undefined;
  if (!isHanAt(text, start - 1) && !codeAt(CJK_CLOSERS, text, start - 1)) return undefined;
  return {
    report: { messageId: 'space-before', data: { mark: text[i] }, span: [start, i + 1], fix: { span: [start, i], text: '' } },
    spaces: [start, i],
  };
}

/** Whether the spaces of the prose view in [start, end) are spaces of the source too: typed, not blanked Markdown syntax. */
function isTyped(draft: Draft, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!isSourceSpace(draft, k)) return false;
  return true;
}
