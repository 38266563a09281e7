import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { FileResult } from './formatters/result';
import type { LintTask } from './lint-task';

/** What every pool worker is given when it starts. */
export interface LintWorkerData {
  readonly jiebaChannel?: string;
}

/** `--concurrency`: a number of worker threads, `auto` (a pool only for large runs) or `off`. */
export type Concurrency = number | 'auto' | 'off';

// Below these a pool costs more than it saves: starting workers, and warming up the same code in
// each of them, take longer than linting a handful of drafts on the main thread.
const POOL_MIN_FILES = 24;
const POOL_MIN_BYTES = 256 * 1024;
const MAX_AUTO_THREADS = 8;
// On two cores the main thread and the segmenter thread already use both: measured on 1,000
// drafts, two workers took about 50% more CPU than the main thread alone for no shorter run.
const POOL_MIN_CORES = 3;

/** The worker bundle beside the CLI bundle (scripts/build.mjs); absent when running from sources. */
const WORKER = join(__dirname, 'lint-worker.js');

/** How many worker threads lint `tasks`; 0 means the main thread does. */
export function threadsFor(tasks: readonly LintTask[], concurrency: Concurrency): number {
  if (concurrency === 'off' || tasks.length < 2 || !existsSync(WORKER)) return 0;
  if (concurrency !== 'auto') return concurrency > 1 ? Math.min(concurrency, tasks.length) : 0;
  const cores = availableParallelism();
  if (cores < POOL_MIN_CORES || tasks.length < POOL_MIN_FILES) return 0;
  if (tasks.reduce((n, t) => n + t.bytes.length, 0) < POOL_MIN_BYTES) return 0;
  // One core stays with the main thread (reading, the cache) and the segmenter thread.
  return Math.min(cores - 1, MAX_AUTO_THREADS, Math.ceil(tasks.length / POOL_MIN_FILES));
}

/**
 * Lints the tasks on a pool of worker threads. Each worker loads the rules once; words come
 * from the run's segmenter thread (`jiebaChannel`), or else each worker loads the segmenter when
 * a rule first needs words. Results keep the order of `tasks`; a worker
 * that dies (or a task it cannot return) becomes a fatal result for that file, and the
 * others go on.
 */
export async function lintInPool(
  tasks: readonly LintTask[],
  threads: number,
  jiebaChannel?: string,
  workerFile = WORKER,
  onDone: () => void = () => {},
): Promise<FileResult[]> {
  const { Tinypool } = await import('tinypool');
  const workerData: LintWorkerData = jiebaChannel ? { jiebaChannel } : {};
  const pool = new Tinypool({ filename: workerFile, minThreads: threads, maxThreads: threads, isolateWorkers: false, workerData });
  try {
    return await Promise.all(
      tasks.map((task) =>
        (pool.run(task) as Promise<FileResult>)
          .catch(
            (error: unknown): FileResult => ({
              filePath: task.displayPath,
              source: '',
              findings: [],
              fatal: `检查时出错（工作线程异常退出）：${error instanceof Error ? error.message : String(error)}`,
            }),
          )
          .finally(onDone),
      ),
    );
  } finally {
    await pool.destroy();
  }
}
