import assert from 'node:assert/strict';
import { Draft } from '../server/src/core/document/draft';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { partStarts } from '../server/src/core/document/markdown-chunks';
import { parseMarkdown } from '../server/src/core/document/markdown';
import { DIRECTIVE_PROBLEM } from '../server/src/core/directives';
import { applyFixes, lint } from '../server/src/core/engine';
import { defineRule } from '../server/src/core/rule';
import { RULES } from '../server/src/core/rules';

const prose = (source: string): string => new Draft(source, 'markdown').text;
const blank = (syntax: string): string => ' '.repeat(syntax.length);

describe('Markdown through micromark', () => {
  it('keeps every offset: the prose view is as long as the source, line breaks in place', () => {
    const source = '---\r\ntitle: 报告\r\n---\r\n# 一、总则\r\n\r\n正文**重点**。\r\n';
    const text = prose(source);
    assert.equal(text.length, source.length);
    for (let i = 0; i < source.length; i++) if (source[i] === '\r' || source[i] === '\n') assert.equal(text[i], source[i]);
  });

  it('blanks front matter, fenced and indented code, inline code and HTML', () => {
    const source = '---\ntags: [范文, 下载]\n---\n\n正文。\n\n```\nXX 代码\n```\n\n    缩进 XX\n\n见 `XX_1` 与 <span class="x">文字</span>。\n<!-- 注释 XX -->';
    const draft = new Draft(source, 'markdown');
    assert.deepEqual(draft.paragraphs.map((p) => p.text.trim()), ['正文。', `见 ${blank('`XX_1`')} 与 ${blank('<span class="x">')}文字${blank('</span>')}。`]);
    assert.deepEqual(draft.blocks.map((b) => b.kind), ['front-matter', 'code', 'code', 'html']);
    assert.equal(draft.source.slice(...draft.blocks[0].span), '---\ntags: [范文, 下载]\n---');
  });

  it('keeps the text of a table’s cells and blanks its pipes and delimiter row', () => {
    const source = '| 项目 | 进度 |\n| --- | --- |\n| 道路 | 80% |';
    const draft = new Draft(source, 'markdown');
    assert.deepEqual(draft.lines.map((l) => l.text.trim().split(/\s+/).filter(Boolean)), [['项目', '进度'], [], ['道路', '80%']]);
    assert.deepEqual(draft.blocks.map((b) => b.kind), ['table']);
  });

  it('knows emphasis next to Chinese punctuation, and leaves a lone ** as written', () => {
    assert.equal(prose('**“三个一批”**工作'), '  “三个一批”  工作');
    assert.equal(prose('在**，每位'), '在**，每位');
    // CommonMark: underscores inside a word never make emphasis, so they stay in the prose.
    assert.equal(prose('做到__心中有数__。'), '做到__心中有数__。');
  });

  it('reads a typed number that pandoc escaped (1\\.) as the writer typed it; other escapes are blanked', () => {
    assert.equal(prose('1\\. **建设中心**。\n\n  12\\. 完善设施。\n\n第3\\. 段，\\*号。'), `1.  ${blank('**')}建设中心${blank('**')}。\n\n  12.  完善设施。\n\n第3 . 段， *号。`);
    const gap = lint('1\\. 建设中心。\n\n3\\. 完善设施。\n', { format: 'markdown' }).find((f) => f.ruleId === 'heading-sequence');
    assert.equal(gap?.fix?.text, '2');
    assert.deepEqual(gap?.fix?.span, [11, 12]);
  });

  it('blanks link targets, reference definitions and autolinks, keeping link text', () => {
    assert.equal(prose('见[通知](https://a.cn/x_y "标题")。'), `见 通知${blank('](https://a.cn/x_y "标题")')}。`);
    assert.equal(prose('[政府网]: https://www.gov.cn\n<https://a.cn>'), `${blank('[政府网]: https://www.gov.cn')}\n${blank('<https://a.cn>')}`);
  });

  it('lists items with their markers, values and depth; bullets are blanked, numbers stay', () => {
    const source = '## 一、总体要求\n\n1. 坚持党的领导\n2. 坚持人民至上\n   - 子项\n\n- 甲\n';
    const draft = new Draft(source, 'markdown');
    const items = draft.listItems.map((i) => ({ marker: source.slice(...i.marker), value: i.value, depth: i.depth, list: i.list, text: source.slice(...i.span) }));
    assert.deepEqual(items, [
      { marker: '1.', value: 1, depth: 0, list: 0, text: '1. 坚持党的领导' },
      { marker: '2.', value: 2, depth: 0, list: 0, text: '2. 坚持人民至上\n   - 子项' },
      { marker: '-', value: undefined, depth: 1, list: 1, text: '- 子项' },
      { marker: '-', value: undefined, depth: 0, list: 2, text: '- 甲' },
    ]);
    assert.equal(draft.lines[2].text, '1. 坚持党的领导');
    assert.equal(draft.lines[4].text, '     子项');
  });

  it('parses a draft part by part exactly as it parses the whole', () => {
    const fixtures = join(__dirname, 'fixtures');
    const files = ['eval/blind', 'eval/blind2', 'eval/own', 'rules/placeholder', 'rules/template-residue', 'rules/doubled-word', 'rules/heading-sequence']
      .flatMap((dir) => readdirSync(join(fixtures, dir)).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(fixtures, dir, f), 'utf8')));
    const shapes = [
      '---\ntitle: 甲\n\n正文\n---\n\n正文一。\n\n正文二。',
      '1. 甲\n\n2. 乙\n\n   续行\n\n正文。\n\n- 丙\n\n  - 丁\n\n正文。',
      '```\n代码\n\n代码\n```\n\n正文\n\n~~~~\n```\n\n~~~~\n\n正文',
      '<!-- 注释\n\n仍是注释 -->\n\n正文\n\n<div>\n\n正文</div>\n\n<script>\n\nx\n</script>\n\n正文',
      '> 引用\n\n> 引用\n\n正文\n\n    代码\n\n    代码\n\n正文\n===\n\n| 甲 | 乙 |\n| - | - |\n| 1 | 2 |\n\n正文',
      '[甲][r]\n\n正文\n\n[r]: https://a.cn',
    ];
    for (const source of [...files, ...shapes]) {
      assert.deepEqual(parseMarkdown(source), parseMarkdown(source, undefined, [0]), source.slice(0, 40));
    }
    assert.ok(files.length >= 8 && partStarts(shapes[1]).length > 1);
  });

  it('bounds the parser on shapes no draft has: deep nesting on one line, crowded delimiters, a paragraph of thousands of lines', () => {
    const deep = `${'> '.repeat(5_000)}正文`;
    assert.equal(prose(deep).length, deep.length);
    assert.ok(prose(deep).endsWith('正文'));
    // Past 400 runs of * in one paragraph emphasis is not parsed: the stars stay as written.
    const crowded = '**重点** '.repeat(500);
    assert.equal(prose(crowded), crowded);
    assert.equal(prose('**重点**'.repeat(3)), '  重点    重点    重点  ');
    const long = '正文[链接](http://a.cn)内容。\n'.repeat(5_000);
    assert.ok(partStarts(long).length > 1);
    assert.equal(prose(long), `正文 链接${' '.repeat('](http://a.cn)'.length)}内容。\n`.repeat(5_000));
  });

  it('reads inline HTML as text in a paragraph crowded with angle brackets, and as HTML otherwise', () => {
    assert.equal(prose('正文<!-- 注释 -->内容。'), `正文${blank('<!-- 注释 -->')}内容。`);
    // Past 1,000 `<` in one part inline HTML is not parsed (micromark looks for the end of each
    // unclosed `<!--` or `<?` to the paragraph's end): even closed comments stay as written.
    const crowded = '正文<!-- 注释 -->'.repeat(1_500);
    assert.equal(prose(crowded), crowded);
    assert.equal(prose('正文<!-- 注释 -->'.repeat(3)), `正文${blank('<!-- 注释 -->')}`.repeat(3));
  });

  it('has no Markdown views for a plain-text draft', () => {
    const draft = new Draft('- 甲\n```\nXX\n```', 'text');
    assert.equal(draft.text, draft.source);
    assert.deepEqual([draft.blocks, draft.listItems, draft.comments], [[], [], []]);
  });
});

describe('Markdown directives', () => {
  const xx = defineRule({
    meta: { id: 'test-xx', description: '测试', defaultSeverity: 'error', fixable: false, messages: { m: 'XX' }, options: {}, defaultOptions: {} },
    check(draft, ctx) {
      for (const m of draft.text.matchAll(/XX/g)) ctx.report({ messageId: 'm', span: [m.index, m.index + 2] });
    },
  });
  const registry = [xx];
  const run = (text: string) => lint(text, { registry, format: 'markdown' }).map((f) => ({ rule: f.ruleId, id: f.messageId, line: new Draft(text).lineAt(f.span[0]) + 1, text: text.slice(...f.span) }));

  it('are not directives inside fenced or indented code', () => {
    const fenced = '```md\n<!-- gwlint-disable -->\n```\n\nXX';
    assert.deepEqual(run(fenced), [{ rule: 'test-xx', id: 'm', line: 5, text: 'XX' }]);
    const indented = '示例：\n\n    <!-- gwlint-disable test-xx -->\n\nXX';
    assert.deepEqual(run(indented), [{ rule: 'test-xx', id: 'm', line: 5, text: 'XX' }]);
    assert.deepEqual(run('`<!-- gwlint-disable -->`\nXX').map((f) => f.rule), ['test-xx']);
  });

  it('report a rule id that does not exist, at the id', () => {
    const found = run('<!-- gwlint-disable test-xx, no-such-rule -->\nXX');
    assert.deepEqual(found, [{ rule: DIRECTIVE_PROBLEM, id: 'unknown-rule', line: 1, text: 'no-such-rule' }]);
  });

  it('know every registered rule, not only those that ran', () => {
    const found = lint(`<!-- gwlint-disable-next-line ${RULES[0].meta.id} -->\nXX`, { registry, format: 'markdown' });
    assert.deepEqual(found.map((f) => f.messageId), ['m']);
  });

  it('report a disable directive that switched nothing off, with a fix that deletes its line', () => {
    const text = '正文。\n<!-- gwlint-disable test-xx -->\n没有问题。\n<!-- gwlint-enable test-xx -->\n';
    const found = lint(text, { registry, format: 'markdown' });
    assert.deepEqual(found.map((f) => [f.ruleId, f.messageId, f.severity]), [[DIRECTIVE_PROBLEM, 'unused', 'warning']]);
    assert.equal(applyFixes(text, found).text, '正文。\n没有问题。\n<!-- gwlint-enable test-xx -->\n');
    assert.deepEqual(run('<!-- gwlint-disable-next-line -->\n没有问题 <!-- gwlint-disable-line test-xx -->').map((f) => [f.id, f.line]), [['unused', 1], ['unused', 2]]);
  });

  it('do not report a directive as unused when it did its work, or names a rule that is off', () => {
    assert.deepEqual(run('<!-- gwlint-disable-next-line test-xx -->\nXX'), []);
    const off = lint('<!-- gwlint-disable test-xx -->\n正文', { registry, format: 'markdown', rules: { 'test-xx': { severity: 'off' } } });
    assert.deepEqual(off, []);
  });
});
