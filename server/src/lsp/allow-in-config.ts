import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RuleSetting } from '../core/engine';
import { findRule } from '../core/rules';
import { addToAllow, EMPTY_CONFIG } from '../host/config-edit';
import { CONFIG_FILE_NAME } from '../host/config-file';
import { parseConfigText } from '../host/config-text';
import { writeFileAtomically } from '../host/write-file-atomically';
import type { EditorSettings } from './settings';
import { filePathOf } from './target';

export type AllowOutcome = { readonly ok: true; readonly file: string; readonly changed: boolean } | { readonly ok: false; readonly message: string };

/**
 * Adds `text` to rule `ruleId`'s `allow` in the configuration file of the draft at `uri` (the
 * one in effect, or a new `.gwlintrc.json` beside the draft), keeping the file's formatting
 * and comments. A file that is not valid JSONC is left alone.
 */
export function allowInConfig(
  uri: string,
  ruleId: string,
  text: string,
  settings: EditorSettings,
  context: { configFileFor(path: string, settings: EditorSettings): string | undefined; ruleSetting(uri: string, ruleId: string): RuleSetting | undefined },
): AllowOutcome {
  const draftPath = filePathOf(uri);
  const rule = findRule(ruleId);
  if (!draftPath || !rule || !text) return { ok: false, message: '只能为已保存的文件中 gwlint 报告的内容添加 allow' };
  const file = context.configFileFor(draftPath, settings) ?? join(dirname(draftPath), CONFIG_FILE_NAME);
  let before = EMPTY_CONFIG;
  let bom = '';
  if (existsSync(file)) {
    try {
      before = readFileSync(file, 'utf8');
    } catch (error) {
      return { ok: false, message: `无法读取配置文件 ${file}：${error instanceof Error ? error.message : String(error)}` };
    }
    if (before.startsWith('\uFEFF')) [bom, before] = ['\uFEFF', before.slice(1)];
    const broken = parseConfigText(before).errors[0];
    if (broken) return { ok: false, message: `配置文件 ${file} 第 ${broken.line} 行第 ${broken.column} 列有语法错误（${broken.message}），请先修正` };
  }
  const current = context.ruleSetting(uri, ruleId) ?? { severity: rule.meta.defaultSeverity === 'off' ? 'warning' : rule.meta.defaultSeverity };
  const after = addToAllow(before, ruleId, text, current);
  if (after === before && existsSync(file)) return { ok: true, file, changed: false };
  try {
    writeFileAtomically(file, bom + after);
  } catch (error) {
    return { ok: false, message: `无法写入配置文件 ${file}：${error instanceof Error ? error.message : String(error)}` };
  }
  return { ok: true, file, changed: true };
}
