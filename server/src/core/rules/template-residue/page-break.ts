import type { Paragraph } from '../../document/model';

// A page of a 文库 preview is long; the page number stuck to the next page cuts a word in two.
const MIN_PAGE = 150;
const PAGE_NUMBER = /^\s*(\d{1,3})、/;

/** A page number: what is reported, and what its fix removes. */
export interface PageNumber {
  readonly span: [number, number];
  readonly fix: [number, number];
}

/**
 * Finds the page numbers that 文库 previews put at the start of every page (`1、县政协…`,
 * `…宣读大会秘` / `2、书名单`): a line starting with `N、` right after a long line that stops
 * mid-sentence, and the `1、` of the first page when such a `2、` follows.
 * Spans are in the offsets of the draft.
 */
export function findPageNumbers(paragraphs: readonly Paragraph[]): PageNumber[] {
  const spans: PageNumber[] = [];
  for (let i = 1; i < paragraphs.length; i++) {
    const previous = paragraphs[i - 1].text.trimEnd();
    const m = PAGE_NUMBER.exec(paragraphs[i].text);
    if (!m || previous.length < MIN_PAGE || !/[\p{Script=Han}A-Za-z0-9]$/u.test(previous)) continue;
    if (Number(m[1]) !== pageOf(paragraphs, i - 1) + 1) continue;
    const span: [number, number] = [paragraphs[i].start + m[0].length - m[1].length - 1, paragraphs[i].start + m[0].length];
    // Removing the line break as well joins the two halves of the cut word.
    const adjacent = paragraphs[i].lineIndex === paragraphs[i - 1].lineIndex + 1;
    spans.push({ span, fix: adjacent ? [paragraphs[i - 1].start + previous.length, span[1]] : span });
  }
  const first = PAGE_NUMBER.exec(paragraphs[0]?.text ?? '');
  if (spans.length > 0 && first && first[1] === '1') {
    const span: [number, number] = [paragraphs[0].start + first[0].length - first[1].length - 1, paragraphs[0].start + first[0].length];
    spans.unshift({ span, fix: span });
  }
  return spans;
}

/** The page number of paragraph `i`, counting pages from the first paragraph. */
function pageOf(paragraphs: readonly Paragraph[], i: number): number {
  for (let k = i; k >= 0; k--) {
    const m = PAGE_NUMBER.exec(paragraphs[k].text);
    if (m && (k === 0 || paragraphs[k - 1].text.trimEnd().length >= MIN_PAGE)) return Number(m[1]);
  }
  return 0;
}
