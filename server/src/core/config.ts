import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import type { RuleSetting } from './engine';
import type { JsonSchema, Rule } from './rule';
import type { SeveritySetting } from './types';

/** A severity as a user may write it: `warn` is ESLint's spelling of `warning` and means the same. */
export type WrittenSeverity = SeveritySetting | 'warn';

/** A rule's entry in `.gwlintrc.json`: a severity, or `[severity, options]`. */
export type RuleEntry = WrittenSeverity | readonly [WrittenSeverity, Readonly<Record<string, unknown>>?];

/** `.gwlintrc.json` as written by a user (after validation). */
export interface ConfigFile {
  readonly $schema?: string;
  readonly extends?: string;
  readonly rules?: Readonly<Record<string, RuleEntry>>;
  readonly ignore?: readonly string[];
  /** Also skip the files git ignores (the CLI's `--gitignore`). */
  readonly gitignore?: boolean;
  readonly overrides?: readonly { readonly files: readonly string[]; readonly rules?: Readonly<Record<string, RuleEntry>> }[];
  readonly segmenter?: 'jieba' | 'jieba-wasm' | 'nodejieba';
  readonly dictionary?: readonly string[];
  readonly extensions?: readonly string[];
}

/** A problem in a configuration: where (a JSON path like `rules.placeholder[1].allow`) and why, in Chinese. */
export interface ConfigProblem {
  readonly path: string;
  /** The same place as keys and array indexes, for finding it in the file's text. */
  readonly location: readonly (string | number)[];
  readonly message: string;
}

export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error'];
/** Every spelling accepted wherever a severity is written (configuration, settings, `--rule`). */
export const WRITTEN_SEVERITIES: readonly WrittenSeverity[] = [...SEVERITY_SETTINGS, 'warn'];

/** The severity a written one means (`warn` → `warning`); undefined when it is not a severity. */
export function readSeverity(written: string): SeveritySetting | undefined {
  if (written === 'warn') return 'warning';
  return (SEVERITY_SETTINGS as readonly string[]).includes(written) ? (written as SeveritySetting) : undefined;
}

/** The longest `allow` entry: a sentence or a paragraph, not a whole draft. */
export const MAX_ALLOW_LENGTH = 2000;
/** The longest glob in `ignore` and `overrides[].files`. */
export const MAX_GLOB_LENGTH = 1000;

const ALLOW_SCHEMA: JsonSchema = {
  type: 'array',
  items: { type: 'string', minLength: 1, maxLength: MAX_ALLOW_LENGTH },
  description: '在本仓库中可以接受、不报告的原文（精确匹配）',
};

/** The JSON schema of one rule's options object. */
export function ruleOptionsSchema(rule: Rule): JsonSchema {
  return {
    type: 'object',
    properties: { ...rule.meta.options, allow: ALLOW_SCHEMA },
    additionalProperties: false,
  };
}

/** The JSON schema of one rule's entry in `rules`. */
export function ruleEntrySchema(rule: Rule): JsonSchema {
  const severity = { enum: WRITTEN_SEVERITIES };
  return {
    description: `${rule.meta.description}（默认：${rule.meta.defaultSeverity}）`,
    oneOf: [
      severity,
      { type: 'array', prefixItems: [severity, ruleOptionsSchema(rule)], items: false, minItems: 1 },
    ],
  };
}

/** The JSON schema of `.gwlintrc.json`, generated from the rules' metadata. */
export function configSchema(rules: readonly Rule[]): JsonSchema {
  const rulesSchema: JsonSchema = {
    type: 'object',
    properties: Object.fromEntries(rules.map((r) => [r.meta.id, ruleEntrySchema(r)])),
    additionalProperties: false,
  };
  const globs = { type: 'array', items: { type: 'string', minLength: 1, maxLength: MAX_GLOB_LENGTH } };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'gwlint 配置（.gwlintrc.json）',
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      extends: { type: 'string', description: '继承的另一个配置文件（相对于本文件的路径）' },
      rules: rulesSchema,
      ignore: { ...globs, description: '不检查的文件（相对于本配置文件所在文件夹的 glob）' },
      gitignore: { type: 'boolean', description: '命令行检查时同时跳过 .gitignore 忽略的文件（与 --gitignore 相同）' },
      overrides: {
        type: 'array',
        description: '对部分文件使用不同的规则设置',
        items: {
          type: 'object',
          properties: { files: { ...globs, minItems: 1 }, rules: rulesSchema },
          required: ['files'],
          additionalProperties: false,
        },
      },
      segmenter: {
        enum: ['jieba', 'jieba-wasm', 'nodejieba'],
        description: '分词器：jieba（默认，随 gwlint 提供）、jieba-wasm（分词结果相同，加载较慢）或 nodejieba（需另行安装）',
      },
      dictionary: { type: 'array', items: { type: 'string', minLength: 1 }, description: '补充到分词词典的词语' },
      extensions: {
        type: 'array',
        items: { type: 'string', pattern: '^\\.[^./\\\\]+$' },
        description: '在文件夹中查找的文件扩展名（默认 .txt .md .gw .gongwen .docx）',
      },
    },
    additionalProperties: false,
  };
}

const validators = new WeakMap<readonly Rule[], ValidateFunction>();

/** Validates a parsed configuration; returns every problem found, never throws. */
export function validateConfig(raw: unknown, rules: readonly Rule[]): ConfigProblem[] {
  let validate = validators.get(rules);
  if (!validate) {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    validate = ajv.compile(configSchema(rules));
    validators.set(rules, validate);
  }
  if (validate(raw)) return [];
  return describeErrors(validate.errors ?? [], raw, rules);
}

function describeErrors(errors: readonly ErrorObject[], raw: unknown, rules: readonly Rule[]): ConfigProblem[] {
  const known = new Set(rules.map((r) => r.meta.id));
  const problems = new Map<string, { location: (string | number)[]; message: string }>();
  for (const e of errors) {
    // oneOf reports each branch; the branch errors below say more than the summary.
    if (e.keyword === 'oneOf' || e.keyword === 'if') continue;
    const location = pointerSegments(e.instancePath);
    const path = jsonPath(location);
    if (e.keyword === 'additionalProperties') {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const full = path ? `${path}.${key}` : key;
      const inRules = location[location.length - 1] === 'rules';
      problems.set(full, { location: [...location, key], message: inRules && !known.has(key) ? `未知规则“${key}”` : `未知的配置项“${key}”` });
      continue;
    }
    if (problems.has(path)) continue;
    problems.set(path, { location, message: explain(e, valueAt(raw, e.instancePath)) });
  }
  return [...problems].map(([path, p]) => ({ path: path || '(根)', ...p }));
}

function explain(e: ErrorObject, value: unknown): string {
  // A value quoted in a message is cut short: a configuration may hold a very long string.
  const full = JSON.stringify(value) ?? String(value);
  const shown = full.length > 60 ? `${full.slice(0, 57)}……` : full;
  switch (e.keyword) {
    case 'enum':
      return `值 ${shown} 无效，应为 ${((e.params as { allowedValues: unknown[] }).allowedValues ?? []).map((v) => JSON.stringify(v)).join('、')} 之一`;
    case 'type':
      return `类型错误：应为 ${typeName(String((e.params as { type: string }).type))}，实际为 ${shown}`;
    case 'required':
      return `缺少必填项“${(e.params as { missingProperty: string }).missingProperty}”`;
    case 'minItems':
      return '不能为空';
    case 'minLength':
      return '不能为空字符串';
    case 'maxLength':
      return `过长（${typeof value === 'string' ? value.length : '?'} 个字符，最多 ${(e.params as { limit: number }).limit} 个）`;
    case 'maxItems':
    case 'items':
      return '数组项过多：应为 [严重程度, {选项}]';
    case 'pattern':
      return `值 ${shown} 格式不对`;
    case 'minimum':
    case 'maximum':
      return `值 ${shown} 超出范围（${e.message ?? ''}）`;
    default:
      return e.message ?? '无效';
  }
}

function typeName(type: string): string {
  const names: Record<string, string> = { object: '对象', array: '数组', string: '字符串', number: '数字', integer: '整数', boolean: '布尔值' };
  return type.split(',').map((t) => names[t] ?? t).join('或');
}

/** A JSON pointer's keys and array indexes (`/overrides/1/rules` → ['overrides', 1, 'rules']). */
function pointerSegments(pointer: string): (string | number)[] {
  return pointer
    .split('/')
    .slice(1)
    .map((seg) => seg.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((seg) => (/^\d+$/.test(seg) ? Number(seg) : seg));
}

function jsonPath(location: readonly (string | number)[]): string {
  return location.reduce<string>((path, seg) => (typeof seg === 'number' ? `${path}[${seg}]` : path ? `${path}.${seg}` : seg), '');
}

function valueAt(raw: unknown, pointer: string): unknown {
  let value = raw;
  for (const seg of pointer.split('/').slice(1)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return value;
}

/** Turns a rule entry into the engine's setting. */
export function toRuleSetting(entry: RuleEntry): RuleSetting {
  if (typeof entry === 'string') return { severity: readSeverity(entry) ?? 'off' };
  return { severity: readSeverity(entry[0]) ?? 'off', ...(entry[1] ? { options: entry[1] } : {}) };
}

/**
 * Merges layers of rule entries (defaults first, later layers win). A severity-only entry
 * keeps the options set by an earlier layer; an entry with options replaces them.
 */
export function mergeRuleSettings(
  layers: readonly (Readonly<Record<string, RuleEntry>> | undefined)[],
): Record<string, RuleSetting> {
  const merged: Record<string, RuleSetting> = {};
  for (const layer of layers) {
    for (const [id, entry] of Object.entries(layer ?? {})) {
      const next = toRuleSetting(entry);
      merged[id] = next.options ? next : { ...merged[id], severity: next.severity };
    }
  }
  return merged;
}
