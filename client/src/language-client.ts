import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type Middleware, type ServerOptions } from 'vscode-languageclient/node';
import type { ServerRestarts } from './server-status';

/** Languages linted when mostly Chinese, besides `gongwen` (setting `gwlint.languages`). */
export function lintedLanguages(): string[] {
  const configured = vscode.workspace.getConfiguration('gwlint').get<string[]>('languages', ['plaintext', 'markdown']);
  return ['gongwen', ...configured.filter((l) => l !== 'gongwen')];
}

/**
 * The documents gwlint lints: saved and unsaved ones, and in a virtual workspace (a remote
 * repository opened without cloning) what VS Code gives as the document's text; there no
 * .gwlintrc.json is read, the rules run with their defaults and the editor settings.
 */
export function lintedSelector(): { scheme: string; language: string }[] {
  return lintedLanguages().flatMap((language) => ['file', 'untitled', 'vscode-vfs'].map((scheme) => ({ scheme, language })));
}

/**
 * The server's young generation, in MB per semi-space. V8 lets it grow to 16 MB (three times that
 * in all) while a draft is edited quickly, and keeps it: capped at 4, the server stays at ~140 MB
 * with a 20,000-character draft open instead of ~175 MB, for ~10 ms more at the 95th percentile
 * of edits on a 300,000-character report (`npm run bench`, which starts it the same way). Only a
 * command-line flag sets it: V8 sizes the young generation when the process starts.
 */
export const SERVER_EXEC_ARGV = ['--max-semi-space-size=4'];

/** Starts the bundled language server (out/server.js) over Node IPC. */
export async function startClient(
  context: vscode.ExtensionContext,
  middleware: Middleware,
  restarts: ServerRestarts,
): Promise<LanguageClient> {
  const module = context.asAbsolutePath(path.join('out', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: SERVER_EXEC_ARGV } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6029'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: lintedSelector(),
    middleware,
    synchronize: {
      configurationSection: 'gwlint',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.gwlintrc.json'),
    },
    outputChannelName: 'gwlint',
    // Restarts a server that died and says so in the language status item.
    errorHandler: restarts,
    initializationOptions: () => ({
      // Untrusted: the server reads configuration files inside the workspace only.
      trusted: vscode.workspace.isTrusted,
      // The server reports each document's state for the language status item.
      lintStatus: true,
      // The rule pages shipped with the extension are Chinese Markdown opened for their preview, not drafts.
      excludedFolders: [context.asAbsolutePath(path.join('docs', 'rules'))],
    }),
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
