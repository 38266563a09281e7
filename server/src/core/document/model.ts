// The types of the Draft model: what the parsers of this folder produce and the rules read.
// Types only, so that the parsers and the Draft that runs them depend on this module and
// not on each other.
import type { DraftFormat, Span } from '../types';

/** One line of the text, without its line break. */
export interface Line {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * A paragraph: in a plain-text draft, one non-blank line. Its text is the prose view
 * (Markdown syntax blanked), at the same offsets as in the source.
 */
export interface Paragraph {
  readonly index: number;
  readonly lineIndex: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A sentence or clause ending in 。！？； (or the end of its paragraph). */
export interface Sentence {
  readonly paragraphIndex: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A 0-based line and UTF-16 column. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/**
 * The written shape of a heading-style number: `一、` (chinese), `（一）` (chinese-paren),
 * `1.` (arabic), `（1）` (arabic-paren), `①` (circled). Variants (`一.`, `(一)`, `1、`, `⑴`,
 * `⒈`) share the shape of the form they stand for and keep their actual punctuation.
 */
export type MarkerForm = 'chinese' | 'chinese-paren' | 'arabic' | 'arabic-paren' | 'circled';

/** A number written as a heading or list marker, as found in the prose view. */
export interface NumberMarker {
  readonly form: MarkerForm;
  readonly value: number;
  /** The whole marker, brackets and trailing punctuation included. */
  readonly span: Span;
  /** The characters that spell the number. */
  readonly numeral: Span;
  /** Opening and closing bracket as written (empty when unbracketed). */
  readonly open: string;
  readonly close: string;
  /** Punctuation written after the number or the closing bracket (`、`, `.`, `．`, `，`, or empty). */
  readonly after: string;
}

/**
 * What kind of structure a heading opens: a numbered heading of GB/T 9704 (`一、` `（一）`
 * `1.` `（1）`, or `①` used as a heading), or a unit of a regulation or report (`第一编`,
 * `第一部分`, `第一章`, `第一节`, `第一条`), or an attachment (`附件1`).
 */
export type HeadingKind = 'numbered' | 'attachment' | 'part' | 'chapter' | 'section' | 'article';

/** A heading: a number at the start of a paragraph (or mid-line after a sentence end and a space). */
export interface Heading {
  readonly index: number;
  readonly kind: HeadingKind;
  /**
   * For numbered headings the level of GB/T 9704 §7.3.3: 1 `一、`, 2 `（一）`, 3 `1.`,
   * 4 `（1）`; `①` is 4, or 5 below a `（1）`. For the other kinds 0.
   */
  readonly level: number;
  /** Nesting order across kinds: a heading encloses the following headings of larger rank. */
  readonly rank: number;
  readonly value: number;
  /** For numbered headings, the shape of the number. */
  readonly form?: MarkerForm;
  /** For numbered headings, the marker as parsed (brackets and punctuation as written). */
  readonly number?: NumberMarker;
  /** The marker, e.g. `（一）、` or `第三章`. */
  readonly marker: Span;
  /** The characters that spell the number. */
  readonly numeral: Span;
  /** The heading's own words, up to the first sentence end. */
  readonly title: Span;
  readonly paragraphIndex: number;
  /** True when the heading was found mid-line, after a sentence end and whitespace. */
  readonly midLine: boolean;
}

/**
 * The series an in-paragraph item belongs to: `一是` (shi), `一要` (yao), `一方面/另一方面`
 * (aspect), `第一，` (ordinal), `其一` (qi), `首先/其次/再次/最后` (sequence), or a
 * heading-style number written inline (`①`, `（1）`, `1.`, `（一）`, `一、`).
 */
export type EnumerationKind = 'shi' | 'yao' | 'aspect' | 'ordinal' | 'qi' | 'sequence' | MarkerForm;

/** One item of an enumeration inside a paragraph. */
export interface EnumerationItem {
  readonly kind: EnumerationKind;
  /** 1-based position the writer gave it; 最后 takes the position after the item before it. */
  readonly value: number;
  /** True for 最后, which closes a series of 首先/其次/再次. */
  readonly final: boolean;
  /** The marker as written: `二是`, `第四，`, `其次`, `③`. */
  readonly marker: Span;
  /** The characters that spell the number (empty for 首先/其次/最后). */
  readonly numeral: Span;
  readonly paragraphIndex: number;
}

/**
 * A series of items that belong together: same kind (a series of 首先/其次 may be broken by
 * a 第三 or 其三 of another ordinal kind, which the run keeps so that a rule can report it).
 * A run may continue over the paragraphs under the same heading; a heading ends every run.
 */
export interface EnumerationRun {
  readonly index: number;
  readonly kind: EnumerationKind;
  readonly items: readonly EnumerationItem[];
}

/**
 * A phrase that promises a number of items: `讲三点意见`, `以下四个方面`, `提两点要求`,
 * `有三项议程`, `要有两种意识`, `聚焦“五个如何”`. It governs the next run of headings or
 * enumeration items that starts right after it.
 */
export interface Announcement {
  /** The phrase, from the count (or the opening quote) to the end of its noun. */
  readonly span: Span;
  /** The count as written: `三`, `两`, `4`. */
  readonly countText: string;
  readonly count: number;
  /** The items that fulfil it: the markers of the headings or enumeration items. */
  readonly items: readonly Span[];
  /** Whether the items are headings, enumeration items, or unnumbered (bullets, a list of phrases). */
  readonly itemsAre: 'headings' | 'enumeration' | 'list';
}

/** A heading with everything under it, up to the next heading of the same or a larger scope. */
export interface Section {
  readonly heading: Heading;
  /** From the heading's marker to the start of the next heading that does not nest in it. */
  readonly span: Span;
  readonly children: readonly Section[];
  readonly parent?: Section;
}

/** The section tree: the draft's title line, then the headings nested by rank. */
export interface Outline {
  /** The first paragraph when it reads as a title (short, no heading, no sentence end). */
  readonly title?: { readonly text: string; readonly span: Span };
  readonly sections: readonly Section[];
}

/** A block of a Markdown draft that is not prose, or not only prose. */
export interface MarkdownBlock {
  /** Front matter (never prose), fenced or indented code, an HTML block, a GFM table. */
  readonly kind: 'front-matter' | 'code' | 'html' | 'table';
  readonly span: Span;
}

/** An item of a Markdown list (`- …`, `1. …`), nested lists included. */
export interface ListItem {
  readonly ordered: boolean;
  /** For an ordered item, the number as written (`3` for `3.`). */
  readonly value?: number;
  /** The marker: `-`, `*`, `+`, `1.`, `1)` (in the prose view a bullet is blanked, a number stays). */
  readonly marker: Span;
  /** From the marker to the end of the item's content, nested lists included. */
  readonly span: Span;
  /** 0 for an item of a top-level list, 1 for an item of a list inside an item, … */
  readonly depth: number;
  /** Which list of the draft the item belongs to (0, 1, …): items of one list share it. */
  readonly list: number;
}

/**
 * What a printed or previewed page leaves in copied text, which a writer must delete: a page
 * number on its own line (`— 3 —`, `- 3 -`, `第 3 页`, `3` in a series), a running header (the
 * title or `××县人民政府文件` repeated at a page break), or the page number a 文库 preview
 * puts at the start of every page (`2、书名单`).
 */
export interface PageFurniture {
  readonly kind: 'page-number' | 'running-header' | 'preview-page-number';
  readonly paragraphIndex: number;
  /** The furniture itself. */
  readonly span: Span;
  /**
   * What deleting it removes: its line with the line break; when the page break split a
   * sentence, the line breaks around it too, so that the two halves join.
   */
  readonly fix: Span;
}

/**
 * The parsed text of a draft: what the parsers of the model (headings, enumerations,
 * announcements, sections) read. `Draft` implements it and runs them on first use.
 */
export interface DraftText {
  /** The text as given, line endings included. */
  readonly source: string;
  /** The prose view: same length as `source`, Markdown syntax replaced by spaces. */
  readonly text: string;
  readonly format: DraftFormat;
  readonly lines: readonly Line[];
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  /** Markdown only: front matter, code, HTML blocks and tables (empty for a plain-text draft). */
  readonly blocks: readonly MarkdownBlock[];
  /** Markdown only: the items of every list, in source order (empty for a plain-text draft). */
  readonly listItems: readonly ListItem[];
  /** Page numbers, running headers and 文库 preview page numbers, in order. */
  readonly pageFurniture: readonly PageFurniture[];
  /**
   * `compute()`, memoised in the draft's cache (if any) for the paragraph's text under `table`
   * and `extra`. The result must depend on nothing but the paragraph's text and what `extra`
   * spells out, hold offsets relative to the paragraph, and never be mutated.
   */
  memo<T>(paragraph: Paragraph, table: string, compute: () => T): T;
  memo<T>(paragraph: Paragraph, table: string, compute: () => T, extra: string): T;
  /** A lazily computed, memoised view of the draft. */
  view<T>(key: string, compute: () => T): T;
}
