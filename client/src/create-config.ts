// “gwlint: 创建配置文件”: writes a commented .gwlintrc.json in a workspace folder, with every
// rule at its default. No $schema: the manifest's jsonValidation gives every .gwlintrc.json the
// schema of the installed extension, whatever its version.
import * as vscode from 'vscode';
import { configTemplate } from '../../server/src/core/config-template';
import { RULES } from '../../server/src/core/rules';

const CONFIG_FILE_NAME = '.gwlintrc.json';

export async function createConfig(folder?: vscode.WorkspaceFolder): Promise<vscode.Uri | undefined> {
  const target = folder ?? (await pickFolder());
  if (!target) return undefined;
  const file = vscode.Uri.joinPath(target.uri, CONFIG_FILE_NAME);
  if (await exists(file)) {
    void vscode.window.showInformationMessage(`${vscode.workspace.asRelativePath(file)} 已经存在，已打开`);
  } else {
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(configTemplate(RULES)));
  }
  await vscode.window.showTextDocument(file);
  return file;
}

async function pickFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showWarningMessage('请先打开一个文件夹，再创建 gwlint 配置文件');
    return undefined;
  }
  return folders.length === 1 ? folders[0] : vscode.window.showWorkspaceFolderPick({ placeHolder: '在哪个文件夹中创建 .gwlintrc.json？' });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
