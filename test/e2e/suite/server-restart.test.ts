// The language server dies (killed, as the system's out-of-memory killer would) inside a real
// VS Code: the client starts it again, the draft is linted again, and the language status item
// says that the server was restarted. Runs last: the notice stays for a minute otherwise.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { codeOf, diagnosticsWhere, workspaceFile } from './support';

interface GwlintApi {
  lintStatus(): { text: string; detail: string; severity: vscode.LanguageStatusSeverity; command?: string };
}

const RESTARTED = 'gwlint 检查服务已重启';

const api = (): GwlintApi => vscode.extensions.getExtension<GwlintApi>('gwlint.gwlint')!.exports;

/** The process ids of gwlint's language servers started by this extension host (Linux: /proc). */
function serverProcesses(): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The parent's pid is the 4th field of /proc/PID/stat, after the command in parentheses.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (parent === process.pid && command.some((arg) => arg.endsWith('out/server.js'))) found.push(Number(entry));
    } catch {
      // The process ended meanwhile.
    }
  }
  return found;
}

/** Resolves once `test` holds (checked now and every 50 ms, for at most 30 s). */
async function eventually<T>(get: () => T, test: (value: T) => boolean, what: string): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = get();
    if (test(value)) return value;
    if (Date.now() - started > 30000) throw new Error(`timed out waiting for ${what}; now: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('gwlint when its language server dies, in a real VS Code', function () {
  let doc: vscode.TextDocument;
  let original: string;
  const draft = workspaceFile('draft.gw');

  before(async function () {
    if (process.platform !== 'linux') this.skip();
    await vscode.extensions.getExtension('gwlint.gwlint')!.activate();
    doc = await vscode.workspace.openTextDocument(draft);
    original = doc.getText();
    await vscode.window.showTextDocument(doc);
  });

  after(async () => {
    if (doc && doc.getText() !== original) {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), original);
      await vscode.workspace.applyEdit(edit);
    }
  });

  it('restarts the server, lints again and says so in the language status item', async () => {
    await diagnosticsWhere(draft, (d) => d.some((x) => codeOf(x) === 'placeholder'), 'the draft linted');
    const [server, ...others] = await eventually(serverProcesses, (pids) => pids.length > 0, 'the language server process');
    assert.deepEqual(others, [], 'one language server');

    process.kill(server, 'SIGKILL');

    const notice = await eventually(() => api().lintStatus(), (s) => s.text === RESTARTED, 'the restart notice');
    assert.equal(notice.severity, vscode.LanguageStatusSeverity.Warning);
    assert.match(notice.detail, /意外退出，已自动重启/);
    assert.equal(notice.command, 'gwlint.showOutput');
    const [restarted] = await eventually(serverProcesses, (pids) => pids.length === 1 && pids[0] !== server, 'a new language server process');
    assert.notEqual(restarted, server);

    // The new server lints the draft: a placeholder typed now is reported on its line.
    const line = doc.lineCount;
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, doc.positionAt(doc.getText().length), '\n请XX同志牵头负责。');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const ds = await diagnosticsWhere(draft, (d) => d.some((x) => codeOf(x) === 'placeholder' && x.range.start.line === line), 'the new placeholder reported by the restarted server');
    assert.ok(ds.some((x) => codeOf(x) === 'placeholder' && x.range.start.line < line), 'the findings from before the crash are back too');

    // Restarted by hand, the server is fine again: the notice goes.
    await vscode.commands.executeCommand('gwlint.restartServer');
    await eventually(() => api().lintStatus(), (s) => s.text !== RESTARTED, 'the notice cleared after a restart by hand');
  });
});
