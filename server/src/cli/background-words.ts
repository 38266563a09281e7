import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../core/rules';
import { loadBackendWith } from '../host/segmenter';
import { connectJiebaThread, startJiebaThread } from '../host/segmenters/jieba-thread';
import type { LintTask } from './lint-task';

/** The segmenter thread's bundle beside the CLI bundle; absent when running from sources. */
const WORKER = join(__dirname, 'jieba-worker.js');

// Below this much text the segmenter is rarely needed, and loading it costs more than it saves.
const MIN_BYTES = 64 * 1024;

/**
 * Starts loading jieba-wasm on a thread of its own now, when the run needs words and is large
 * enough (or is linted on a pool), so that its dictionary is built on another core while the
 * rules that need no words run (the engine runs those first), and once for all the threads
 * that lint. Returns the thread's channel, for pool workers to connect to.
 */
export function loadWordsInBackground(tasks: readonly LintTask[], pooled: boolean): string | undefined {
  if (!existsSync(WORKER)) return undefined;
  if (!pooled && tasks.reduce((n, t) => n + t.bytes.length, 0) < MIN_BYTES) return undefined;
  if (!tasks.some(needsJiebaWasm)) return undefined;
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
