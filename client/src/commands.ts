import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { createConfig } from './create-config';
import { SHOW_RULE_DOC, type RuleDocs } from './rule-docs';
import type { ServerRestarts } from './server-status';
import { lintWorkspace } from './workspace-lint';

/** Must match the server's APPLY_ALL_FIXES_COMMAND. */
const APPLY_ALL_FIXES = 'gwlint.applyAllFixes';

export function registerCommands(
  client: LanguageClient,
  context: vscode.ExtensionContext,
  ruleDocs: RuleDocs,
  restarts: ServerRestarts,
): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('gwlint.fixAll', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      await client.sendRequest(ExecuteCommandRequest.type, { command: APPLY_ALL_FIXES, arguments: [editor.document.uri.toString()] });
    }),
    vscode.commands.registerCommand('gwlint.restartServer', async () => {
      await client.restart();
      restarts.restarted();
      void vscode.window.setStatusBarMessage('gwlint 检查服务已重启', 3000);
    }),
    vscode.commands.registerCommand('gwlint.showOutput', () => client.outputChannel.show()),
    vscode.commands.registerCommand('gwlint.showOutline', () => vscode.commands.executeCommand('outline.focus')),
    vscode.commands.registerCommand('gwlint.lintWorkspace', () => lintWorkspace(client)),
    vscode.commands.registerCommand('gwlint.createConfig', (folder?: vscode.WorkspaceFolder) => createConfig(folder)),
    vscode.commands.registerCommand(SHOW_RULE_DOC, (ruleId?: string) => ruleDocs.show(ruleId)),
  ];
}
