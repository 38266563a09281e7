// Helpers shared by the in-VS-Code suites: workspace files and waiting for diagnostics.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Resolves with the diagnostics of `uri` once `test` accepts them (checked now and on every change). */
export function diagnosticsWhere(uri: vscode.Uri, test: (d: vscode.Diagnostic[]) => boolean, what: string, ms = 30000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const current = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'gwlint');
      if (!test(current)) return false;
      clearTimeout(timer);
      listener.dispose();
      resolve(current);
      return true;
    };
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      listener.dispose();
      const got = vscode.languages.getDiagnostics(uri).map((d) => `${String(codeOf(d))}:${d.message}`);
      reject(new Error(`timed out waiting for ${what}; diagnostics now: ${JSON.stringify(got)}`));
    }, ms);
    check();
  });
}

export function codeOf(d: vscode.Diagnostic): string | number | undefined {
  return typeof d.code === 'object' ? d.code.value : d.code;
}

