import { fileURLToPath } from 'node:url';
import type { InitializeParams } from 'vscode-languageserver/node';

/** Whether the editor trusts the workspace, and the workspace's folders on disk. */
export interface WorkspaceTrust {
  readonly trusted: boolean;
  readonly folders: readonly string[];
}

/**
 * Read from `initialize`: the VS Code client passes `initializationOptions.trusted`; an editor
 * that says nothing is trusted, as it trusts its own configuration.
 */
export function workspaceTrust(params: InitializeParams): WorkspaceTrust {
  const options = params.initializationOptions as { trusted?: unknown } | undefined;
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  const folders = uris.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
  return { trusted: options?.trusted !== false, folders };
}
