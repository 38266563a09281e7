// The language server's editor features over stdio: “allow this” in the configuration file,
// no light bulb on a clean line, linting closed files of the workspace, a relative configPath
// per workspace folder, and the status the VS Code client shows.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeActionRequest, ExecuteCommandRequest, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { codes, LspClient } from './support/lsp-client';
import { buildDocx } from './support/docx-builder';

const ROOT = join(__dirname, '..');
const DRAFT = '关于做好**工作的通知\n一、总体要求\n要坚持XX原则，全面推进各项工作。\n各单位要高度重视，明确责任分工。\n';

let workDir: string;
let client: LspClient;

async function actionsAt(uri: string, line: number, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
  const range = diagnostics[0]?.range ?? { start: { line, character: 0 }, end: { line, character: 0 } };
  return (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics } })) as CodeAction[];
}

/** Runs the “在配置中允许” action for the finding covering `text` and returns the diagnostics published after it. */
async function allow(uri: string, diagnostics: Diagnostic[], text: string, source: string): Promise<Diagnostic[]> {
  const line = source.split('\n');
  const finding = diagnostics.find((d) => line[d.range.start.line].slice(d.range.start.character, d.range.end.character) === text)!;
  assert.ok(finding, `a finding on “${text}”: ${codes(diagnostics).join()}`);
  const action = (await actionsAt(uri, finding.range.start.line, [finding])).find((a) => a.title === `在配置中允许“${text}”`);
  assert.ok(action?.command, 'the allow action is offered');
  const next = client.waitFor(uri, (p) => p.diagnostics.length < diagnostics.length);
  await client.connection.sendRequest(ExecuteCommandRequest.type, action.command);
  return (await next).diagnostics;
}

describe('language server: editor features', function () {
  this.timeout(60000);

  before(() => {
    execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT });
    workDir = mkdtempSync(join(tmpdir(), 'gwlint-lsp-editor-'));
  });
  after(() => rmSync(workDir, { recursive: true, force: true }));
  afterEach(async () => client.shutdown());

  describe('with one workspace folder', () => {
    beforeEach(async () => {
      client = new LspClient();
      client.settings = { debounce: 0 };
      await client.initialize(workDir, { lintStatus: true });
    });

    it('gives the version from package.json', async () => {
      const other = new LspClient();
      const init = await other.initialize();
      await other.shutdown();
      assert.equal(init.serverInfo?.version, JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    });

    it('“在配置中允许”: creates .gwlintrc.json beside the draft, and the finding goes away', async () => {
      const dir = mkdtempSync(join(workDir, 'allow-new-'));
      const uri = pathToFileURL(join(dir, 'a.gw')).href;
      const { diagnostics } = await client.open(uri, DRAFT);
      const after = await allow(uri, diagnostics, 'XX', DRAFT);
      assert.ok(!after.some((d) => d.range.start.line === 2 && d.code === 'placeholder'), 'XX is allowed now');
      assert.ok(after.some((d) => d.range.start.line === 0 && d.code === 'placeholder'), '** is still reported');
      const written = JSON.parse(readFileSync(join(dir, '.gwlintrc.json'), 'utf8'));
      assert.deepEqual(written, { rules: { placeholder: ['error', { allow: ['XX'] }] } });
    });

    it('“在配置中允许”: adds to the nearest configuration, keeping its comments and other settings', async () => {
      const dir = mkdtempSync(join(workDir, 'allow-edit-'));
      mkdirSync(join(dir, 'sub'));
      const config = join(dir, '.gwlintrc.json');
      const before = '{\n  // 本仓库的设置\n  "rules": {\n    "placeholder": "warning", // 先提醒\n    "doubled-word": "off",\n  },\n}\n';
      writeFileSync(config, before);
      const uri = pathToFileURL(join(dir, 'sub', 'b.gw')).href;
      const { diagnostics } = await client.open(uri, DRAFT);
      assert.ok(diagnostics.filter((d) => d.code === 'placeholder').every((d) => d.severity === 2), 'the config is in effect');
      await allow(uri, diagnostics, 'XX', DRAFT);
      const text = readFileSync(config, 'utf8');
      assert.ok(text.startsWith('{\n  // 本仓库的设置\n  "rules": {\n'), text);
      assert.match(text, /\/\/ 先提醒/);
      assert.match(text, /"doubled-word": "off",/);
      assert.ok(!existsSync(join(dir, 'sub', '.gwlintrc.json')), 'no second file');
      const { parse } = await import('jsonc-parser');
      assert.deepEqual(parse(text).rules.placeholder, ['warning', { allow: ['XX'] }]);
    });

    it('offers no quick fix on a clean line, and fix-all only next to a finding', async () => {
      const uri = pathToFileURL(join(workDir, 'clean.gw')).href;
      const text = '一、总体要求\n各单位要高度重视，明确责任分工。\n要坚持原则，全面推进各项工作。……(快文网省略1111字,正式会员可完整阅读)……\n';
      const { diagnostics } = await client.open(uri, text);
      assert.deepEqual(await actionsAt(uri, 1, []), [], 'nothing on the clean line 2');
      const residue = diagnostics.filter((d) => d.range.start.line === 2);
      const titles = (await actionsAt(uri, 2, residue)).map((a) => a.title);
      assert.ok(titles.includes('修复本文件中所有可自动修复的问题'), titles.join(' | '));
      assert.ok(titles.some((t) => t.startsWith('在配置中允许“……(快文网')), titles.join(' | '));
    });

    it('in Markdown, offers “本行不检查” and “本文件不检查”, the latter below a front matter', async () => {
      const uri = pathToFileURL(join(workDir, 'notice.md')).href;
      const text = '---\ntitle: 通知\n---\n# 通知\n\n请于XX日前报送。\n';
      const { diagnostics } = await client.open(uri, text, 'markdown');
      const xx = diagnostics.filter((d) => d.code === 'placeholder');
      const actions = await actionsAt(uri, 5, xx);
      const file = actions.find((a) => a.title === '本文件不检查 placeholder')!;
      assert.ok(actions.some((a) => a.title === '本行不检查 placeholder'), actions.map((a) => a.title).join());
      assert.deepEqual(file.edit!.changes![uri][0].range.start, { line: 3, character: 0 });
    });

    it('lints the closed drafts of the workspace on request and keeps them after a file is closed', async () => {
      const dir = mkdtempSync(join(workDir, 'ws-'));
      mkdirSync(join(dir, '归档'));
      writeFileSync(join(dir, '.gwlintrc.json'), '{ "ignore": ["归档/**"] }');
      writeFileSync(join(dir, 'a.txt'), '请于XX日前报送材料。\n');
      writeFileSync(join(dir, 'b.gw'), '关于**的通知\n');
      writeFileSync(join(dir, 'english.md'), 'Fill in the XX field.\n');
      writeFileSync(join(dir, '归档', 'old.txt'), '请于XX日前报送。\n');
      // A Word file is the CLI's: the editor never lints it as text.
      writeFileSync(join(dir, 'report.docx'), await buildDocx('请于XX日前报送。'));
      const files: string[] = await client.connection.sendRequest('gwlint/workspaceFiles', { folders: [pathToFileURL(dir).href] });
      assert.deepEqual(files.map((f) => f.slice(pathToFileURL(dir).href.length)).sort(), ['/a.txt', '/b.gw', '/english.md', '/report.docx']);
      const a = pathToFileURL(join(dir, 'a.txt')).href;
      const b = pathToFileURL(join(dir, 'b.gw')).href;
      const published = Promise.all([a, b].map((u) => client.waitFor(u, (p) => p.diagnostics.length > 0)));
      const result = await client.connection.sendRequest('gwlint/lintFiles', { uris: files });
      assert.deepEqual(result, { linted: 2, findings: 2, skipped: 2 }, 'English Markdown is not a draft, a Word file not the editor’s');
      const [pa, pb] = await published;
      assert.deepEqual(codes(pa.diagnostics), ['placeholder']);
      assert.deepEqual(codes(pb.diagnostics), ['placeholder']);
      // Opened, edited, closed: the file's diagnostics come from disk again.
      await client.open(a, '请于五月底前报送材料。\n', 'plaintext');
      const again = client.waitFor(a, (p) => p.diagnostics.length === 1);
      await client.close(a);
      assert.deepEqual(codes((await again).diagnostics), ['placeholder']);
      // A configuration change reaches the closed files too.
      writeFileSync(join(dir, '.gwlintrc.json'), '{ "ignore": ["归档/**"], "rules": { "placeholder": "off" } }');
      const cleared = Promise.all([a, b].map((u) => client.waitFor(u, (p) => p.diagnostics.length === 0)));
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(dir, '.gwlintrc.json')).href, type: 2 }] });
      await cleared;
    });

    it('tells the client whether a document is linted and with which configuration', async () => {
      const dir = mkdtempSync(join(workDir, 'status-'));
      writeFileSync(join(dir, '.gwlintrc.json'), '{ "ignore": ["skip.txt"] }');
      const linted = pathToFileURL(join(dir, 'a.gw')).href;
      await client.open(linted, DRAFT);
      const english = pathToFileURL(join(dir, 'e.txt')).href;
      await client.open(english, 'Plain English notes.', 'plaintext');
      const skipped = pathToFileURL(join(dir, 'skip.txt')).href;
      await client.open(skipped, '请于XX日前报送。', 'plaintext');
      const last = (uri: string) => client.statuses.filter((s) => s.uri === uri).at(-1)!;
      assert.equal(last(linted).state, 'linted');
      assert.equal(last(linted).configFile, pathToFileURL(join(dir, '.gwlintrc.json')).href);
      assert.deepEqual(last(linted).configProblems, []);
      assert.equal(last(english).state, 'notTarget');
      assert.equal(last(skipped).state, 'ignored');
      // A broken configuration is said in the status (and shown on the file), not in a pop-up.
      const broken = mkdtempSync(join(workDir, 'status-broken-'));
      writeFileSync(join(broken, '.gwlintrc.json'), '{\n  "rules": { "placeholder": "loud" }\n}');
      const inBroken = pathToFileURL(join(broken, 'a.gw')).href;
      await client.open(inBroken, DRAFT);
      assert.match(last(inBroken).configProblems[0], /\.gwlintrc\.json:2:14：rules\.placeholder：值 "loud" 无效/);
      assert.deepEqual(client.messages, [], 'no pop-up: the status item says it');
    });
  });

  it('says a broken gwlint.rules setting in the status when the client shows one, else once in a message', async () => {
    const bad = { debounce: 0, rules: { placeholder: 'loud' } };
    client = new LspClient();
    client.settings = bad;
    await client.initialize(workDir, { lintStatus: true });
    const uri = pathToFileURL(join(workDir, 'settings-a.gw')).href;
    await client.open(uri, DRAFT);
    assert.match(client.statuses.find((s) => s.uri === uri)!.settingsProblems[0], /rules\.placeholder：值 "loud" 无效/);
    assert.deepEqual(client.messages, []);
    await client.shutdown();

    client = new LspClient();
    client.settings = bad;
    await client.initialize(workDir);
    await client.open(pathToFileURL(join(workDir, 'settings-b.gw')).href, DRAFT);
    await client.open(pathToFileURL(join(workDir, 'settings-c.gw')).href, DRAFT);
    assert.equal(client.messages.length, 1);
    assert.match(client.messages[0].message, /设置 gwlint\.rules 有误，已忽略：rules\.placeholder/);
  });

  it('does not lint files in the excluded folders (the extension’s own rule pages)', async () => {
    const docs = mkdtempSync(join(workDir, 'docs-'));
    client = new LspClient();
    client.settings = { debounce: 0 };
    await client.initialize(workDir, { lintStatus: true, excludedFolders: [docs] });
    const page = pathToFileURL(join(docs, 'placeholder.md')).href;
    const { diagnostics } = await client.open(page, '# 占位符\n\n请于XX日前报送全年工作总结材料。\n', 'markdown');
    assert.deepEqual(diagnostics, []);
    assert.equal(client.statuses.find((s) => s.uri === page)?.state, 'ignored');
    const elsewhere = await client.open(pathToFileURL(join(workDir, 'placeholder.md')).href, '# 占位符\n\n请于XX日前报送全年工作总结材料。\n', 'markdown');
    assert.ok(codes(elsewhere.diagnostics).includes('placeholder'));
  });

  it('resolves a relative gwlint.configPath against the folder of each document', async () => {
    const folders = ['一处', '二处'].map((name) => mkdtempSync(join(workDir, `${name}-`)));
    for (const [i, folder] of folders.entries()) {
      mkdirSync(join(folder, 'conf'));
      writeFileSync(join(folder, 'conf', 'gw.json'), JSON.stringify({ rules: { placeholder: i === 0 ? 'off' : 'info' } }));
    }
    client = new LspClient();
    client.settings = { debounce: 0, configPath: 'conf/gw.json' };
    await client.initialize(undefined, undefined, folders);
    const first = await client.open(pathToFileURL(join(folders[0], 'a.gw')).href, DRAFT);
    const second = await client.open(pathToFileURL(join(folders[1], 'b.gw')).href, DRAFT);
    assert.ok(!codes(first.diagnostics).includes('placeholder'), 'folder 1: placeholder off');
    const placeholders = second.diagnostics.filter((d) => d.code === 'placeholder');
    assert.ok(placeholders.length > 0 && placeholders.every((d) => d.severity === 3), 'folder 2: placeholder as information');
  });
});
