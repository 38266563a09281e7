import { resolve } from 'node:path';
import type { ResolvedConfig } from '../host/config-file';
import type { CliArgs } from './args';
import { buildStamp, DEFAULT_CACHE_FILE, ResultCache } from './cache';
import { withFindings, type FileResult } from './formatters/result';
import { lintFiles, type FileToLint } from './lint-files';
import { Progress } from './progress';
import type { CliIo } from './run';

/**
 * Lints the files of a run that fixes nothing, with what large runs need: findings re-used from
 * the cache (`--cache`) and a worker pool. A file whose configuration is broken gets
 * `configFailure`'s result. Results keep the files' order (sorted by path).
 */
export async function lintManyFiles(
  targets: readonly { readonly path: string; readonly config: ResolvedConfig | undefined }[],
  args: CliArgs,
  io: CliIo,
  configFailure: (path: string) => FileResult,
): Promise<FileResult[]> {
  const warn = (message: string): void => io.stderr(`gwlint：警告：${message}\n`);
  const cache = args.cache ? ResultCache.open(resolve(io.cwd, args.cacheLocation ?? DEFAULT_CACHE_FILE), buildStamp(io.version, __filename), warn) : undefined;
  const configured = targets.filter((t): t is FileToLint => t.config !== undefined);
  const progress = new Progress(configured.length, io.stderrIsTty ? io.stderr : undefined);
  const linted = await lintFiles(configured, {
    ruleOverrides: args.ruleOverrides,
    concurrency: args.concurrency,
    ...(cache ? { cache } : {}),
    onFatal: (path, message) => {
      progress.end();
      io.stderr(`gwlint：${path}：${message}\n`);
    },
    onProgress: (done) => progress.update(done),
  });
  progress.end();
  cache?.save(warn);
  let next = 0;
  return targets.map((t) => {
    const result = t.config ? linted[next++]! : configFailure(t.path);
    return args.quiet ? withFindings(result, result.findings.filter((f) => f.severity === 'error')) : result;
  });
}
