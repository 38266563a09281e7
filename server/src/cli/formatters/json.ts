import { lineColumn, lineStartsOf, type FileResult } from './result';

/** ESLint's JSON format, so that existing CI tooling reads gwlint's findings. */
export function formatJson(results: readonly FileResult[]): string {
  return JSON.stringify(
    results.map((r) => {
      const starts = lineStartsOf(r.source);
      const messages = r.fatal
        ? [{ ruleId: null, fatal: true, severity: 2, message: r.fatal, line: 1, column: 1 }]
        : r.findings.map((f) => {
            const start = lineColumn(starts, f.span[0]);
            const end = lineColumn(starts, f.span[1]);
            return {
              ruleId: f.ruleId,
              severity: f.severity === 'error' ? 2 : 1,
              gwlintSeverity: f.severity,
              messageId: f.messageId,
              message: f.message,
              line: start.line,
              column: start.column,
              endLine: end.line,
              endColumn: end.column,
              ...(f.fix ? { fix: { range: f.fix.span, text: f.fix.text } } : {}),
            };
          });
      const count = (severity: string, fixable = false): number =>
        r.findings.filter((f) => f.severity === severity && (!fixable || f.fix)).length;
      return {
        filePath: r.filePath,
        messages,
        errorCount: r.fatal ? 1 : count('error'),
        fatalErrorCount: r.fatal ? 1 : 0,
        warningCount: count('warning'),
        infoCount: count('info'),
        fixableErrorCount: count('error', true),
        fixableWarningCount: count('warning', true),
      };
    }),
    null,
    2,
  );
}
