import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DIRECTIVE_PROBLEM } from '../core/directives';
import { fixAll, INTERNAL_ERROR } from '../core/engine';
import type { Finding } from '../core/types';
import { SOURCE } from './diagnostics';
import type { LintResult } from './linter';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.gwlint`;
export const APPLY_ALL_FIXES_COMMAND = 'gwlint.applyAllFixes';
/** Adds a finding's text to its rule's `allow` in the configuration file: arguments [uri, ruleId, text]. */
export const ALLOW_IN_CONFIG_COMMAND = 'gwlint.allowInConfig';

/**
 * Quick fixes for the diagnostics in range: the rule's fix, “allow this text” in the
 * configuration, “disable” directives in Markdown, and fix-all. Nothing on a clean line, so the
 * editor shows no light bulb there.
 */
export function codeActions(doc: TextDocument, result: LintResult, params: CodeActionParams): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string): boolean => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    const ours = params.context.diagnostics.filter((d) => d.source === SOURCE);
    for (const diagnostic of ours) {
      const finding = findingFor(doc, result, diagnostic);
      if (finding?.fix) actions.push(quickFix(doc, finding, diagnostic));
    }
    if (hasFile(doc)) {
      for (const diagnostic of ours) {
        if (typeof diagnostic.code === 'string' && diagnostic.code !== INTERNAL_ERROR && diagnostic.code !== DIRECTIVE_PROBLEM) actions.push(allowAction(doc, diagnostic.code, diagnostic));
      }
    }
    // Code actions are asked for at every cursor move: the menu entry runs fix-all only when
    // chosen, through the command, instead of computing it for every request.
    if (ours.length && result.findings.some((f) => f.fix)) {
      actions.push({
        title: '修复本文件中所有可自动修复的问题',
        kind: CodeActionKind.QuickFix,
        command: { title: '修复本文件中所有可自动修复的问题', command: APPLY_ALL_FIXES_COMMAND, arguments: [doc.uri] },
      });
    }
    if (result.draft.format === 'markdown') {
      for (const diagnostic of ours) {
        if (typeof diagnostic.code === 'string' && diagnostic.code !== DIRECTIVE_PROBLEM) actions.push(...disableActions(doc, result, diagnostic.code, diagnostic));
      }
    }
  }
  if (only && wants(FIX_ALL_KIND)) {
    const all = fixAllAction(doc, result);
    if (all) actions.push(all);
  }
  return actions;
}

/** The whole-document fix-all as one minimal edit (unchanged head and tail kept, so the cursor stays). */
export function fixAllEdits(doc: TextDocument, result: LintResult): TextEdit[] {
  const before = doc.getText();
  const { text: after } = fixAll(before, result.options);
  if (after === before) return [];
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return [{ range: { start: doc.positionAt(head), end: doc.positionAt(before.length - tail) }, newText: after.slice(head, after.length - tail) }];
}

function fixAllAction(doc: TextDocument, result: LintResult): CodeAction | undefined {
  const edits = fixAllEdits(doc, result);
  if (!edits.length) return undefined;
  return { title: 'gwlint：修复所有可自动修复的问题', kind: FIX_ALL_KIND, edit: { changes: { [doc.uri]: edits } } };
}

function findingFor(doc: TextDocument, result: LintResult, diagnostic: Diagnostic): Finding | undefined {
  const start = doc.offsetAt(diagnostic.range.start);
  const end = doc.offsetAt(diagnostic.range.end);
  return result.findings.find(
    (f) => f.ruleId === diagnostic.code && f.span[0] === start && f.span[1] === end && f.message === diagnostic.message,
  );
}

function quickFix(doc: TextDocument, finding: Finding, diagnostic: Diagnostic): CodeAction {
  const fix = finding.fix!;
  const old = doc.getText().slice(fix.span[0], fix.span[1]);
  const title = fix.text === '' ? `删除“${shorten(old)}”` : old === '' ? `插入“${shorten(fix.text)}”` : `将“${shorten(old)}”改为“${shorten(fix.text)}”`;
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: true,
    edit: { changes: { [doc.uri]: [{ range: { start: doc.positionAt(fix.span[0]), end: doc.positionAt(fix.span[1]) }, newText: fix.text }] } },
  };
}

function allowAction(doc: TextDocument, ruleId: string, diagnostic: Diagnostic): CodeAction {
  const text = doc.getText(diagnostic.range);
  return {
    title: `在配置中允许“${shorten(text)}”`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title: `在配置中允许“${shorten(text)}”`, command: ALLOW_IN_CONFIG_COMMAND, arguments: [doc.uri, ruleId, text] },
  };
}

/** Only a document saved in a folder has a configuration file to write to. */
function hasFile(doc: TextDocument): boolean {
  return doc.uri.startsWith('file:');
}

function disableActions(doc: TextDocument, result: LintResult, ruleId: string, diagnostic: Diagnostic): CodeAction[] {
  const line = diagnostic.range.start.line;
  const lineText = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
  const top = afterFrontMatter(doc, result);
  return [
    {
      title: `本行不检查 ${ruleId}`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [doc.uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- gwlint-disable-next-line ${ruleId} -->\n` }] } },
    },
    {
      title: `本文件不检查 ${ruleId}`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [doc.uri]: [{ range: { start: top, end: top }, newText: `<!-- gwlint-disable ${ruleId} -->\n` }] } },
    },
  ];
}

/** The first line after the front matter (which must stay first in the file), else the top. */
function afterFrontMatter(doc: TextDocument, result: LintResult): { line: number; character: number } {
  const front = result.draft.blocks.find((b) => b.kind === 'front-matter' && b.span[0] === 0);
  if (!front) return { line: 0, character: 0 };
  return { line: doc.positionAt(front.span[1]).line + 1, character: 0 };
}

function shorten(s: string): string {
  return s.length > 12 ? `${s.slice(0, 12)}…` : s;
}
