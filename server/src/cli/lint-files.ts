import type { SeveritySetting } from '../core/types';
import type { ResolvedConfig } from '../host/config-file';
import { readDraftBytes, readDraftBytesFrom } from '../host/read-draft';
import { loadWordsInBackground } from './background-words';
import type { ResultCache } from './cache';
import type { FileResult } from './formatters/result';
import { lintTask, type LintTask } from './lint-task';
import { lintInPool, threadsFor, type Concurrency } from './pool';

/** A discovered file and the configuration that applies to it. */
export interface FileToLint {
  readonly path: string;
  readonly config: ResolvedConfig;
}

export interface LintFilesOptions {
  readonly ruleOverrides: Readonly<Record<string, SeveritySetting>>;
  readonly concurrency: Concurrency;
  readonly cache?: ResultCache;
  /** Told, in file order, about each file that could not be read or linted (a fatal result). */
  readonly onFatal: (path: string, message: string) => void;
}

/**
 * Lints files, in their given order: the main thread reads each file (and looks its bytes up in
 * the cache); what is not cached is linted in-process or, for a large run, on a worker pool.
 */
export async function lintFiles(files: readonly FileToLint[], options: LintFilesOptions): Promise<FileResult[]> {
  const results = new Array<FileResult>(files.length);
  const pending: { index: number; task: LintTask; key?: string }[] = [];
  files.forEach((file, index) => {
    const raw = readDraftBytesFrom(file.path);
    if (!raw.ok) {
      results[index] = { filePath: file.path, source: '', findings: [], fatal: raw.message };
      return;
    }
    const task: LintTask = { displayPath: file.path, path: file.path, bytes: raw.bytes, config: file.config, ruleOverrides: options.ruleOverrides };
    const key = options.cache?.keyFor(file.path, raw.bytes, file.config, options.ruleOverrides);
    const cached = key === undefined ? undefined : options.cache!.get(key);
    const read = cached ? readDraftBytes(file.path, raw.bytes) : undefined;
    if (cached && read?.ok) {
      results[index] = { filePath: file.path, source: read.text, findings: cached, ...(read.writable ? {} : { wordFile: true as const }) };
      return;
    }
    pending.push({ index, task, ...(key !== undefined ? { key } : {}) });
  });

  const tasks = pending.map((p) => p.task);
  const threads = threadsFor(tasks, options.concurrency);
  const jiebaChannel = loadWordsInBackground(tasks, threads > 0);
  const linted = threads > 0 ? await lintInPool(tasks, threads, jiebaChannel) : tasks.map(lintTask);
  pending.forEach((p, i) => {
    const result = linted[i]!;
    results[p.index] = result;
    // A file that could not be read or linted is tried again next time.
    if (p.key !== undefined && !result.fatal) options.cache!.set(p.key, result.findings);
  });
  for (const r of results) if (r.fatal) options.onFatal(r.filePath, r.fatal);
  return results;
}
