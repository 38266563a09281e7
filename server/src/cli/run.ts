import { resolve } from 'node:path';
import { findRule, RULES } from '../core/rules';
import { ConfigLoader, extendsOutside, type ConfigIssue, type ResolvedConfig } from '../host/config-file';
import { decodeBoundedDraft, readDraftBytes, readDraftFile } from '../host/read-draft';
import { parseCliArgs, USAGE, UsageError, type CliArgs } from './args';
import { readBaseline, useBaseline, type BaselineFile } from './baseline';
import { discoverFiles, type DiscoveryOptions } from './discover';
import { IgnoreRules } from './ignore';
import { lintFile, type LintOutcome } from './lint-file';
import { lintManyFiles } from './lint-many';
import { printOutlines } from './print-outline';
import { Progress } from './progress';
import { filesOfShard } from './shard-files';
import type { FileResult } from './formatters/result';
import { findingsExitCode, writeReport } from './report';

/** Exit codes: 0 clean, 1 findings that fail the run, 2 usage, configuration or I/O errors. */
export const EXIT = { ok: 0, findings: 1, trouble: 2 } as const;

/** The process around the CLI, so that tests can run it in-process too. */
export interface CliIo {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readStdin: () => Promise<Uint8Array>;
  /** Whether stdout is a terminal (colour) and whether stderr is one (progress). */
  readonly isTty: boolean;
  readonly stderrIsTty: boolean;
  /** The environment, for FORCE_COLOR and NO_COLOR. */
  readonly env: Readonly<Record<string, string | undefined>>;
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
  const ruleProblem = checkRuleNames(args);
  if (ruleProblem) {
    io.stderr(`gwlint：${ruleProblem}\n`);
    return EXIT.trouble;
  }
  const loader = oncePerFile(new ConfigLoader(args.config ? { configPath: resolve(io.cwd, args.config) } : {}));
  if (args.config) {
    // One configuration for every file: a broken one is reported once, before anything is linted.
    const problems = loader.forFile(resolve(io.cwd, args.config)).problems;
    if (problems.length) {
      reportConfigProblems(problems, new Set(), io);
      return EXIT.trouble;
    }
  }
  if (args.printConfig !== undefined) return printConfig(args, loader, io);
  if (!args.stdin && !args.patterns.length) {
    io.stderr(`gwlint：请指定要检查的文件或文件夹\n\n${USAGE}\n`);
    return EXIT.trouble;
  }
  const ignoreRules = args.ignore.useIgnore ? new IgnoreRules({ cwd: io.cwd, patterns: args.ignore.patterns }) : undefined;
  const discovery: DiscoveryOptions = {
    cwd: io.cwd,
    extensionsFor: (folder) => args.extensions ?? loader.forFile(resolve(folder, '_')).extensions,
    isIgnored: (file) => {
      if (!ignoreRules) return false;
      const config = loader.forFile(file);
      return config.ignored || ignoreRules.reasonFor(file, args.ignore.gitignore || config.gitignore === true) !== undefined;
    },
    errorOnUnmatchedPattern: args.errorOnUnmatchedPattern,
  };
  if (args.outline) return printOutlines(args, io, discovery);

  let baseline: BaselineFile | undefined;
  if (args.baseline?.mode === 'apply') {
    const read = readBaseline(resolve(io.cwd, args.baseline.file));
    if (!read.ok) {
      io.stderr(`gwlint：${args.baseline.file}：${read.message}\n`);
      return EXIT.trouble;
    }
    baseline = read.baseline;
  }

  const run = args.stdin ? await lintStdin(args, io, loader, discovery) : await lintFiles(args, io, loader, discovery);
  let trouble = run.trouble;
  let results = run.outcomes.map((o) => o.result);
  trouble = reportFixes(run.outcomes, args, io) || trouble;

  if (args.baseline) {
    const kept = useBaseline(results, { ...args.baseline, path: resolve(io.cwd, args.baseline.file) }, baseline, io.stderr);
    if (!kept) return EXIT.trouble;
    results = kept;
  }

  if (!writeReport(results, args, io)) trouble = true;
  if (trouble) return EXIT.trouble;
  return findingsExitCode(results, args, io);
}

/** Where each file's configuration comes from. */
type ConfigSource = Pick<ConfigLoader, 'forFile'>;

/**
 * The loader, asked once per file: discovery (is it ignored?) and linting (its rules) both need
 * a file's configuration, and resolving it merges every rule's settings again.
 */
function oncePerFile(loader: ConfigLoader): ConfigSource {
  const resolved = new Map<string, ResolvedConfig>();
  return {
    forFile: (path) => {
      let config = resolved.get(path);
      if (!config) resolved.set(path, (config = loader.forFile(path)));
      return config;
    },
  };
}

interface LintRun {
  readonly outcomes: LintOutcome[];
  readonly trouble: boolean;
}

/** `--stdin`: one draft, configured and ignored as `--stdin-filename` would be. */
async function lintStdin(args: CliArgs, io: CliIo, loader: ConfigSource, discovery: DiscoveryOptions): Promise<LintRun> {
  const filePath = resolve(io.cwd, args.stdinFilename ?? '<text>');
  const bytes = await io.readStdin();
  if (args.stdinFilename && discovery.isIgnored(filePath)) {
    io.stderr(`gwlint：${args.stdinFilename}：已被忽略规则排除，未检查（可用 --no-ignore 检查）\n`);
    return { outcomes: [], trouble: false };
  }
  const configs = configReader(loader, io);
  const outcome = lintFile(
    {
      displayPath: args.stdinFilename ? filePath : '<text>',
      configPath: filePath,
      read: args.stdinFilename ? readDraftBytes(filePath, bytes) : decodeBoundedDraft(bytes),
      config: configs.read(filePath),
    },
    args,
    io.cwd,
  );
  return { outcomes: [outcome], trouble: configs.failed() || outcome.result.fatal !== undefined };
}

/** The files, folders and globs of the command line, each linted (and fixed) in turn. */
async function lintFiles(args: CliArgs, io: CliIo, loader: ConfigSource, discovery: DiscoveryOptions): Promise<LintRun> {
  const found = await discoverFiles(args.patterns, discovery);
  for (const p of found.problems) io.stderr(`gwlint：${p.path}：${p.message}\n`);
  for (const path of found.ignoredExplicit) io.stderr(`gwlint：${path}：已被忽略规则排除，未检查（可用 --no-ignore 检查）\n`);
  let trouble = found.problems.length > 0;
  const configs = configReader(loader, io);
  const files = filesOfShard(found.files, args);
  if (!args.fix) {
    // Nothing to write: the cache and, for many files, a worker pool (lint-many.ts).
    const targets = files.map((file) => ({ path: file.path, config: configs.read(file.path) }));
    const configFailure = (path: string): FileResult => lintFile({ displayPath: path, configPath: path, read: undefined, config: undefined }, args, io.cwd).result;
    const results = await lintManyFiles(targets, args, io, configFailure);
    return { outcomes: results.map((result) => ({ result })), trouble: trouble || configs.failed() || results.some((r) => r.fatal !== undefined) };
  }
  const progress = new Progress(files.length, io.stderrIsTty ? io.stderr : undefined);
  const outcomes: LintOutcome[] = [];
  for (const file of files) {
    const config = configs.read(file.path);
    const read = config ? readDraftFile(file.path) : undefined;
    if (read && !read.ok) {
      progress.end();
      io.stderr(`gwlint：${file.path}：${read.message}\n`);
    }
    const outcome = lintFile({ displayPath: file.path, configPath: file.path, read, config }, args, io.cwd);
    if (outcome.result.fatal) trouble = true;
    outcomes.push(outcome);
    progress.update(outcomes.length);
  }
  progress.end();
  return { outcomes, trouble: trouble || configs.failed() };
}

/** The configuration of each file; a broken one is reported once and the file not linted. */
function configReader(loader: ConfigSource, io: CliIo): { read: (path: string) => ResolvedConfig | undefined; failed: () => boolean } {
  const reported = new Set<string>();
  let failed = false;
  return {
    read: (path) => {
      const config = loader.forFile(path);
      // No configuration file is read silently from outside the folder of the one that extends it.
      for (const link of extendsOutside(config.files)) {
        const line = `gwlint：配置 ${link.from} 继承了其所在文件夹之外的 ${link.to}`;
        if (!reported.has(line)) io.stderr(`${line}\n`);
        reported.add(line);
      }
      if (!config.problems.length) return config;
      failed = true;
      reportConfigProblems(config.problems, reported, io);
      return undefined;
    },
    failed: () => failed,
  };
}

/** Prints the diffs of `--fix-dry-run` and what `--fix` wrote; true when a write failed. */
function reportFixes(outcomes: readonly LintOutcome[], args: CliArgs, io: CliIo): boolean {
  if (!args.fix) return false;
  const diffs = outcomes.filter((o) => o.diff);
  for (const o of diffs) io.stdout(o.diff!);
  const fixed = outcomes.filter((o) => o.fixed).length;
  const failed = outcomes.filter((o) => o.writeProblem);
  for (const o of failed) io.stderr(`gwlint：${o.result.filePath}：${o.writeProblem}\n`);
  if (args.fix.mode === 'dry-run') io.stderr(`gwlint：${diffs.length} 个文件可以自动修复（未写入）\n`);
  else if (fixed) io.stderr(`gwlint：已修复 ${fixed} 个文件\n`);
  return failed.length > 0;
}

/** `--rule` and `--fix-rule` name rules that exist; `--fix-rule` only fixable ones. */
function checkRuleNames(args: CliArgs): string | undefined {
  const unknown = Object.keys(args.ruleOverrides).filter((id) => !findRule(id));
  if (unknown.length) return `--rule 中有未知规则：${unknown.join('、')}`;
  for (const id of args.fix?.rules ?? []) {
    const rule = findRule(id);
    if (!rule) return `--fix-rule 中有未知规则：${id}`;
    if (!rule.meta.fixable) return `规则 ${id} 不能自动修复（可修复的规则：${RULES.filter((r) => r.meta.fixable).map((r) => r.meta.id).join('、')}）`;
  }
  return undefined;
}

function printConfig(args: CliArgs, loader: ConfigSource, io: CliIo): number {
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
    configFiles: config.files,
    ignored: config.ignored,
    gitignore: config.gitignore ?? false,
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
    const where = p.position ? `${p.file}:${p.position.line}:${p.position.column}` : p.file;
    const line = `gwlint：配置错误：${where}${p.path ? `：${p.path}` : ''}：${p.message}`;
    if (reported.has(line)) continue;
    reported.add(line);
    io.stderr(`${line}\n`);
  }
}
