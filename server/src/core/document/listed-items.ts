import type { Span } from '../types';
import type { DraftText, Paragraph } from './model';

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
const BULLET = /^([ \t]*(?:>[ \t]*)*)[-*+][ \t]+(?=\S)/;

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
 * The items of the Markdown bullet list in the paragraphs right after `paragraph`, when the
 * paragraph ends with the announcement (nothing but a colon or a full stop after `end`).
 */
export function bulletItemsAfter(draft: DraftText, paragraph: Paragraph, end: number): Span[] | undefined {
  if (draft.format !== 'markdown' || paragraph.end - end > LEAD_REACH || !/^[ \t　]*[：:。]?[ \t　]*$/.test(paragraph.text.slice(end - paragraph.start))) return undefined;
  const items: Span[] = [];
  let indent: string | undefined;
  for (let k = paragraph.index + 1; k < draft.paragraphs.length; k++) {
    const p = draft.paragraphs[k];
    const source = draft.source.slice(p.start, p.end);
    const bullet = BULLET.exec(source);
    if (!bullet) break;
    indent ??= bullet[1];
    // A nested item belongs to the item above it.
    if (bullet[1].length > indent.length) continue;
    if (bullet[1] !== indent) break;
    items.push([p.start + bullet[0].length, p.end]);
  }
  return items.length >= 2 ? items : undefined;
}
