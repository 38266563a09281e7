import { displayPath, regionsOf, type Formatter } from './result';

/**
 * One line a finding, `file:line:col: severity message [rule]`, the form that Vim's quickfix
 * (errorformat `%f:%l:%c: %m`), Emacs' compilation mode and VS Code problem matchers read.
 * The severity is `error`, `warning` or `info`; line breaks in a message become spaces.
 */
export const formatUnix: Formatter = (results, context) => {
  const lines: string[] = [];
  for (const r of results) {
    const file = displayPath(r.filePath, context.cwd);
    if (r.fatal) {
      lines.push(`${file}:1:1: error ${oneLine(r.fatal)} [fatal]`);
      continue;
    }
    const regionOf = regionsOf(r);
    for (const f of r.findings) {
      const { line, column } = regionOf(f.span);
      lines.push(`${file}:${line}:${column}: ${f.severity} ${oneLine(f.message)} [${f.ruleId}]`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
};

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}
