import { lint, type LintOptions } from '../core/engine';
import { RULES } from '../core/rules';
import type { Finding, SeveritySetting } from '../core/types';
import type { ResolvedConfig } from '../host/config-file';
import { lintOptionsFor } from '../host/lint-options';
import { readDraftBytes, type ReadResult } from '../host/read-draft';
import type { FileResult } from './formatters/result';

/**
 * One file to lint, as plain data so that it can be sent to a worker thread: the file's bytes
 * (already read, so that the cache can hash them), its configuration and the command line's
 * rule overrides.
 */
export interface LintTask {
  /** What the output calls the file. */
  readonly displayPath: string;
  /** Where the file is, which decides its format and whether it is a Word file. */
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly config: ResolvedConfig;
  readonly ruleOverrides: Readonly<Record<string, SeveritySetting>>;
  /** Only the rules that need words, or only the others (two threads share a file); all by default. */
  readonly part?: 'words' | 'others';
}

export const RULE_PARTS = {
  words: RULES.filter((r) => r.meta.needsWords),
  others: RULES.filter((r) => !r.meta.needsWords),
};

/** Reads the task's bytes as a draft and lints them; never throws. */
export function lintTask(task: LintTask): FileResult {
  const registry = task.part ? RULE_PARTS[task.part] : RULES;
  return lintRead(task.displayPath, task.path, readDraftBytes(task.path, task.bytes), task.config, task.ruleOverrides, registry);
}

/** Lints a draft already read; a file that could not be read becomes a fatal result. */
export function lintRead(
  displayPath: string,
  configPath: string,
  read: ReadResult,
  config: ResolvedConfig,
  ruleOverrides: Readonly<Record<string, SeveritySetting>>,
  registry = RULES,
): FileResult {
  if (!read.ok) return { filePath: displayPath, source: '', findings: [], fatal: read.message };
  const wordFile = read.writable ? {} : { wordFile: true as const };
  let findings: Finding[];
  try {
    findings = lint(read.text, { ...lintOptionsWith(configPath, config, ruleOverrides), registry });
  } catch (error) {
    const fatal = `检查时出错：${error instanceof Error ? error.message : String(error)}`;
    return { filePath: displayPath, source: read.text, findings: [], fatal, ...wordFile };
  }
  return { filePath: displayPath, source: read.text, findings, ...wordFile };
}

/** The engine options for a file: its configuration with the command line's `--rule` overrides on top. */
export function lintOptionsWith(configPath: string, config: ResolvedConfig, ruleOverrides: Readonly<Record<string, SeveritySetting>>): LintOptions {
  const options = lintOptionsFor(configPath, config);
  const rules = { ...options.rules };
  for (const [id, severity] of Object.entries(ruleOverrides)) rules[id] = { ...rules[id], severity };
  return { ...options, rules };
}
