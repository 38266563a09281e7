import type { Severity } from '../../core/types';
import { lineColumn, lineStartsOfResult, type FileResult, type Formatter } from './result';

/**
 * ESLint's severities: 2 for 错误, 1 for 警告 and 提示 alike (ESLint has no third level);
 * `gwlintSeverity` tells 警告 from 提示. The counts agree with the severities, as ESLint's
 * consumers compute them: `warningCount` counts every severity-1 message, `infoCount` how many
 * of those are 提示. (`--max-warnings` counts 警告 only.)
 */
export const JSON_SEVERITY: Record<Severity, 1 | 2> = { error: 2, warning: 1, info: 1 };

/** ESLint's JSON format, so that existing CI tooling reads gwlint's findings; compact, as ESLint writes it. */
export const formatJson: Formatter = (results) => ({ pieces: jsonReport(results) });

/** What is written at once: pieces of about this many characters. */
const PIECE = 1 << 16;

// File by file: one file's message objects, and one piece of the text, are alive at a time.
function* jsonReport(results: readonly FileResult[]): Generator<string> {
  let piece = '[';
  for (let i = 0; i < results.length; i++) {
    piece += `${i ? ',' : ''}${JSON.stringify(fileReport(results[i]!))}`;
    if (piece.length >= PIECE) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}]\n`;
}

function fileReport(r: FileResult): object {
  // A file without findings needs no lines (nor, from the cache, its text read).
  const starts = r.findings.length && !r.fatal ? lineStartsOfResult(r) : [0];
  const messages = r.fatal
    ? [{ ruleId: null, fatal: true, severity: 2, message: r.fatal, line: 1, column: 1 }]
    : r.findings.map((f) => {
        const start = lineColumn(starts, f.span[0]);
        const end = lineColumn(starts, f.span[1]);
        return {
          ruleId: f.ruleId,
          severity: JSON_SEVERITY[f.severity],
          gwlintSeverity: f.severity,
          messageId: f.messageId,
          message: f.message,
          line: start.line,
          column: start.column,
          endLine: end.line,
          endColumn: end.column,
          // A Word file: the line is the paragraph's index (1-based, reading order); no fix applies to its bytes.
          ...(r.wordFile ? { paragraph: start.line, endParagraph: end.line } : {}),
          ...(f.fix && !r.wordFile ? { fix: { range: f.fix.span, text: f.fix.text } } : {}),
        };
      });
  const count = (level: 1 | 2 | Severity, fixable = false): number =>
    r.findings.filter((f) => (typeof level === 'number' ? JSON_SEVERITY[f.severity] === level : f.severity === level) && (!fixable || (f.fix && !r.wordFile))).length;
  return {
    filePath: r.filePath,
    messages,
    errorCount: r.fatal ? 1 : count(2),
    fatalErrorCount: r.fatal ? 1 : 0,
    warningCount: count(1),
    infoCount: count('info'),
    fixableErrorCount: count(2, true),
    fixableWarningCount: count(1, true),
  };
}
