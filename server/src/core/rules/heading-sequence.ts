import type { Draft } from '../document/draft';
import { decimalHeadings, decimalSlips } from '../document/decimal-headings';
import { respellMarker } from '../document/numerals';
import { FORM_LEVEL, markersIn } from '../document/markers';
import { renumber } from '../document/renumber';
import { startsNewList } from '../document/sections';
import { defineRule, type CommonOptions, type RuleContext } from '../rule';
import type { Heading, Section } from '../document/model';

/** The marker as written, and the same marker with `value` in place of its number. */
const shown = (draft: Draft, h: Heading): string => draft.slice(h.marker).trim();
const withValue = (draft: Draft, h: Heading, value: number): string => respellMarker(draft.text, h.marker, h.numeral, value).trim();

export default defineRule<CommonOptions>({
  meta: {
    id: 'heading-sequence',
    description: '同一上级标题下的同级标题序号应从一开始连续编排，不跳号、不重号',
    details:
      '同一上级标题之下，同一层级的序号应依次为一、二、三……，每遇新的上级标题重新从一开始编排。' +
      '报告第一个不连续的序号并给出应有的序号；自动修复把该项及其后同组各项依次重新编号，随之改动的各项序号在报告的相关位置中一一列出。' +
      '条例中的“第×条”全文连续编号，不随章节重新开始。' +
      '预案、细则中“2.1”“2.1.3”式的多级编号同样检查：同一上级编号下依次为 .1、.2、.3，不跳号、不重号。',
    examples: { bad: ['一、……\n二、……\n四、……', '一、……\n（一）……\n二、……\n（二）……'], good: ['一、……\n（一）……\n二、……\n（一）……'] },
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      gap: '标题序号“{{found}}”不连续，此处应为“{{expected}}”',
      repeat: '标题序号“{{found}}”重复，此处应为“{{expected}}”',
      start: '本级标题序号应从“{{expected}}”开始，而不是“{{found}}”',
    },
    options: {},
    defaultOptions: {},
  },
  check(draft, context) {
    const outline = draft.outline;
    const groups: Heading[][] = [];
    // Siblings of one parent, per rank; articles are numbered through the whole text.
    const articles = new Map<Section | undefined, Heading[]>();
    const parents = new Map<Heading, Heading>();
    const visit = (children: readonly Section[], scope: Section | undefined): void => {
      for (const child of children) if (child.parent) parents.set(child.heading, child.parent.heading);
      const byRank = new Map<number, Heading[]>();
      for (const child of children) {
        const h = child.heading;
        if (h.kind === 'attachment') continue;
        if (h.kind === 'article') {
          if (!articles.has(scope)) articles.set(scope, []);
          articles.get(scope)!.push(h);
        } else {
          if (!byRank.has(h.rank)) byRank.set(h.rank, []);
          byRank.get(h.rank)!.push(h);
        }
      }
      groups.push(...byRank.values());
      for (const child of children) visit(child.children, child.heading.kind === 'attachment' ? child : scope);
    };
    visit(outline.sections, undefined);
    groups.push(...articles.values());
    for (const group of groups) {
      for (const run of splitRuns(draft, group)) checkRun(draft, run, parents.get(run[0]), context.report);
    }
    // Decimal numbers (2.1, 2.1.3), numbered apart from 一、（一）1.
    for (const slip of decimalSlips(decimalHeadings(draft))) {
      const found = draft.slice(slip.heading.numeral);
      const expected = found.replace(/\d+$/, String(slip.expected));
      context.report({ messageId: slip.kind, data: { found, expected }, span: slip.heading.numeral, fix: { span: slip.heading.numeral, text: expected } });
    }
  },
});

/** A group restarts at 1 where a new list under the same parent starts (`startsNewList`). */
function splitRuns(draft: Draft, group: readonly Heading[]): Heading[][] {
  const runs: Heading[][] = [];
  for (const h of group) {
    if (runs.length === 0 || startsNewList(draft, draft.outline, h)) runs.push([h]);
    else runs[runs.length - 1].push(h);
  }
  return runs;
}

function checkRun(draft: Draft, run: readonly Heading[], parent: Heading | undefined, report: RuleContext<CommonOptions>['report']): void {
  let expected = 1;
  for (let k = 0; k < run.length; k++) {
    const h = run[k];
    if (h.value === expected) {
      expected++;
      continue;
    }
    const messageId = k === 0 ? 'start' : h.value < expected ? 'repeat' : 'gap';
    if (isUncertain(draft, h, k > 0 ? run[k - 1] : parent, expected)) return;
    const fix = renumber(draft, run.slice(k).map((x) => x.numeral), expected);
    // The fix renumbers the siblings after this one too: name each heading it changes, so that
    // the finding covers all the text its fix touches.
    const related = fix
      ? run.slice(k + 1).flatMap((x, j) => (x.value === expected + 1 + j ? [] : [{ span: x.marker, message: `自动修复时改为“${withValue(draft, x, expected + 1 + j)}”` }]))
      : [];
    report({
      messageId,
      data: { found: shown(draft, h), expected: withValue(draft, h, expected) },
      span: h.marker,
      ...(fix ? { fix } : {}),
      ...(related.length > 0 ? { related } : {}),
    });
    return;
  }
}

/**
 * In a page that lost its line breaks, a heading may hide where the scan cannot tell it from
 * prose. A finding there needs its neighbours: nothing between the heading and the one before
 * it (its previous sibling, or its parent) may look like the missing number, or, for a repeat,
 * like a number of a higher level that would make the two copies cousins. Otherwise say nothing.
 */
function isUncertain(draft: Draft, h: Heading, before: Heading | undefined, expected: number): boolean {
  if (h.kind !== 'numbered' || !h.number) return false;
  const flattened = h.midLine || (before !== undefined && before.midLine && before.paragraphIndex === h.paragraphIndex);
  if (!flattened) return false;
  const paragraph = draft.paragraphs[h.paragraphIndex];
  const from = before && before.paragraphIndex === h.paragraphIndex ? before.marker[1] : paragraph.start;
  const repeat = h.value < expected;
  for (const m of markersIn(draft.text, from, h.marker[0])) {
    if (!repeat && m.form === h.number.form && m.value >= expected && m.value < h.value) return true;
    if (repeat && m.form !== 'circled' && FORM_LEVEL[m.form] < h.level) return true;
  }
  return false;
}
