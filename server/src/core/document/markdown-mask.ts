/**
 * Blanks out Markdown syntax that is not prose (code, comments, link targets, emphasis and
 * heading markers) with spaces, keeping every other character at its offset. Rules then read
 * prose only, and their spans are still valid in the original text.
 */
export function maskMarkdown(source: string): string {
  // 1 for each code unit to blank; ranges may overlap.
  const blanked = new Uint8Array(source.length);
  const blank = (start: number, end: number): void => {
    blanked.fill(1, start, end);
  };
  const blankMatches = (re: RegExp, group?: number): void => {
    for (const m of source.matchAll(re)) {
      if (group === undefined) blank(m.index, m.index + m[0].length);
      else {
        const at = m.index + m[0].indexOf(m[group]);
        blank(at, at + m[group].length);
      }
    }
  };
  blankMatches(/^---\r?\n[\s\S]*?\r?\n---[ \t]*$/gy); // front matter
  blankMatches(/^[ \t]{0,3}(```|~~~)[^\n]*\n[\s\S]*?(?:^[ \t]{0,3}\1[^\n]*$|(?![\s\S]))/gm); // fenced code
  blankMatches(/<!--[\s\S]*?-->/g);
  blankMatches(/`[^`\n]+`/g);
  blankMatches(/!?\[[^\]\n]*\]\(([^)\s]*)(?:\s+"[^"]*")?\)/g, 1); // link and image targets
  blankMatches(/<(?:https?:\/\/|mailto:)[^>\s]+>/g);
  blankMatches(/^[ \t]*\[[^\]\n]+\]:\s*\S+.*$/gm); // link reference definitions
  blankMatches(/^[ \t]{0,3}#{1,6}(?=[ \t])/gm); // ATX heading markers
  blankMatches(/^[ \t]{0,3}>[ \t]?/gm); // block quote markers
  blankMatches(/^[ \t]*[-*+](?=[ \t])/gm); // bullets; ordered `1.` stays: it is document numbering
  // Emphasis pairs: **text** and __text__ on one line are formatting, not placeholders.
  for (const m of source.matchAll(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g)) {
    const open = m.index;
    const close = m.index + m[0].length - 2;
    if (!canOpen(source, open) || !canClose(source, close)) continue;
    blank(open, open + 2);
    blank(close, close + 2);
  }
  return applyBlanks(source, blanked);
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

const PUNCTUATION = /[\p{P}\p{S}]/u;
const isSpaceOrEdge = (ch: string | undefined): boolean => ch === undefined || /\s/.test(ch);
const isPunct = (ch: string | undefined): boolean => ch !== undefined && PUNCTUATION.test(ch);

/** CommonMark's left-flanking test, simplified to a two-character delimiter run. */
function canOpen(text: string, at: number): boolean {
  const before = text[at - 1];
  const after = text[at + 2];
  if (isSpaceOrEdge(after) || before === '*' || before === '_') return false;
  return !isPunct(after) || isSpaceOrEdge(before) || isPunct(before);
}

/** CommonMark's right-flanking test, simplified to a two-character delimiter run. */
function canClose(text: string, at: number): boolean {
  const before = text[at - 1];
  const after = text[at + 2];
  if (isSpaceOrEdge(before) || after === '*' || after === '_') return false;
  return !isPunct(before) || isSpaceOrEdge(after) || isPunct(after);
}
