import { parse, postprocess, preprocess } from 'micromark';
import { cjkFriendlyExtension } from 'micromark-extension-cjk-friendly';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Token } from 'micromark-util-types';
import type { Span } from '../types';
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
// reference definitions, and the markers of headings, quotes, emphasis, escapes and tables.
const SYNTAX = new Set([
  'yaml', 'toml', 'codeFenced', 'codeIndented', 'codeText', 'autolink', 'definition', 'resource', 'reference',
  'labelImageMarker', 'labelMarker', 'thematicBreak', 'atxHeadingSequence', 'setextHeadingLine', 'blockQuotePrefix',
  'emphasisSequence', 'strongSequence', 'escapeMarker', 'characterReference', 'hardBreakEscape',
  'tableCellDivider', 'tableDelimiterRow',
]);
const BLOCK_KIND: Readonly<Record<string, MarkdownBlock['kind']>> = {
  yaml: 'front-matter', toml: 'front-matter', codeFenced: 'code', codeIndented: 'code', htmlFlow: 'html', table: 'table',
};
// Inside HTML: comments, tags, and what script and style elements hold are not prose; text between tags is.
const HTML_SYNTAX = /<!--[\s\S]*?(?:-->|$)|<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)|<\/?[A-Za-z][^>]*>?|<![^>]*>?|<\?[\s\S]*?(?:\?>|$)/gi;
const COMMENT = /<!--[\s\S]*?-->/g;

const EXTENSIONS = [frontmatter(), gfmTable(), cjkFriendlyExtension()];
// Matching emphasis delimiters costs micromark time that grows with the square of their number
// in a paragraph. A paragraph with more runs of `*` and `_` than this is not emphasis but a
// template's masks or blanks (`的**的**…`): it is parsed with emphasis switched off, so that
// the runs stay text and time stays linear.
const MAX_EMPHASIS_RUNS = 256;
const WITHOUT_EMPHASIS = [...EXTENSIONS, { disable: { null: ['attention'] } }];

/** The most runs of `*` or `_` in one stretch of text between blank lines. */
function mostEmphasisRuns(source: string): number {
  let most = 0;
  let runs = 0;
  let lineHasText = false;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code === 0x2a || code === 0x5f) {
      if (source.charCodeAt(i - 1) !== code) runs++;
      lineHasText = true;
    } else if (code === 0x0a || code === 0x0d) {
      // A blank line ends the paragraph.
      if (!lineHasText) runs = 0;
      lineHasText = false;
    } else if (code !== 0x20 && code !== 0x09) lineHasText = true;
    if (runs > most) most = runs;
  }
  return most;
}

/**
 * Parses a Markdown draft with micromark (CommonMark, front matter, GFM tables, and emphasis
 * next to Chinese punctuation as Chinese writers mean it) and reports what is syntax. Every
 * span is a UTF-16 offset in `source`.
 */
export function parseMarkdown(source: string): MarkdownSyntax {
  const extensions = mostEmphasisRuns(source) > MAX_EMPHASIS_RUNS ? WITHOUT_EMPHASIS : EXTENSIONS;
  const events = postprocess(parse({ extensions }).document().write(preprocess()(source, undefined, true)));
  // 1 for each code unit to blank; ranges may overlap.
  const blanked = new Uint8Array(source.length);
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
    if (SYNTAX.has(token.type)) blanked.fill(1, start, end);
    else if (token.type === 'htmlFlow' || token.type === 'htmlText') {
      const html = source.slice(start, end);
      for (const m of html.matchAll(HTML_SYNTAX)) blanked.fill(1, start + m.index, start + m.index + m[0].length);
      for (const m of html.matchAll(COMMENT)) comments.push([start + m.index, start + m.index + m[0].length]);
    } else if (token.type === 'listOrdered' || token.type === 'listUnordered') lists.open(token);
    else if (token.type === 'listItemPrefix') {
      const item = lists.item(token);
      // A bullet is syntax; an ordered item's number (`1.`) is the document's numbering and stays.
      if (!item.ordered) blanked.fill(1, item.marker[0], item.marker[1]);
    }
  }
  return { text: applyBlanks(source, blanked), blocks, listItems: lists.items(), comments };
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
  private count = 0;

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
