import type { Draft } from '../document/draft';
import { defineRule } from '../rule';
import type { Span } from '../types';
import { candidateUnits, keptUnits, type ResidueUnit } from './template-residue/units';
import type { PageFurniture, Paragraph } from '../document/model';
import { lastAtOrBefore } from '../sorted';

const SHOWN = 24;
// A page header found on this many lines is a chat's sender line, repeated before each message.
const CHAT_SENDER_LINES = 3;

export default defineRule({
  meta: {
    id: 'template-residue',
    description: '删除从范文、文库网站带入的截断提示、导航、工具栏、署名和网址',
    details:
      '从范文网、文库网站复制的稿件常夹带不属于正文的网页内容：' +
      '“……(某某网省略1111字,正式会员可完整阅读)……”“(未完,全文共5999字,当前只显示2888字…)”等截断提示，' +
      '“上一篇：”“下一篇：”“相关栏目”“猜你喜欢”等导航，“【收藏本文】【打印本页】【关闭窗口】”“字号：大 中 小”等工具栏，' +
      '“本文由…整理”“仅供参考”“来源：某某网”等署名和声明，“第 1 页 共 4 页”“编号:”“[标签:…]”等页面信息，以及这些网站的网址；' +
      '还有“扫一扫在手机打开当前页”、引向公众号、二维码或回复关键词的付费提示，以及网站页脚（版权所有、ICP备案号）。' +
      '从PDF或打印稿复制时带入的页码（“— 3 —”“- 3 -”“第 3 页”）和每页重复的页眉（标题、“××县人民政府文件”）也一并报告。' +
      '规则报告整段残留（如“上一篇：”连同其后的文章标题），修复时将其删除；页码或页眉把一句话断在两页时，修复会把前后两半接上。' +
      '正文中的同类词语不报告：“老字号”“收藏文物”“资金来源”“以上数据仅供参考”。' +
      '公众号文章开头的“账号名 日期 时间”行要删除；同样格式的行多次出现时，是聊天记录导出的发送人和时间，属于所粘贴内容本身的格式，不报告。',
    examples: {
      bad: ['要严格落实施工方案审查。……(某某网省略1111字,正式会员可完整阅读)……', '上一篇：在全县防汛抗旱工作会议上的讲话'],
      good: ['要保护好老字号和非物质文化遗产。', '博物馆新收藏文物1200余件。'],
    },
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      truncation: '“{{text}}”是范文网站的截断提示，不属于正文，应删除',
      navigation: '“{{text}}”是网页导航，不属于正文，应删除',
      toolbar: '“{{text}}”是网页工具栏，不属于正文，应删除',
      credit: '“{{text}}”是网站署名或声明，不属于正文，应删除',
      furniture: '“{{text}}”是网页的页面信息，不属于正文，应删除',
      address: '“{{text}}”是网站地址，不属于正文，应删除',
      assistant: '“{{text}}”是 AI 助手回答中的客套话，不属于正文，应删除',
      transcript: '“{{text}}”是语音转写留下的说话人和时间标记，不属于正文，应删除',
      forward: '“{{text}}”是聊天软件转发时带入的标记，不属于正文，应删除',
      onlineDocument: '“{{text}}”是在线文档的编辑记录，不属于正文，应删除',
      pageNumber: '“{{text}}”是文库预览插入的页码，把句子断开了，应删除',
      printedPageNumber: '“{{text}}”是页码，不属于正文，应删除',
      runningHeader: '“{{text}}”是每页重复的页眉，不属于正文，应删除',
    },
    options: {},
    defaultOptions: {},
  },
  check(draft, context) {
    // The line's own part is found once; only the judgement of weak units depends on the draft.
    const candidates = (paragraph: Paragraph): readonly ResidueUnit[] => draft.memo(paragraph, 'residue:candidates', () => candidateUnits(paragraph.text));
    // A page has one header: lines of its shape all down the draft are a chat export's sender lines.
    const chat = draft.paragraphs.filter((p) => candidates(p).some((u) => u.header)).length >= CHAT_SENDER_LINES;
    const own = (paragraph: Paragraph): readonly ResidueUnit[] => (chat ? candidates(paragraph).filter((u) => !u.header) : candidates(paragraph));
    const units = (paragraph: Paragraph, residueElsewhere: boolean): readonly ResidueUnit[] =>
      draft.memo(paragraph, `residue${residueElsewhere ? ':elsewhere' : ''}${chat ? ':chat' : ''}`, () => keptUnits(paragraph.text, own(paragraph), residueElsewhere));
    const strongResidue = draft.paragraphs.some((p) => units(p, false).length > 0);
    const furniture = draft.pageFurniture;
    // Furniture spans are in order and apart (one per line): only the last that starts at or before `span` can hold it.
    const isFurniture = (span: Span): boolean => {
      const f = furniture[lastAtOrBefore(furniture, (x) => x.span[0], span[0])] as PageFurniture | undefined;
      return f !== undefined && f.span[0] <= span[0] && span[1] <= f.span[1];
    };
    // Without strong residue anywhere every paragraph has just been found to have no units.
    for (const paragraph of strongResidue ? draft.paragraphs : []) {
      for (const unit of units(paragraph, strongResidue)) {
        const span: Span = [paragraph.start + unit.start, paragraph.start + unit.end];
        // A page number on its own line is reported below, with the fix that rejoins the page break.
        if (isFurniture(span)) continue;
        context.report({
          messageId: unit.kind,
          data: { text: shorten(draft.slice(span).trim()) },
          span,
          fix: { span: wholeLine(draft, paragraph, span) ?? span, text: '' },
        });
      }
    }
    for (const page of furniture) {
      const messageId = page.kind === 'preview-page-number' ? 'pageNumber' : page.kind === 'page-number' ? 'printedPageNumber' : 'runningHeader';
      context.report({ messageId, data: { text: shorten(draft.source.slice(...page.span)) }, span: page.span, fix: { span: page.fix, text: '' } });
    }
  },
});

const shorten = (text: string): string => (text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text);

/** When the unit is all there is on its line, its fix removes the line with its line break. */
function wholeLine(draft: Draft, paragraph: Paragraph, span: Span): Span | undefined {
  if (draft.source.slice(paragraph.start, span[0]).trim() !== '' || draft.source.slice(span[1], paragraph.end).trim() !== '') return undefined;
  const line = draft.lines[paragraph.lineIndex];
  const next = draft.lines[paragraph.lineIndex + 1];
  if (next) return [line.start, next.start];
  const previous = draft.lines[paragraph.lineIndex - 1];
  return previous ? [previous.end, line.end] : [line.start, line.end];
}
