// The entry point of a pool worker (bundled as out/lint-worker.js): lints one file per task.
import { loadBackendWith } from '../host/segmenter';
import { connectJiebaThread } from '../host/segmenters/jieba-thread';
import type { FileResult } from './formatters/result';
import { lintTask, type LintTask } from './lint-task';
import type { LintWorkerData } from './pool';

// Words come from the run's one segmenter thread when the CLI started one.
const { jiebaChannel } = (process.__tinypool_state__?.workerData ?? {}) as LintWorkerData;
if (jiebaChannel) loadBackendWith('jieba-wasm', () => connectJiebaThread(jiebaChannel));

export default function lintInWorker(task: LintTask): FileResult {
  return lintTask(task);
}
