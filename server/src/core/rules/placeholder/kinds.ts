import { allMatches } from '../../matches';

/** What a placeholder looks like; each kind has its own message. */
export type PlaceholderKind =
  | 'asterisks'
  | 'underscores'
  | 'letters'
  | 'crosses'
  | 'mou'
  | 'circles'
  | 'slot'
  | 'boxes'
  | 'emptyBrackets'
  | 'spacedBlank'
  | 'editorNote'
  | 'todo'
  | 'ellipsis';

/** A stretch of a line left to be filled in; offsets are relative to the line. */
export interface Placeholder {
  readonly kind: PlaceholderKind;
  readonly start: number;
  readonly end: number;
}

/** One paragraph as the scanners see it. */
export interface ScanLine {
  /** The prose view of the paragraph (Markdown syntax blanked). */
  readonly text: string;
  /** The same stretch of the source, for telling typed spaces from blanked syntax. */
  readonly source: string;
  readonly markdown: boolean;
}

/** Finds placeholders of one family in a paragraph. */
export type Scanner = (line: ScanLine) => Placeholder[];

/**
 * The placeholders of one kind that a pattern matches in `text`, kept where `isBlank` says
 * the match stands for something to fill in.
 */
export function scanMatches(
  text: string,
  pattern: RegExp,
  kind: PlaceholderKind,
  isBlank: (match: string, start: number, end: number) => boolean,
): Placeholder[] {
  const found: Placeholder[] = [];
  for (const m of allMatches(pattern, text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (isBlank(m[0], start, end)) found.push({ kind, start, end });
  }
  return found;
}
