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

/** Whether a run on the main thread should run the rules that need words on a thread of their own. */
export function wantsWordsThread(tasks: readonly LintTask[]): boolean {
  return tasks.reduce((n, t) => n + t.bytes.length, 0) >= MIN_BYTES && tasks.some(needsJiebaWasm);
}

/**
 * For a pool: starts loading jieba-wasm on a thread of its own now, once for all the workers
 * (each would otherwise build the dictionary, 0.3 s of CPU and tens of MB), while they run the
 * rules that need no words (the engine runs those first). Returns the thread's channel, for
 * the workers to connect to.
 */
export function loadWordsInBackground(tasks: readonly LintTask[]): string | undefined {
  if (!existsSync(WORKER) || !tasks.some(needsJiebaWasm)) return undefined;
  const channel = `gwlint-jieba-${process.pid}`;
  const started = loadBackendWith('jieba-wasm', () => {
    startJiebaThread(WORKER, channel);
    return connectJiebaThread(channel);
  });
  return started ? channel : undefined;
}

function needsJiebaWasm(task: LintTask): boolean {
  if (task.config.segmenter !== 'jieba-wasm') return false;
  return RULES.some((rule) => {
    if (!rule.meta.needsWords) return false;
    const severity = task.ruleOverrides[rule.meta.id] ?? task.config.rules[rule.meta.id]?.severity ?? rule.meta.defaultSeverity;
    return severity !== 'off';
  });
}
