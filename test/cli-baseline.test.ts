import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gwlint, gwlintJson } from './support/cli';

/** An issued notice (印发) that cannot be changed any more, with two known findings. */
const ISSUED = ['关于做好防汛工作的通知', '', '各乡镇：', '请XX县于本月底前报送排查情况。', '要进一步进一步压实责任。', ''].join('\n');

describe('CLI baseline', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gwlint-baseline-'));
  before(() => {
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', 'notice.txt'), ISSUED);
    writeFileSync(join(dir, 'docs', 'other.txt'), '请某某单位报送。\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('--baseline-write records the findings by rule, file and text, not by line', () => {
    const run = gwlint(['--baseline-write', 'ci/gwlint-baseline.json', 'docs'], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /已把 3 个问题记入基线/);
    const baseline = JSON.parse(readFileSync(join(dir, 'ci', 'gwlint-baseline.json'), 'utf8')) as {
      findings: { file: string; rule: string; text: string; count: number; line?: number }[];
    };
    assert.deepEqual(
      baseline.findings.map((e) => [e.file, e.rule, e.text, e.count]),
      [
        ['../docs/notice.txt', 'doubled-word', '进一步进一步', 1],
        ['../docs/notice.txt', 'placeholder', 'XX', 1],
        ['../docs/other.txt', 'placeholder', '某某', 1],
      ],
    );
    assert.ok(baseline.findings.every((e) => e.line === undefined), 'no line numbers');
  });

  it('--baseline hides the recorded findings after an edit above them and reports the new ones, with counts', () => {
    const edited = ['关于做好防汛工作的通知', '', '（2024年修订）', '各乡镇：', '请XX县于本月底前报送排查情况。', '要进一步进一步压实责任。', '新增段落请**填写。', ''].join('\n');
    writeFileSync(join(dir, 'docs', 'notice.txt'), edited);
    const { run, results } = gwlintJson(['--baseline', 'ci/gwlint-baseline.json', 'docs'], { cwd: dir });
    assert.equal(run.status, 1, run.stderr);
    const notice = results.find((r) => r.filePath.endsWith('notice.txt'))!;
    assert.deepEqual(notice.messages.map((m) => [m.ruleId, m.line]), [['placeholder', 7]], 'only the new placeholder');
    assert.deepEqual(results.find((r) => r.filePath.endsWith('other.txt'))!.messages, []);
    assert.match(run.stderr, /已记录的 3 个问题未报告/);
    assert.doesNotMatch(run.stderr, /不再出现/);
  });

  it('notes entries that no longer occur, and a second identical finding is new', () => {
    writeFileSync(join(dir, 'docs', 'other.txt'), '请某某单位报送。\n会后请某某单位报送。\n');
    writeFileSync(join(dir, 'docs', 'notice.txt'), ISSUED.replace('进一步进一步', '进一步'));
    const { run, results } = gwlintJson(['--baseline', 'ci/gwlint-baseline.json', 'docs'], { cwd: dir });
    assert.match(run.stderr, /基线中有 1 条记录已不再出现/);
    assert.deepEqual(results.find((r) => r.filePath.endsWith('other.txt'))!.messages.map((m) => m.line), [2]);
  });

  it('a missing or malformed baseline is a clear error, exit 2', () => {
    const missing = gwlint(['--baseline', 'nope.json', 'docs'], { cwd: dir });
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /nope\.json：基线文件不存在/);
    writeFileSync(join(dir, 'bad.json'), '{"findings": 3}');
    const bad = gwlint(['--baseline', 'bad.json', 'docs'], { cwd: dir });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /不是 gwlint 的基线文件/);
    writeFileSync(join(dir, 'broken.json'), '{');
    const broken = gwlint(['--baseline', 'broken.json', 'docs'], { cwd: dir });
    assert.equal(broken.status, 2);
    assert.equal(broken.stderr, 'gwlint：broken.json：基线文件不是有效的 JSON（可用 --baseline-write 重新生成）\n');
  });
});
