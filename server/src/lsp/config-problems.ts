import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver/node';
import type { ConfigIssue } from '../host/config-file';
import { SOURCE } from './diagnostics';

/** Diagnostics on a broken `.gwlintrc.json`, each where its problem is (the key, the value or the syntax error). */
export function configDiagnostics(issues: readonly ConfigIssue[]): Diagnostic[] {
  return issues.map((issue) => ({
    range: rangeOf(issue),
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    code: 'config',
    message: issue.path ? `${issue.path}：${issue.message}` : issue.message,
  }));
}

function rangeOf(issue: ConfigIssue): Range {
  const p = issue.position;
  if (!p) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return { start: { line: p.line - 1, character: p.column - 1 }, end: { line: p.endLine - 1, character: p.endColumn - 1 } };
}
