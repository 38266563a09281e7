import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';

/** Must match the server's APPLY_ALL_FIXES_COMMAND. */
const APPLY_ALL_FIXES = 'gwlint.applyAllFixes';

export function registerCommands(client: LanguageClient): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('gwlint.fixAll', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      await client.sendRequest(ExecuteCommandRequest.type, { command: APPLY_ALL_FIXES, arguments: [editor.document.uri.toString()] });
    }),
    vscode.commands.registerCommand('gwlint.restartServer', async () => {
      await client.restart();
      void vscode.window.setStatusBarMessage('gwlint 服务已重启', 3000);
    }),
    vscode.commands.registerCommand('gwlint.showOutput', () => client.outputChannel.show()),
    vscode.commands.registerCommand('gwlint.showOutline', () => vscode.commands.executeCommand('outline.focus')),
  ];
}
