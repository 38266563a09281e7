// Bounds on the Markdown parser's work. micromark takes time that grows faster than the text on
// shapes no draft has but a hostile or broken file may: containers nested thousands deep on one
// line (`> > > …`, `- - - …`), hundreds of emphasis delimiters in one paragraph, thousands of
// unclosed brackets or inline comments (`<!--`). The parser reads a copy of the same length with those shapes defused; the
// prose view is still made from the source, so offsets and text are unchanged.

/** Container markers (`>`, `-`, `1.`) kept at the start of one line; deeper ones are read as text. */
const MAX_LINE_NESTING = 16;
/**
 * Runs of `*` or `_` in one paragraph beyond which emphasis is not parsed at all: micromark
 * matches delimiters in time that grows with the square of their number, and so many runs are
 * a template's masks or blanks (`的**的**…`), not emphasis. They stay text for the placeholder rule.
 */
const MAX_EMPHASIS_RUNS = 256;
/** Opening brackets in one part beyond which links are not parsed at all. */
const MAX_BRACKETS = 1_000;
/**
 * Angle brackets in one part beyond which inline HTML is not parsed at all: micromark looks for
 * the end of an unclosed `<!--` or `<?` again from each one, to the end of the paragraph.
 */
const MAX_ANGLES = 1_000;

const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))+/gm;
const CONTAINER_MARKER = />|[-*+]|\d{1,9}[.)]/g;

/** What the parser is given: the text to parse, and whether emphasis, links and inline HTML may be parsed. */
export interface ParseInput {
  readonly text: string;
  readonly emphasis: boolean;
  readonly links: boolean;
  readonly html: boolean;
}

/** `source` with nesting beyond the bound read as text, and whether emphasis and links are within bounds. */
export function boundParse(source: string): ParseInput {
  let text = source;
  if (source.includes('>') || /[-*+]\s|\d[.)]\s/.test(source)) {
    text = source.replace(CONTAINER_PREFIX, (prefix) => {
      let markers = 0;
      // An ideographic space is text to the parser (never indentation), so the rest reads as a paragraph.
      return prefix.replace(CONTAINER_MARKER, (marker) => (++markers > MAX_LINE_NESTING ? '\u3000'.repeat(marker.length) : marker));
    });
  }
  return {
    text,
    emphasis: mostEmphasisRuns(source) <= MAX_EMPHASIS_RUNS,
    links: count(source, '[') <= MAX_BRACKETS,
    html: count(source, '<') <= MAX_ANGLES,
  };
}

function count(text: string, ch: string): number {
  let n = 0;
  for (let at = text.indexOf(ch); at >= 0; at = text.indexOf(ch, at + 1)) n++;
  return n;
}

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
