import { createTwoFilesPatch } from 'diff';
import { fixAll, type LintOptions, type RuleSetting } from '../core/engine';
import { RULES } from '../core/rules';
import type { TextRead } from '../host/read-draft';
import { writeDraftAtomic, type WriteResult } from '../host/write-draft';

/** How many lint-and-fix passes a file gets before gwlint stops (ESLint's limit). */
export const MAX_FIX_PASSES = 10;

/**
 * The text after every fixable finding is fixed, with the editor's fix-all: the fixes that do
 * not overlap are applied, the text is linted again, and so on until nothing changes.
 * `onlyRules` (from `--fix-rule`) limits the fixes to those rules.
 */
export function fixedText(text: string, options: LintOptions, onlyRules?: ReadonlySet<string>): string {
  const rules: Record<string, RuleSetting> = { ...options.rules };
  if (onlyRules) {
    for (const rule of RULES) {
      if (!onlyRules.has(rule.meta.id)) rules[rule.meta.id] = { severity: 'off' };
    }
  }
  return fixAll(text, { ...options, rules }, MAX_FIX_PASSES).text;
}

export type FixWrite = { readonly written: true } | { readonly written: false; readonly message: string };

/**
 * Writes a fixed draft back in the encoding it was read in, atomically, unless it changed on
 * disk since it was read. Line endings and the rest of the text are the fixes' business: they
 * replace only what they report.
 */
export function writeFixed(path: string, read: TextRead, fixed: string): FixWrite {
  const result: WriteResult = writeDraftAtomic(path, fixed, read.encoding, read.bytes);
  return result.ok ? { written: true } : { written: false, message: result.message };
}

/** A unified diff of one file's fixes, with git's `a/` and `b/` prefixes so `git apply` takes it. */
export function fixDiff(displayPath: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${displayPath}`, `b/${displayPath}`, before, after, undefined, undefined, { context: 3 });
}
