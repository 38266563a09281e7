import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../core/rules';
import { loadBackendWith } from '../host/segmenter';
import { connectJiebaThread, startJiebaThread } from '../host/segmenters/jieba-thread';
import type { LintTask } from './lint-task';

/** The segmenter thread's bundle beside the CLI bundle; absent when running from sources. */
const WORKER = join(__dirname, 'jieba-worker.js');

// Below this much text the segmenter is rarely needed, and a thread costs more than it saves.
const MIN_BYTES = 64 * 1024;

/**
 * The segmenter for the rules that need words to run on a thread of their own, beside a run on
 * the main thread; undefined when the run is too small for a thread to pay, or no file needs
 * words from a segmenter that runs on any thread (nodejieba's native module may not).
 */
export function wordsThreadSegmenter(tasks: readonly LintTask[]): 'jieba' | 'jieba-wasm' | undefined {
  if (tasks.reduce((n, t) => n + t.bytes.length, 0) < MIN_BYTES) return undefined;
  const segmenter = tasks.find((t) => needsWords(t) && t.config.segmenter !== 'nodejieba')?.config.segmenter;
  return segmenter === 'nodejieba' ? undefined : segmenter;
}

/**
 * For a pool whose files use jieba-wasm: starts loading it on a thread of its own now, once for
 * all the workers (each would otherwise build the dictionary, 0.3 s of CPU and tens of MB),
 * while they run the rules that need no words (the engine runs those first). Returns the
 * thread's channel, for the workers to connect to. gwlint's own jieba loads in milliseconds:
 * each worker loads it for itself.
 */
export function loadWordsInBackground(tasks: readonly LintTask[]): string | undefined {
  if (!existsSync(WORKER) || !tasks.some((t) => t.config.segmenter === 'jieba-wasm' && needsWords(t))) return undefined;
  const channel = `gwlint-jieba-${process.pid}`;
  const started = loadBackendWith('jieba-wasm', () => {
    startJiebaThread(WORKER, channel);
    return connectJiebaThread(channel);
  });
  return started ? channel : undefined;
}

/** Whether a rule that needs words is on for this file. */
function needsWords(task: LintTask): boolean {
  return RULES.some((rule) => {
    if (!rule.meta.needsWords) return false;
    const severity = task.ruleOverrides[rule.meta.id] ?? task.config.rules[rule.meta.id]?.severity ?? rule.meta.defaultSeverity;
    return severity !== 'off';
  });
}
