import { mailHeader } from '../document/mail-header';
import { truncationNotices } from '../document/truncation-notices';
import { joinedWraps } from '../document/wraps';
import { defineRule, type CommonOptions } from '../rule';
import { paragraphMarkers } from './punctuation/marks';
import { scanWidth, type WidthMark } from './punctuation/width-scan';

interface Options extends CommonOptions {
  /** Also report half-width parentheses that a draft otherwise in full-width punctuation uses throughout, as a house style. */
  readonly strictParentheses: boolean;
}

// A draft that writes every pair of brackets half-width, at least this often, and its other
// punctuation full-width, follows a house style (transcribed regulations often do).
const HOUSE_STYLE_PAIRS = 3;

export default defineRule<Options>({
  meta: {
    id: 'punctuation-width',
    description: '中文文字中应使用全角标点，不用半角的 , . : ; ? ! ( ) 、直引号、“...”和“<< >>”',
    details:
      '按 GB/T 15834—2011，中文文字中的标点用全角形式：“，。：；？！（）”，引号用弯引号“”‘’。' +
      '从网页、英文输入法或聊天记录带入的半角标点，只要它所属的一侧是汉字或全角标点（或所在分句以汉字为主），就报告并可自动改为全角；' +
      '直引号按成对关系改为前引号和后引号；紧跟在汉字后的“...”“......”改为省略号“……”；用“<<”“>>”代替的书名号改为“《》”。' +
      '不报告：数字中的标点（1,000、3.14、12:30、1:500）、英文词句、网址、电子邮箱、文件名和路径、Markdown 语法（代码、链接、强调、列表、表格），' +
      '以及标题序号“1.”后的下脚点（GB/T 9704—2012 的写法）和标题、列举序号中的标点（由 heading-punctuation 检查）；' +
      '范文网站截断提示（……(某某网省略1111字,正式会员可完整阅读)……）中的半角标点随提示整段删除（由 template-residue 报告），不单独报告。' +
      '一份标点全角的稿件若所有括号都用半角（三对以上），视为单位惯例，默认不报告括号（选项 strictParentheses 可改为报告）。',
    examples: {
      bad: ['同志们:现在开会。', '今年以来,全市经济稳中向好.', '高新区(以下简称"园区")', '抓项目、抓招商、抓服务...'],
      good: ['同志们：现在开会。', '完成投资1,250万元，增长3.5%，时间为12:30。', '详见 https://www.gov.cn/zhengce/ 。', '1.强化组织领导'],
    },
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      point: '中文里的半角“{{found}}”应为全角“{{expected}}”',
      paren: '中文里的半角括号“{{found}}”应为全角“{{expected}}”',
      quote: '中文里应使用弯引号“{{expected}}”，不用直引号 {{found}}',
      ellipsis: '中文里的省略号应为“……”，不用“{{found}}”',
      title: '书名号应为“{{expected}}”，不用“{{found}}”',
      dash: '中文里的破折号应为“——”，不用“{{found}}”',
    },
    options: {
      strictParentheses: { type: 'boolean', description: '稿件通篇使用半角括号（其他标点为全角）时也报告括号' },
    },
    defaultOptions: { strictParentheses: false },
  },
  check(draft, context) {
    const markers = paragraphMarkers(draft);
    const found: { mark: WidthMark; at: number }[] = [];
    let fullParens = 0;
    const isMarker = (index: number, at: number): boolean => markers[index].heading.has(at) || markers[index].list.has(at);
    // In a PDF copy the lines a hard wrap cut are read joined: a pair of brackets or a number
    // may stand on both sides of the wrap.
    const joined = draft.format === 'markdown' ? [] : joinedWraps(draft);
    const header = mailHeader(draft);
    const inJoined = new Set(joined.flatMap((j) => j.indices));
    for (const j of joined) {
      const scan = scanWidth(j.text);
      fullParens += scan.fullParens;
      for (const mark of scan.marks) {
        const at = j.offsets[mark.at];
        const paragraph = draft.paragraphAt(at);
        if (paragraph && header.has(paragraph.index)) continue;
        if (!paragraph || !isMarker(paragraph.index, at - paragraph.start)) found.push({ mark, at });
      }
    }
    for (const paragraph of draft.paragraphs) {
      if (inJoined.has(paragraph.index) || header.has(paragraph.index)) continue;
      const scan = draft.memo(paragraph, 'punctuation-width', () => scanWidth(paragraph.text));
      fullParens += scan.fullParens;
      // Marks inside a site's truncation notice go with it (template-residue removes it whole).
      const notices = scan.marks.length ? draft.memo(paragraph, 'truncation-notices', () => truncationNotices(paragraph.text)) : [];
      const inNotice = (at: number): boolean => notices.some(([s, e]) => at >= s && at < e);
      for (const mark of scan.marks) if (!isMarker(paragraph.index, mark.at) && !inNotice(mark.at)) found.push({ mark, at: paragraph.start + mark.at });
    }
    const pairs = found.filter((f) => f.mark.kind === 'paren').length / 2;
    const houseStyle =
      !context.options.strictParentheses && fullParens === 0 && pairs >= HOUSE_STYLE_PAIRS && found.every((f) => f.mark.kind === 'paren');
    for (const { mark, at } of found) {
      if (houseStyle && mark.kind === 'paren') continue;
      const span = [at, at + mark.length] as const;
      context.report({
        messageId: mark.kind,
        data: { found: mark.found, expected: mark.expected },
        span,
        ...(mark.fixable ? { fix: { span, text: mark.expected } } : {}),
      });
    }
  },
});
