// The language server through a real LSP client over stdio (`node out/server.js --stdio`).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  DidChangeWatchedFilesNotification,
  DocumentSymbolRequest,
  ExecuteCommandRequest,
  FoldingRangeRequest,
  HoverRequest,
  type CodeAction,
  type Diagnostic,
  type DocumentSymbol,
} from 'vscode-languageserver-protocol/node';
import { applyEdits, codes, LspClient, textAt } from './support/lsp-client';

const ROOT = join(__dirname, '..');
const SEED = readFileSync(join(ROOT, 'test/fixtures/seed/000_b259b53fce51324b.txt'), 'utf8');

const DRAFT = [
  '关于做好**工作的通知',
  '一、总体要求',
  '要坚持XX原则，全面推进各项工作。……(快文网省略1111字,正式会员可完整阅读)……',
  '（一）加强组织领导',
  '各单位要高度重视，明确责任分工。',
  '（二）强化督促检查',
  '要定期通报进展情况。',
  '二、工作安排',
  '1.制定方案',
  '各地于六月底前报送方案。',
  '2.组织实施',
  '上一篇：关于春季工作的报告',
].join('\n');

let workDir: string;
let client: LspClient;
let n = 0;
const newUri = (ext = 'gw'): string => pathToFileURL(join(workDir, `draft-${++n}.${ext}`)).href;

describe('language server over stdio', function () {
  this.timeout(60000);

  before(() => {
    execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT });
    workDir = mkdtempSync(join(tmpdir(), 'gwlint-lsp-'));
  });
  after(() => rmSync(workDir, { recursive: true, force: true }));

  beforeEach(async () => {
    client = new LspClient();
    client.settings = { debounce: 0 };
    await client.initialize(workDir);
  });
  afterEach(async () => {
    await client.shutdown();
  });

  it('answers initialize as `gwlint-lsp` (the package bin, stdio by default)', async () => {
    const other = new LspClient([], join(ROOT, 'bin/gwlint-lsp.js'));
    const init = await other.initialize();
    await other.shutdown();
    assert.equal(init.serverInfo?.name, 'gwlint-lsp');
    assert.ok(init.capabilities.documentSymbolProvider);
    assert.ok(init.capabilities.foldingRangeProvider);
    assert.ok(init.capabilities.hoverProvider);
    const kinds = (init.capabilities.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds;
    assert.deepEqual(kinds, ['quickfix', 'source.fixAll.gwlint']);
  });

  it('publishes diagnostics for the seed draft with code, docs link and source', async () => {
    const uri = newUri('txt');
    const { diagnostics } = await client.open(uri, SEED, 'plaintext');
    assert.ok(codes(diagnostics).includes('placeholder'), codes(diagnostics).join());
    assert.ok(codes(diagnostics).includes('template-residue'), codes(diagnostics).join());
    for (const d of diagnostics) {
      assert.equal(d.source, 'gwlint');
      assert.match(d.codeDescription!.href, new RegExp(`/docs/rules/${String(d.code)}\\.md$`));
      assert.ok(textAt(SEED, d.range).length > 0);
    }
    const star = diagnostics.find((d) => d.code === 'placeholder' && textAt(SEED, d.range) === '**');
    assert.ok(star, 'the ** placeholder is reported where it is');
    assert.equal(star.severity, 1);
  });

  it('maps UTF-16 offsets to line and character on a multi-line draft', async () => {
    const uri = newUri();
    const { diagnostics } = await client.open(uri, DRAFT);
    const lines = DRAFT.split('\n');
    const covered = diagnostics.map((d) => `${d.code}@${d.range.start.line}:${lines[d.range.start.line].slice(d.range.start.character, d.range.end.character)}`);
    assert.ok(covered.includes('placeholder@0:**'), covered.join());
    assert.ok(covered.includes('placeholder@2:XX'), covered.join());
    assert.ok(covered.some((c) => c.startsWith('template-residue@2:……(快文网')), covered.join());
    assert.ok(covered.some((c) => c.startsWith('template-residue@11:上一篇')), covered.join());
  });

  it('gives related locations: the first copy of a repeated sentence, the items of an announcement', async () => {
    const uri = newUri();
    const text = [
      '一、加强领导',
      '各单位要切实提高政治站位，把这项工作摆上重要议事日程。',
      '二、压实责任',
      '各单位要切实提高政治站位，把这项工作摆上重要议事日程。',
      '下面我讲三点意见。',
      '一是要提高认识。',
      '二是要压实责任。',
    ].join('\n');
    const { diagnostics } = await client.open(uri, text);
    const repeated = diagnostics.find((d) => d.code === 'repeated-sentence')!;
    assert.ok(repeated, codes(diagnostics).join());
    assert.equal(repeated.range.start.line, 3);
    assert.equal(repeated.relatedInformation![0].location.uri, uri);
    assert.equal(repeated.relatedInformation![0].location.range.start.line, 1);
    const announced = diagnostics.find((d) => d.code === 'announced-count')!;
    assert.ok(announced, codes(diagnostics).join());
    assert.deepEqual(announced.relatedInformation!.map((r) => r.location.range.start.line), [5, 6]);
  });

  it('offers a quick fix that removes template residue', async () => {
    const uri = newUri();
    const { diagnostics } = await client.open(uri, DRAFT);
    const residue = diagnostics.find((d) => d.code === 'template-residue' && d.range.start.line === 2)!;
    const actions = await actionsFor(uri, [residue]);
    const fix = actions.find((a) => a.isPreferred)!;
    assert.ok(fix, actions.map((a) => a.title).join());
    const fixed = applyEdits(DRAFT, fix.edit!.changes![uri]);
    assert.equal(fixed.split('\n')[2], '要坚持XX原则，全面推进各项工作。');
    // Placeholders need a writer: no quick fix is offered for them.
    const star = diagnostics.find((d) => d.code === 'placeholder')!;
    assert.equal((await actionsFor(uri, [star])).filter((a) => a.isPreferred).length, 0);
  });

  it('fixes everything fixable with source.fixAll.gwlint and the fix-all command', async () => {
    const uri = newUri();
    await client.open(uri, DRAFT);
    const actions = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    }) as CodeAction[];
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.gwlint');
    const fixed = applyEdits(DRAFT, actions[0].edit!.changes![uri]);
    assert.ok(!fixed.includes('快文网') && !fixed.includes('上一篇'), fixed);
    const after = await client.replace(uri, fixed);
    assert.ok(codes(after.diagnostics).includes('placeholder'), 'placeholders need a writer and stay');
    assert.ok(!codes(after.diagnostics).includes('template-residue'));

    const other = newUri();
    await client.open(other, DRAFT);
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'gwlint.applyAllFixes', arguments: [other] });
    assert.equal(client.appliedEdits.length, 1);
    assert.equal(applyEdits(DRAFT, client.appliedEdits[0].changes![other]), fixed);
  });

  it('offers to disable a rule for a line or the file in Markdown', async () => {
    const uri = newUri('md');
    const text = '# 通知\n\n请于XX日前报送。\n\n其他事项另行通知。\n';
    const { diagnostics } = await client.open(uri, text, 'markdown');
    const xx = diagnostics.find((d) => d.code === 'placeholder')!;
    assert.ok(xx);
    const actions = await actionsFor(uri, [xx]);
    const line = actions.find((a) => a.title.includes('本行'))!;
    const file = actions.find((a) => a.title.includes('本文件'))!;
    for (const action of [line, file]) {
      const changed = applyEdits(text, action.edit!.changes![uri]);
      const after = await client.replace(uri, changed);
      assert.ok(!codes(after.diagnostics).includes('placeholder'), changed);
    }
    // Plain text has no directive comments, so no such action.
    const plain = newUri();
    const plainDiagnostics = (await client.open(plain, '请于XX日前报送。')).diagnostics;
    assert.equal((await actionsFor(plain, plainDiagnostics)).filter((a) => a.title.includes('不检查')).length, 0);
  });

  it('returns the nested section tree as document symbols', async () => {
    const uri = newUri();
    await client.open(uri, DRAFT);
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    const tree = (s: DocumentSymbol): unknown => (s.children?.length ? { [s.name]: s.children.map(tree) } : s.name);
    assert.deepEqual(symbols.map(tree), [
      {
        '关于做好**工作的通知': [
          { '一、总体要求': ['（一）加强组织领导', '（二）强化督促检查'] },
          { '二、工作安排': ['1.制定方案', '2.组织实施'] },
        ],
      },
    ]);
    const first = symbols[0].children![0];
    assert.deepEqual(first.selectionRange, { start: { line: 1, character: 0 }, end: { line: 1, character: 6 } });
    assert.equal(first.range.end.line, 6);
  });

  it('outlines a slide deck by its parts, leaving its table of contents out', async () => {
    const uri = newUri();
    const deck = ['开发区工作汇报', '目　录', '01　工作回顾', '02　存在问题', '01　工作回顾', '1. 聚焦主导产业', '2. 聚焦链主企业', '02　存在问题', '1. 产业链条不够完整', ''].join('\n');
    await client.open(uri, deck);
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    const tree = (s: DocumentSymbol): unknown => (s.children?.length ? { [`${s.detail}:${s.name}`]: s.children.map(tree) } : `${s.detail}:${s.name}`);
    assert.deepEqual(symbols.map(tree), [
      {
        '标题:开发区工作汇报': [
          { '部分:01　工作回顾': ['三级标题:1. 聚焦主导产业', '三级标题:2. 聚焦链主企业'] },
          { '部分:02　存在问题': ['三级标题:1. 产业链条不够完整'] },
        ],
      },
    ]);
  });

  it('folds by section', async () => {
    const uri = newUri();
    await client.open(uri, DRAFT);
    const ranges = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
    const pairs = ranges!.map((r) => `${r.startLine}-${r.endLine}`).sort();
    assert.deepEqual(pairs, ['0-11', '1-6', '10-11', '3-4', '5-6', '7-11', '8-9'].sort());
  });

  it('explains a heading on hover: level, place in the run, what comes next', async () => {
    const uri = newUri();
    await client.open(uri, DRAFT);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 5, character: 1 } });
    const value = (hover!.contents as unknown as { value: string }).value;
    assert.match(value, /二级标题/);
    assert.match(value, /第 2 项，共 2 项/);
    assert.match(value, /（三）/);
    const none = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 4, character: 2 } });
    assert.equal(none, null);
  });

  it('explains an enumeration marker on hover', async () => {
    const uri = newUri();
    await client.open(uri, '一、加强领导\n一是要提高认识，二是要压实责任。');
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 8 } });
    const value = (hover!.contents as unknown as { value: string }).value;
    assert.match(value, /一是、二是/);
    assert.match(value, /第 2 项，共 2 项/);
    assert.match(value, /三是/);
  });

  it('follows configuration changes: rules, enable, run on save', async () => {
    const uri = newUri();
    await client.open(uri, DRAFT);
    await client.configure({ debounce: 0, rules: { placeholder: 'off' } });
    let p = await client.waitFor(uri, (d) => !codes(d.diagnostics).includes('placeholder'));
    assert.ok(codes(p.diagnostics).includes('template-residue'));
    await client.configure({ debounce: 0, rules: { placeholder: 'info' } });
    p = await client.waitFor(uri, (d) => codes(d.diagnostics).includes('placeholder'));
    assert.ok(p.diagnostics.filter((d) => d.code === 'placeholder').every((d) => d.severity === 3));
    await client.configure({ debounce: 0, enable: false });
    p = await client.waitFor(uri, (d) => d.diagnostics.length === 0);
    await client.configure({ debounce: 0, run: 'onSave' });
    await client.waitFor(uri, (d) => d.diagnostics.length > 0);
    // While typing nothing is linted; saving lints.
    const version = client.change(uri, [{ text: `${DRAFT}\n请于XX日前完成。` }]);
    await new Promise((r) => setTimeout(r, 300));
    assert.notEqual(client.latest.get(uri)!.version, version);
    const saved = client.waitFor(uri, (d) => d.version === version);
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    assert.ok((await saved).diagnostics.length > 0);
  });

  it('reads .gwlintrc.json next to the draft and re-reads it when it changes', async () => {
    const dir = mkdtempSync(join(workDir, 'cfg-'));
    const config = join(dir, '.gwlintrc.json');
    writeFileSync(config, JSON.stringify({ rules: { placeholder: 'off' } }));
    const uri = pathToFileURL(join(dir, 'a.gw')).href;
    const first = await client.open(uri, DRAFT);
    assert.ok(!codes(first.diagnostics).includes('placeholder'));
    writeFileSync(config, JSON.stringify({ rules: { 'template-residue': 'off' } }));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
    const p = await client.waitFor(uri, (d) => codes(d.diagnostics).includes('placeholder'));
    assert.ok(!codes(p.diagnostics).includes('template-residue'));
  });

  it('shows a broken configuration on the config file at each problem, and keeps linting', async () => {
    const dir = mkdtempSync(join(workDir, 'bad-'));
    const config = join(dir, '.gwlintrc.json');
    writeFileSync(config, '{\n  // JSONC\n  "rules": {\n    "placeholder": "loud",\n  },\n  "overrides": [\n    { "files": ["a/**"] },\n    { "files": ["b/**"], "rules": { "nope": "off" } }\n  ]\n}\n');
    const configUri = pathToFileURL(config).href;
    const onConfig = client.waitFor(configUri, (d) => d.diagnostics.length > 0);
    const draft = await client.open(pathToFileURL(join(dir, 'a.gw')).href, DRAFT);
    assert.ok(codes(draft.diagnostics).includes('template-residue'), 'the draft is still linted');
    const problems = (await onConfig).diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.character} ${d.message}`);
    assert.equal(problems.length, 2, problems.join('\n'));
    // The key of each problem, on its own line: overrides[1] on the line of overrides[1].
    assert.match(problems[0], /^3:4-17 rules\.placeholder：.*"loud"/);
    assert.match(problems[1], /^7:36-42 overrides\[1\]\.rules\.nope：未知规则/);
    // This client shows no gwlint status item: the problems are also said once in a message
    // (the VS Code client shows them in its language status instead, see lsp-editor.test.ts).
    assert.equal(client.messages.length, 1, client.messages.map((m) => m.message).join('\n'));
    assert.match(client.messages[0].message, /gwlint 配置有误.*:4:5：rules\.placeholder.*；.*:8:37：overrides\[1\]\.rules\.nope/);
    // Repairing the file clears its diagnostics.
    writeFileSync(config, '{ "rules": { "placeholder": "warning" } }');
    const cleared = client.waitFor(configUri, (d) => d.diagnostics.length === 0);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type: 2 }] });
    await cleared;
  });

  it('places a JSONC syntax error where it is', async () => {
    const dir = mkdtempSync(join(workDir, 'syntax-'));
    const config = join(dir, '.gwlintrc.json');
    writeFileSync(config, '{\n  "rules": {\n    "placeholder" "off"\n  }\n}\n');
    const onConfig = client.waitFor(pathToFileURL(config).href, (d) => d.diagnostics.length > 0);
    await client.open(pathToFileURL(join(dir, 'a.gw')).href, DRAFT);
    const [problem] = (await onConfig).diagnostics;
    assert.deepEqual(problem.range.start, { line: 2, character: 18 });
    assert.match(String(problem.message), /第 3 行第 19 列此处应为冒号/);
  });

  it('lints plain text and Markdown only when mostly Chinese', async () => {
    const english = newUri('txt');
    const p = await client.open(english, 'Please fill in the XX field before the meeting. ** TODO', 'plaintext');
    assert.equal(p.diagnostics.length, 0);
    const chinese = newUri('txt');
    const q = await client.open(chinese, '请于XX日前报送材料。', 'plaintext');
    assert.ok(codes(q.diagnostics).includes('placeholder'));
  });

  it('keeps up with 1,000 rapid edits: the newest version wins', async () => {
    const uri = newUri();
    await client.open(uri, DRAFT);
    const published: number[] = [];
    client.onDiagnostics = (p) => p.uri === uri && published.push(p.version!);
    let text = DRAFT;
    let version = 0;
    for (let i = 0; i < 1000; i++) {
      const line = i % 12;
      const insert = i % 7 === 0 ? '**' : '好';
      text = applyEdits(text, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: insert }]);
      version = client.change(uri, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: insert }]);
    }
    const last = await client.waitFor(uri, (p) => p.version === version);
    assert.ok(published.every((v, i) => i === 0 || v > published[i - 1]), 'versions only go forward');
    // The same text opened fresh gets the same diagnostics.
    const fresh = await client.open(newUri(), text);
    assert.deepEqual(last.diagnostics.map(strip), fresh.diagnostics.map(strip));
    assert.equal(client.process.exitCode, null, 'the server is alive');
  });
});

function strip(d: Diagnostic): unknown {
  return { range: d.range, code: d.code, message: d.message };
}

async function actionsFor(uri: string, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
  const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics } })) as CodeAction[];
}

