import type { LintCache, ParagraphMemo } from '../cache';
import { lastAtOrBefore } from '../sorted';
import type { DraftFormat, Span } from '../types';
import { findAnnouncements } from './announcements';
import { isBlank } from './chars';
import { findEnumerations } from './enumerations';
import { findHeadings } from './headings';
import { parseMarkdown, type PartMemo } from './markdown';
import type { Announcement, DraftText, EnumerationRun, Heading, Line, ListItem, MarkdownBlock, Outline, PageFurniture, Paragraph, Position, Sentence } from './model';
import { findPageFurniture } from './page-furniture';
import { buildOutline } from './sections';
import { splitSentences } from './sentences';


/**
 * The read-only model of a draft, parsed once and shared by every rule. Structural views
 * (lines, paragraphs, sentences) are computed eagerly; expensive ones (segmentation) are
 * memoised through `view()`.
 */
export class Draft implements DraftText {
  // The fields of DraftText (see model.ts for what each holds).
  readonly source: string;
  readonly text: string;
  readonly format: DraftFormat;
  readonly lines: readonly Line[];
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly blocks: readonly MarkdownBlock[];
  readonly listItems: readonly ListItem[];
  /** Markdown only: the HTML comments outside code, where `gwlint-disable` directives live. */
  readonly comments: readonly Span[];
  private readonly views = new Map<string, unknown>();
  private readonly cache: LintCache | undefined;
  /** The cache's memo of each paragraph, by paragraph index, looked up on first use. */
  private readonly memos: (ParagraphMemo | undefined)[] = [];

  /** With a `cache`, work that depends on one paragraph alone is shared with other drafts of the same document. */
  constructor(source: string, format: DraftFormat = 'text', cache?: LintCache) {
    this.source = source;
    this.cache = cache;
    this.format = format;
    // Parts of a Markdown draft that an edit did not change are not parsed again.
    const memo: PartMemo | undefined = cache ? (text, compute) => cache.paragraph(text, this).get('markdown', '', compute) : undefined;
    const markdown = format === 'markdown' ? parseMarkdown(source, memo) : undefined;
    this.text = markdown?.text ?? source;
    this.blocks = markdown?.blocks ?? [];
    this.listItems = markdown?.listItems ?? [];
    this.comments = markdown?.comments ?? [];
    this.lines = splitLines(this.text);
    const paragraphs: Paragraph[] = [];
    const sentences: Sentence[] = [];
    for (const line of this.lines) {
      if (isBlank(line.text)) continue;
      const paragraph = { index: paragraphs.length, lineIndex: line.index, start: line.start, end: line.end, text: line.text };
      paragraphs.push(paragraph);
      if (!cache) {
        for (const sentence of splitSentences(paragraph)) sentences.push(sentence);
        continue;
      }
      const local = this.memo(paragraph, 'sentences', () => splitSentences({ ...paragraph, index: 0, start: 0 }));
      for (const s of local) sentences.push({ paragraphIndex: paragraph.index, start: s.start + paragraph.start, end: s.end + paragraph.start, text: s.text });
    }
    this.paragraphs = paragraphs;
    this.sentences = sentences;
  }

  /** The 0-based line that contains `offset` (a line break belongs to its line). */
  lineAt(offset: number): number {
    return lastAtOrBefore(this.lines, (line) => line.start, offset);
  }

  positionAt(offset: number): Position {
    const line = this.lineAt(offset);
    return { line, column: offset - this.lines[line].start };
  }

  /** The paragraph that contains `offset`, if any. */
  paragraphAt(offset: number): Paragraph | undefined {
    const line = this.lineAt(offset);
    // Paragraphs are in line order: the last one starting at or before the line.
    const paragraph = this.paragraphs[lastAtOrBefore(this.paragraphs, (p) => p.lineIndex, line)] as Paragraph | undefined;
    return paragraph?.lineIndex === line ? paragraph : undefined;
  }

  slice(span: Span): string {
    return this.text.slice(span[0], span[1]);
  }

  /** Page numbers, running headers and 文库 preview page numbers, in order; computed on first use. */
  get pageFurniture(): readonly PageFurniture[] {
    return this.view('page-furniture', () => findPageFurniture(this));
  }

  /** Headings (`一、` `（一）` `1.` `（1）`, `第一章`, …) in document order; computed on first use. */
  get headings(): readonly Heading[] {
    return this.view('headings', () => findHeadings(this, this.pageFurniture));
  }

  /** Runs of in-paragraph enumeration items (`一是…二是`, `首先…其次`, `①②`); computed on first use. */
  get enumerations(): readonly EnumerationRun[] {
    return this.view('enumerations', () => findEnumerations(this, this.headings));
  }

  /** Phrases that promise a count (`讲三点意见`) with the items that follow them; computed on first use. */
  get announcements(): readonly Announcement[] {
    return this.view('announcements', () => findAnnouncements(this, this.headings, this.enumerations, this.outline));
  }

  /** The section tree: title, then headings nested by rank; computed on first use. */
  get outline(): Outline {
    return this.view('outline', () => buildOutline(this, this.headings));
  }

  /**
   * `compute()`, memoised in the draft's cache (if any) for the paragraph's text under `table`
   * and `extra`. The result must depend on nothing but the paragraph's text and what `extra`
   * spells out, hold offsets relative to the paragraph, and never be mutated.
   */
  memo<T>(paragraph: Paragraph, table: string, compute: () => T, extra = ''): T {
    if (!this.cache) return compute();
    const memo = (this.memos[paragraph.index] ??= this.cache.paragraph(paragraph.text, this));
    return memo.get(table, extra, compute);
  }

  /** A lazily computed, memoised view of the draft (word segmentation, n-grams, ...). */
  view<T>(key: string, compute: () => T): T {
    if (!this.views.has(key)) this.views.set(key, compute());
    return this.views.get(key) as T;
  }
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (const m of text.matchAll(re)) {
    lines.push({ index: lines.length, start, end: m.index, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ index: lines.length, start, end: text.length, text: text.slice(start) });
  return lines;
}
