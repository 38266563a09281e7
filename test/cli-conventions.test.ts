import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Progress } from '../server/src/cli/progress';
import { gwlint, gwlintJson, ROOT } from './support/cli';

const CRLF = join(ROOT, 'test', 'fixtures', 'cli', 'encodings', 'crlf.txt');
const SAMPLES = join(ROOT, 'samples');

describe('CLI conventions (as a new user tries them)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gwlint-conv-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('JSON: severity 1 covers 警告 and 提示, and the counts agree with the severities', () => {
    const { results } = gwlintJson(['--rule', 'placeholder:info', '--rule', 'template-residue:warning', CRLF]);
    const [r] = results as (typeof results[number] & { infoCount: number })[];
    const ones = r.messages.filter((m) => m.severity === 1).length;
    const twos = r.messages.filter((m) => m.severity === 2).length;
    assert.ok(r.messages.some((m) => (m as { gwlintSeverity?: string }).gwlintSeverity === 'info'));
    assert.equal(r.warningCount, ones);
    assert.equal(r.errorCount, twos);
    assert.equal(r.infoCount, r.messages.filter((m) => (m as { gwlintSeverity?: string }).gwlintSeverity === 'info').length);
    assert.equal(r.fixableWarningCount + r.fixableErrorCount, r.messages.filter((m) => m.fix).length);
  });

  it('colour follows FORCE_COLOR and NO_COLOR as Node does; --color and --no-color win', () => {
    const coloured = (env: Record<string, string | undefined>, args: string[] = []): boolean =>
      /\x1b\[/.test(gwlint([...args, CRLF], { env: { NO_COLOR: undefined, ...env } }).stdout);
    assert.equal(coloured({}), false, 'a pipe is not a terminal');
    assert.equal(coloured({ FORCE_COLOR: '1' }), true);
    assert.equal(coloured({ FORCE_COLOR: '' }), true);
    assert.equal(coloured({ FORCE_COLOR: '0' }), false);
    assert.equal(coloured({ FORCE_COLOR: '1', NO_COLOR: '1' }), true, 'FORCE_COLOR before NO_COLOR, as in Node');
    assert.equal(coloured({ FORCE_COLOR: '1' }, ['--no-color']), false);
    assert.equal(coloured({ NO_COLOR: '1' }, ['--color']), true);
  });

  it('accepts warn wherever a severity is written: --rule and the configuration', () => {
    const run = gwlintJson(['--rule', 'placeholder:warn', CRLF]);
    assert.equal(run.run.status, 0, run.run.stderr);
    assert.ok(run.results[0].messages.filter((m) => m.ruleId === 'placeholder').every((m) => m.severity === 1));
    writeFileSync(join(dir, '.gwlintrc.json'), JSON.stringify({ rules: { placeholder: 'warn', 'doubled-word': ['warn', { reduplicable: ['研究'] }] } }));
    writeFileSync(join(dir, 'a.txt'), '请XX县报送。\n');
    const configured = gwlintJson([join(dir, 'a.txt')]);
    assert.equal(configured.run.status, 0, configured.run.stderr);
    assert.equal(configured.results[0].messages[0].severity, 1);
  });

  it('a missing --config is reported once, before anything is linted', () => {
    const run = gwlint(['--config', 'no-such.json', SAMPLES]);
    assert.equal(run.status, 2);
    assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
    assert.match(run.stderr, /no-such\.json.*配置文件不存在/);
    assert.equal(run.stdout, '');
  });

  it('--outline --format json gives the section tree as data', () => {
    const run = gwlint(['--outline', '--format', 'json', join(SAMPLES, 'speech-midyear.txt')]);
    assert.equal(run.status, 0, run.stderr);
    const [outline] = JSON.parse(run.stdout) as { filePath: string; title: string; sections: { marker: string; line: number; level: number; children: { marker: string }[] }[] }[];
    assert.match(outline.filePath, /speech-midyear\.txt$/);
    assert.ok(outline.title);
    assert.deepEqual(outline.sections.map((s) => s.marker), ['一、', '二、', '三、']);
    assert.deepEqual(outline.sections[0].children.map((c) => c.marker), ['（一）', '（二）', '（四）']);
    assert.equal(outline.sections[0].level, 1);
  });

  it('argument errors are in Chinese, and --max-warnings -1 means no limit as in ESLint', () => {
    const unlimited = gwlint(['--max-warnings', '-1', '--rule', 'placeholder:warning', CRLF]);
    assert.equal(unlimited.status, 0, unlimited.stderr);
    for (const args of [['--max-warnings'], ['--max-warnings', '-2', CRLF], ['--stdin=yes'], ['--bogus'], ['-x'], ['--format']]) {
      const run = gwlint(args);
      assert.equal(run.status, 2, args.join(' '));
      assert.match(run.stderr, /^gwlint：/);
      assert.doesNotMatch(run.stderr, /Option|argument|Unknown|positional/, `${args.join(' ')}: ${run.stderr}`);
    }
  });
});

describe('progress on stderr', () => {
  it('shows n/N 文件 only after a second, and erases it at the end', () => {
    let clock = 0;
    let written = '';
    const progress = new Progress(3, (text) => (written += text), () => clock);
    progress.update(1);
    assert.equal(written, '', 'a quick run prints nothing');
    clock = 1500;
    progress.update(2);
    assert.equal(written, '\r2/3 文件');
    progress.end();
    assert.equal(written, '\r2/3 文件\r\x1b[K');
  });
});
