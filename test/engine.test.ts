import assert from 'node:assert/strict';
import { Draft } from '../server/src/core/document/draft';
import { applyFixes, fixAll, lint, type LintOptions } from '../server/src/core/engine';
import { defineRule, type Rule } from '../server/src/core/rule';

// Test rules with known behaviour, so that the engine is tested apart from the real rules.
const doubledDe = defineRule({
  meta: {
    id: 'test-doubled-de',
    description: '测试：的的',
    defaultSeverity: 'warning',
    fixable: true,
    messages: { doubled: '“{{text}}”重复' },
    options: {},
    defaultOptions: {},
  },
  check(draft, ctx) {
    for (const m of draft.text.matchAll(/的的/g)) {
      ctx.report({ messageId: 'doubled', data: { text: m[0] }, span: [m.index, m.index + 2], fix: { span: [m.index + 1, m.index + 2], text: '' } });
    }
  },
});
const xx = defineRule({
  meta: {
    id: 'test-xx',
    description: '测试：XX',
    defaultSeverity: 'error',
    fixable: false,
    messages: { xx: '占位符' },
    options: {},
    defaultOptions: {},
  },
  check(draft, ctx) {
    for (const m of draft.text.matchAll(/XX/g)) ctx.report({ messageId: 'xx', span: [m.index, m.index + 2], fix: { span: [m.index, m.index + 2], text: '' } });
  },
});
const crashing = defineRule({
  meta: { id: 'test-crash', description: '测试', defaultSeverity: 'error', fixable: false, messages: {}, options: {}, defaultOptions: {} },
  check() {
    throw new Error('boom');
  },
});
const outOfRange = defineRule({
  meta: { id: 'test-range', description: '测试', defaultSeverity: 'error', fixable: false, messages: { m: 'm' }, options: {}, defaultOptions: {} },
  check(draft, ctx) {
    ctx.report({ messageId: 'm', span: [0, draft.text.length + 5] });
  },
});
const registry = [doubledDe, xx] as Rule[];
const run = (text: string, options: LintOptions = {}) => lint(text, { registry, ...options });

describe('engine', () => {
  it('returns findings with rule id, severity, formatted message and UTF-16 span, sorted', () => {
    const findings = run('𠮷XX的的。');
    assert.deepEqual(
      findings.map((f) => [f.ruleId, f.severity, f.message, f.span]),
      [
        ['test-xx', 'error', '占位符', [2, 4]],
        ['test-doubled-de', 'warning', '“的的”重复', [4, 6]],
      ],
    );
  });

  it('keeps a fix only when the rule is fixable', () => {
    const [x, d] = run('XX的的');
    assert.equal(x.fix, undefined);
    assert.deepEqual(d.fix, { span: [3, 4], text: '' });
  });

  it('honours severity settings and off', () => {
    assert.equal(run('XX', { rules: { 'test-xx': { severity: 'off' } } }).length, 0);
    assert.equal(run('XX', { rules: { 'test-xx': { severity: 'info' } } })[0].severity, 'info');
  });

  it('drops findings inside an allowed string', () => {
    const findings = run('XX科技和XX县', { rules: { 'test-xx': { severity: 'error', options: { allow: ['XX科技'] } } } });
    assert.deepEqual(findings.map((f) => f.span), [[5, 7]]);
  });

  it('turns a throwing rule or an out-of-range span into one internal-error finding', () => {
    const findings = lint('XX的的', { registry: [crashing, outOfRange, xx] as Rule[] });
    const internal = findings.filter((f) => f.ruleId === 'internal-error');
    assert.equal(internal.length, 2);
    assert.match(internal[0].message, /test-(crash|range)/);
    assert.ok(findings.some((f) => f.ruleId === 'test-xx'), 'other rules still run');
  });

  it('applies non-overlapping fixes and leaves the rest of the text untouched', () => {
    const text = '我们的的目标，他们的的任务';
    assert.equal(applyFixes(text, run(text)).text, '我们的目标，他们的任务');
  });

  it('fixes overlapping findings over several passes (的的的 -> 的)', () => {
    const text = '我们的的的目标';
    const once = applyFixes(text, run(text));
    assert.equal(once.applied, 1, 'the overlapping fix waits for the next pass');
    assert.equal(fixAll(text, { registry }).text, '我们的目标');
  });

  describe('Markdown directives', () => {
    const md = (text: string) => lint(text, { registry, format: 'markdown' }).map((f) => new Draft(text).lineAt(f.span[0]) + 1);
    it('disable / enable by rule id', () => {
      assert.deepEqual(md('XX\n<!-- gwlint-disable test-xx -->\nXX\n<!-- gwlint-enable test-xx -->\nXX'), [1, 5]);
    });
    it('disable without ids switches every rule off', () => {
      assert.deepEqual(md('<!-- gwlint-disable -->\nXX的的\n<!-- gwlint-enable -->\nXX'), [4]);
    });
    it('disable-next-line and disable-line', () => {
      assert.deepEqual(md('<!-- gwlint-disable-next-line test-xx -->\nXX\nXX <!-- gwlint-disable-line -->\nXX'), [4]);
    });
    it('has no effect in plain text', () => {
      assert.deepEqual(lint('<!-- gwlint-disable -->\nXX', { registry }).length, 1);
    });
  });
});

describe('Draft model', () => {
  it('keeps line endings and splits lines, paragraphs (non-blank lines) and sentences', () => {
    const draft = new Draft('标题\r\n\r\n第一句。第二句！  第三句\n最后；一句');
    assert.deepEqual(draft.lines.map((l) => l.text), ['标题', '', '第一句。第二句！  第三句', '最后；一句']);
    assert.deepEqual(draft.paragraphs.map((p) => p.lineIndex), [0, 2, 3]);
    assert.deepEqual(draft.sentences.map((s) => s.text), ['标题', '第一句。', '第二句！', '第三句', '最后；', '一句']);
    for (const s of draft.sentences) assert.equal(draft.text.slice(s.start, s.end), s.text);
    assert.deepEqual(draft.positionAt(draft.source.indexOf('第三句')), { line: 2, column: 10 });
  });

  it('blanks Markdown syntax but keeps offsets', () => {
    const source = '# 一、总则\n正文**重点**内容，见[链接](http://a.b/x_y)。`code_x`\n<!-- 注释 -->\n```\nXX_\n```\n在**，每位';
    const draft = new Draft(source, 'markdown');
    assert.equal(draft.text.length, source.length);
    assert.equal(draft.lines[0].text, '  一、总则');
    assert.equal(draft.lines[1].text, '正文  重点  内容，见 链接                 。        ', 'the link’s brackets and target are syntax');
    assert.equal(draft.lines[2].text.trim(), '');
    assert.equal(draft.lines[4].text.trim(), '');
    assert.equal(draft.lines[6].text, '在**，每位', 'a lone ** that cannot open emphasis stays');
  });
});

describe('engine with a segmenter that cannot load', () => {
  const wordy = (id: string) =>
    defineRule({
      meta: { id, description: '测试', defaultSeverity: 'warning', fixable: false, needsWords: true, messages: { m: 'm' }, options: {}, defaultOptions: {} },
      check(draft, ctx) {
        ctx.segmenter().cut(draft.text);
      },
    });
  it('reports the failure once, not once per rule, and still runs the other rules', () => {
    let loads = 0;
    const findings = lint('XX的的', {
      registry: [wordy('w1'), wordy('w2'), xx] as Rule[],
      segmenter: () => {
        loads++;
        throw new Error('分词器 nodejieba 未安装');
      },
    });
    const internal = findings.filter((f) => f.ruleId === 'internal-error');
    assert.equal(internal.length, 1);
    assert.equal(internal[0].messageId, 'segmenter-unavailable');
    assert.match(internal[0].message, /nodejieba 未安装/);
    assert.equal(loads, 1);
    assert.ok(findings.some((f) => f.ruleId === 'test-xx'));
  });
});
