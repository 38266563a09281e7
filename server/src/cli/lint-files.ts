import { RULES } from '../core/rules';
import type { SeveritySetting } from '../core/types';
import type { ResolvedConfig } from '../host/config-file';
import { readDraftBytes, readDraftBytesFrom } from '../host/read-draft';
import { loadWordsInBackground, wordsThreadSegmenter } from './background-words';
import type { ResultCache } from './cache';
import { resultFromLines } from './lazy-result';
import { lineStartsOfResult, type FileResult } from './formatters/result';
import { lintRead, lintTask, RULE_PARTS, type LintTask } from './lint-task';
import { lintInPool, threadsFor, type Concurrency } from './pool';
import { mergeWords, WordsThread, type WordsReply } from './words-thread';

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
  /** Told how many files are done (cached or linted) each time one is, for `n/N 文件`. */
  readonly onProgress?: (done: number) => void;
}

/**
 * Lints files, in their given order: the main thread reads each file (and looks its bytes up in
 * the cache); what is not cached is linted in-process or, for a large run, on a worker pool.
 */
export async function lintFiles(files: readonly FileToLint[], options: LintFilesOptions): Promise<FileResult[]> {
  const results = new Array<FileResult>(files.length);
  const pending: { index: number; task: LintTask; key?: string }[] = [];
  let done = 0;
  const tick = (): void => options.onProgress?.(++done);
  files.forEach((file, index) => {
    const raw = readDraftBytesFrom(file.path);
    if (!raw.ok) {
      results[index] = { filePath: file.path, source: '', findings: [], fatal: raw.message };
      return;
    }
    const task: LintTask = { displayPath: file.path, path: file.path, bytes: raw.bytes, config: file.config, ruleOverrides: options.ruleOverrides };
    const key = options.cache?.keyFor(file.path, raw.bytes, file.config, options.ruleOverrides);
    const cached = key === undefined ? undefined : options.cache!.get(key);
    if (cached) {
      results[index] = resultFromLines(file.path, file.path, raw.bytes, cached);
      tick();
      return;
    }
    pending.push({ index, task, ...(key !== undefined ? { key } : {}) });
  });

  const tasks = pending.map((p) => p.task);
  const threads = threadsFor(tasks, options.concurrency);
  const linted = threads > 0 ? await lintInPool(tasks, threads, loadWordsInBackground(tasks), undefined, tick) : await lintOnMainThread(tasks, tick);
  pending.forEach((p, i) => {
    const result = linted[i]!;
    results[p.index] = result;
    // A file that could not be read or linted is tried again next time.
    if (p.key !== undefined && !result.fatal) options.cache!.set(p.key, { findings: result.findings, lineStarts: lineStartsOfResult(result) });
  });
  for (const r of results) if (r.fatal) options.onFatal(r.filePath, r.fatal);
  return results;
}

/** Lints on the main thread; with enough text, the rules that need words run on a thread of their own. */
async function lintOnMainThread(tasks: readonly LintTask[], tick: () => void): Promise<FileResult[]> {
  const segmenter = wordsThreadSegmenter(tasks);
  const words = segmenter ? WordsThread.start(segmenter) : undefined;
  if (!words)
    return tasks.map((task) => {
      const result = lintTask(task);
      tick();
      return result;
    });
  try {
    // Each text goes to the words thread as soon as it is read (a Word file is extracted once).
    const halves: (Promise<WordsReply> | undefined)[] = [];
    const reads = tasks.map((task) => {
      const read = readDraftBytes(task.path, task.bytes);
      halves.push(read.ok && !mayHoldDirectives(read.text) ? words.lint(task, read.text) : undefined);
      return read;
    });
    const others = reads.map((read, i) => {
      const t = tasks[i]!;
      const part = halves[i] ? RULE_PARTS.others : RULES;
      const other = lintRead(t.displayPath, t.path, read, t.config, t.ruleOverrides, part);
      tick();
      return other;
    });
    return await Promise.all(others.map(async (other, i) => (halves[i] ? mergeWords(other, await halves[i]) : other)));
  } finally {
    await words.close();
  }
}

/**
 * Whether a text may hold `gwlint-disable` comments: such a file is linted whole on the main
 * thread, since whether a directive is unknown or unused is judged over all the rules at once
 * (two halves would each report an unknown rule, and call a directive the other half used unused).
 */
function mayHoldDirectives(text: string): boolean {
  return text.includes('gwlint-');
}
