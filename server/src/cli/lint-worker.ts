// The entry point of a pool worker (bundled as out/lint-worker.js): lints a batch of files per task.
import { loadBackendWith } from '../host/segmenter';
import { connectJiebaThread } from '../host/segmenters/jieba-thread';
import { lineStartsOf } from './formatters/result';
import { lintTask, type LintTask } from './lint-task';
import type { LintWorkerData, PooledResult } from './pool';

// Words come from the run's one segmenter thread when the CLI started one.
const { jiebaChannel } = (process.__tinypool_state__?.workerData ?? {}) as LintWorkerData;
if (jiebaChannel) loadBackendWith('jieba-wasm', () => connectJiebaThread(jiebaChannel));

/** Each file's findings and line starts: its text stays here, the main thread has its bytes. */
export default function lintInWorker(tasks: readonly LintTask[]): PooledResult[] {
  return tasks.map((task) => {
    const { source, ...result } = lintTask(task);
    return result.fatal ? result : { ...result, lineStarts: lineStartsOf(source) };
  });
}
