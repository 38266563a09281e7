// The words thread (bundled as out/words-worker.js, see words-thread.ts): loads jieba at once,
// then runs the rules that need words on each file it is sent and replies with their findings.
import { parentPort, workerData } from 'node:worker_threads';
import { getSegmenter, type SegmenterName } from '../host/segmenter';
import { lintRead, RULE_PARTS } from './lint-task';
import type { WordsReply, WordsRequest } from './words-thread';

parentPort!.on('message', (request: WordsRequest) => {
  const read = { ok: true, text: request.text, container: 'docx', writable: false } as const;
  const result = lintRead(request.path, request.path, read, request.config, request.ruleOverrides, RULE_PARTS.words);
  const reply: WordsReply = result.fatal ? { id: request.id, fatal: result.fatal } : { id: request.id, findings: result.findings };
  parentPort!.postMessage(reply);
});

// Load the segmenter now, while the first files are on their way and the main thread works.
try {
  getSegmenter((workerData as { segmenter: SegmenterName }).segmenter).cut('加载词典');
} catch {
  // Reported by the rules that need words, file by file, as on the main thread.
}
