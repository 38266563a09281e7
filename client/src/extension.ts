// The gwlint VS Code extension: starts the language server and adds the status bar and commands.
import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { startClient } from './language-client';
import { LengthStatus } from './status-bar';

/** What the extension exposes to other extensions and to its tests. */
export interface GwlintApi {
  /** The status bar item's text and tooltip as shown now. */
  lengthStatus(): { text: string; tooltip: string; visible: boolean };
}

export async function activate(context: vscode.ExtensionContext): Promise<GwlintApi> {
  const client = await startClient(context);
  const status = new LengthStatus(client);
  context.subscriptions.push(status, ...registerCommands(client));
  return { lengthStatus: () => status.snapshot() };
}

export function deactivate(): Thenable<void> | undefined {
  return undefined;
}
