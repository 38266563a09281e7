import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type * as Sarif from 'sarif';
import { RULES } from '../server/src/core/rules';
import { gwlint, gwlintJson, ROOT, type JsonMessage } from './support/cli';

const SCHEMA = join(ROOT, 'test', 'fixtures', 'cli', 'sarif', 'sarif-schema-2.1.0.json');
/** A name with every character that XML, workflow commands or URIs treat specially. */
const HOSTILE_NAME = `报告 a&<b>"'c,d:e%f#g.txt`;
/** Text whose findings quote markup, separators and percent signs back in their messages. */
const HOSTILE_TEXT = '请XX县报送。\n上一篇：<b>&"甲,乙:丙%]]>\n进一步进一步做好工作。\r\n';

describe('CLI report formats', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gwlint-formats-'));
  before(() => {
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', HOSTILE_NAME), HOSTILE_TEXT);
    writeFileSync(join(dir, 'docs', 'clean.txt'), '会议于上午九时召开。\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  let json: JsonMessage[] | undefined;
  /** The findings as the JSON format reports them, which every other format must agree with. */
  const expected = (): JsonMessage[] =>
    (json ??= gwlintJson(['docs'], { cwd: dir }).results.find((r) => r.filePath.endsWith(HOSTILE_NAME))!.messages);

  it('sarif: validates against the SARIF 2.1.0 schema and carries rules, help links, regions and fixes', () => {
    const run = gwlint(['--format', 'sarif', 'docs'], { cwd: dir });
    assert.equal(run.status, 1, run.stderr);
    const log = JSON.parse(run.stdout) as Sarif.Log;
    const ajv = new AjvDraft04({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')) as object);
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));

    const [sarifRun] = log.runs;
    const driver = sarifRun.tool.driver;
    assert.equal(driver.name, 'gwlint');
    assert.match(driver.version!, /^\d+\.\d+\.\d+/);
    assert.match(driver.informationUri!, /^https:\/\//);
    assert.deepEqual(driver.rules!.map((r) => r.id), RULES.map((r) => r.meta.id));
    for (const rule of driver.rules!) {
      assert.match(rule.helpUri!, new RegExp(`^https://.+/docs/rules/${rule.id}\\.md$`));
      assert.ok(rule.shortDescription?.text);
      assert.ok(rule.defaultConfiguration?.level);
    }
    assert.equal(sarifRun.columnKind, 'utf16CodeUnits');
    const messages = expected();
    assert.equal(sarifRun.results!.length, messages.length);
    sarifRun.results!.forEach((result, k) => {
      const m = messages[k];
      assert.equal(result.ruleId, m.ruleId);
      assert.equal(driver.rules![result.ruleIndex!].id, result.ruleId);
      assert.equal(result.message.text, m.message);
      const location = result.locations![0].physicalLocation!;
      assert.equal(decodeURIComponent(location.artifactLocation!.uri!), `docs/${HOSTILE_NAME}`);
      assert.equal(location.artifactLocation!.uriBaseId, '%SRCROOT%');
      assert.deepEqual(location.region, { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn });
      assert.equal(Boolean(result.fixes), Boolean(m.fix), `fix of ${m.ruleId}`);
    });
    assert.ok(sarifRun.results!.some((r) => r.level === 'warning') && sarifRun.results!.some((r) => r.level === 'error'));
  });

  it('github: one workflow command a finding, with properties and message escaped as GitHub documents', () => {
    const run = gwlint(['--format', 'github', 'docs'], { cwd: dir });
    assert.equal(run.status, 1, run.stderr);
    const lines = run.stdout.trimEnd().split('\n');
    const messages = expected();
    assert.equal(lines.length, messages.length);
    lines.forEach((line, k) => {
      const parsed = /^::(error|warning|notice) ([^:]+)::(.*)$/.exec(line);
      assert.ok(parsed, line);
      const props = Object.fromEntries(parsed[2].split(',').map((p) => p.split('=')).map(([key, v]) => [key, unescapeGithub(v)]));
      const m = messages[k];
      assert.equal(parsed[1], m.severity === 2 ? 'error' : 'warning');
      assert.deepEqual(props, {
        file: `docs/${HOSTILE_NAME}`,
        line: String(m.line),
        col: String(m.column),
        endLine: String(m.endLine),
        endColumn: String(m.endColumn),
        title: `gwlint(${m.ruleId})`,
      });
      assert.equal(unescapeGithub(parsed[3]), m.message);
      assert.doesNotMatch(parsed[3], /[\r\n]/);
    });
  });

  for (const format of ['checkstyle', 'junit'] as const) {
    it(`${format}: well-formed XML that gives back the hostile names and messages`, () => {
      const run = gwlint(['--format', format, 'docs'], { cwd: dir });
      assert.equal(run.status, 1, run.stderr);
      assert.equal(XMLValidator.validate(run.stdout), true);
      const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['file', 'error', 'testsuite', 'testcase'].includes(name) }).parse(run.stdout) as Record<string, unknown>;
      const messages = expected();
      if (format === 'checkstyle') {
        const files = (xml.checkstyle as { file: { name: string; error?: { message: string; line: string; source: string }[] }[] }).file;
        const hostile = files.find((f) => f.name.endsWith(HOSTILE_NAME))!;
        assert.ok(hostile, 'file name survives escaping');
        assert.deepEqual(
          hostile.error!.map((e) => [e.source, Number(e.line), e.message]),
          messages.map((m) => [`gwlint.${m.ruleId}`, m.line, m.message]),
        );
      } else {
        const suites = (xml.testsuites as { testsuite: { name: string; failures: string; testcase: { failure?: { message: string } }[] }[] }).testsuite;
        const hostile = suites.find((s) => s.name === `docs/${HOSTILE_NAME}`)!;
        assert.ok(hostile, 'suite name survives escaping');
        assert.equal(Number(hostile.failures), messages.length);
        assert.deepEqual(hostile.testcase.map((c) => c.failure!.message), messages.map((m) => m.message));
        const clean = suites.find((s) => s.name === 'docs/clean.txt')!;
        assert.equal(clean.testcase.length, 1, 'a clean file is one passing case');
        assert.equal(clean.testcase[0].failure, undefined);
      }
    });
  }

  it('unix: file:line:col: severity message [rule], one line a finding', () => {
    const run = gwlint(['--format', 'unix', 'docs'], { cwd: dir });
    assert.equal(run.status, 1);
    const messages = expected();
    assert.deepEqual(
      run.stdout.trimEnd().split('\n'),
      messages.map((m) => `docs/${HOSTILE_NAME}:${m.line}:${m.column}: ${m.severity === 2 ? 'error' : 'warning'} ${m.message} [${m.ruleId}]`),
    );
  });

  it('--output-file writes the report there (creating its folder) and nothing to stdout', () => {
    const run = gwlint(['--format', 'sarif', '--output-file', 'reports/gwlint.sarif', 'docs'], { cwd: dir });
    assert.equal(run.status, 1, run.stderr);
    assert.equal(run.stdout, '');
    const log = JSON.parse(readFileSync(join(dir, 'reports', 'gwlint.sarif'), 'utf8')) as Sarif.Log;
    assert.equal(log.runs[0].results!.length, expected().length);
    const stylish = gwlint(['-o', 'report.txt', '--color', 'docs'], { cwd: dir });
    assert.equal(stylish.stdout, '');
    assert.match(readFileSync(join(dir, 'report.txt'), 'utf8'), /\x1b\[/, '--color colours a file on request');
    gwlint(['-o', 'report.txt', 'docs'], { cwd: dir });
    assert.doesNotMatch(readFileSync(join(dir, 'report.txt'), 'utf8'), /\x1b\[/, 'a report file is plain by default');
  });
});

function unescapeGithub(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}
