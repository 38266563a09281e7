import type { LintOptions } from '../core/engine';
import type { ResolvedConfig } from './config-file';
import { formatForPath } from './read-draft';
import { getSegmenter } from './segmenter';

/** The engine options for one file: its format, its rule settings and a lazily loaded segmenter. */
export function lintOptionsFor(filePath: string, config: ResolvedConfig): LintOptions {
  return {
    format: formatForPath(filePath),
    rules: config.rules,
    segmenter: () => getSegmenter(config.segmenter, config.dictionary),
  };
}
