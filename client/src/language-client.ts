import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { ServerStatus } from './server-status';

/** Languages linted when mostly Chinese, besides `gongwen` (setting `gwlint.languages`). */
export function lintedLanguages(): string[] {
  const configured = vscode.workspace.getConfiguration('gwlint').get<string[]>('languages', ['plaintext', 'markdown']);
  return ['gongwen', ...configured.filter((l) => l !== 'gongwen')];
}

/** Starts the bundled language server (out/server.js) over Node IPC. */
export async function startClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const module = context.asAbsolutePath(path.join('out', 'server.js'));
  const serverStatus = new ServerStatus();
  context.subscriptions.push(serverStatus);
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6029'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: lintedLanguages().flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    synchronize: {
      configurationSection: 'gwlint',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.gwlintrc.json'),
    },
    outputChannelName: 'gwlint',
    // Restarts a server that died and says so in the status bar.
    errorHandler: serverStatus,
    // In an untrusted workspace the server reads configuration files inside the workspace only.
    initializationOptions: () => ({ trusted: vscode.workspace.isTrusted }),
  };
  const client = new LanguageClient('gwlint', 'gwlint 公文检查', serverOptions, clientOptions);
  context.subscriptions.push(client);
  // The document selector is fixed when the client starts: restart when the languages change.
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('gwlint.languages')) void vscode.commands.executeCommand('gwlint.restartServer');
    }),
  );
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void vscode.commands.executeCommand('gwlint.restartServer')));
  await client.start();
  return client;
}
