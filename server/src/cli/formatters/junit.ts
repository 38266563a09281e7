import { displayPath, regionsOf, type Formatter } from './result';
import { escapeXml as x, XML_DECLARATION } from './xml';

const LABEL = { error: '错误', warning: '警告', info: '提示' } as const;

/**
 * JUnit XML for CI test reports (GitLab's `artifacts:reports:junit`, Jenkins, Azure): a test
 * suite per file, a failing test case per finding, and one passing case for a clean file so
 * that the report lists every file checked.
 */
export const formatJunit: Formatter = (results, context) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const r of results) {
    const name = displayPath(r.filePath, context.cwd);
    const cases: string[] = [];
    const regionOf = regionsOf(r);
    if (r.fatal) {
      errors++;
      cases.push(`    <testcase classname="${x(name)}" name="gwlint" time="0">\n      <error message="${x(r.fatal)}">${x(r.fatal)}</error>\n    </testcase>`);
    }
    for (const f of r.findings) {
      const { line, column } = regionOf(f.span);
      const detail = `${name}:${line}:${column} ${LABEL[f.severity]} ${f.message} (${f.ruleId})`;
      cases.push(
        `    <testcase classname="${x(name)}" name="${x(`${f.ruleId} ${line}:${column}`)}" time="0">\n` +
          `      <failure type="${f.severity}" message="${x(f.message)}">${x(detail)}</failure>\n` +
          '    </testcase>',
      );
    }
    if (!cases.length) cases.push(`    <testcase classname="${x(name)}" name="gwlint" time="0"/>`);
    tests += cases.length;
    failures += r.findings.length;
    suites.push(
      `  <testsuite name="${x(name)}" tests="${cases.length}" failures="${r.findings.length}" errors="${r.fatal ? 1 : 0}" time="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return `${XML_DECLARATION}\n<testsuites name="gwlint" tests="${tests}" failures="${failures}" errors="${errors}" time="0">\n${suites.join('\n')}${suites.length ? '\n' : ''}</testsuites>\n`;
};
