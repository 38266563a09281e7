import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { CliArgs } from './args';
import { shouldColor } from './color';
import { FORMATTERS } from './formatters';
import type { FileResult } from './formatters/result';
import type { CliIo } from './run';

/**
 * Formats the results and writes them to stdout, or to `--output-file` (creating its folder;
 * uncoloured unless `--color` says otherwise). With `--fix-dry-run` stdout carries the diff, so
 * the report goes only to `--output-file`. Returns false when the report could not be written.
 */
export function writeReport(results: readonly FileResult[], args: CliArgs, io: CliIo): boolean {
  const toFile = args.outputFile !== undefined;
  if (!toFile && args.fix?.mode === 'dry-run') return true;
  const color = toFile ? (args.color ?? false) : shouldColor(args.color, io.env, io.isTty);
  const report = FORMATTERS[args.format](results, { cwd: io.cwd, color, version: io.version });
  const pieces = typeof report === 'string' ? [report] : report.pieces;
  if (!toFile) {
    for (const piece of pieces) io.stdout(piece);
    return true;
  }
  const path = resolve(io.cwd, args.outputFile!);
  try {
    mkdirSync(dirname(path), { recursive: true });
    const fd = openSync(path, 'w');
    try {
      for (const piece of pieces) writeSync(fd, piece);
    } finally {
      closeSync(fd);
    }
    return true;
  } catch (error) {
    io.stderr(`gwlint：无法写入报告文件 ${path}：${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
    return false;
  }
}

/** 1 when errors remain, or more 警告 than `--max-warnings` (提示 never count); else 0. */
export function findingsExitCode(results: readonly FileResult[], args: CliArgs, io: CliIo): 0 | 1 {
  const count = (severity: string): number => results.reduce((n, r) => n + r.findings.filter((f) => f.severity === severity).length, 0);
  if (count('error') > 0) return 1;
  const warnings = count('warning');
  if (warnings > args.maxWarnings) {
    io.stderr(`gwlint：警告共 ${warnings} 条，超过 --max-warnings ${args.maxWarnings}\n`);
    return 1;
  }
  return 0;
}
