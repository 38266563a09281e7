import type { Draft } from '../document/draft';
import { labelledSeries } from '../document/labelled-series';
import { respellMarker } from '../document/numerals';
import { renumber } from '../document/renumber';
import { defineRule, type CommonOptions } from '../rule';
import type { EnumerationItem, EnumerationKind } from '../document/model';

/** Series whose items carry a number that a fix can rewrite. */
const NUMBERED: ReadonlySet<EnumerationKind> = new Set(['shi', 'yao', 'ordinal', 'qi', 'circled', 'arabic-paren', 'chinese-paren', 'arabic', 'chinese']);
const SEQUENCE_WORDS = ['', '首先', '其次', '再次'];

export default defineRule<CommonOptions>({
  meta: {
    id: 'list-sequence',
    description: '段内列举（一是、一要、第一、其一、首先、①等）应连续、不重复、不混用',
    details:
      '“一是……二是……三是”“一要……二要”“第一，……第二，”“其一……其二”“首先……其次……再次……最后”' +
      '“①②③”“（1）（2）”等段内列举，应按顺序连续编排：不跳号（一是……三是），不重号（二要……二要），' +
      '不在中途重新开始，也不混用不同的序列（首先……其次……第三，第一……其二）。' +
      '同一标题下跨段落的列举视为同一组。以“问题1”“任务二”等标签编号的段落可以跨标题连续编号，也可以在新标题下从 1 重新开始，但不跳号、不重号。' +
      '“第一时间”“一把手”“统一要求”“一是一、二是二”等不是列举。',
    examples: { bad: ['一是加强领导；二是压实责任；四是强化考核。', '首先，……其次，……其三，……'], good: ['一是加强领导；二是压实责任；三是强化考核。', '要第一时间报告。'] },
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      gap: '列举序号“{{found}}”不连续，此处应为“{{expected}}”',
      repeat: '列举序号“{{found}}”重复，此处应为“{{expected}}”',
      restart: '列举在中途重新从“{{found}}”开始，此处应为“{{expected}}”',
      mixed: '“{{found}}”与前面的“{{first}}”不属于同一套序数词，此处应为“{{expected}}”',
    },
    options: {},
    defaultOptions: {},
  },
  check(draft, context) {
    for (const run of draft.enumerations) {
      const items = run.items;
      let numberReported = false;
      // Once a series has switched kind (首先…第二), later items of that kind follow the
      // switch and are not reported again (第三): one slip, one finding.
      let switchedTo: EnumerationKind | undefined;
      for (let k = 1; k < items.length; k++) {
        const item = items[k];
        const previous = items[k - 1];
        if (item.final) continue;
        const expected = previous.value + 1;
        if (item.kind !== run.kind) {
          if (item.kind === switchedTo) continue;
          switchedTo = item.kind;
          context.report({
            messageId: 'mixed',
            data: { found: word(draft, item), first: word(draft, items[0]), expected: spell(draft, items[0], expected) },
            span: item.marker,
          });
          continue;
        }
        if (item.value === expected || numberReported) continue;
        // `## 第二项：过政治生日` / `下面进行第二项议程`: the host says again what a title line named.
        if (item.value === previous.value && restatesTitle(draft, previous, item)) continue;
        numberReported = true;
        const messageId = item.value === 1 ? 'restart' : item.value < expected ? 'repeat' : 'gap';
        const later = items.slice(k).filter((i) => i.kind === run.kind && !i.final);
        const fix = NUMBERED.has(run.kind) ? renumber(draft, later.map((i) => i.numeral), expected) : undefined;
        context.report({
          messageId,
          data: { found: word(draft, item), expected: spell(draft, item, expected) },
          span: item.marker,
          ...(fix ? { fix } : {}),
        });
      }
    }
    // 问题1 … 问题2 … 问题3 … 问题3: a labelled series may start again from 1 under a new heading, never repeat or skip.
    for (const series of labelledSeries(draft)) {
      for (let k = 1; k < series.length; k++) {
        const item = series[k];
        const expected = series[k - 1].value + 1;
        if (item.value === expected || item.value === 1) continue;
        context.report({
          messageId: item.value < expected ? 'repeat' : 'gap',
          data: { found: draft.slice(item.marker), expected: respellMarker(draft.text, item.marker, item.numeral, expected) },
          span: item.marker,
        });
        break;
      }
    }
  },
});

const TRAILING_PUNCTUATION = /[，,、：:]$/;

// A title line: short, no sentence in it.
const TITLE_LINE_MAX = 30;

/** Whether `item` is in a later paragraph than `title`, whose paragraph is a title line it restates. */
function restatesTitle(draft: Draft, title: EnumerationItem, item: EnumerationItem): boolean {
  const p = draft.paragraphAt(title.marker[0]);
  if (!p || p === draft.paragraphAt(item.marker[0])) return false;
  const text = p.text.trim();
  return text.length <= TITLE_LINE_MAX && !/[。；;！？!?]/.test(text);
}

// A marker cut by a PDF's hard wrap (四 ⏎ 是) is named on one line.
const LINE_BREAKS = /[\r\n]+/g;

/** The marker without trailing punctuation: `第四`, `二要`, `其次`. */
function word(draft: Draft, item: EnumerationItem): string {
  return draft.slice(item.marker).replace(TRAILING_PUNCTUATION, '').replace(LINE_BREAKS, '');
}

/** How the item at position `value` of the series of `like` is written. */
function spell(draft: Draft, like: EnumerationItem, value: number): string {
  if (like.kind === 'sequence') return SEQUENCE_WORDS[value] ?? '最后';
  if (like.kind === 'aspect') return value === 1 ? '一方面' : '另一方面';
  return respellMarker(draft.text, like.marker, like.numeral, value).replace(TRAILING_PUNCTUATION, '').replace(LINE_BREAKS, '');
}
