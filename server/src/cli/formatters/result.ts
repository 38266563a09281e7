import { isAbsolute, relative, sep } from 'node:path';
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
  /**
   * A Word (.docx) file: `source` holds its paragraphs one a line, so a finding's line is the
   * paragraph number (say 第 N 段, not 行). Its fixes are never offered: the file is not text.
   */
  readonly wordFile?: true;
  /** Where `source`'s lines start, when known without it (a result from the cache). */
  readonly lineStarts?: readonly number[];
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

/** Where a result's lines start: from the cache when it came from there, else from its text. */
export function lineStartsOfResult(result: FileResult): readonly number[] {
  return result.lineStarts ?? lineStartsOf(result.source);
}

/**
 * The result with other findings (`--quiet`), everything else as it was: a result from the
 * cache reads its text only when a format asks for it, and copying it must not ask.
 */
export function withFindings(result: FileResult, findings: readonly Finding[]): FileResult {
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(result)) as FileResult;
  return Object.defineProperty(copy, 'findings', { value: findings, enumerable: true });
}

/** A file's path as a report shows it: relative to the working folder when inside it. */
export function displayPath(filePath: string, cwd: string): string {
  if (filePath.startsWith('<')) return filePath;
  const rel = relative(cwd, filePath);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? filePath : rel.split(sep).join('/');
}

/** What every formatter may need besides the results. */
export interface FormatContext {
  readonly cwd: string;
  readonly color: boolean;
  /** gwlint's version, for formats that name their tool. */
  readonly version: string;
}

/** A report format: turns the results into the text written to stdout or `--output-file`. */
export type Formatter = (results: readonly FileResult[], context: FormatContext) => string | Report;

/**
 * A report written piece by piece, for formats whose report grows with the findings (JSON over a
 * repository): only one piece is held in memory at a time, not the whole text and its bytes.
 */
export interface Report {
  readonly pieces: Iterable<string>;
}

/** Where a finding lies, 1-based, columns in UTF-16 units; the end is exclusive. */
export interface Region {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** Converts spans of one file's text to regions, computing its line starts once. */
export function regionsOf(result: FileResult): (span: readonly [number, number]) => Region {
  const starts = lineStartsOfResult(result);
  return (span) => {
    const start = lineColumn(starts, span[0]);
    const end = lineColumn(starts, span[1]);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  };
}
