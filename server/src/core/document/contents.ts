import type { DraftText } from './model';

// The title of a table of contents.
const CONTENTS_TITLE = /^(?:目\s*录|CONTENTS|Contents)$/;
// An entry's dot leader and page number (一、总体要求……………1).
const LEADER = /[.．…·⋯]{3,}[ \t　]*\d{1,4}[ \t　]*$/;
// An entry is a short line with no sentence in it.
const MAX_ENTRY = 80;
const SENTENCE_END = /[。！？!?]/;

function endsWithDigit(text: string): boolean {
  const trimmed = text.trimEnd();
  const code = trimmed.charCodeAt(trimmed.length - 1);
  return code >= 0x30 && code <= 0x39;
}

/**
 * The paragraphs of a table of contents, which name the headings without being them: the
 * 目录 line and the short lines after it, up to the one that repeats the first entry (where the
 * text begins); and, anywhere, a line that ends in a dot leader and a page number.
 */
export function tableOfContents(draft: DraftText): ReadonlySet<number> {
  const entries = new Set<number>();
  const paragraphs = draft.paragraphs;
  for (const p of paragraphs) if (endsWithDigit(p.text) && LEADER.test(p.text)) entries.add(p.index);
  const title = paragraphs.find((p) => CONTENTS_TITLE.test(p.text.trim()));
  if (!title) return entries;
  const listed: number[] = [];
  let first: string | undefined;
  for (let k = title.index + 1; k < paragraphs.length; k++) {
    const text = paragraphs[k].text.trim();
    if (text === '') continue;
    const key = text.replace(LEADER, '').replace(/[ \t　]+/g, '');
    if (key === first || text.length > MAX_ENTRY || SENTENCE_END.test(text)) break;
    first ??= key;
    listed.push(k);
  }
  if (listed.length >= 2) for (const k of [title.index, ...listed]) entries.add(k);
  return entries;
}
