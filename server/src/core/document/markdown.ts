import { parse, postprocess, preprocess } from 'micromark';
import { cjkFriendlyExtension } from 'micromark-extension-cjk-friendly';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Extension, Token } from 'micromark-util-types';
import type { Span } from '../types';
import { partStarts } from './markdown-chunks';
import { boundParse, type ParseInput } from './markdown-limits';
import type { ListItem, MarkdownBlock } from './model';

/** What the Markdown parser tells the Draft: the prose view and where the syntax is. */
export interface MarkdownSyntax {
  /** The source with every character of syntax (not prose) but line breaks replaced by a space. */
  readonly text: string;
  /** Front matter, code, HTML and tables, in source order (a table may hold no other block). */
  readonly blocks: readonly MarkdownBlock[];
  /** The items of every list, in source order. */
  readonly listItems: readonly ListItem[];
  /** HTML comments (`<!-- … -->`) outside code, where directives live. */
  readonly comments: readonly Span[];
}

// Tokens whose every character is syntax, not prose: front matter, code, autolinks, link targets,
// reference definitions, the markers of headings, quotes, emphasis, escapes and tables, and the
// labels of footnotes (`[^1]`, `[^1]:`), whose definitions are prose.
const SYNTAX = new Set([
  'yaml', 'toml', 'codeFenced', 'codeIndented', 'codeText', 'autolink', 'definition', 'resource', 'reference',
  'labelImageMarker', 'labelMarker', 'thematicBreak', 'atxHeadingSequence', 'setextHeadingLine', 'blockQuotePrefix',
  'emphasisSequence', 'strongSequence', 'escapeMarker', 'characterReference', 'hardBreakEscape',
  'tableCellDivider', 'tableDelimiterRow',
  'gfmFootnoteCall', 'gfmFootnoteDefinitionLabel', 'definitionMarker',
]);
const BLOCK_KIND: Readonly<Record<string, MarkdownBlock['kind']>> = {
  yaml: 'front-matter', toml: 'front-matter', codeFenced: 'code', codeIndented: 'code', htmlFlow: 'html', table: 'table',
};
// Inside HTML: comments, tags, and what script and style elements hold are not prose; text between tags is.
const HTML_SYNTAX = /<!--[\s\S]*?(?:-->|$)|<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)|<\/?[A-Za-z][^>]*>?|<![^>]*>?|<\?[\s\S]*?(?:\?>|$)/gi;

// What stands before the escaped dot of a typed number: the number alone at its line's start.
const NUMBER_BEFORE = /^[ \t]*\d{1,3}$/;

// Constructs switched off for a part that is crowded with delimiters, brackets or angle brackets (markdown-limits.ts).
const NO_EMPHASIS = ['attention'];
const NO_LINKS = ['labelStartLink', 'labelStartImage', 'labelEnd'];
const NO_HTML = ['htmlText'];
const EXTENSIONS = new Map<string, Extension[]>();

/** Front matter, GFM tables and footnotes always; CJK-friendly emphasis, links and inline HTML unless switched off. */
function extensionsFor({ emphasis, links, html }: ParseInput): Extension[] {
  const key = `${emphasis}${links}${html}`;
  let extensions = EXTENSIONS.get(key);
  if (!extensions) {
    const disabled = [...(emphasis ? [] : NO_EMPHASIS), ...(links ? [] : NO_LINKS), ...(html ? [] : NO_HTML)];
    extensions = [frontmatter(), gfmTable(), gfmFootnote(), ...(emphasis ? [cjkFriendlyExtension()] : []), { disable: { null: disabled } }];
    EXTENSIONS.set(key, extensions);
  }
  return extensions;
}

/** What one part of a draft parses to, in the part's own offsets (memoised by its text). */
interface PartSyntax {
  /** Spans of syntax to blank. */
  readonly syntax: readonly Span[];
  /** Escaped dots of a number at a line's start (`1\.`), each read in its backslash's place. */
  readonly escapedDots: readonly number[];
  readonly blocks: readonly MarkdownBlock[];
  readonly listItems: readonly ListItem[];
  readonly lists: number;
  readonly comments: readonly Span[];
}

/** Memoises the parse of one part by its text (a draft's `LintCache`), or computes it. */
export type PartMemo = (text: string, compute: () => PartSyntax) => PartSyntax;

/**
 * Parses a Markdown draft with micromark (CommonMark, front matter, GFM tables and footnotes, and emphasis
 * next to Chinese punctuation as Chinese writers mean it) and reports what is syntax. Every
 * span is a UTF-16 offset in `source`. The draft is parsed in parts that parse alone as they
 * do in the whole (see markdown-chunks.ts), each memoised by `memo`; `starts` are where
 * the parts start (tests give `[0]` to parse the whole at once).
 */
export function parseMarkdown(source: string, memo: PartMemo = (_text, compute) => compute(), starts = partStarts(source)): MarkdownSyntax {
  // 1 for each code unit to blank; ranges may overlap.
  const blanked = new Uint8Array(source.length);
  const escapedDots: number[] = [];
  const blocks: MarkdownBlock[] = [];
  const listItems: ListItem[] = [];
  const comments: Span[] = [];
  let lists = 0;
  starts.forEach((start, k) => {
    const text = source.slice(start, k + 1 < starts.length ? starts[k + 1] : source.length);
    const part = memo(text, () => parsePart(text));
    const shift = (span: Span): Span => [span[0] + start, span[1] + start];
    for (const span of part.syntax) blanked.fill(1, span[0] + start, span[1] + start);
    for (const at of part.escapedDots) escapedDots.push(at + start);
    for (const b of part.blocks) blocks.push({ kind: b.kind, span: shift(b.span) });
    for (const item of part.listItems) listItems.push({ ...item, marker: shift(item.marker), span: shift(item.span), list: item.list + lists });
    for (const c of part.comments) comments.push(shift(c));
    lists += part.lists;
  });
  return { text: withEscapedDots(applyBlanks(source, blanked), escapedDots), blocks, listItems, comments };
}

/**
 * `1\.`, as pandoc writes a paragraph that starts with a typed number (so that it is not read
 * as a list), is read `1. `: the dot takes the backslash's place and its own is blanked, so
 * that the number is found as the writer typed it. The number keeps its offsets; only the dot
 * is one to the left (a fix never edits it: `1.` is the standard form).
 */
function withEscapedDots(text: string, escapedDots: readonly number[]): string {
  if (escapedDots.length === 0) return text;
  let out = '';
  let from = 0;
  for (const at of escapedDots) {
    out += text.slice(from, at) + '. ';
    from = at + 2;
  }
  return out + text.slice(from);
}

/** Parses one part of a draft (or a whole draft) in its own offsets. */
function parsePart(source: string): PartSyntax {
  const input = boundParse(source);
  const extensions = extensionsFor(input);
  const events = postprocess(parse({ extensions }).document().write(preprocess()(input.text, undefined, true)));
  const syntax: Span[] = [];
  const escapedDots: number[] = [];
  const blocks: MarkdownBlock[] = [];
  const comments: Span[] = [];
  const lists = new ListCollector(source);
  for (const [kind, token] of events) {
    if (kind === 'exit') {
      if (token.type === 'listOrdered' || token.type === 'listUnordered') lists.close(token);
      continue;
    }
    const start = token.start.offset;
    const end = token.end.offset;
    const block = BLOCK_KIND[token.type];
    if (block) blocks.push({ kind: block, span: [start, end] });
    if (token.type === 'escapeMarker' && source[end] === '.' && NUMBER_BEFORE.test(source.slice(source.lastIndexOf('\n', start - 1) + 1, start))) escapedDots.push(start);
    else if (SYNTAX.has(token.type)) syntax.push([start, end]);
    else if (token.type === 'htmlFlow' || token.type === 'htmlText') {
      const html = source.slice(start, end);
      for (const m of html.matchAll(HTML_SYNTAX)) syntax.push([start + m.index, start + m.index + m[0].length]);
      for (const [from, to] of htmlComments(html)) comments.push([start + from, start + to]);
    } else if (token.type === 'listOrdered' || token.type === 'listUnordered') lists.open(token);
    else if (token.type === 'listItemPrefix') {
      const item = lists.item(token);
      // A bullet is syntax; an ordered item's number (`1.`) is the document's numbering and stays.
      if (!item.ordered) syntax.push(item.marker);
    }
  }
  return { syntax, blocks, listItems: lists.items(), lists: lists.count, comments, escapedDots };
}

interface OpenList {
  readonly index: number;
  readonly ordered: boolean;
  readonly depth: number;
  readonly items: { start: number; marker: Span; value?: number }[];
}

/** Gathers list items; an item reaches to the next item of its list, or the list's end. */
class ListCollector {
  private readonly stack: OpenList[] = [];
  private readonly done: ListItem[] = [];
  /** How many lists have been opened. */
  count = 0;

  constructor(private readonly source: string) {}

  open(token: Token): void {
    this.stack.push({ index: this.count++, ordered: token.type === 'listOrdered', depth: this.stack.length, items: [] });
  }

  item(prefix: Token): { ordered: boolean; marker: Span } {
    const marker = this.markerOf(prefix);
    const list = this.stack[this.stack.length - 1] as OpenList | undefined;
    if (!list) return { ordered: false, marker };
    const digits = list.ordered ? /^\d+/.exec(this.source.slice(marker[0], marker[1])) : null;
    list.items.push({ start: prefix.start.offset, marker, ...(digits ? { value: Number(digits[0]) } : {}) });
    return { ordered: list.ordered, marker };
  }

  close(token: Token): void {
    const list = this.stack.pop();
    if (!list) return;
    list.items.forEach((item, k) => {
      const next = k + 1 < list.items.length ? list.items[k + 1].start : token.end.offset;
      this.done.push({
        ordered: list.ordered,
        ...(item.value !== undefined ? { value: item.value } : {}),
        marker: item.marker,
        span: [item.start, trimEnd(this.source, item.start, next)],
        depth: list.depth,
        list: list.index,
      });
    });
  }

  items(): ListItem[] {
    return this.done.sort((a, b) => a.span[0] - b.span[0]);
  }

  /** The marker of a list item prefix: `-`, `1.` (the prefix without its whitespace). */
  private markerOf(prefix: Token): Span {
    let end = prefix.end.offset;
    while (end > prefix.start.offset && /[ \t]/.test(this.source[end - 1])) end--;
    return [prefix.start.offset, end];
  }
}

/**
 * The closed comments (`<!-- … -->`) of an HTML block, in one pass: once a comment has no
 * `-->` after it, none after it has either (a regular expression would look again from each).
 */
function htmlComments(html: string): Span[] {
  const found: Span[] = [];
  for (let at = html.indexOf('<!--'); at >= 0; at = html.indexOf('<!--', at)) {
    const close = html.indexOf('-->', at + 4);
    if (close < 0) break;
    found.push([at, close + 3]);
    at = close + 3;
  }
  return found;
}

function trimEnd(source: string, start: number, end: number): number {
  let at = end;
  while (at > start && /\s/.test(source[at - 1])) at--;
  return at;
}

/** `source` with every marked code unit but line breaks replaced by a space. */
function applyBlanks(source: string, blanked: Uint8Array): string {
  let out = '';
  let from = 0;
  for (let i = blanked.indexOf(1); i >= 0 && i < source.length; i = blanked.indexOf(1, i)) {
    let end = i;
    while (end < source.length && blanked[end] === 1) end++;
    out += source.slice(from, i) + source.slice(i, end).replace(/[^\r\n]/g, ' ');
    from = end;
    i = end;
  }
  return out + source.slice(from);
}
