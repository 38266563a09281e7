import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { byPosition } from '../core/engine';
import type { Finding } from '../core/types';
import type { SegmenterName } from '../host/segmenter';
import type { FileResult } from './formatters/result';
import type { LintTask } from './lint-task';

/** The words thread's bundle beside the CLI bundle; absent when running from sources. */
const WORKER = join(__dirname, 'words-worker.js');

/** A file for the words thread: its text, already read (a Word file is extracted once, on the main thread). */
export interface WordsRequest extends Pick<LintTask, 'path' | 'config' | 'ruleOverrides'> {
  readonly id: number;
  readonly text: string;
}

/** What the words thread sends back for one file: the findings of the rules that need words. */
export interface WordsReply {
  readonly id: number;
  readonly findings?: readonly Finding[];
  readonly fatal?: string;
}

/**
 * The rules that need words (doubled-word…), run on a thread of their own for a run linted on
 * the main thread: that thread loads the segmenter and segments while the main thread runs
 * every other rule, so segmenting (0.1-0.3 s for 1 MB; jieba-wasm's dictionary build 0.2 s more)
 * costs no wall time on a machine with a second core and no file waits on a word. Each file is sent once, at the start; its two halves are merged
 * in the engine's order, so the findings are exactly those of one `lint`.
 */
export class WordsThread {
  private readonly worker: Worker;
  private readonly pending = new Map<number, (reply: WordsReply) => void>();
  private nextId = 0;

  private constructor(segmenter: SegmenterName) {
    this.worker = new Worker(WORKER, { workerData: { segmenter } });
    this.worker.on('message', (reply: WordsReply) => {
      this.pending.get(reply.id)?.(reply);
      this.pending.delete(reply.id);
    });
    // A thread that dies fails the files it still had, not the run.
    const fail = (why: string): void => {
      for (const [id, resolve] of this.pending) resolve({ id, fatal: `检查时出错（分词线程异常退出）：${why}` });
      this.pending.clear();
    };
    this.worker.on('error', (error) => fail(error.message));
    this.worker.on('exit', (code) => fail(`退出码 ${code}`));
  }

  /** A words thread that loads `segmenter` at once, when the bundle is there. */
  static start(segmenter: SegmenterName): WordsThread | undefined {
    return existsSync(WORKER) ? new WordsThread(segmenter) : undefined;
  }

  /** Sends a file's text now; the promise gives its findings of the rules that need words. */
  lint(task: LintTask, text: string): Promise<WordsReply> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      const request: WordsRequest = { id, text, path: task.path, config: task.config, ruleOverrides: task.ruleOverrides };
      this.worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

/** One file's result from its two halves: the other rules' (main thread) and the words thread's. */
export function mergeWords(others: FileResult, words: WordsReply): FileResult {
  if (others.fatal) return others;
  if (words.fatal) return { ...others, findings: [], fatal: words.fatal };
  if (!words.findings?.length) return others;
  return { ...others, findings: [...others.findings, ...words.findings].sort(byPosition) };
}
