import { parseArgs } from 'node:util';
import type { Severity, SeveritySetting } from '../core/types';
import { SEVERITY_SETTINGS } from '../core/config';

/** The command line, parsed and checked. */
export interface CliArgs {
  readonly patterns: string[];
  readonly format: 'stylish' | 'json';
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
}

export class UsageError extends Error {}

export const USAGE = `用法：gwlint [选项] <文件|文件夹|glob>...

检查公文、讲话稿中的序号、占位符、模板网站残留、重复和标点问题。
文件夹中默认查找 .txt .md .gw .gongwen 文件。

选项：
  --format stylish|json      输出格式（默认 stylish；json 与 ESLint 的 JSON 格式兼容）
  --stdin                    从标准输入读取文本
  --stdin-filename <文件>    标准输入文本对应的文件名（决定格式和适用的配置）
  --max-warnings <n>         警告超过 n 条时以退出码 1 结束（默认不限）
  --quiet                    只报告错误，不报告警告和提示
  --rule <规则:级别>         临时设置规则级别，如 --rule placeholder:warning（可重复）
  --config <文件>            使用指定的配置文件，而不是就近查找 .gwlintrc.json
  --print-config <文件>      打印适用于该文件的完整配置后退出
  --outline                  打印文稿的层次结构（标题大纲），不做检查
  --ext <.txt,.md>           文件夹中查找的扩展名（逗号分隔）
  --color / --no-color       强制开启或关闭颜色（默认仅在终端中着色）
  -h, --help                 显示本帮助
  -v, --version              显示版本号

退出码：0 没有错误（警告不超过 --max-warnings；提示从不计入）；1 发现错误；
        2 用法、配置或读取文件出错（优先于 1）。`;

export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
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
      },
    });
  } catch (error) {
    throw new UsageError(translateParseError(error instanceof Error ? error.message : String(error)));
  }
  const v = parsed.values;
  const format = v.format ?? 'stylish';
  if (format !== 'stylish' && format !== 'json') throw new UsageError(`未知的输出格式“${format}”，可选 stylish 或 json`);
  let maxWarnings = Infinity;
  if (v['max-warnings'] !== undefined) {
    maxWarnings = Number(v['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings 需要一个非负整数，收到“${v['max-warnings']}”`);
  }
  const ruleOverrides: Record<string, SeveritySetting> = {};
  for (const spec of v.rule ?? []) {
    const m = /^([a-z][a-z-]*):(off|info|warning|error)$/.exec(spec.trim());
    if (!m) throw new UsageError(`--rule 的格式应为“规则:级别”（级别：${SEVERITY_SETTINGS.join('、')}），收到“${spec}”`);
    ruleOverrides[m[1]] = m[2] as Severity;
  }
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
  };
}

function translateParseError(message: string): string {
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (unknown) return `未知的选项“${unknown[1]}”（gwlint --help 查看全部选项）`;
  const missing = /Option '([^']+?)(?: <value>)?' argument missing/.exec(message);
  if (missing) return `选项“${missing[1]}”缺少参数`;
  return message;
}
