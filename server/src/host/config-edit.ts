// Edits a configuration file's text in place with jsonc-parser: only the bytes that must change
// change, so the writer's formatting, comments and key order stay as they were.
import { applyEdits, findNodeAtLocation, getNodeValue, modify, parseTree, type FormattingOptions, type JSONPath } from 'jsonc-parser';
import type { RuleSetting } from '../core/engine';

/** The text of a new configuration file, before anything is added to it. */
export const EMPTY_CONFIG = '{\n}\n';

/**
 * Adds `allowed` to rule `ruleId`'s `allow` list in a `.gwlintrc.json` text. A rule written as a
 * bare severity becomes `[severity, { "allow": [...] }]`; a rule not written at all is added
 * with `current` (the setting in effect, so that severity and inherited options stay as they
 * are). Returns the text unchanged when the text is already allowed.
 */
export function addToAllow(text: string, ruleId: string, allowed: string, current: RuleSetting): string {
  const root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  const entryPath: JSONPath = ['rules', ruleId];
  const entry = root ? findNodeAtLocation(root, entryPath) : undefined;
  const value: unknown = entry ? getNodeValue(entry) : undefined;
  const severity = current.severity ?? 'warning';
  if (typeof value === 'string') return edit(text, entryPath, [value, { allow: [allowed] }]);
  if (Array.isArray(value) && value.length >= 2 && isObject(value[1])) {
    const allow = value[1].allow;
    if (Array.isArray(allow)) return allow.includes(allowed) ? text : edit(text, [...entryPath, 1, 'allow', -1], allowed);
    return edit(text, [...entryPath, 1, 'allow'], [allowed]);
  }
  if (Array.isArray(value) && value.length === 1) return edit(text, [...entryPath, -1], { allow: [allowed] });
  const options = { ...(current.options ?? {}) } as Record<string, unknown>;
  const inherited = Array.isArray(options.allow) ? (options.allow as unknown[]) : [];
  options.allow = inherited.includes(allowed) ? inherited : [...inherited, allowed];
  return edit(text.trim() ? text : EMPTY_CONFIG, entryPath, [severity, options]);
}

function edit(text: string, path: JSONPath, value: unknown): string {
  return applyEdits(text, modify(text, path, value, { formattingOptions: formattingOf(text) }));
}

/** Indentation and line ends as the file already has them (two spaces and \n for a new file). */
function formattingOf(text: string): FormattingOptions {
  const indent = /^([ \t]+)\S/m.exec(text)?.[1] ?? '  ';
  return { insertSpaces: !indent.startsWith('\t'), tabSize: indent.startsWith('\t') ? 1 : indent.length, eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}
