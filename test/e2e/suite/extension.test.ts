// The extension inside a real VS Code (code-server in CI, @vscode/test-electron elsewhere):
// diagnostics, outline, quick fix, fix-all, settings and the status bar, through the vscode API.
// Every wait is on an event (diagnostics changed, document changed), never a sleep.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, diagnosticsWhere, workspaceFile } from './support';

const EXTENSION_ID = 'gwlint.gwlint';

const codes = (ds: readonly vscode.Diagnostic[]): string[] => ds.map((d) => String(codeOf(d)));

/** Applies `change` and resolves once the document's text satisfies `test`. */
async function editAndWait(doc: vscode.TextDocument, change: () => Thenable<unknown>, test: (text: string) => boolean): Promise<void> {
  const changed = new Promise<void>((resolve) => {
    const listener = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === doc && test(doc.getText())) {
        listener.dispose();
        resolve();
      }
    });
  });
  await change();
  if (!test(doc.getText())) await changed;
}

interface GwlintApi {
  lengthStatus(): { text: string; tooltip: string; visible: boolean };
}

describe('gwlint in a real VS Code', () => {
  let doc: vscode.TextDocument;
  let original: string;
  const draft = workspaceFile('draft.gw');

  before(async () => {
    console.log(`VS Code ${vscode.version} (${vscode.env.appName}), node ${process.version}`);
    doc = await vscode.workspace.openTextDocument(draft);
    original = doc.getText();
    await vscode.window.showTextDocument(doc);
  });

  afterEach(async () => {
    // Put the draft back as it was for the next test.
    if (doc.getText() !== original) {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), original);
      await vscode.workspace.applyEdit(edit);
    }
  });

  it('opens .gw files as gongwen and activates the extension', async () => {
    assert.equal(doc.languageId, 'gongwen');
    const extension = vscode.extensions.getExtension<GwlintApi>(EXTENSION_ID);
    assert.ok(extension, 'extension installed');
    await extension.activate();
    assert.ok(extension.isActive);
  });

  it('shows diagnostics with rule code, docs link and severity', async () => {
    const ds = await diagnosticsWhere(draft, (d) => codes(d).includes('placeholder') && codes(d).includes('template-residue'), 'first diagnostics');
    const star = ds.find((d) => doc.getText(d.range) === '**');
    assert.ok(star, 'the ** placeholder is underlined where it is');
    assert.equal(star.severity, vscode.DiagnosticSeverity.Error);
    const code = star.code as { value: string; target: vscode.Uri };
    assert.equal(code.value, 'placeholder');
    assert.equal(code.target.toString(true), 'command:gwlint.showRuleDoc?["placeholder"]');
    assert.ok(ds.some((d) => codeOf(d) === 'template-residue' && doc.getText(d.range).startsWith('……(快文网')));
  });

  it('updates diagnostics after an edit', async () => {
    const before = (await diagnosticsWhere(draft, (d) => d.length > 0, 'diagnostics')).filter((d) => codeOf(d) === 'placeholder').length;
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit((e) => e.insert(new vscode.Position(4, 0), '请XX单位'));
    const after = await diagnosticsWhere(draft, (d) => d.filter((x) => codeOf(x) === 'placeholder').length === before + 1, 'one more placeholder');
    assert.ok(after.some((d) => d.range.start.line === 4 && doc.getText(d.range) === 'XX'));
  });

  it('returns the nested outline through executeDocumentSymbolProvider', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', draft);
    const tree = (s: vscode.DocumentSymbol): unknown => (s.children.length ? { [s.name]: s.children.map(tree) } : s.name);
    assert.deepEqual(symbols.map(tree), [
      {
        '关于做好**工作的通知': [
          { '一、总体要求': ['（一）加强组织领导', '（二）强化督促检查'] },
          { '二、工作安排': ['1.制定方案', '2.组织实施'] },
        ],
      },
    ]);
  });

  it('applies a quick fix', async () => {
    const ds = await diagnosticsWhere(draft, (d) => codes(d).includes('template-residue'), 'residue');
    const residue = ds.find((d) => codeOf(d) === 'template-residue' && d.range.start.line === 2)!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', draft, residue.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.kind?.value === 'quickfix' && a.title.startsWith('删除“……(快文网'));
    assert.ok(fix?.edit, `a preferred quick fix among: ${actions.map((a) => a.title).join(' | ')}`);
    await editAndWait(doc, () => vscode.workspace.applyEdit(fix.edit!), (t) => !t.includes('快文网'));
    assert.equal(doc.lineAt(2).text, '要坚持XX原则，全面推进各项工作。');
    await diagnosticsWhere(draft, (d) => !d.some((x) => x.range.start.line === 2 && codeOf(x) === 'template-residue'), 'residue gone');
  });

  it('fixes everything fixable with the fix-all command and source.fixAll.gwlint', async () => {
    await diagnosticsWhere(draft, (d) => codes(d).includes('template-residue'), 'residue');
    await editAndWait(doc, () => vscode.commands.executeCommand('gwlint.fixAll'), (t) => !t.includes('快文网') && !t.includes('上一篇'));
    await diagnosticsWhere(draft, (d) => d.length > 0 && !codes(d).includes('template-residue'), 'only unfixable findings left');
    const fixed = doc.getText();
    await vscode.commands.executeCommand('workbench.action.files.revert');
    if (doc.getText() === fixed) {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(fixed.length)), original);
      await vscode.workspace.applyEdit(edit);
    }
    const whole = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', draft, whole, 'source.fixAll.gwlint');
    const fixAll = actions.find((a) => a.kind?.value === 'source.fixAll.gwlint');
    assert.ok(fixAll?.edit, 'source.fixAll.gwlint is offered');
    await editAndWait(doc, () => vscode.workspace.applyEdit(fixAll.edit!), (t) => t === fixed);
  });

  it('changes the findings when the settings change', async () => {
    const config = vscode.workspace.getConfiguration('gwlint');
    await diagnosticsWhere(draft, (d) => codes(d).includes('placeholder'), 'placeholders');
    try {
      await config.update('rules', { placeholder: 'off' }, vscode.ConfigurationTarget.Workspace);
      const ds = await diagnosticsWhere(draft, (d) => d.length > 0 && !codes(d).includes('placeholder'), 'no placeholder findings');
      assert.ok(codes(ds).includes('template-residue'));
      await config.update('rules', { placeholder: 'info' }, vscode.ConfigurationTarget.Workspace);
      await diagnosticsWhere(
        draft,
        (d) => d.some((x) => codeOf(x) === 'placeholder') && d.filter((x) => codeOf(x) === 'placeholder').every((x) => x.severity === vscode.DiagnosticSeverity.Information),
        'placeholders as information',
      );
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await diagnosticsWhere(draft, (d) => d.some((x) => codeOf(x) === 'placeholder' && x.severity === vscode.DiagnosticSeverity.Error), 'defaults again');
  });

  it('lints a mostly Chinese .txt draft', async () => {
    const notes = workspaceFile('notes.txt');
    const opened = await vscode.workspace.openTextDocument(notes);
    assert.equal(opened.languageId, 'plaintext');
    const ds = await diagnosticsWhere(notes, (d) => codes(d).includes('placeholder'), 'placeholder in notes.txt');
    assert.ok(ds.some((d) => opened.getText(d.range) === 'XX'));
  });

  it('shows the length and speaking time in the status bar', async () => {
    await vscode.window.showTextDocument(doc);
    const api = vscode.extensions.getExtension<GwlintApi>(EXTENSION_ID)!.exports;
    const started = Date.now();
    // The status bar refreshes on the editor-change event; wait for that event's effect.
    await new Promise<void>((resolve, reject) => {
      const poll = (): void => {
        const s = api.lengthStatus();
        if (s.visible && /字 · 约\d+分钟/.test(s.text)) return resolve();
        if (Date.now() - started > 10000) return reject(new Error(`status bar shows ${JSON.stringify(s)}`));
        setTimeout(poll, 50);
      };
      poll();
    });
    const status = api.lengthStatus();
    const han = [...doc.getText()].filter((c) => /\p{Script=Han}/u.test(c)).length;
    assert.match(status.text, new RegExp(`${han.toLocaleString('en-US')}字 · 约\\d+分钟`));
    assert.match(status.tooltip, /一、总体要求/);
  });
});

if (process.env.GWLINT_E2E_DELIBERATE_FAIL) {
  describe('deliberate failure', () => {
    it('fails', () => assert.fail('deliberate failure (GWLINT_E2E_DELIBERATE_FAIL)'));
  });
}
