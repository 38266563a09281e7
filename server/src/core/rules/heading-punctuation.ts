import { defineRule, type CommonOptions } from '../rule';
import { decimalHeadings } from '../document/decimal-headings';
import type { Heading } from '../document/model';

interface Options extends CommonOptions {
  /** Accept the full-width dot in `1．` as well as `1.`. */
  readonly allowFullwidthDot: boolean;
  /** Also report a variant (`1、`, `(一)`) that the whole draft uses for its level as a house style. */
  readonly strict: boolean;
}

/**
 * Variants some houses use throughout a draft: `1、`, `1．`, `(一)`, `(1)`, `1）`. Used for every
 * heading of their level (with no standard form beside them), they are a style, reported only
 * in strict mode; mixed with other forms they are slips.
 */
const isHouseVariant = (h: Heading): boolean => {
  const n = h.number!;
  if (n.form === 'arabic') return n.after === '、' || n.after === '．';
  if (n.form === 'chinese-paren' || n.form === 'arabic-paren') return (n.open === '(' || n.open === '') && n.close === ')' || n.open === '' && n.close === '）';
  return false;
};
const variantKey = (h: Heading): string => `${h.number!.open}${h.number!.close}${h.number!.after}`;

/** The marker GB/T 15834-2011 B.3 prescribes for a numbered heading, or undefined when it is fine. */
function expectedMarker(h: Heading, numeral: string, options: Options): string | undefined {
  const n = h.number;
  if (!n) return undefined;
  switch (n.form) {
    case 'chinese':
      return n.after === '、' ? undefined : `${numeral}、`;
    case 'arabic':
      if (numeral.length === 1 && /[⒈-⒛]/.test(numeral)) return undefined;
      return n.after === '.' || (options.allowFullwidthDot && n.after === '．') ? undefined : `${numeral}.`;
    case 'chinese-paren':
    case 'arabic-paren':
      return n.open === '（' && n.close === '）' && n.after === '' ? undefined : `（${numeral}）`;
    default:
      return undefined;
  }
}

export default defineRule<Options>({
  meta: {
    id: 'heading-punctuation',
    description: '标题序号后的标点应符合 GB/T 15834—2011 附录 B.3',
    details:
      '“一”后用顿号：“一、”；括号序号用全角括号，括号后不再加标点：“（一）”“（1）”；' +
      '阿拉伯数字序号后用下脚点（半角）：“1.”（可用选项 allowFullwidthDot 同时接受“1．”）；' +
      '不混用半角与全角括号；“2.1”“2.1.3”式的多级编号后不加点（全文多数编号不加点时，报告个别加了点的）。某一层级没有规范写法、全部或大多数标题使用“1．”“1、”“(一)”之类变体时视为单位惯例，默认不报告（选项 strict 可改为报告），' +
      '只报告与之不一致的少数写法；与规范写法混用的变体都报告。',
    examples: { bad: ['一.总体要求', '（一）、基本情况', '(1)加强领导', '1、强化监管'], good: ['一、总体要求', '（一）基本情况', '（1）加强领导', '1.强化监管'] },
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      form: '标题序号“{{found}}”的标点不规范，应为“{{expected}}”',
    },
    options: {
      allowFullwidthDot: { type: 'boolean', description: '同时接受全角下脚点“1．”' },
      strict: { type: 'boolean', description: '全文同一层级一律使用“1、”“(一)”等变体时也报告（默认只报告与其他写法混用的变体）' },
    },
    defaultOptions: { allowFullwidthDot: false, strict: false },
  },
  check(draft, context) {
    const numbered = draft.headings.filter((h) => h.kind === 'numbered');
    const wrong = numbered.filter((h) => expectedMarker(h, draft.slice(h.numeral), context.options) !== undefined);
    const isWrong = new Set(wrong);
    // Per form: how many headings use each variant ('standard' for the prescribed marker).
    const countsByForm = new Map<string, Map<string, number>>();
    for (const h of numbered) {
      const counts = countsByForm.get(h.form!) ?? new Map<string, number>();
      const key = isWrong.has(h) ? variantKey(h) : 'standard';
      counts.set(key, (counts.get(key) ?? 0) + 1);
      countsByForm.set(h.form!, counts);
    }
    for (const h of wrong) {
      // Where no heading of the level is written as prescribed, a house variant that most of
      // them use is the draft's style, and the few written otherwise are its slips (1． 2． 3、
      // 4．: only 3、 is reported). Beside the prescribed form, every variant is a slip.
      const counts = countsByForm.get(h.form!)!;
      const mine = counts.get(variantKey(h))!;
      const most = Math.max(...[...counts].filter(([key]) => key !== variantKey(h)).map(([, n]) => n), 0);
      if (!context.options.strict && isHouseVariant(h) && !counts.has('standard') && mine > most) continue;
      const expected = expectedMarker(h, draft.slice(h.numeral), context.options)!;
      const found = draft.slice(h.marker);
      context.report({
        messageId: 'form',
        data: { found, expected },
        span: h.marker,
        fix: { span: h.marker, text: expected },
      });
    }
    // A dot after a decimal number (3.2. 预警发布) where most of the draft's have none.
    const decimals = decimalHeadings(draft);
    const dotted = decimals.filter((h) => h.dot);
    if (dotted.length * 2 >= decimals.length) return;
    for (const h of dotted) {
      const expected = draft.slice(h.numeral);
      context.report({ messageId: 'form', data: { found: expected + draft.slice(h.dot!), expected }, span: [h.numeral[0], h.dot![1]], fix: { span: h.dot!, text: '' } });
    }
  },
});
