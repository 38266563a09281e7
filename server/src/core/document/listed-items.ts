import type { Span } from '../types';
import { firstAtOrAfter } from '../sorted';
import type { DraftText, ListItem, Paragraph } from './model';

/**
 * Items an announcement may be followed by that carry no number: a run of phrases separated
 * by `、` or `；` (`“两个清单”，即责任清单、任务清单、问题清单`), or the items of a Markdown
 * bullet list in the paragraphs after it (`“三个全覆盖”：` then `- …` lines), or the names a
 * colon hands over to after an unquoted count (`五条背街小巷：人民路西巷、文昌巷…`, `两项荣誉：“…”“…”`).
 */

// What may join a count to a phrase list after it: a colon, or 即 / 包括 / 分别是.
const LIST_LEAD = /^[ \t　]*(?:[：:]|[，,]?[ \t　]*(?:即|也就是|就是|包括|分别是|分别为|具体是)[：:]?)[ \t　]*/;
const PART_MAX = 16;
// How far after the count its lead word and its list are looked for (a bound, so that many counts in one long line stay cheap).
const LEAD_REACH = 16;
const LIST_REACH = 200;

/** The phrases of a `、` or `；` list that starts right after `end` in its paragraph, or undefined. */
export function phraseListAfter(paragraph: Paragraph, end: number): Span[] | undefined {
  const from = end - paragraph.start;
  const lead = LIST_LEAD.exec(paragraph.text.slice(from, from + LEAD_REACH));
  if (!lead) return undefined;
  const start = from + lead[0].length;
  const rest = paragraph.text.slice(start, start + LIST_REACH);
  const sentenceEnd = rest.search(/[。！？!?]/);
  const semicolons = /[；;]/.test(sentenceEnd < 0 ? rest : rest.slice(0, sentenceEnd));
  let stop = rest.search(semicolons ? /[。！？!?]/ : /[。！？!?；;，,：:]/);
  if (stop < 0) {
    // A list that runs on past the reach is not judged.
    if (start + rest.length < paragraph.text.length) return undefined;
    stop = rest.length;
  }
  const list = rest.slice(0, stop);
  const separator = semicolons ? /[；;]/ : /、/;
  const parts: Span[] = [];
  let at = 0;
  for (const part of list.split(separator)) {
    const trimmed = part.trim();
    const lead2 = part.length - part.trimStart().length;
    // A part that is a clause of prose, or a list closed by 和/及/等, leaves the count to the reader.
    if (trimmed.length < 2 || trimmed.length > PART_MAX || /[，,：:“”"《》]/.test(trimmed)) return undefined;
    parts.push([paragraph.start + start + at + lead2, paragraph.start + start + at + lead2 + trimmed.length]);
    at += part.length + 1;
  }
  if (parts.length < 2) return undefined;
  const last = paragraph.text.slice(parts[parts.length - 1][0] - paragraph.start, parts[parts.length - 1][1] - paragraph.start);
  if (/[和及或]|等$/.test(last)) return undefined;
  return parts;
}

/**
 * After “三个带头”：, the clauses of its sentence that each begin with the slogan's word
 * (带头学习…，带头攻坚克难…): the first run of them, or undefined when fewer than two.
 */
export function clausesLedBy(paragraph: Paragraph, end: number, word: string): Span[] | undefined {
  const from = end - paragraph.start;
  const lead = LIST_LEAD.exec(paragraph.text.slice(from, from + LEAD_REACH));
  if (!lead || word === '') return undefined;
  const start = from + lead[0].length;
  const rest = paragraph.text.slice(start, start + LIST_REACH);
  const sentenceEnd = rest.search(/[。！？!?]/);
  const sentence = sentenceEnd < 0 ? rest : rest.slice(0, sentenceEnd);
  const clauses: Span[] = [];
  let at = 0;
  for (const clause of sentence.split(/[，,；;]/)) {
    if (!clause.startsWith(word)) break;
    clauses.push([paragraph.start + start + at, paragraph.start + start + at + clause.length]);
    at += clause.length + 1;
  }
  return clauses.length >= 2 ? clauses : undefined;
}

const HANDOVER = /^[ \t　]*(?:[，,][ \t　]*(?:具体|分别|主要|现|现将)?(?:如下|是|为|有|包括|列举如下|汇报如下))?[：:。]?[ \t　]*$/;

/** After the count, nothing but a colon or a full stop, or a short clause handing over (，具体如下：). */
function endsWithAnnouncement(paragraph: Paragraph, end: number): boolean {
  return paragraph.end - end <= LEAD_REACH && HANDOVER.test(paragraph.text.slice(end - paragraph.start));
}

// An item led by a dash, as terse 提纲 write them: `——产业链条不够完整`.
const DASH_ITEM = /^[ \t　]*——/;

/** The paragraphs led by `——` right after the paragraph that ends with the announcement. */
export function dashItemsAfter(draft: DraftText, paragraph: Paragraph, end: number): Span[] | undefined {
  if (!endsWithAnnouncement(paragraph, end)) return undefined;
  const items: Span[] = [];
  for (let k = paragraph.index + 1; k < draft.paragraphs.length && DASH_ITEM.test(draft.paragraphs[k].text); k++) {
    const p = draft.paragraphs[k];
    const at = p.text.indexOf('——');
    items.push([p.start + at, p.start + Math.min(p.text.length, at + 12)]);
  }
  return items.length >= 2 ? items : undefined;
}

/**
 * The items of the Markdown bullet list that starts in the paragraph right after `paragraph`,
 * when the paragraph ends with the announcement (nothing but a colon or a full stop after
 * `end`): the items of that list at its first item's depth.
 */
export function bulletItemsAfter(draft: DraftText, paragraph: Paragraph, end: number): Span[] | undefined {
  if (draft.format !== 'markdown' || !endsWithAnnouncement(paragraph, end)) return undefined;
  const next = draft.paragraphs[paragraph.index + 1];
  const items = draft.listItems;
  const k = firstAtOrAfter(items, (item) => item.marker[0], paragraph.end);
  const first = items[k] as ListItem | undefined;
  if (!next || !first || first.ordered || first.marker[0] >= next.end) return undefined;
  const spans: Span[] = [];
  for (let i = k; i < items.length && items[i].list === first.list; i++) {
    if (items[i].depth === first.depth) spans.push([items[i].marker[1], items[i].span[1]]);
  }
  return spans.length >= 2 ? spans : undefined;
}

// Quoted names one after another (“优秀乡村医生”“五一劳动奖章”), joined by nothing, 、 or 和, then the clause ends.
const QUOTED_NAME = /[“"]([^“”"\n]{1,30})[”"](?:[、和及与]|以及)?/y;
const CLAUSE_END = /^(?:[，,。；;！!？?]|\s*$)/;

/** The quoted names that start at `at` and make up the rest of their clause, or undefined when fewer than two. */
function quotedNamesAt(text: string, at: number): Span[] | undefined {
  const names: Span[] = [];
  QUOTED_NAME.lastIndex = at;
  for (let m = QUOTED_NAME.exec(text); m; m = QUOTED_NAME.exec(text)) {
    names.push([m.index, m.index + m[1].length + 2]);
    at = QUOTED_NAME.lastIndex;
  }
  return names.length >= 2 && CLAUSE_END.test(text.slice(at, at + 2)) && !LIST_GOES_ON.test(text.slice(at, at + 6)) ? names : undefined;
}

// A name in a list that a colon hands over to is short: 文昌巷, 综合协调组.
const NAME_MAX = 8;
// Counts of places, units and people (五条背街小巷, 3个工作组, 两家企业), whose items are names;
// not of tasks or aspects (三项活动：走访慰问困难党员、老党员，组织…), whose items may be clauses.
const COUNTS_NAMES = /^(?:[两二三四五六七八九十]{1,2}|[0-9０-９]{1,2})(?:条|个|家|所|座|处|名|位|支)/;
const COUNTS_DEEDS = /(?:活动|工作|措施|任务|行动|举措|问题|方面|重点|环节|事项)$/;
// What carries a list on past its comma: the rest of it is not judged.
const LIST_GOES_ON = /^[，,][ \t　]*(?:以及|和|及|并|还|同时|此外|另有|另外|其中|分别|共|合计|等)/;

/**
 * After an unquoted count, the names it counts when a colon hands over to them, separated by
 * `、` and closed by the sentence or clause (整治五条背街小巷：人民路西巷、文昌巷、仓前街，…):
 * short names only, so that a clause of prose is never read as an item.
 */
export function namesAfterColon(text: string, paragraph: Paragraph, span: Span): Span[] | undefined {
  const [start, end] = span;
  if (!/^[：:]/.test(text.slice(end, end + 1))) return undefined;
  const quoted = quotedNamesAt(text, end + 1);
  if (quoted) return quoted;
  const phrase = text.slice(start, end).replace(/^(?:以下|如下)/, '');
  if (!COUNTS_NAMES.test(phrase) || COUNTS_DEEDS.test(phrase)) return undefined;
  const names = phraseListAfter(paragraph, end);
  if (!names || names.some(([s, e]) => e - s > NAME_MAX)) return undefined;
  return LIST_GOES_ON.test(text.slice(names[names.length - 1][1], names[names.length - 1][1] + 6)) ? undefined : names;
}
