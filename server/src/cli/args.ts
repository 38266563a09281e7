import { parseArgs } from 'node:util';
import type { SeveritySetting } from '../core/types';
import { readSeverity, WRITTEN_SEVERITIES } from '../core/config';
import { FORMATTERS, isFormatName, type FormatName } from './formatters';
import { parseScaleArgs, type ScaleArgs } from './scale-args';

/** The command line, parsed and checked. */
export interface CliArgs extends ScaleArgs {
  readonly patterns: string[];
  readonly format: FormatName;
  /** Write the report to this file instead of stdout. */
  readonly outputFile?: string;
  readonly stdin: boolean;
  readonly stdinFilename?: string;
  readonly maxWarnings: number;
  readonly quiet: boolean;
  readonly ruleOverrides: Record<string, SeveritySetting>;
  readonly config?: string;
  readonly printConfig?: string;
  readonly outline: boolean;
  readonly extensions?: string[];
  readonly color?: boolean;
  readonly help: boolean;
  readonly version: boolean;
  /** Fixing: `write` rewrites files, `dry-run` prints a diff; `rules` limits fixes to those rules. */
  readonly fix?: { readonly mode: 'write' | 'dry-run'; readonly rules?: ReadonlySet<string> };
  /** Ignoring: `useIgnore` false (`--no-ignore`) lints ignored files too. */
  readonly ignore: { readonly useIgnore: boolean; readonly patterns: string[]; readonly gitignore: boolean };
  readonly errorOnUnmatchedPattern: boolean;
  /** `--baseline <file>` hides the findings it records; `--baseline-write <file>` records them. */
  readonly baseline?: { readonly mode: 'apply' | 'write'; readonly file: string };
}

export class UsageError extends Error {}

export const USAGE = `用法：gwlint [选项] <文件|文件夹|glob>...

检查公文、讲话稿中的序号、占位符、模板网站残留、重复和标点问题。
文件夹中默认查找 .txt .md .gw .gongwen .docx 文件。

选项：
  -f, --format <格式>        输出格式（默认 stylish）：stylish、json（与 ESLint 兼容）、
                             sarif（GitHub 代码扫描）、github（拉取请求批注）、
                             checkstyle、junit、unix（file:line:col: 级别 消息 [规则]）
  -o, --output-file <文件>   把报告写入文件，而不是标准输出
  --stdin                    从标准输入读取文本
  --stdin-filename <文件>    标准输入文本对应的文件名（决定格式、适用的配置和是否忽略）
  --max-warnings <n>         警告超过 n 条时以退出码 1 结束（默认 -1，不限）
  --quiet                    只报告错误，不报告警告和提示
  --rule <规则:级别>         临时设置规则级别，如 --rule placeholder:warn（可重复）
  --fix                      自动修复可修复的问题并写回文件（保留编码、换行符和权限）
  --fix-dry-run              只打印修复的统一差异（diff），不写文件
  --fix-rule <规则>          只修复这条规则的问题（可重复；与 --fix 或 --fix-dry-run 一起用）
  --ignore-pattern <模式>    不检查匹配的文件（gitignore 语法，可重复）
  --no-ignore                不使用 .gwlintignore、--ignore-pattern 和配置中的 ignore
  --gitignore                同时不检查 .gitignore 忽略的文件
  --no-error-on-unmatched-pattern
                             没有匹配文件的模式不算错误
  --baseline <文件>          只报告基线文件中没有记录的问题
  --baseline-write <文件>    把当前的问题全部记入基线文件
  --config <文件>            使用指定的配置文件，而不是就近查找 .gwlintrc.json
  --cache                    只检查上次检查后有变化的文件（结果保存在 .gwlintcache）
  --cache-location <路径>    缓存文件的位置（文件，或存放 .gwlintcache 的文件夹）
  --shard <i/n>              只检查全部文件的第 i 份（共 n 份，按大小均分），用于 CI 矩阵
  --concurrency <n|auto|off> 并行检查的线程数（默认 auto：三核以上且文件多时使用全部 CPU 核）
  --print-config <文件>      打印适用于该文件的完整配置后退出
  --outline                  打印文稿的层次结构（标题大纲），不做检查；可用 --format json
  --ext <.txt,.md>           文件夹中查找的扩展名（逗号分隔）
  --color / --no-color       强制开启或关闭颜色（默认仅在终端中着色；遵循 FORCE_COLOR、NO_COLOR）
  -h, --help                 显示本帮助
  -v, --version              显示版本号

退出码：0 没有错误（警告不超过 --max-warnings；提示从不计入）；1 发现错误；
        2 用法、配置或读取文件出错（优先于 1）。`;

/** Options that take a value; a negative number after one is its value (`--max-warnings -1`). */
const VALUE_OPTIONS = new Set(['--max-warnings']);

export function parseCliArgs(argv: readonly string[]): CliArgs {
  const args: string[] = [];
  for (let k = 0; k < argv.length; k++) {
    if (VALUE_OPTIONS.has(argv[k]) && /^-\d+$/.test(argv[k + 1] ?? '')) args.push(`${argv[k]}=${argv[++k]}`);
    else args.push(argv[k]);
  }
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        stdin: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        rule: { type: 'string', multiple: true },
        config: { type: 'string', short: 'c' },
        'print-config': { type: 'string' },
        outline: { type: 'boolean' },
        ext: { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        'output-file': { type: 'string', short: 'o' },
        fix: { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        'fix-rule': { type: 'string', multiple: true },
        'ignore-pattern': { type: 'string', multiple: true },
        'no-ignore': { type: 'boolean' },
        gitignore: { type: 'boolean' },
        'no-error-on-unmatched-pattern': { type: 'boolean' },
        baseline: { type: 'string' },
        'baseline-write': { type: 'string' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        shard: { type: 'string' },
        concurrency: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(translateParseError(error));
  }
  const v = parsed.values;
  const format = v.format ?? 'stylish';
  if (!isFormatName(format)) throw new UsageError(`未知的输出格式“${format}”，可选 ${Object.keys(FORMATTERS).join('、')}`);
  let maxWarnings = Infinity;
  if (v['max-warnings'] !== undefined) {
    const n = Number(v['max-warnings']);
    if (!Number.isInteger(n) || n < -1) throw new UsageError(`--max-warnings 需要一个非负整数（-1 表示不限），收到“${v['max-warnings']}”`);
    maxWarnings = n === -1 ? Infinity : n;
  }
  const ruleOverrides: Record<string, SeveritySetting> = {};
  for (const spec of v.rule ?? []) {
    const m = /^([a-z][a-z-]*):([a-z]+)$/.exec(spec.trim());
    const severity = m ? readSeverity(m[2]) : undefined;
    if (!m || !severity) throw new UsageError(`--rule 的格式应为“规则:级别”（级别：${WRITTEN_SEVERITIES.join('、')}），收到“${spec}”`);
    ruleOverrides[m[1]] = severity;
  }
  if (v.fix && v['fix-dry-run']) throw new UsageError('--fix 和 --fix-dry-run 只能选一个');
  if (v['fix-rule'] && !v.fix && !v['fix-dry-run']) throw new UsageError('--fix-rule 需要与 --fix 或 --fix-dry-run 一起使用');
  if (v.fix && v.stdin) throw new UsageError('--fix 不能用于标准输入（可用 --fix-dry-run 查看修复）');
  if (v.baseline !== undefined && v['baseline-write'] !== undefined) throw new UsageError('--baseline 和 --baseline-write 只能选一个');
  const fixMode = v.fix ? 'write' : v['fix-dry-run'] ? 'dry-run' : undefined;
  const extensions = v.ext?.split(',').map((e) => e.trim()).filter(Boolean).map((e) => (e.startsWith('.') ? e : `.${e}`));
  if (v['stdin-filename'] !== undefined && !v.stdin) throw new UsageError('--stdin-filename 只能与 --stdin 一起使用');
  if (v.stdin && parsed.positionals.length) throw new UsageError('使用 --stdin 时不能再指定文件');
  return {
    patterns: parsed.positionals,
    format,
    stdin: v.stdin ?? false,
    ...(v['stdin-filename'] !== undefined ? { stdinFilename: v['stdin-filename'] } : {}),
    maxWarnings,
    quiet: v.quiet ?? false,
    ruleOverrides,
    ...(v.config !== undefined ? { config: v.config } : {}),
    ...(v['print-config'] !== undefined ? { printConfig: v['print-config'] } : {}),
    outline: v.outline ?? false,
    ...(extensions?.length ? { extensions } : {}),
    ...(v['no-color'] ? { color: false } : v.color ? { color: true } : {}),
    help: v.help ?? false,
    version: v.version ?? false,
    ...(v['output-file'] !== undefined ? { outputFile: v['output-file'] } : {}),
    ...(fixMode ? { fix: { mode: fixMode, ...(v['fix-rule'] ? { rules: new Set(v['fix-rule']) } : {}) } } : {}),
    ignore: { useIgnore: !v['no-ignore'], patterns: v['ignore-pattern'] ?? [], gitignore: v.gitignore ?? false },
    errorOnUnmatchedPattern: !v['no-error-on-unmatched-pattern'],
    ...(v.baseline !== undefined ? { baseline: { mode: 'apply' as const, file: v.baseline } } : {}),
    ...(v['baseline-write'] !== undefined ? { baseline: { mode: 'write' as const, file: v['baseline-write'] } } : {}),
    ...parseScaleArgs(v, UsageError),
  };
}

/** Node's argument parser speaks English; say the same in Chinese, naming the option. */
function translateParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(?:-\w, )?(--?[\w-]+)/.exec(message)?.[1] ?? '';
  if (/^Unknown option/.test(message)) return `未知的选项“${option}”（gwlint --help 查看全部选项）`;
  if (/argument missing/.test(message)) return `选项“${option}”缺少参数`;
  if (/argument is ambiguous/.test(message)) return `选项“${option}”缺少参数（以“-”开头的值请写成 ${option}=值）`;
  if (/does not take an argument/.test(message)) return `选项“${option}”不接受参数`;
  return `无法解析命令行参数“${option}”（gwlint --help 查看用法）`;
}
