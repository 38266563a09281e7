import type { Severity } from '../../core/types';
import { displayPath, lineColumn, lineStartsOfResult, type Formatter } from './result';

const LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
const COLOR: Record<Severity, string> = { error: '31', warning: '33', info: '36' };

/** Human output grouped by file: `line:column  severity  message  rule-id`, and a summary. */
export const formatStylish: Formatter = (results, options) => {
  const paint = (code: string, text: string): string => (options.color ? `\x1b[${code}m${text}\x1b[0m` : text);
  const out: string[] = [];
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let fixable = 0;
  for (const r of results) {
    if (!r.fatal && !r.findings.length) continue;
    out.push(paint('4', displayPath(r.filePath, options.cwd)));
    if (r.fatal) {
      out.push(`  ${paint(COLOR.error, LABEL.error)}  ${r.fatal}`);
      totals.error++;
    }
    const starts = lineStartsOfResult(r);
    const rows = r.findings.map((f) => {
      const { line, column } = lineColumn(starts, f.span[0]);
      totals[f.severity]++;
      if (f.fix && !r.wordFile) fixable++;
      // A Word file has no lines a writer can see: its line N is its Nth paragraph.
      return { where: r.wordFile ? `第 ${line} 段 第 ${column} 字` : `${line}:${column}`, f };
    });
    const width = Math.max(0, ...rows.map((row) => row.where.length));
    for (const { where, f } of rows) {
      out.push(`  ${paint('2', where.padEnd(width))}  ${paint(COLOR[f.severity], LABEL[f.severity])}  ${f.message}  ${paint('2', f.ruleId)}`);
    }
    out.push('');
  }
  const problems = totals.error + totals.warning + totals.info;
  if (problems === 0) return '';
  const summary = `✖ ${problems} 个问题（${totals.error} 个错误，${totals.warning} 个警告，${totals.info} 个提示）`;
  out.push(paint(totals.error ? '1;31' : '1;33', summary));
  if (fixable) out.push(paint('2', `  其中 ${fixable} 个可用 --fix 自动修复`));
  return out.join('\n') + '\n';
};
