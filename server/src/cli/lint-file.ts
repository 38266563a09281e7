import type { ResolvedConfig } from '../host/config-file';
import type { ReadResult } from '../host/read-draft';
import type { CliArgs } from './args';
import { fixDiff, fixedText, writeFixed } from './fix';
import { displayPath as shownPath, type FileResult } from './formatters/result';
import { lintOptionsWith, lintRead } from './lint-task';

/** One draft to lint: how it is shown, where its configuration is looked up, what was read. */
export interface LintJob {
  readonly displayPath: string;
  readonly configPath: string;
  readonly read: ReadResult | undefined;
  readonly config: ResolvedConfig | undefined;
}

/** What linting (and fixing) one draft gave. */
export interface LintOutcome {
  readonly result: FileResult;
  /** `--fix-dry-run`: the unified diff of the fixes, when there are any. */
  readonly diff?: string;
  /** `--fix`: the file was rewritten. */
  readonly fixed?: boolean;
  /** `--fix`: why a fixed file could not be written (it is reported as it was read). */
  readonly writeProblem?: string;
}

/**
 * Lints one decoded draft; with `--fix` or `--fix-dry-run` it fixes it first and reports what
 * remains. A file that could not be read or configured becomes a fatal result.
 */
export function lintFile(job: LintJob, args: CliArgs, cwd: string): LintOutcome {
  const { displayPath, read, config } = job;
  if (!config) return { result: { filePath: displayPath, source: '', findings: [], fatal: '配置文件有误，未检查' } };
  if (!read) return { result: { filePath: displayPath, source: '', findings: [], fatal: '未能读取' } };
  if (!read.ok) return { result: { filePath: displayPath, source: '', findings: [], fatal: read.message } };
  const options = lintOptionsWith(job.configPath, config, args.ruleOverrides);
  let text = read.text;
  const outcome: { diff?: string; fixed?: boolean; writeProblem?: string } = {};
  try {
    // A Word file is never fixed: its read result is not writable, so writeFixed cannot take it.
    if (args.fix && read.writable) {
      const fixed = fixedText(read.text, options, args.fix.rules);
      if (fixed !== read.text && args.fix.mode === 'dry-run') {
        outcome.diff = fixDiff(shownPath(displayPath, cwd), read.text, fixed);
        text = fixed;
      } else if (fixed !== read.text) {
        const written = writeFixed(displayPath, read, fixed);
        if (written.written) {
          outcome.fixed = true;
          text = fixed;
        } else outcome.writeProblem = written.message;
      }
    }
  } catch (error) {
    const fatal = `检查时出错：${error instanceof Error ? error.message : String(error)}`;
    return { result: { filePath: displayPath, source: read.text, findings: [], fatal } };
  }
  // What remains is linted as the pool and the cache lint it (lint-task.ts).
  const result = lintRead(displayPath, job.configPath, { ...read, text }, config, args.ruleOverrides);
  return { result: args.quiet ? { ...result, findings: result.findings.filter((f) => f.severity === 'error') } : result, ...outcome };
}
