import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RuleSetting } from '../core/engine';
import { findRule } from '../core/rules';
import { addToAllow, EMPTY_CONFIG } from '../host/config-edit';
import { CONFIG_FILE_NAME } from '../host/config-file';
import { parseConfigText } from '../host/config-text';
import { writeDraftAtomic } from '../host/write-draft';
import type { EditorSettings } from './settings';
import { filePathOf } from './target';

export type AllowOutcome = { readonly ok: true; readonly file: string; readonly changed: boolean } | { readonly ok: false; readonly message: string };

/**
 * Adds `text` to rule `ruleId`'s `allow` in the configuration file of the draft at `uri` (the
 * one in effect, or a new `.gwlintrc.json` beside the draft), keeping the file's formatting
 * and comments; an existing file is replaced atomically, and not at all if it changed on disk
 * meanwhile. A file that is not valid JSONC is left alone.
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
  const current = context.ruleSetting(uri, ruleId) ?? { severity: rule.meta.defaultSeverity === 'off' ? 'warning' : rule.meta.defaultSeverity };
  if (!existsSync(file)) {
    try {
      // 'wx': created here, or left alone if another program made it meanwhile.
      writeFileSync(file, addToAllow(EMPTY_CONFIG, ruleId, text, current), { flag: 'wx' });
    } catch (error) {
      return { ok: false, message: `无法创建配置文件 ${file}：${error instanceof Error ? error.message : String(error)}` };
    }
    return { ok: true, file, changed: true };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { ok: false, message: `无法读取配置文件 ${file}：${error instanceof Error ? error.message : String(error)}` };
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const before = bytes.subarray(bom ? 3 : 0).toString('utf8');
  const broken = parseConfigText(before).errors[0];
  if (broken) return { ok: false, message: `配置文件 ${file} 第 ${broken.line} 行第 ${broken.column} 列有语法错误（${broken.message}），请先修正` };
  const after = addToAllow(before, ruleId, text, current);
  if (after === before) return { ok: true, file, changed: false };
  const written = writeDraftAtomic(file, after, bom ? 'utf-8-bom' : 'utf-8', bytes);
  if (!written.ok) return { ok: false, message: `配置文件 ${file}：${written.message}` };
  return { ok: true, file, changed: true };
}
