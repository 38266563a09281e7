import { regionsOf, type Formatter } from './result';
import { escapeXml as x, XML_DECLARATION } from './xml';

/**
 * Checkstyle XML, read by Jenkins (warnings-ng), GitLab and reviewdog: a `<file>` per linted
 * file with an `<error>` per finding; `source` is `gwlint.<rule>`.
 */
export const formatCheckstyle: Formatter = (results) => {
  const out = [XML_DECLARATION, '<checkstyle version="4.3">'];
  for (const r of results) {
    out.push(`  <file name="${x(r.filePath)}">`);
    if (r.fatal) out.push(`    <error line="1" column="1" severity="error" message="${x(r.fatal)}" source="gwlint.fatal"/>`);
    const regionOf = regionsOf(r);
    for (const f of r.findings) {
      const { line, column } = regionOf(f.span);
      out.push(`    <error line="${line}" column="${column}" severity="${f.severity}" message="${x(f.message)}" source="gwlint.${x(f.ruleId)}"/>`);
    }
    out.push('  </file>');
  }
  out.push('</checkstyle>');
  return `${out.join('\n')}\n`;
};
