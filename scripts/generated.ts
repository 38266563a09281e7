import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configSchema, ruleEntrySchema } from '../server/src/core/config';
import type { Rule } from '../server/src/core/rule';
import { RULES } from '../server/src/core/rules';
import { compactJiebaDictionary } from './jieba-dictionary';

/**
 * Everything generated from the rules' metadata: the JSON schema of `.gwlintrc.json`, one
 * documentation page per rule and an index, and the `gwlint.rules` setting in package.json.
 * One source, so that the CLI, the editor and the docs never disagree. And jieba's dictionary
 * in the compact form gwlint's segmenter reads.
 */
export interface GeneratedFile {
  readonly path: string;
  readonly content: string;
}

const SEVERITY_LABEL: Record<string, string> = { error: '错误', warning: '警告', info: '提示', off: '关闭' };

export function generatedFiles(root: string): GeneratedFile[] {
  return [
    { path: 'schema/gwlintrc.schema.json', content: json(configSchema(RULES)) },
    { path: 'docs/rules/README.md', content: ruleIndex(RULES) },
    ...RULES.map((rule) => ({ path: `docs/rules/${rule.meta.id}.md`, content: rulePage(rule) })),
    { path: 'package.json', content: withRulesSetting(readFileSync(join(root, 'package.json'), 'utf8'), RULES) },
    { path: 'README.md', content: withRulesTable(readFileSync(join(root, 'README.md'), 'utf8'), RULES) },
    { path: 'server/src/host/segmenters/jieba-dictionary.txt', content: compactJiebaDictionary(root) },
  ];
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function ruleTable(rules: readonly Rule[], linkPrefix: string): string[] {
  return [
    '| 规则 | 检查内容 | 默认级别 | 可自动修复 |',
    '| --- | --- | --- | --- |',
    ...rules.map(
      (r) =>
        `| [\`${r.meta.id}\`](${linkPrefix}${r.meta.id}.md) | ${r.meta.description} | ${SEVERITY_LABEL[r.meta.defaultSeverity]} | ${r.meta.fixable ? '是' : '否'} |`,
    ),
  ];
}

function ruleIndex(rules: readonly Rule[]): string {
  return ['<!-- 本文件由 npm run generate 根据规则元数据生成，请勿手工修改 -->', '# 规则一览', '', ...ruleTable(rules, ''), ''].join('\n');
}

/** Replaces the table between the README's `rules:start` and `rules:end` markers. */
function withRulesTable(readme: string, rules: readonly Rule[]): string {
  const start = '<!-- rules:start (npm run generate) -->';
  const end = '<!-- rules:end -->';
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) return readme;
  return `${readme.slice(0, from + start.length)}\n${ruleTable(rules, 'docs/rules/').join('\n')}\n${readme.slice(to)}`;
}

function rulePage(rule: Rule): string {
  const m = rule.meta;
  const lines = [
    '<!-- 本文件由 npm run generate 根据规则元数据生成，请勿手工修改 -->',
    `# ${m.id}`,
    '',
    m.description,
    '',
    `- 默认级别：${SEVERITY_LABEL[m.defaultSeverity]}`,
    `- 可自动修复：${m.fixable ? '是' : '否'}`,
    ...(m.needsWords ? ['- 需要分词：是（首次使用时加载分词器）'] : []),
    '',
  ];
  if (m.details) lines.push(m.details, '');
  if (m.examples) {
    lines.push('## 会报告的写法', '', ...m.examples.bad.map((e) => `- ${e}`), '');
    lines.push('## 不会报告的写法', '', ...m.examples.good.map((e) => `- ${e}`), '');
  }
  lines.push('## 提示信息', '', ...Object.entries(m.messages).map(([id, text]) => `- \`${id}\`：${text}`), '');
  lines.push('## 选项', '', '| 选项 | 说明 | 默认值 |', '| --- | --- | --- |');
  const options: [string, { description?: string }][] = [
    ...(Object.entries(m.options) as [string, { description?: string }][]),
    ['allow', { description: '在本仓库中可以接受、不报告的原文（精确匹配）' }],
  ];
  for (const [name, schema] of options) {
    const defaults = m.defaultOptions as Record<string, unknown>;
    const value = name in defaults ? `\`${JSON.stringify(defaults[name])}\`` : '—';
    lines.push(`| \`${name}\` | ${schema.description ?? ''} | ${value} |`);
  }
  lines.push('', '## 配置示例', '', '```json', JSON.stringify({ rules: { [m.id]: ['warning', { allow: ['某某示例'] }] } }, null, 2), '```', '');
  return lines.join('\n');
}

/** Rewrites `contributes.configuration` → `gwlint.rules` in package.json, keeping everything else. */
function withRulesSetting(packageJson: string, rules: readonly Rule[]): string {
  const manifest = JSON.parse(packageJson) as Record<string, unknown>;
  const contributes = (manifest.contributes ??= {}) as Record<string, unknown>;
  const configuration = (contributes.configuration ??= { title: 'gwlint', properties: {} }) as { properties?: Record<string, unknown> };
  const properties = (configuration.properties ??= {});
  properties['gwlint.rules'] = {
    type: 'object',
    default: {},
    // Read per document by the server: a folder of a multi-root workspace may set its own.
    scope: 'resource',
    markdownDescription: '规则设置，写法与 `.gwlintrc.json` 的 `rules` 相同，优先于配置文件。例如 `{"placeholder": "warning"}`。',
    properties: Object.fromEntries(rules.map((r) => [r.meta.id, ruleEntrySchema(r)])),
    additionalProperties: false,
  };
  return json(manifest);
}
