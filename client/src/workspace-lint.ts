// “gwlint: 检查整个工作区”: asks the server for the drafts the configuration includes and has
// it lint them in batches, with progress in a notification and a Cancel button; the findings
// of files that are not open fill the Problems panel.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { LintFilesResult } from '../../server/src/lsp/workspace-lint';

/** Must match the server's request types. */
const WORKSPACE_FILES = 'gwlint/workspaceFiles';
const LINT_FILES = 'gwlint/lintFiles';
const BATCH = 10;

export interface WorkspaceLintSummary {
  readonly files: number;
  readonly linted: number;
  readonly findings: number;
  readonly cancelled: boolean;
}

export async function lintWorkspace(client: LanguageClient): Promise<WorkspaceLintSummary> {
  const summary = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'gwlint：检查整个工作区', cancellable: true },
    async (progress, token) => {
      const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.toString());
      progress.report({ message: '查找文稿…' });
      const files = await client.sendRequest<string[]>(WORKSPACE_FILES, { folders });
      let linted = 0;
      let findings = 0;
      for (let i = 0; i < files.length && !token.isCancellationRequested; i += BATCH) {
        const batch = files.slice(i, i + BATCH);
        // A batch is short: cancelling takes effect between batches.
        const result = await client.sendRequest<LintFilesResult>(LINT_FILES, { uris: batch });
        linted += result.linted;
        findings += result.findings;
        progress.report({ increment: (100 * batch.length) / files.length, message: `${Math.min(i + BATCH, files.length)} / ${files.length}` });
      }
      return { files: files.length, linted, findings, cancelled: token.isCancellationRequested };
    },
  );
  const text = `gwlint：${summary.cancelled ? '已取消，' : ''}检查了 ${summary.linted} 个未打开的文稿，发现 ${summary.findings} 个问题（已打开的文稿随时检查）`;
  void vscode.window.showInformationMessage(text, '打开“问题”面板').then((choice) => {
    if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
  return summary;
}
