import { CLOSERS, codeTable, FULL_STOPS } from './chars';
import type { DraftText, Paragraph } from './model';

// Lines of a PDF page hold at least and at most this many full-width characters.
const MIN_WIDTH = 20;
const MAX_WIDTH = 80;
// A line this close to the widest lines of the draft was cut by the page, not by the writer.
const FULL_LINE = 0.8;
// A line of a hard-wrapped draft this close to the width that ends in mid sentence goes on in the next.
const OPEN_LINE = 0.6;
// So many cut lines show a hard-wrapped copy.
const MIN_WRAPPED = 3;
// How a line that the writer ended ends: a sentence end, a colon or semicolon, a closing bracket or quote.
const CLOSED_END = codeTable(`${FULL_STOPS}；;：:…${CLOSERS}》〉`);

/**
 * Hard wraps of text copied out of a PDF, where every line is cut at the page's width in mid
 * sentence. The set holds the paragraphs (in a plain-text draft, lines) whose sentence goes
 * on at the start of the next line: a line about as wide as the widest lines of the draft,
 * which are narrow, that does not end a sentence or clause. A draft of whole paragraphs has
 * wide lines that end with 。, and short headings: it has no hard wraps.
 */
export function hardWraps(draft: DraftText): ReadonlySet<number> {
  return draft.view('hard-wraps', () => findHardWraps(draft.paragraphs));
}

function findHardWraps(paragraphs: readonly Paragraph[]): Set<number> {
  return linesEndingOpen(paragraphs, FULL_LINE, true);
}

/**
 * The lines at least `share` of the draft's width wide that end in mid sentence and go on in
 * the next line, when the draft is hard-wrapped (narrow, with enough full lines cut that way).
 */
function linesEndingOpen(paragraphs: readonly Paragraph[], share: number, countsAsWraps: boolean): Set<number> {
  const widths = paragraphs.map((p) => displayWidth(p.text.trim()));
  if (widths.length < MIN_WRAPPED + 1) return new Set();
  const sorted = [...widths].sort((a, b) => a - b);
  const widest = sorted[Math.floor(0.9 * (sorted.length - 1))];
  if (widest < MIN_WIDTH || widest > MAX_WIDTH) return new Set();
  const open = new Set<number>();
  let full = 0;
  paragraphs.forEach((p, k) => {
    const next = paragraphs[k + 1];
    if (!next || next.lineIndex !== p.lineIndex + 1 || widths[k] < share * widest) return;
    const body = p.text.trimEnd();
    if (body.length === 0 || CLOSED_END[body.charCodeAt(body.length - 1)] === 1) return;
    // A row of a table copied out of Word ends with its last cell (…\t2025年5月31日前), not in mid sentence.
    if (body.includes('\t')) return;
    open.add(k);
    if (widths[k] >= FULL_LINE * widest) full++;
  });
  return full >= MIN_WRAPPED || !countsAsWraps && full > 0 ? open : new Set();
}

/**
 * In a hard-wrapped draft, the lines that end in mid sentence and are followed by another: the
 * hard wraps, and the lines a writer broke somewhat short of the width (`…要进一步` ⏎
 * `进一步完善`); short lines (titles, headings) are not among them. Reading across these is
 * safe for what needs both sides (a doubled word, a split marker); deciding that the next
 * line is no heading needs a real wrap.
 */
export function openLineEnds(draft: DraftText): ReadonlySet<number> {
  return draft.view('open-line-ends', () => (hardWraps(draft).size === 0 ? new Set<number>() : linesEndingOpen(draft.paragraphs, OPEN_LINE, false)));
}

/** Width in full-width characters: ASCII letters, digits and signs take half. */
function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) width += text.charCodeAt(i) < 0x80 ? 0.5 : 1;
  return width;
}

// What a hard wrap's line break becomes in the unwrapped text: no space, no line break, nothing a rule reads.
const JOINER = '\u200b';

/** The paragraphs that are nothing but a page's furniture: page numbers and running headers on lines of their own. */
export function pageBreakLines(draft: DraftText): ReadonlySet<number> {
  return draft.view('page-break-lines', () => new Set(draft.pageFurniture.filter((f) => f.kind !== 'preview-page-number').map((f) => f.paragraphIndex)));
}

/**
 * The paragraph in which the sentence of line `k` goes on: the next line, or, at a page break
 * of a PDF copy, the first line after the page number and running header between them.
 */
export function lineAfter(draft: DraftText, k: number): Paragraph | undefined {
  const furniture = pageBreakLines(draft);
  let next = k + 1;
  while (furniture.has(next)) next++;
  return draft.paragraphs[next];
}

/** Lines of a PDF copy joined again where hard wraps cut them: the text, and each character's offset in the draft. */
export interface JoinedLines {
  /** The paragraphs joined, first to last. */
  readonly indices: readonly number[];
  readonly text: string;
  readonly offsets: Int32Array;
}

/**
 * The runs of two or more lines that hard wraps cut one text into (page furniture between them
 * left out), each joined into one text; empty when the draft has no hard wraps.
 */
export function joinedWraps(draft: DraftText): readonly JoinedLines[] {
  return draft.view('joined-wraps', () => {
    const wraps = hardWraps(draft);
    const runs: JoinedLines[] = [];
    for (let k = 0; k < draft.paragraphs.length; k++) {
      if (!wraps.has(k)) continue;
      const indices = [k];
      let next = lineAfter(draft, k);
      while (next) {
        indices.push(next.index);
        if (!wraps.has(next.index)) break;
        next = lineAfter(draft, next.index);
      }
      if (indices.length < 2) continue;
      const parts = indices.map((i) => draft.paragraphs[i]);
      const text = parts.map((p) => p.text).join('');
      const offsets = new Int32Array(text.length);
      let at = 0;
      for (const p of parts) for (let c = 0; c < p.text.length; c++) offsets[at++] = p.start + c;
      runs.push({ indices, text, offsets });
      k = indices[indices.length - 1];
    }
    return runs;
  });
}

/**
 * The draft's source with the line break of every hard wrap replaced by U+200B (one per code
 * unit of the break): the same offsets, with each wrapped paragraph on one line again.
 * Undefined when the draft has no hard wraps.
 */
export function unwrappedSource(draft: DraftText): string | undefined {
  const wraps = hardWraps(draft);
  if (wraps.size === 0 || draft.format !== 'text') return undefined;
  let out = '';
  let cursor = 0;
  for (const k of [...wraps].sort((a, b) => a - b)) {
    const line = draft.lines[draft.paragraphs[k].lineIndex];
    const next = draft.lines[line.index + 1];
    out += draft.source.slice(cursor, line.end) + JOINER.repeat(next.start - line.end);
    cursor = next.start;
  }
  return out + draft.source.slice(cursor);
}
