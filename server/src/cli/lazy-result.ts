import { isWordFile, readDraftBytes } from '../host/read-draft';
import type { CacheEntry } from './cache';
import type { FileResult } from './formatters/result';

/**
 * A file's result from its findings and where its lines start (a cache entry, or what a pool
 * worker sent back), without its text: `source` is decoded, or the Word file unzipped again, only
 * if something reads it. The stylish, JSON and other formats place findings with the line starts
 * alone; SARIF's fingerprints and the baseline need the text.
 */
export function resultFromLines(displayPath: string, path: string, bytes: Uint8Array, entry: CacheEntry): FileResult {
  let source: string | undefined;
  const result = {
    filePath: displayPath,
    findings: entry.findings,
    lineStarts: entry.lineStarts,
    ...(isWordFile(path) ? { wordFile: true as const } : {}),
  };
  return Object.defineProperty(result, 'source', {
    enumerable: true,
    get: (): string => {
      if (source === undefined) {
        // These bytes were read without trouble before (that gave the line starts); they read the same again.
        const read = readDraftBytes(path, bytes);
        source = read.ok ? read.text : '';
      }
      return source;
    },
  }) as FileResult;
}
