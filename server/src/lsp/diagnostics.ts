import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DIRECTIVE_PROBLEM } from '../core/directives';
import { INTERNAL_ERROR } from '../core/engine';
import type { Finding, Severity } from '../core/types';
import { ruleDocsUrl } from '../package-info';

export const SOURCE = 'gwlint';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** What a diagnostic carries back to code actions: the index of its finding in the lint result. */
export interface DiagnosticData {
  readonly version: number;
  readonly index: number;
}

/** Converts findings to LSP diagnostics (UTF-16 offsets to line/character at the edge). */
export function toDiagnostics(doc: TextDocument, findings: readonly Finding[]): Diagnostic[] {
  return findings.map((f, index) => {
    const diagnostic: Diagnostic = {
      range: { start: doc.positionAt(f.span[0]), end: doc.positionAt(f.span[1]) },
      severity: SEVERITY[f.severity],
      code: f.ruleId,
      source: SOURCE,
      message: f.message,
      data: { version: doc.version, index } satisfies DiagnosticData,
    };
    if (f.ruleId !== INTERNAL_ERROR && f.ruleId !== DIRECTIVE_PROBLEM) diagnostic.codeDescription = { href: ruleDocsUrl(f.ruleId) };
    if (f.related?.length) {
      diagnostic.relatedInformation = f.related.map((r) => ({
        location: { uri: doc.uri, range: { start: doc.positionAt(r.span[0]), end: doc.positionAt(r.span[1]) } },
        message: r.message,
      }));
    }
    return diagnostic;
  });
}
