import type { Span } from '../types';
import { firstAtOrAfter } from '../sorted';
import type { DraftText, ListItem, Paragraph } from './model';

/**
 * Items an announcement may be followed by that carry no number: a run of phrases separated
 * by `、` or `；` (`“两个清单”，即责任清单、任务清单、问题清单`), or the items of a Markdown
 * bullet list in the paragraphs after it (`“三个全覆盖”：` then `- …` lines).
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
