import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigIssue } from '../host/config-file';
import { SOURCE } from './diagnostics';

/** Diagnostics on a broken `.gwlintrc.json`, placed on the key each problem names. */
export function configDiagnostics(text: string, issues: readonly ConfigIssue[]): Diagnostic[] {
  const doc = TextDocument.create('file:///config.json', 'json', 0, text);
  return issues.map((issue) => ({
    range: locate(doc, text, issue),
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    code: 'config',
    message: issue.path ? `${issue.path}：${issue.message}` : issue.message,
  }));
}

function locate(doc: TextDocument, text: string, issue: ConfigIssue): Range {
  const lineColumn = /第 (\d+) 行第 (\d+) 列/.exec(issue.message);
  if (lineColumn) {
    const start = { line: Number(lineColumn[1]) - 1, character: Math.max(0, Number(lineColumn[2]) - 1) };
    return { start, end: { line: start.line, character: start.character + 1 } };
  }
  // Walk the keys of the JSON path (`rules.placeholder[1].allow`) through the text, in order.
  const keys = issue.path.replace(/\[\d+\]/g, '').split('.').filter((k) => k && k !== '(根)');
  let at = 0;
  let found: [number, number] | undefined;
  for (const key of keys) {
    const quoted = JSON.stringify(key);
    const next = text.indexOf(quoted, at);
    if (next < 0) break;
    found = [next, next + quoted.length];
    at = found[1];
  }
  const [start, end] = found ?? [0, Math.min(1, text.length)];
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}
