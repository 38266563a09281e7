import { codeTable } from '../document/chars';
import { ASCII_WORD, CHINESE_DIGIT, codeAt, isHanAt } from './punctuation/marks';
import { defineRule, type CommonOptions, type Report } from '../rule';
import { inDraft } from './punctuation/paragraph-reports';

// Points (点号) that end or split a clause; two of them side by side say the same thing twice.
const POINT = codeTable('，。、；：');
// Half-width points typed next to a full-width one: `，,` says the same twice in two widths.
const HALF_POINT = codeTable(',.;:');
// A weaker point left before a full stop when a sentence was cut short: `，。` keeps `。`.
const BEFORE_STOP = codeTable('，、；：');
const QUESTION = '？'.charCodeAt(0);
const EXCLAMATION = '！'.charCodeAt(0);

export default defineRule<CommonOptions>({
  meta: {
    id: 'punctuation-doubled',
    description: '点号重复或连用（。。、，，、，。、。，、：：等）',
    details:
      '同一个点号连写两次（“。。”“，，”“、、”“；；”“：：”）报告并可自动删去多余的一个；' +
      '不同点号连用（“，。”“。，”“、，”“；。”等）报告，其中逗号、顿号、分号、冒号后紧跟句号的，删去前一个（句子已在此结束）；' +
      '全角点号旁多打的半角点号（“，,”“。.”“,。”）删去半角的一个；问号、叹号后再加句号（“？。”“！。”）删去句号。三个以上句号连写多半是想打省略号，报告但不自动修改（省略号应为“……”）。' +
      '叹号或问号叠用（“！！”“？？”）在公文和讲话稿的叙述中报告并可删去多余的；GB/T 15834—2011 允许叠用表达强烈语气，这只见于引号里的呼喊、口号（“冲啊！！”），不报告。' +
      'GB/T 15834—2011 允许的其他用法也不报告：省略号“……”、破折号“——”、问号叹号并用（“？！”）、' +
      '句号与引号、括号的先后（“。”” 与 “”。”）。',
    examples: {
      bad: ['全面完成了年度任务。。', '加强组织领导，，压实工作责任。', '坚持稳中求进，。', '这样做对吗？。', '预祝大会取得圆满成功！！'],
      good: ['全面完成了年度任务。', '真的能做到吗？！', '他说：“一定完成任务。”', '情况是这样的……', '现场响起“人在堤在！！”的口号。'],
    },
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      repeated: '“{{found}}”重复，应只用一个',
      ellipsis: '“{{found}}”不是规范的省略号，省略号应为“……”',
      mixed: '“{{found}}”点号连用，应只保留一个',
    },
    options: {},
    defaultOptions: {},
  },
  check(draft, context) {
    for (const paragraph of draft.paragraphs) {
      for (const r of draft.memo(paragraph, 'punctuation-doubled', () => scan(paragraph.text))) context.report(inDraft(r, paragraph));
    }
  },
});

const OPENING_QUOTE = codeTable('“‘「『');
const CLOSING_QUOTE = codeTable('”’」』');

/** Whether `at` lies inside a quotation of the paragraph: more quotes opened before it than closed. */
function insideQuotes(text: string, at: number): boolean {
  let depth = 0;
  for (let k = 0; k < at; k++) {
    const code = text.charCodeAt(k);
    if (OPENING_QUOTE[code] === 1) depth++;
    else if (CLOSING_QUOTE[code] === 1 && depth > 0) depth--;
  }
  return depth > 0;
}

/** The doubled points of one paragraph, in offsets of the paragraph. */
function scan(text: string): Report[] {
  const reports: Report[] = [];
  const report = (r: Report): number => reports.push(r);
  for (let i = 0; i + 1 < text.length; i++) {
    const code = text.charCodeAt(i);
    // Most characters are no point at all: skip them before making any string of them.
    if (POINT[code] !== 1 && HALF_POINT[code] !== 1 && code !== QUESTION && code !== EXCLAMATION) continue;
    const a = text[i];
    const b = text[i + 1];
    const pointA = POINT[code] === 1;
    const halfA = HALF_POINT[code] === 1;
    // After Chinese text: not the dot of a heading number (1.、 ３.， 二.，) nor a point of a number or a Latin word.
    const halfAfterText = halfA && isHanAt(text, i - 1) && !codeAt(CHINESE_DIGIT, text, i - 1);
    if ((pointA && HALF_POINT[text.charCodeAt(i + 1)] === 1 && !ASCII_WORD[text.charCodeAt(i + 2)]) || (halfAfterText && POINT[text.charCodeAt(i + 1)] === 1)) {
      // The half-width one is the stray: delete it.
      const half = halfA ? i : i + 1;
      report({ messageId: 'mixed', data: { found: a + b }, span: [i, i + 2], fix: { span: [half, half + 1], text: '' } });
      i++;
      continue;
    }
    if ((a === '！' || a === '？') && b === a && !insideQuotes(text, i)) {
      // 预祝大会圆满成功！！ in the speaker's own words; a quoted shout may keep them.
      let end = i + 1;
      while (end < text.length && text[end] === a) end++;
      report({ messageId: 'repeated', data: { found: text.slice(i, end) }, span: [i, end], fix: { span: [i + 1, end], text: '' } });
      i = end - 1;
      continue;
    }
    if (!pointA && !((a === '？' || a === '！') && b === '。')) continue;
    if (!pointA) {
      report({ messageId: 'mixed', data: { found: a + b }, span: [i, i + 2], fix: { span: [i + 1, i + 2], text: '' } });
      i++;
      continue;
    }
    if (POINT[text.charCodeAt(i + 1)] !== 1) continue;
    let end = i + 1;
    while (end < text.length && text[end] === a) end++;
    const span = [i, end] as const;
    if (end - i >= 3 && a === '。') report({ messageId: 'ellipsis', data: { found: text.slice(i, end) }, span });
    else if (end - i >= 2) report({ messageId: 'repeated', data: { found: text.slice(i, end) }, span, fix: { span: [i + 1, end], text: '' } });
    else if (b === '。' && BEFORE_STOP[text.charCodeAt(i)] === 1) {
      report({ messageId: 'mixed', data: { found: a + b }, span: [i, i + 2], fix: { span: [i, i + 1], text: '' } });
      end = i + 2;
    } else {
      report({ messageId: 'mixed', data: { found: a + b }, span: [i, i + 2] });
      end = i + 2;
    }
    i = end - 1;
  }
  return reports;
}
