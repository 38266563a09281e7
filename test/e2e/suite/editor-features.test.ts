// The editor features of issue 12 inside a real VS Code: “allow this” in the configuration,
// no light bulb on a clean line, linting unopened files of the workspace, rule pages offline,
// the language status, configuration errors on the configuration file, and a new configuration.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parse } from 'jsonc-parser';
import { codeOf, diagnosticsWhere, workspaceFile } from './support';

interface GwlintApi {
  lintStatus(): { text: string; detail: string; severity: vscode.LanguageStatusSeverity; command?: string };
}

const api = (): GwlintApi => vscode.extensions.getExtension<GwlintApi>('gwlint.gwlint')!.exports;

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Resolves once `test` holds for the language status (checked now and whenever the status may change). */
async function statusWhere(test: (s: ReturnType<GwlintApi['lintStatus']>) => boolean, what: string): Promise<ReturnType<GwlintApi['lintStatus']>> {
  const started = Date.now();
  for (;;) {
    const s = api().lintStatus();
    if (test(s)) return s;
    if (Date.now() - started > 20000) throw new Error(`timed out waiting for ${what}; status: ${JSON.stringify(s)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('gwlint editor features in a real VS Code', () => {
  before(async () => {
    await vscode.extensions.getExtension('gwlint.gwlint')!.activate();
  });

  it('“在配置中允许”: adds the text to allow in a new .gwlintrc.json beside the draft, and the finding disappears', async () => {
    const draft = workspaceFile('allow/draft.gw');
    const config = workspaceFile('allow/.gwlintrc.json');
    const doc = await vscode.workspace.openTextDocument(draft);
    await vscode.window.showTextDocument(doc);
    const ds = await diagnosticsWhere(draft, (d) => d.some((x) => codeOf(x) === 'placeholder'), 'the XX placeholder');
    const xx = ds.find((d) => codeOf(d) === 'placeholder')!;
    assert.equal(doc.getText(xx.range), 'XX');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', draft, xx.range, vscode.CodeActionKind.QuickFix.value);
    const allow = actions.find((a) => a.title === '在配置中允许“XX”');
    assert.ok(allow?.command, `offered among: ${actions.map((a) => a.title).join(' | ')}`);
    await vscode.commands.executeCommand(allow.command.command, ...(allow.command.arguments ?? []));
    await diagnosticsWhere(draft, (d) => !d.some((x) => codeOf(x) === 'placeholder'), 'the placeholder finding gone');
    const written = parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(config)));
    assert.deepEqual(written.rules.placeholder, ['error', { allow: ['XX'] }]);
  });

  it('offers no code action on a clean line (no light bulb) and fix-all next to a finding', async () => {
    const draft = workspaceFile('draft.gw');
    const doc = await vscode.workspace.openTextDocument(draft);
    await vscode.window.showTextDocument(doc);
    await diagnosticsWhere(draft, (d) => d.some((x) => codeOf(x) === 'template-residue'), 'residue');
    const clean = new vscode.Range(4, 3, 4, 3); // 各单位要高度重视，明确责任分工。
    const none = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', draft, clean);
    assert.deepEqual(none.map((a) => a.title), []);
    const dirty = new vscode.Range(11, 2, 11, 2); // 上一篇：…
    const some = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', draft, dirty);
    assert.ok(some.some((a) => a.title === '修复本文件中所有可自动修复的问题'), some.map((a) => a.title).join(' | '));
  });

  it('“检查整个工作区” fills the Problems panel for files that are not open', async () => {
    const unopened = workspaceFile('unopened/汇报.txt');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === unopened.toString()), 'the file is not open');
    assert.deepEqual(vscode.languages.getDiagnostics(unopened), []);
    const summary = await vscode.commands.executeCommand<{ files: number; linted: number; findings: number; cancelled: boolean }>('gwlint.lintWorkspace');
    assert.equal(summary.cancelled, false);
    assert.ok(summary.linted >= 1, JSON.stringify(summary));
    const ds = await diagnosticsWhere(unopened, (d) => d.some((x) => codeOf(x) === 'placeholder'), 'the unopened file’s placeholder');
    assert.equal(ds[0].range.start.line, 2);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === unopened.toString()), 'still not open');
  });

  it('links each finding to its rule page, which “查看规则说明” shows offline in a Markdown preview', async () => {
    const draft = workspaceFile('draft.gw');
    const ds = await diagnosticsWhere(draft, (d) => d.some((x) => codeOf(x) === 'placeholder'), 'placeholders');
    const code = ds.find((d) => codeOf(d) === 'placeholder')!.code as { value: string; target: vscode.Uri };
    assert.equal(code.target.scheme, 'command');
    assert.equal(code.target.path, 'gwlint.showRuleDoc');
    assert.deepEqual(JSON.parse(decodeURIComponent(code.target.query)), ['placeholder']);
    const page = await vscode.commands.executeCommand<vscode.Uri>('gwlint.showRuleDoc', 'placeholder');
    assert.match(page.path, /\/docs\/rules\/placeholder\.md$/);
    assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(page)), /^# placeholder/m);
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs);
    const preview = tabs.find((t) => t.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(t.input.viewType));
    assert.ok(preview, `a Markdown preview among: ${tabs.map((t) => t.label).join(' | ')}`);
    assert.match(preview.label, /placeholder/);
  });

  it('says in the language status that the draft is linted and with which configuration', async () => {
    await vscode.window.showTextDocument(workspaceFile('draft.gw'));
    const s = await statusWhere((x) => x.text === 'gwlint：正在检查', 'linting');
    assert.match(s.detail, /默认规则/);
    assert.equal(s.command, 'gwlint.createConfig');
    await vscode.window.showTextDocument(workspaceFile('allow/draft.gw'));
    const allowStatus = await statusWhere((x) => /allow\/\.gwlintrc\.json/.test(x.detail), 'the allow/ configuration');
    assert.equal(allowStatus.command, 'vscode.open');
  });

  it('shows configuration errors on the configuration file and in the status, the draft still linted', async () => {
    const draft = workspaceFile('broken/draft.gw');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(draft));
    const config = workspaceFile('broken/.gwlintrc.json');
    const problems = await diagnosticsWhere(config, (d) => d.length > 0, 'the config file’s diagnostics');
    assert.equal(problems[0].range.start.line, 3);
    assert.match(problems[0].message, /rules\.placeholder：值 "loud" 无效/);
    await diagnosticsWhere(draft, (d) => d.some((x) => codeOf(x) === 'placeholder'), 'the draft linted');
    const s = await statusWhere((x) => x.severity === vscode.LanguageStatusSeverity.Error, 'an error status');
    assert.match(s.text, /配置有 1 处错误/);
    assert.match(s.detail, /broken\/\.gwlintrc\.json:4:5/);
  });

  it('“创建配置文件” writes a commented .gwlintrc.json that the manifest gives the installed schema', async () => {
    const folder = vscode.workspace.workspaceFolders![0];
    const config = vscode.Uri.joinPath(folder.uri, '.gwlintrc.json');
    assert.ok(!(await exists(config)));
    try {
      const created = await vscode.commands.executeCommand<vscode.Uri>('gwlint.createConfig', folder);
      assert.equal(created.toString(), config.toString());
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(config));
      assert.match(text, /^\s*\/\/ /m, 'commented');
      const parsed = parse(text);
      assert.equal(parsed.rules.placeholder, 'error');
      assert.equal(parsed.rules['overused-phrase'], 'off');
      // No path into the versioned extension folder, which an update would break.
      assert.equal(parsed.$schema, undefined);
      const extension = vscode.extensions.all.find((e) => e.packageJSON.name === 'gwlint')!;
      const validation = extension.packageJSON.contributes.jsonValidation as { fileMatch: string; url: string }[];
      const entry = validation.find((v) => v.fileMatch === '.gwlintrc.json')!;
      assert.ok(await exists(vscode.Uri.joinPath(extension.extensionUri, entry.url)), `${entry.url} is in the extension`);
      assert.equal(vscode.window.activeTextEditor?.document.languageId, 'jsonc', '.gwlintrc.json opens as JSON with comments');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(config);
    }
  });
});
