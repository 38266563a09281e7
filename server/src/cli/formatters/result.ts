import { lastAtOrBefore } from '../../core/sorted';
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
  const index = lastAtOrBefore(lineStarts, (start) => start, offset);
  return { line: index + 1, column: offset - lineStarts[index] + 1 };
}

export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) starts.push(m.index + m[0].length);
  return starts;
}
