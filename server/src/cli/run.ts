import { resolve } from 'node:path';
import { lint } from '../core/engine';
import { findRule, RULES } from '../core/rules';
import type { Finding } from '../core/types';
import { ConfigLoader, type ConfigIssue, type ResolvedConfig } from '../host/config-file';
import { decodeBoundedDraft, readDraftFile, type ReadResult } from '../host/read-draft';
import { lintOptionsFor } from '../host/lint-options';
import { parseCliArgs, USAGE, UsageError, type CliArgs } from './args';
import { discoverFiles } from './discover';
import { printOutlines } from './print-outline';
import { formatJson } from './formatters/json';
import type { FileResult } from './formatters/result';
import { formatStylish } from './formatters/stylish';

/** Exit codes: 0 clean, 1 findings that fail the run, 2 usage, configuration or I/O errors. */
export const EXIT = { ok: 0, findings: 1, trouble: 2 } as const;

/** The process around the CLI, so that tests can run it in-process too. */
export interface CliIo {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readStdin: () => Promise<Uint8Array>;
  readonly isTty: boolean;
  readonly version: string;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`gwlint：${error.message}\n`);
      return EXIT.trouble;
    }
    throw error;
  }
  if (args.help) {
    io.stdout(`${USAGE}\n`);
    return EXIT.ok;
  }
  if (args.version) {
    io.stdout(`${io.version}\n`);
    return EXIT.ok;
  }
  const unknownRules = Object.keys(args.ruleOverrides).filter((id) => !findRule(id));
  if (unknownRules.length) {
    io.stderr(`gwlint：--rule 中有未知规则：${unknownRules.join('、')}\n`);
    return EXIT.trouble;
  }
  const loader = new ConfigLoader(args.config ? { configPath: resolve(io.cwd, args.config) } : {});
  if (args.printConfig !== undefined) return printConfig(args, loader, io);
  if (!args.stdin && !args.patterns.length) {
    io.stderr(`gwlint：请指定要检查的文件或文件夹\n\n${USAGE}\n`);
    return EXIT.trouble;
  }
  const extensionsFor = (folder: string): readonly string[] => args.extensions ?? loader.forFile(resolve(folder, '_')).extensions;
  if (args.outline) return printOutlines(args, io, { extensionsFor, isIgnored: (file) => loader.forFile(file).ignored });

  let trouble = false;
  const reportedConfigs = new Set<string>();
  const configFor = (path: string): ResolvedConfig | undefined => {
    const config = loader.forFile(path);
    if (!config.problems.length) return config;
    trouble = true;
    reportConfigProblems(config.problems, reportedConfigs, io);
    return undefined;
  };

  const results: FileResult[] = [];
  if (args.stdin) {
    const filePath = args.stdinFilename ? resolve(io.cwd, args.stdinFilename) : resolve(io.cwd, '<text>');
    const read = decodeBoundedDraft(await io.readStdin());
    const result = lintOne(args.stdinFilename ? filePath : '<text>', filePath, read, configFor(filePath), args);
    if (result.fatal) trouble = true;
    results.push(result);
  } else {
    const discovery = await discoverFiles(args.patterns, extensionsFor, io.cwd);
    for (const p of discovery.problems) io.stderr(`gwlint：${p.path}：${p.message}\n`);
    if (discovery.problems.length) trouble = true;
    for (const file of discovery.files) {
      const config = configFor(file.path);
      if (config?.ignored) {
        if (file.explicit) io.stderr(`gwlint：${file.path}：已被配置中的 ignore 排除，未检查\n`);
        continue;
      }
      const read = config ? readDraftFile(file.path) : undefined;
      if (read && !read.ok) io.stderr(`gwlint：${file.path}：${read.message}\n`);
      const result = lintOne(file.path, file.path, read, config, args);
      if (result.fatal) trouble = true;
      results.push(result);
    }
  }

  io.stdout(
    args.format === 'json'
      ? `${formatJson(results)}\n`
      : formatStylish(results, { color: args.color ?? io.isTty, cwd: io.cwd }),
  );
  if (trouble) return EXIT.trouble;
  const errors = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'error').length, 0);
  const warnings = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'warning').length, 0);
  if (errors > 0) return EXIT.findings;
  if (warnings > args.maxWarnings) {
    io.stderr(`gwlint：警告共 ${warnings} 条，超过 --max-warnings ${args.maxWarnings}\n`);
    return EXIT.findings;
  }
  return EXIT.ok;
}

/** Lints one decoded draft; a file that could not be read or configured becomes a fatal result. */
function lintOne(
  displayPath: string,
  configPath: string,
  read: ReadResult | undefined,
  config: ResolvedConfig | undefined,
  args: CliArgs,
): FileResult {
  if (!config) return { filePath: displayPath, source: '', findings: [], fatal: '配置文件有误，未检查' };
  if (!read) return { filePath: displayPath, source: '', findings: [], fatal: '未能读取' };
  if (!read.ok) return { filePath: displayPath, source: '', findings: [], fatal: read.message };
  const options = lintOptionsFor(configPath, config);
  const rules = { ...options.rules };
  for (const [id, severity] of Object.entries(args.ruleOverrides)) rules[id] = { ...rules[id], severity };
  let findings: Finding[];
  try {
    findings = lint(read.text, { ...options, rules });
  } catch (error) {
    return { filePath: displayPath, source: read.text, findings: [], fatal: `检查时出错：${error instanceof Error ? error.message : String(error)}` };
  }
  if (args.quiet) findings = findings.filter((f) => f.severity === 'error');
  return { filePath: displayPath, source: read.text, findings };
}

function printConfig(args: CliArgs, loader: ConfigLoader, io: CliIo): number {
  const file = resolve(io.cwd, args.printConfig!);
  const config = loader.forFile(file);
  if (config.problems.length) {
    reportConfigProblems(config.problems, new Set(), io);
    return EXIT.trouble;
  }
  const rules = Object.fromEntries(
    RULES.map((r) => {
      const setting = config.rules[r.meta.id];
      const severity = args.ruleOverrides[r.meta.id] ?? setting?.severity ?? r.meta.defaultSeverity;
      return [r.meta.id, [severity, { ...r.meta.defaultOptions, ...setting?.options }]];
    }),
  );
  const printed = {
    file,
    configFile: config.configFile ?? null,
    ignored: config.ignored,
    rules,
    segmenter: config.segmenter,
    dictionary: config.dictionary,
    extensions: config.extensions,
  };
  io.stdout(`${JSON.stringify(printed, null, 2)}\n`);
  return EXIT.ok;
}

function reportConfigProblems(problems: readonly ConfigIssue[], reported: Set<string>, io: CliIo): void {
  for (const p of problems) {
    const line = `gwlint：配置错误：${p.file}${p.path ? `：${p.path}` : ''}：${p.message}`;
    if (reported.has(line)) continue;
    reported.add(line);
    io.stderr(`${line}\n`);
  }
}
