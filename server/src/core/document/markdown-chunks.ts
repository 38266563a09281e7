// Where a Markdown draft may be cut into parts that parse alone exactly as they parse within the
// whole: after a blank line, before a line that starts at the margin with no list marker, quote
// or indent (it ends every list and quote), outside fenced code, HTML blocks that may hold blank
// lines, and front matter. A draft with a link reference definition is one part, as a reference
// may be anywhere. Parts are parsed, and memoised, one by one: an edit re-parses its own part.

const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/m;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
// HTML blocks of CommonMark kinds 1–5 end at a marker, not at a blank line.
const HTML_BLOCKS: readonly (readonly [RegExp, RegExp])[] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
// A line that may start a part: at the margin, not a quote, list item, or the body of a block.
const PART_START = /^(?![ \t>]|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|[=-]+[ \t]*$)\S/;
const FRONT_MATTER_END = /^(?:---|\.\.\.)[ \t]*$/;
// A paragraph longer than this (no draft has one; a hostile file may) is cut at lines that can
// only go on with the paragraph's text, so that the parser's work stays in proportion to the
// text. Emphasis or a link that crosses such a line is then read as text.
const MAX_PART = 20_000;
const BLOCK_START = /^(?:[ \t>#<|=~`[]|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|(?:[-*_][ \t]*){3,}$|$)/;

/** The offsets where parts of `source` start (0 first). */
export function partStarts(source: string): number[] {
  if (DEFINITION.test(source)) return [0];
  const starts = [0];
  let fence: string | undefined;
  let htmlEnd: RegExp | undefined;
  let frontMatter = /^(?:---|\+\+\+)[ \t]*\r?\n/.test(source);
  let previousBlank = false;
  let previous = '';
  let at = 0;
  for (let index = 0; at <= source.length; index++) {
    const next = source.indexOf('\n', at);
    const end = next < 0 ? source.length : next;
    const line = source.slice(at, end).replace(/\r$/, '');
    if (frontMatter) {
      // Front matter runs from the first line to its closing fence.
      if (index > 0 && (FRONT_MATTER_END.test(line) || /^\+\+\+[ \t]*$/.test(line))) frontMatter = false;
    } else if (fence !== undefined) {
      const close = FENCE.exec(line);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length && line.slice(close[0].length).trim() === '') fence = undefined;
    } else if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = undefined;
    } else {
      if (previousBlank && PART_START.test(line)) starts.push(at);
      else if (at - starts[starts.length - 1] > MAX_PART && !previousBlank && !BLOCK_START.test(line) && !line.includes('|') && !previous.includes('|')) starts.push(at);
      const open = FENCE.exec(line);
      if (open && !(open[1][0] === '`' && line.slice(open[0].length).includes('`'))) fence = open[1];
      else {
        const html = HTML_BLOCKS.find(([start]) => start.test(line));
        if (html && !html[1].test(line.replace(html[0], ''))) htmlEnd = html[1];
      }
    }
    previousBlank = line.trim() === '';
    previous = line;
    if (next < 0) break;
    at = next + 1;
  }
  return starts;
}
