import type { InitializeParams } from 'vscode-languageserver/node';

/**
 * Whether the editor trusts the workspace, read from `initialize`: the VS Code client passes
 * `initializationOptions.trusted`; an editor that says nothing is trusted, as it trusts its own
 * configuration. The workspace's folders come from `WorkspaceFolders`, which follows changes.
 */
export function isTrusted(params: InitializeParams): boolean {
  const options = params.initializationOptions as { trusted?: unknown } | undefined;
  return options?.trusted !== false;
}
