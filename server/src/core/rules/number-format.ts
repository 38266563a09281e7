import { allMatches } from '../matches';
import { parseChineseNumeral } from '../document/numerals';
import { defineRule, type CommonOptions, type Report } from '../rule';
import { inDraft } from './punctuation/paragraph-reports';

// Full-width digits and Latin letters (２０２４, ＧＤＰ), with a full-width point between digits (３．５).
const FULL_WIDTH = /[０-９Ａ-Ｚａ-ｚ]+(?:．[０-９]+)*/g;
// 3-5年, 10%-15%, 2021-2025年: two numbers joined by a hyphen or a half-width tilde, then a unit.
// Not inside a longer token: GB/T 15834-2011, WZ-10, 2024-03-15, 0731-8888.
const RANGE = /(?<![0-9A-Za-z.\-/~_])(\d+(?:\.\d+)?%?)[-~](\d+(?:\.\d+)?)(?![0-9.\-/~])(%|[年月日天个人次家万亿元岁米里公千吨倍名位项件户小分周级层期批所座台辆条种类成度斤亩套间张本篇页章节号时℃])/g;
// The units of a point in time: a range of them is a span of time, written with 一字线 (GB/T 15834 4.13.3).
const TIME_POINT = /^[月日号时]$/;
// 24年3月, 23年底, 24年上半年: a year cut to two digits.
const SHORT_YEAR = /(?<![0-9０-９.'’])(\d{2})年(?=\d{1,2}月|[初底末]|度|上半年|下半年|全年|前三季度|第?[一二三四]季度)/g;
// 2024年三月五日: Arabic year, Chinese month and day.
const MIXED_DATE = /(?<![0-9])(\d{4})年([一二三四五六七八九十]{1,3})月(?:([一二三四五六七八九十]{1,3})日)?/g;
// 二〇二四年3月: the other way round.
const MIXED_DATE_CN = /([〇○零一二三四五六七八九]{4})年(\d{1,2})月/g;
// 2024年06月08日: zero-padded month or day.
const PADDED = /(?<=\d{4}年|\d{1,2}月)0([1-9])(?=[月日])/g;

export default defineRule<CommonOptions>({
  meta: {
    id: 'number-format',
    description: '数字用法应符合 GB/T 15835—2011（全角数字、数值范围、年份简写、日期混用汉字与阿拉伯数字）',
    details:
      '按 GB/T 15835—2011《出版物上数字用法》检查写作者可以直接改正的几类问题：' +
      '正文中的全角数字和全角字母（“２０２４年”应为“2024年”，可自动修复）；' +
      '用短横线“-”或半角“~”连接的数值范围。本项目的约定依据 GB/T 15834—2011 4.13.3：“标示数值范围（由阿拉伯数字或汉字数字构成）的起止”用浪纹线“～”，' +
      '如“3-5年”改为“3～5年”、“10%-15%”改为“10%～15%”；标示时间、地域的起止用一字线“—”，如“2021-2025年”改为“2021—2025年”、“1-2月”改为“1—2月”（可自动修复）。' +
      '“2024-03-15”这样的全数字日期、标准号“GB/T 15834-2011”、型号“WZ-10”不报告。' +
      '年份简写（“24年3月”“23年底”）应写全，不自动修复（无法确定世纪）；“24小时”“经过24年”不报告。' +
      '同一日期中阿拉伯数字与汉字数字混用（“2024年三月”可自动改为“2024年3月”，“二〇二四年3月”只报告），以及月、日前多余的“0”（“2024年06月”改为“2024年6月”）。' +
      '汉字数字的惯用写法不报告：“十四五”“第三季度”“三四个”以及公文落款中的“二〇二四年三月五日”。默认级别为“提示”。',
    examples: {
      bad: ['２０２４年全县ＧＤＰ增长５％。', '力争用3-5年时间', '“十四五”期间（2021-2025年）', '24年3月起施行', '2024年三月五日', '2024年06月08日'],
      good: ['2024年全县GDP增长5%。', '力争用3～5年时间', '“十四五”期间（2021—2025年）', '24小时值班', '二〇二四年三月五日', 'GB/T 15834-2011'],
    },
    defaultSeverity: 'info',
    fixable: true,
    messages: {
      'full-width': '全角字符“{{found}}”应为半角“{{expected}}”',
      range: '数值范围“{{found}}”应写作“{{expected}}”',
      'short-year': '年份“{{found}}”应写全，不要简写',
      'mixed-date': '日期“{{found}}”中阿拉伯数字与汉字数字混用',
      padded: '日期中的“{{found}}”应为“{{expected}}”，月、日前面不加“0”',
    },
    options: {},
    defaultOptions: {},
  },
  check(draft, context) {
    for (const paragraph of draft.paragraphs) {
      const reports = draft.memo(paragraph, 'number-format', () => scan(paragraph.text));
      for (const r of reports) context.report(inDraft(r, paragraph));
    }
  },
});

/** The number findings of one paragraph, in offsets of the paragraph. */
function scan(text: string): Report[] {
  const reports: Report[] = [];
  const add = (messageId: string, start: number, found: string, expected?: string, data: Record<string, string> = {}): void => {
    const span = [start, start + found.length] as const;
    reports.push({ messageId, data: { found, ...(expected ? { expected } : {}), ...data }, span, ...(expected ? { fix: { span, text: expected } } : {}) });
  };
  // A quick test first: most paragraphs hold none of these shapes.
  if (/[０-９Ａ-Ｚａ-ｚ]/.test(text)) for (const m of allMatches(FULL_WIDTH, text)) add('full-width', m.index, m[0], toHalfWidth(m[0]));
  if (!/\d/.test(text) && !/年/.test(text)) return reports;
  for (const m of allMatches(RANGE, text)) {
    const [whole, from, to, unit] = m;
    // 2024-001号, 12-3号楼: a serial number or an address, not a range from less to more.
    if (/^0\d/.test(from) || /^0\d/.test(to) || parseFloat(from) >= parseFloat(to)) continue;
    const years = unit === '年' && /^\d{4}$/.test(from) && /^\d{4}$/.test(to);
    const dash = years || TIME_POINT.test(unit) ? '—' : '～';
    add('range', m.index, whole, `${from}${dash}${to}${unit}`);
  }
  for (const m of allMatches(SHORT_YEAR, text)) add('short-year', m.index, `${m[1]}年`);
  for (const m of allMatches(MIXED_DATE, text)) {
    const month = parseChineseNumeral(m[2]);
    const day = m[3] === undefined ? 0 : parseChineseNumeral(m[3]);
    const valid = month !== undefined && month <= 12 && day !== undefined && day <= 31;
    add('mixed-date', m.index, m[0], valid ? `${m[1]}年${month}月${m[3] === undefined ? '' : `${day}日`}` : undefined);
  }
  for (const m of allMatches(MIXED_DATE_CN, text)) add('mixed-date', m.index, m[0]);
  for (const m of allMatches(PADDED, text)) add('padded', m.index, m[0], m[1]);
  return reports.sort((a, b) => a.span[0] - b.span[0]);
}

function toHalfWidth(text: string): string {
  return text.replace(/[０-９Ａ-Ｚａ-ｚ．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
