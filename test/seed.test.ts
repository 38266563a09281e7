import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gwlintJson, ROOT } from './support/cli';

// The seed: a real speech draft pasted from a template site as one long line. Every finding
// is checked by the text it covers, since line numbers say nothing on a one-line draft.
const SEED = join(ROOT, 'test', 'fixtures', 'seed', '000_b259b53fce51324b.txt');

describe('the seed draft (one long line from a template site)', () => {
  const lines = readFileSync(SEED, 'utf8').split('\n');
  const { run, results } = gwlintJson([SEED]);
  const findings = results[0].messages.map((m) => ({
    rule: m.ruleId,
    text: lines[m.line - 1].slice(m.column - 1, m.endLine === m.line ? m.endColumn! - 1 : undefined),
  }));
  const of = (rule: string): string[] => findings.filter((f) => f.rule === rule).map((f) => f.text.trim());

  it('exits 1 (errors found)', () => assert.equal(run.status, 1, run.stderr));

  it('finds all 13 ** and the _ blank', () => {
    const placeholders = of('placeholder');
    assert.equal(placeholders.filter((t) => t === '**').length, 13);
    assert.equal(placeholders.filter((t) => t === '_').length, 1);
  });

  it('finds both truncation notices, 上一篇, 下一篇 and 相关栏目 as whole units', () => {
    const residue = of('template-residue');
    assert.equal(residue.length, 5, residue.join('\n'));
    assert.match(residue[0], /^……\(快文网http:\/\/www\.fanwy\.cn省略1111字,正式会员可完整阅读\)……$/);
    assert.match(residue[1], /^……\(未完,全文共5999字,当前只显示2888字.*\)$/);
    assert.match(residue[2], /^上一篇:在市林业局局长一行莅垫调研座谈会上的讲话$/);
    assert.match(residue[3], /^下一篇:.*揭牌仪式上的讲话$/);
    assert.match(residue[4], /^相关栏目:/);
  });

  it('finds exactly the four numbering defects', () => {
    const numbering = findings.filter((f) => /^(heading-|list-sequence|announced-count)/.test(f.rule ?? ''));
    assert.deepEqual(
      numbering.map((f) => `${f.rule} ${f.text}`),
      ['announced-count 三个方面的意见', 'announced-count 两种意识', 'list-sequence 三要', 'list-sequence 其三'],
    );
  });
});
