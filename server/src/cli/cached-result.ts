import { isWordFile, readDraftBytes } from '../host/read-draft';
import type { CacheEntry } from './cache';
import type { FileResult } from './formatters/result';

/**
 * A file's result from its cache entry. Its text (`source`) is decoded, or its Word file
 * unzipped, only if something reads it: the stylish, JSON and other formats place findings
 * with the entry's line starts alone; SARIF's fingerprints and the baseline need the text.
 */
export function cachedResult(path: string, bytes: Uint8Array, entry: CacheEntry): FileResult {
  let source: string | undefined;
  const result = {
    filePath: path,
    findings: entry.findings,
    lineStarts: entry.lineStarts,
    ...(isWordFile(path) ? { wordFile: true as const } : {}),
  };
  return Object.defineProperty(result, 'source', {
    enumerable: true,
    get: (): string => {
      if (source === undefined) {
        // The bytes were read without trouble when the entry was made, and they are the same bytes.
        const read = readDraftBytes(path, bytes);
        source = read.ok ? read.text : '';
      }
      return source;
    },
  }) as FileResult;
}

