import type { Severity } from '../../core/types';
import { displayPath, regionsOf, type Formatter } from './result';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub Actions workflow commands, one a finding, which GitHub shows as annotations on the
 * pull request's changed lines:
 * `::error file=a.txt,line=1,col=5,endLine=1,endColumn=7,title=gwlint(placeholder)::message`.
 */
export const formatGithub: Formatter = (results, context) => {
  const lines: string[] = [];
  for (const r of results) {
    const file = displayPath(r.filePath, context.cwd);
    if (r.fatal) {
      lines.push(command('error', { file, title: 'gwlint' }, r.fatal));
      continue;
    }
    const regionOf = regionsOf(r);
    for (const f of r.findings) {
      const region = regionOf(f.span);
      const properties = {
        file,
        line: region.line,
        col: region.column,
        endLine: region.endLine,
        endColumn: region.endColumn,
        title: `gwlint(${f.ruleId})`,
      };
      lines.push(command(COMMAND[f.severity], properties, f.message));
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
};

function command(name: string, properties: Record<string, string | number>, message: string): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${name} ${props}::${escapeData(message)}`;
}

/** A command's message: `%`, CR and LF are percent-encoded (toolkit/core's escapeData). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: as a message, and `:` and `,` too, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
