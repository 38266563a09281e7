import type { Draft } from '../document/draft';
import { defineRule } from '../rule';
import type { Span } from '../types';
import { findPageNumbers } from './template-residue/page-break';
import { findUnits, type ResidueUnit } from './template-residue/units';
import type { Paragraph } from '../document/model';

const SHOWN = 24;

export default defineRule({
  meta: {
    id: 'template-residue',
    description: '删除从范文、文库网站带入的截断提示、导航、工具栏、署名和网址',
    details:
      '从范文网、文库网站复制的稿件常夹带不属于正文的网页内容：' +
      '“……(某某网省略1111字,正式会员可完整阅读)……”“(未完,全文共5999字,当前只显示2888字…)”等截断提示，' +
      '“上一篇：”“下一篇：”“相关栏目”“猜你喜欢”等导航，“【收藏本文】【打印本页】【关闭窗口】”“字号：大 中 小”等工具栏，' +
      '“本文由…整理”“仅供参考”“来源：某某网”等署名和声明，“第 1 页 共 4 页”“编号:”“[标签:…]”等页面信息，以及这些网站的网址。' +
      '规则报告整段残留（如“上一篇：”连同其后的文章标题），修复时将其删除。' +
      '正文中的同类词语不报告：“老字号”“收藏文物”“资金来源”“以上数据仅供参考”。',
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
      pageNumber: '“{{text}}”是文库预览插入的页码，把句子断开了，应删除',
    },
    options: {},
    defaultOptions: {},
  },
  check(draft, context) {
    const units = (paragraph: Paragraph, residueElsewhere: boolean): readonly ResidueUnit[] =>
      draft.memo(paragraph, residueElsewhere ? 'residue:elsewhere' : 'residue', () => findUnits(paragraph.text, residueElsewhere));
    const strongResidue = draft.paragraphs.some((p) => units(p, false).length > 0);
    // Without strong residue anywhere every paragraph has just been found to have no units.
    for (const paragraph of strongResidue ? draft.paragraphs : []) {
      for (const unit of units(paragraph, strongResidue)) {
        const span: Span = [paragraph.start + unit.start, paragraph.start + unit.end];
        const text = draft.slice(span).trim();
        context.report({
          messageId: unit.kind,
          data: { text: text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text },
          span,
          fix: { span: wholeLine(draft, paragraph, span) ?? span, text: '' },
        });
      }
    }
    for (const page of findPageNumbers(draft.paragraphs)) {
      context.report({ messageId: 'pageNumber', data: { text: draft.slice(page.span) }, span: page.span, fix: { span: page.fix, text: '' } });
    }
  },
});

/** When the unit is all there is on its line, its fix removes the line with its line break. */
function wholeLine(draft: Draft, paragraph: Paragraph, span: Span): Span | undefined {
  if (draft.source.slice(paragraph.start, span[0]).trim() !== '' || draft.source.slice(span[1], paragraph.end).trim() !== '') return undefined;
  const line = draft.lines[paragraph.lineIndex];
  const next = draft.lines[paragraph.lineIndex + 1];
  if (next) return [line.start, next.start];
  const previous = draft.lines[paragraph.lineIndex - 1];
  return previous ? [previous.end, line.end] : [line.start, line.end];
}
