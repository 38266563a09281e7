import type { Rule } from './rule';

/**
 * A new `.gwlintrc.json`: JSONC with a comment for each rule and setting, every rule at its
 * default severity. No `$schema`: the VS Code extension validates every `.gwlintrc.json`
 * through its manifest, and a path into its own versioned folder would break when the
 * extension is updated.
 */
export function configTemplate(rules: readonly Rule[]): string {
  const ruleLines = rules.flatMap((rule, i) => [
    `    // ${rule.meta.description}`,
    `    ${JSON.stringify(rule.meta.id)}: ${JSON.stringify(rule.meta.defaultSeverity)}${i < rules.length - 1 ? ',' : ''}`,
  ]);
  return [
    '{',
    '  // gwlint 配置文件（可以写注释）。每条规则取 "off"、"info"、"warning"、"error"，',
    '  // 或 [级别, {选项}]，例如 ["error", { "allow": ["XX科技"] }]：allow 中的原文不报告。',
    '  "rules": {',
    ...ruleLines,
    '  },',
    '  // 不检查的文件：glob，相对于本文件所在的文件夹，如 "归档/**"',
    '  "ignore": [],',
    '  // 对部分文件使用不同的规则，如 { "files": ["模板/**"], "rules": { "placeholder": "off" } }',
    '  "overrides": []',
    '}',
    '',
  ].join('\n');
}
