import type { Draft } from '../document/draft';
import { FORM_LEVEL, markersIn } from '../document/markers';
import { defineRule, type CommonOptions } from '../rule';
import { firstAtOrAfter } from '../sorted';
import type { Heading, Section } from '../document/model';

const LEVEL_EXAMPLE = ['', '一、', '（一）', '1.', '（1）'];

/** Numbered headings of GB/T 9704 levels 1–4; `①` may sit at any depth. */
const isGraded = (h: Heading): boolean => h.kind === 'numbered' && h.form !== 'circled';

export default defineRule<CommonOptions>({
  meta: {
    id: 'heading-hierarchy',
    description: '标题层级应按“一、”“（一）”“1.”“（1）”逐级使用，不得越级',
    details:
      'GB/T 9704—2012 规定结构层次序数依次为“一、”“（一）”“1.”“（1）”。文档可以从任一层级开始，' +
      '但下一层级只能比上一层级低一级：“一、”下面不能直接用“1.”；全文使用了“一、”时，' +
      '第一个“一、”之前不应出现“（一）”等下级标题。每组越级的标题只在第一个处报告一次。',
    examples: { bad: ['二、突出重点\n1.强化监管'], good: ['二、突出重点\n（一）强化监管\n1.危化品'] },
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      skipped: '“{{found}}”直接位于“{{parent}}”之下，越过了“{{missing}}”一级',
      beforeTop: '“{{found}}”出现在第一个“{{top}}”级标题之前，层级颠倒',
    },
    options: {},
    defaultOptions: {},
  },
  check(draft, context) {
    const visit = (children: readonly Section[], parent: Heading | undefined): void => {
      const graded = children.filter((c) => isGraded(c.heading));
      if (parent && isGraded(parent)) {
        // Report the first child of each level that jumps over the level below its parent.
        const reported = new Set<number>();
        for (const c of graded) {
          const h = c.heading;
          if (h.level > parent.level + 1 && !reported.has(h.level)) {
            reported.add(h.level);
            if (isIntroducedList(draft, h) || hidesMissingLevel(draft, parent, h)) continue;
            context.report({
              messageId: 'skipped',
              data: { found: marker(draft, h), parent: marker(draft, parent), missing: LEVEL_EXAMPLE[parent.level + 1] },
              span: h.marker,
            });
          }
        }
      } else if (graded.length) {
        // At the top (or under a 第×条): the shallowest level used there is the first level.
        const top = Math.min(...graded.map((c) => c.heading.level));
        const tops = graded.filter((c) => c.heading.level === top);
        const lastTop = Math.max(...tops.map((c) => c.heading.marker[0]));
        // When the first of them is not the first number (二、 with 一、 lost), the headings
        // before it belong to the lost one: the sequence rule reports the loss.
        const lostFirst = tops[0].heading.value > 1 ? tops[0].heading.marker[0] : -1;
        let previousReported = false;
        for (const c of graded) {
          const h = c.heading;
          const early = h.level > top && lastTop > h.marker[0] && h.marker[0] > lostFirst;
          if (early && !previousReported) {
            context.report({ messageId: 'beforeTop', data: { found: marker(draft, h), top: LEVEL_EXAMPLE[top] }, span: h.marker });
          }
          previousReported = early;
        }
      }
      for (const c of children) visit(c.children, c.heading);
    };
    visit(draft.outline.sections, undefined);
  },
});

/**
 * A list introduced by a colon, not a heading level: in Markdown, `…问题：` then `1. ` `2. `;
 * in plain text, items that go on with the sentence that introduced them and end with a
 * semicolon (`……具体分担比例为：` then `（1）……；` `（2）……；`). Numbers after a colon that
 * head paragraphs of their own (`1.抓好防汛备汛。……`) are headings.
 */
function isIntroducedList(draft: Draft, h: Heading): boolean {
  if (h.midLine || h.paragraphIndex === 0) return false;
  const previous = draft.paragraphs[h.paragraphIndex - 1];
  if (!/[：:]$/.test(previous.text.trimEnd())) return false;
  if (draft.format === 'markdown') return h.form === 'arabic' && /\s/.test(draft.text[h.marker[1]] ?? '') && !startsWithHeading(draft, previous.index);
  return /[；;]$/.test(draft.paragraphs[h.paragraphIndex].text.trimEnd());
}

/** Whether paragraph `index` starts with a heading; the headings are in order, so a binary search finds its own. */
function startsWithHeading(draft: Draft, index: number): boolean {
  const headings = draft.headings;
  for (let k = firstAtOrAfter(headings, (o) => o.paragraphIndex, index); k < headings.length && headings[k].paragraphIndex === index; k++) {
    if (!headings[k].midLine) return true;
  }
  return false;
}

/**
 * In a page that lost its line breaks, the level in between may be there where the scan could
 * not tell it from prose (`二、聚焦重点（一）抓项目。1.……`): when a number of that level stands
 * between the parent and the heading, say nothing.
 */
function hidesMissingLevel(draft: Draft, parent: Heading, h: Heading): boolean {
  if (!h.midLine || parent.paragraphIndex !== h.paragraphIndex) return false;
  return markersIn(draft.text, parent.marker[1], h.marker[0]).some((m) => FORM_LEVEL[m.form] === parent.level + 1 && m.form !== 'circled');
}

function marker(draft: Draft, h: Heading): string {
  return draft.slice(h.marker).trim();
}
