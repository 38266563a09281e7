import type { Finding } from '../../core/types';

/** What the CLI knows about one linted file, in the form the formatters print. */
export interface FileResult {
  /** Absolute path, or the --stdin-filename (`<text>` without one). */
  readonly filePath: string;
  readonly source: string;
  readonly findings: readonly Finding[];
  /** Set when the file could not be linted (unreadable, binary, broken configuration). */
  readonly fatal?: string;
}

/** 1-based line and UTF-16 column of an offset, as editors and ESLint count them. */
export function lineColumn(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo] + 1 };
}

export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) starts.push(m.index + m[0].length);
  return starts;
}
