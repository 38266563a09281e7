// The gwlint VS Code extension: starts the language server and adds the status items and commands.
import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { lintedSelector, startClient } from './language-client';
import { LintStatus } from './lint-status';
import { RuleDocs } from './rule-docs';
import { ServerRestarts } from './server-status';
import { LengthStatus } from './status-bar';

/** What the extension exposes to other extensions and to its tests. */
export interface GwlintApi {
  /** The status bar item's text and tooltip as shown now. */
  lengthStatus(): { text: string; tooltip: string; visible: boolean };
  /** The language status item as shown now. */
  lintStatus(): ReturnType<LintStatus['snapshot']>;
}

export async function activate(context: vscode.ExtensionContext): Promise<GwlintApi> {
  const ruleDocs = new RuleDocs(context.extensionUri);
  // One language status item says how the active draft is linted and whether the server had to restart.
  const lintStatus = new LintStatus(lintedSelector());
  const restarts = new ServerRestarts((notice) => lintStatus.setNotice(notice));
  context.subscriptions.push(lintStatus, restarts);
  const client = await startClient(context, ruleDocs.middleware, restarts);
  lintStatus.listen(client);
  const status = new LengthStatus(client);
  context.subscriptions.push(status, ...registerCommands(client, context, ruleDocs, restarts));
  // The palette shows gwlint's commands once it runs (see menus.commandPalette in package.json).
  void vscode.commands.executeCommand('setContext', 'gwlint.active', true);
  return { lengthStatus: () => status.snapshot(), lintStatus: () => lintStatus.snapshot() };
}

export function deactivate(): Thenable<void> | undefined {
  return undefined;
}
