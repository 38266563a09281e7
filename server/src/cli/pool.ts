import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { FileResult } from './formatters/result';
import { resultFromLines } from './lazy-result';
import type { LintTask } from './lint-task';

/**
 * What a worker sends back for a file: its result without the text, which the main thread reads
 * again from the file's bytes only if a format needs it (lazy-result.ts). Sending every text back
 * cost a copy per file and held them all in the main thread's heap.
 */
export type PooledResult = Omit<FileResult, 'source'> & { readonly source?: string };

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
// On two cores a run on the main thread already keeps both busy (the other rules there, jieba
// and the rules that need words on the words thread), so a pool has no idle core to win and
// only its costs to pay: each worker starts Node and the bundle and warms up the same rules
// again, waits on the shared segmenter thread for each cut, and collects more often under its
// young-generation cap. Measured on 1,000 drafts (median of 5, same load): main thread 2.6 s of
// CPU and wall, two workers 3.9 s of CPU for 3.6 s of wall; on 1,000 .docx 3.2 s against 4.7 s.
const POOL_MIN_CORES = 3;

/**
 * The worker beside the CLI bundle: an ES module loading the worker bundle, lint-worker.js
 * (scripts/build.mjs); absent when running from sources.
 */
const WORKER = join(__dirname, 'lint-worker.mjs');

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

/** Files sent to a worker at once: one message, one reply and one round of tinypool's bookkeeping for many small drafts. */
const BATCH_FILES = 16;
const BATCH_BYTES = 256 * 1024;

/**
 * Each worker's young generation, in MB. V8 lets it grow to 48 MB per thread; capped, two workers
 * on 1,000 .docx peaked at ~295 MB for the whole run instead of ~320 MB (16 MB) or ~355 MB (48).
 * The price is more scavenges: a worker's GC went from ~0.15 s to ~0.45 s of CPU on 1,000 drafts
 * in its profile, which whole-run CPU on this machine did not tell apart from noise.
 */
const WORKER_YOUNG_GENERATION_MB = 4;

/**
 * Lints the tasks on a pool of worker threads, in batches of consecutive files. Each worker loads
 * the rules once; words come from the run's segmenter thread (`jiebaChannel`), or else each worker
 * loads the segmenter when a rule first needs words. Results keep the order of `tasks`. A worker
 * that dies fails its batch, whose files are then linted one by one, so that only the file it dies
 * on becomes a fatal result and the others go on.
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
  const pool = new Tinypool({ filename: workerFile, minThreads: threads, maxThreads: threads, isolateWorkers: false, workerData, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
  const run = async (batch: readonly LintTask[]): Promise<FileResult[]> => {
    const pooled = (await pool.run(batch)) as PooledResult[];
    return pooled.map((result, i) => {
      onDone();
      const task = batch[i]!;
      if (result.source !== undefined) return { ...result, source: result.source };
      if (result.lineStarts && !result.fatal) return resultFromLines(task.displayPath, task.path, task.bytes, { findings: result.findings, lineStarts: result.lineStarts });
      return { ...result, source: '' };
    });
  };
  const alone = (task: LintTask): Promise<FileResult> =>
    run([task]).then(
      (results) => results[0]!,
      (error: unknown): FileResult => {
        onDone();
        return {
          filePath: task.displayPath,
          source: '',
          findings: [],
          fatal: `检查时出错（工作线程异常退出）：${error instanceof Error ? error.message : String(error)}`,
        };
      },
    );
  try {
    const batches = await Promise.all(batchesOf(tasks).map((batch) => run(batch).catch(() => Promise.all(batch.map(alone)))));
    return batches.flat();
  } finally {
    await pool.destroy();
  }
}

/** Consecutive tasks grouped up to BATCH_FILES files or BATCH_BYTES bytes (a large file goes alone). */
function batchesOf(tasks: readonly LintTask[]): LintTask[][] {
  const batches: LintTask[][] = [];
  let bytes = 0;
  for (const task of tasks) {
    const last = batches[batches.length - 1];
    if (last && last.length < BATCH_FILES && bytes + task.bytes.length <= BATCH_BYTES) {
      last.push(task);
      bytes += task.bytes.length;
    } else {
      batches.push([task]);
      bytes = task.bytes.length;
    }
  }
  return batches;
}
