import assert from 'node:assert/strict';
import { AllowList } from '../server/src/core/allow-list';
import { lint, MAX_FINDINGS_PER_RULE, OMITTED } from '../server/src/core/engine';
import { defineRule, type Rule } from '../server/src/core/rule';

// Reports every XX, so that what `allow` keeps out is plain to see.
const xx = defineRule({
  meta: { id: 'test-xx', description: '测试', defaultSeverity: 'error', fixable: false, messages: { xx: '占位符' }, options: {}, defaultOptions: {} },
  check(draft, ctx) {
    for (const m of draft.text.matchAll(/XX/g)) ctx.report({ messageId: 'xx', span: [m.index, m.index + 2] });
  },
});
const run = (text: string, allow?: readonly string[]) =>
  lint(text, { registry: [xx as Rule], rules: { 'test-xx': { severity: 'error', options: allow ? { allow } : {} } } }).map((f) => f.span[0]);

describe('allow lists', () => {
  it('find a span inside any occurrence of any allowed string, overlapping or nested', () => {
    const inside = new AllowList(['bcXX', 'abcXXdefg', 'cX', 'XXd']).matcher('zabcXXdefXXd');
    assert.equal(inside([4, 6]), true); // in bcXX (and XXd)
    assert.equal(inside([1, 7]), false); // abcXXd is longer than any occurrence around it
    assert.equal(inside([9, 12]), true); // XXd at the end
    assert.equal(inside([8, 11]), false);
    assert.equal(inside([3, 4]), true); // cX
  });

  it('keep out only the findings inside an allowed string', () => {
    assert.deepEqual(run('XX县和XX市', ['XX县']), [4]);
    assert.deepEqual(run('XX县和XX市', ['县和XX']), [0]);
    assert.deepEqual(run('XX县和XX市', []), [0, 4]);
  });

  it('100,000 allowed strings are compiled once and still match exactly', () => {
    const allow = Array.from({ length: 100_000 }, (_, i) => `第${i}号XX`);
    const text = '第99999号XX，第100000号XX，第7号XX。';
    assert.deepEqual(run(text, allow), [text.indexOf('第100000号') + 8]);
    assert.deepEqual(run(text, allow), [text.indexOf('第100000号') + 8]);
  });
});

describe('findings per rule', () => {
  it('lists the first ones by position and sums up the rest once', () => {
    const text = 'XX。'.repeat(MAX_FINDINGS_PER_RULE + 7);
    const findings = lint(text, { registry: [xx as Rule] });
    assert.equal(findings.length, MAX_FINDINGS_PER_RULE + 1);
    const last = findings.at(-1)!;
    assert.equal(last.messageId, OMITTED);
    assert.equal(last.message, '还有 7 处未列出');
    assert.deepEqual(last.span, [3 * MAX_FINDINGS_PER_RULE, 3 * MAX_FINDINGS_PER_RULE + 2]);
  });
});
