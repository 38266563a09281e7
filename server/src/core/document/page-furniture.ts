import type { Span } from '../types';
import { isHan } from './chars';
import { matchNumberMarker } from './markers';
import type { DraftText, PageFurniture, Paragraph } from './model';
import { PAGE_FURNITURE } from './page-count';
import { hardWraps } from './wraps';

// A printed page number: `— 3 —`, `- 3 -`, `－3－`, `·3·`, `第 3 页`.
const PAGE_NUMBER = String.raw`(?:[-－—–]{1,2}\s*\d{1,4}\s*[-－—–]{1,2}|[·•・]\s*\d{1,4}\s*[·•・]|第\s*\d{1,4}\s*页)`;
// A line that is nothing but a page number, or `第 3 页 共 10 页`.
const PAGE_NUMBER_LINE = new RegExp(String.raw`^(?:${PAGE_NUMBER}|${PAGE_FURNITURE})$`);
// A page number and the running header set across one line, the number on the outer side:
// `·38·　　讲稿选编` on an even page, `讲稿选编　　·39·` on an odd one.
const NUMBERED_HEADER_LINE = new RegExp(String.raw`^${PAGE_NUMBER}[ \t　]{2,}(.+)$|^(.+?)[ \t　]{2,}${PAGE_NUMBER}$`);
// A bare number alone on a line (`3`) is a page number only in a series of them.
const BARE_NUMBER_LINE = /^\d{1,4}$/;
// Characters between two bare page numbers: a page holds at least this much text.
const MIN_PAGE_TEXT = 40;
// A page of a 文库 preview is long; the page number stuck to the next page cuts a word in two.
const MIN_PREVIEW_PAGE = 60;
const PREVIEW_PAGE_NUMBER = /^\s*(\d{1,3})、/;
// The first page's number stands on one of the first lines (after a site's title and upload details).
const FIRST_PAGE_LINES = 3;
// A running header is a short line without sentence punctuation, repeated at page breaks.
const HEADER_MIN = 4;
const HEADER_MAX = 40;
const NOT_IN_HEADER = /[。！？；;!?，,：:]/;

/**
 * Finds the page furniture of a draft, in order: page numbers of printed pages (`— 3 —`,
 * `第 3 页`), running headers (the title or `××县人民政府文件` repeated at every page break),
 * and the page numbers that 文库 previews put at the start of every page (`2、书名单`). Lines
 * inside Markdown code, HTML, tables and front matter are never furniture.
 */
export function findPageFurniture(draft: DraftText): PageFurniture[] {
  const inBlock = paragraphsInBlocks(draft);
  const eligible = (p: Paragraph): boolean => !inBlock[p.index];
  const lineText = (p: Paragraph): string => draft.source.slice(p.start, p.end).trim();
  const items = new Map<number, PageFurniture['kind']>();
  const bare: Paragraph[] = [];
  for (const p of draft.paragraphs) {
    if (!eligible(p)) continue;
    const text = lineText(p);
    if (PAGE_NUMBER_LINE.test(text)) items.set(p.index, 'page-number');
    else if (isNumberedHeader(text)) items.set(p.index, 'running-header');
    // A number followed by tabs is the first cell of a table row copied out of Word.
    else if (BARE_NUMBER_LINE.test(text) && !draft.source.slice(p.start, p.end).includes('\t')) bare.push(p);
  }
  // Bare numbers count when they number consecutive pages: the page before comes earlier, or the page after later.
  // Where each number first and last stands, so that each test is one look-up, not a search of the list.
  const values = bare.map((p) => Number(lineText(p)));
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  values.forEach((value, k) => {
    if (!first.has(value)) first.set(value, k);
    last.set(value, k);
  });
  // A page holds text: numbers with little between them number a table's rows or cells, not pages.
  const apart = (j: number, k: number): boolean => bare[k].start - bare[j].end >= MIN_PAGE_TEXT;
  values.forEach((value, k) => {
    const before = first.get(value - 1);
    const after = last.get(value + 1);
    if ((before !== undefined && before < k && apart(before, k)) || (after !== undefined && after > k && apart(k, after))) items.set(bare[k].index, 'page-number');
  });
  const wraps = hardWraps(draft);
  for (const index of runningHeaders(draft, items, eligible, lineText)) items.set(index, 'running-header');
  for (const index of headersInSentence(draft, items, wraps, eligible, lineText)) items.set(index, 'running-header');
  const found: PageFurniture[] = [];
  const indices = [...items.keys()].sort((a, b) => a - b);
  for (let g = 0; g < indices.length; ) {
    // A page break: furniture paragraphs next to each other.
    let end = g + 1;
    while (end < indices.length && indices[end] === indices[end - 1] + 1) end++;
    const group = indices.slice(g, end);
    found.push(...pageBreak(draft, group, items, wraps, lineText));
    g = end;
  }
  found.push(...previewPageNumbers(draft.paragraphs));
  return found.sort((a, b) => a.span[0] - b.span[0]);
}

/** Whether each paragraph starts inside a Markdown block, in one pass over both lists (both are in source order). */
function paragraphsInBlocks(draft: DraftText): boolean[] {
  const blocks = draft.blocks;
  let b = 0;
  return draft.paragraphs.map((p) => {
    while (b < blocks.length && blocks[b].span[1] <= p.start) b++;
    return b < blocks.length && p.start >= blocks[b].span[0];
  });
}

/** The furniture of one page break, with fixes that rejoin a sentence the break split. */
function pageBreak(draft: DraftText, group: readonly number[], kinds: ReadonlyMap<number, PageFurniture['kind']>, wraps: ReadonlySet<number>, lineText: (p: Paragraph) => string): PageFurniture[] {
  const paragraphs = draft.paragraphs;
  const before = paragraphs[group[0] - 1] as Paragraph | undefined;
  const after = paragraphs[group[group.length - 1] + 1] as Paragraph | undefined;
  const rejoin = before !== undefined && after !== undefined && (wraps.has(before.index) || isNumberAlone(before)) && continues(after);
  return group.map((index, k) => {
    const p = paragraphs[index];
    const text = lineText(p);
    const at = p.start + draft.source.slice(p.start, p.end).indexOf(text);
    const span: Span = [at, at + text.length];
    let fix: Span;
    if (rejoin) {
      // From the end of the text before to the end of this line; the last also takes the break after it.
      const from = k === 0 ? before.start + before.text.trimEnd().length : paragraphs[group[k - 1]].end;
      fix = [from, k === group.length - 1 ? after.start : p.end];
    } else {
      const next = draft.lines[p.lineIndex + 1];
      fix = next ? [draft.lines[p.lineIndex].start, next.start] : [p.start, p.end];
    }
    return { kind: kinds.get(index)!, paragraphIndex: index, span, fix };
  });
}

/**
 * Running headers: a short line repeated in the draft, each repeat either next to a page number
 * or one of at least three copies. The first copy is the document's own title or header.
 */
function runningHeaders(draft: DraftText, pageNumbers: ReadonlyMap<number, unknown>, eligible: (p: Paragraph) => boolean, lineText: (p: Paragraph) => string): number[] {
  const copies = new Map<string, Paragraph[]>();
  for (const p of draft.paragraphs) {
    if (pageNumbers.has(p.index) || !eligible(p)) continue;
    const text = lineText(p);
    if (!isHeaderLike(text)) continue;
    let list = copies.get(text);
    if (!list) copies.set(text, (list = []));
    list.push(p);
  }
  const headers: number[] = [];
  for (const list of copies.values()) {
    if (list.length < 2) continue;
    // The first copy is the document's own title or header, unless a page ended right before it.
    const from = pageNumbers.has(list[0].index - 1) ? 0 : 1;
    for (const p of list.slice(from)) {
      const nextToPageNumber = pageNumbers.has(p.index - 1) || pageNumbers.has(p.index + 1);
      if (nextToPageNumber || list.length >= 3) headers.push(p.index);
    }
  }
  return headers;
}

/** A line of a page number and a running header side by side. */
function isNumberedHeader(line: string): boolean {
  const m = NUMBERED_HEADER_LINE.exec(line);
  return m !== null && isHeaderLike((m[1] ?? m[2]).trim());
}

/** A short line without sentence punctuation or a number: what a running header looks like. */
function isHeaderLike(line: string): boolean {
  // A header set across the page (青溪调研　　　　2024年第6期) is as long as its words.
  const text = line.replace(/[ \t　]{2,}/g, ' ');
  if (text.length < HEADER_MIN || text.length > HEADER_MAX || NOT_IN_HEADER.test(text)) return false;
  return (isHan(text[0]) || text[0] === '×' || text[0] === 'X') && !matchNumberMarker(text, 0);
}

/**
 * A running header printed once, beside a page number, at a page break that cuts a sentence
 * in two: nothing but the page's furniture stands between the halves of a sentence.
 */
function headersInSentence(draft: DraftText, items: ReadonlyMap<number, PageFurniture['kind']>, wraps: ReadonlySet<number>, eligible: (p: Paragraph) => boolean, lineText: (p: Paragraph) => string): number[] {
  const found: number[] = [];
  for (const [index, kind] of items) {
    if (kind !== 'page-number') continue;
    for (const h of [index + 1, index - 1]) {
      const p = draft.paragraphs[h] as Paragraph | undefined;
      if (!p || items.has(h) || !eligible(p) || !isHeaderLike(lineText(p))) continue;
      const before = draft.paragraphs[Math.min(index, h) - 1] as Paragraph | undefined;
      const after = draft.paragraphs[Math.max(index, h) + 1] as Paragraph | undefined;
      if (before && after && wraps.has(before.index) && continues(after)) found.push(h);
    }
  }
  return found;
}

/** Whether a paragraph is a heading's number alone (`三、`), its words on the next page. */
function isNumberAlone(p: Paragraph): boolean {
  const body = p.text.trim();
  const marker = matchNumberMarker(body, 0);
  return marker !== undefined && marker.span[1] === body.length;
}

/** Whether a paragraph goes on with the text before: no indent, no number that starts a heading. */
function continues(p: Paragraph): boolean {
  const first = p.text[0];
  return first !== undefined && !/\s/.test(first) && matchNumberMarker(p.text, 0) === undefined;
}

/**
 * The page numbers that 文库 previews put at the start of every page (`1、县政协…`,
 * `…宣读大会秘` / `2、书名单`): a line starting with `N、` right after a long line that stops
 * mid-sentence, and the `1、` of the first page when such a `2、` follows.
 */
function previewPageNumbers(paragraphs: readonly Paragraph[]): PageFurniture[] {
  const found: PageFurniture[] = [];
  for (let i = 1; i < paragraphs.length; i++) {
    const previous = paragraphs[i - 1].text.trimEnd();
    const m = PREVIEW_PAGE_NUMBER.exec(paragraphs[i].text);
    if (!m || previous.length < MIN_PREVIEW_PAGE || !/[\p{Script=Han}A-Za-z0-9]$/u.test(previous)) continue;
    if (Number(m[1]) !== previewPageOf(paragraphs, i - 1) + 1) continue;
    const span: Span = [paragraphs[i].start + m[0].length - m[1].length - 1, paragraphs[i].start + m[0].length];
    // Removing the line break as well joins the two halves of the cut word.
    const adjacent = paragraphs[i].lineIndex === paragraphs[i - 1].lineIndex + 1;
    found.push({ kind: 'preview-page-number', paragraphIndex: i, span, fix: adjacent ? [paragraphs[i - 1].start + previous.length, span[1]] : span });
  }
  // The first page's `1、`: on the first line, or on the first line of text after the site's
  // title and upload details (a line whose number no heading continues).
  const firstPage = found.length > 0 ? firstPreviewPage(paragraphs, found[0].paragraphIndex) : -1;
  if (firstPage >= 0) {
    const p = paragraphs[firstPage];
    const m = PREVIEW_PAGE_NUMBER.exec(p.text)!;
    const span: Span = [p.start + m[0].length - m[1].length - 1, p.start + m[0].length];
    found.unshift({ kind: 'preview-page-number', paragraphIndex: firstPage, span, fix: span });
  }
  return found;
}

/** The paragraph before `second` (the second page's) that starts with `1、` and is no heading among `2、` headings. */
function firstPreviewPage(paragraphs: readonly Paragraph[], second: number): number {
  for (let k = 0; k < second; k++) {
    const m = PREVIEW_PAGE_NUMBER.exec(paragraphs[k].text);
    if (!m) continue;
    // Only the first numbered line, and only within the page's first few lines.
    return m[1] === '1' && k <= FIRST_PAGE_LINES ? k : -1;
  }
  return -1;
}

/** The page number of paragraph `i` of a 文库 preview, counting pages from the first paragraph. */
function previewPageOf(paragraphs: readonly Paragraph[], i: number): number {
  for (let k = i; k >= 0; k--) {
    const m = PREVIEW_PAGE_NUMBER.exec(paragraphs[k].text);
    if (m && (k <= FIRST_PAGE_LINES && m[1] === '1' || paragraphs[k - 1]?.text.trimEnd().length >= MIN_PREVIEW_PAGE)) return Number(m[1]);
  }
  return 0;
}
