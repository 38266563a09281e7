import { isAbsolute, resolve } from 'node:path';
import type { Connection, InitializeParams, WorkspaceFolder } from 'vscode-languageserver/node';
import { filePathOf } from './target';

/** The editor's workspace folders as local paths, kept up to date; used to resolve relative settings per folder. */
export class WorkspaceFolders {
  private folders: string[] = [];

  initialize(params: InitializeParams): void {
    const given = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []);
    this.folders = pathsOf(given);
  }

  /** Call after initialize: follows folders being added and removed, when the client reports it, then calls `changed`. */
  listen(connection: Connection, supported: boolean, changed: () => void): void {
    if (!supported) return;
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      const removed = new Set(pathsOf(e.removed));
      this.folders = [...this.folders.filter((f) => !removed.has(f)), ...pathsOf(e.added)];
      changed();
    });
  }

  all(): readonly string[] {
    return this.folders;
  }

  /** The innermost folder that holds `filePath`. */
  folderOf(filePath: string): string | undefined {
    const holding = this.folders.filter((f) => filePath === f || filePath.startsWith(f.endsWith('/') ? f : `${f}/`) || filePath.startsWith(`${f}\\`));
    return holding.sort((a, b) => b.length - a.length)[0];
  }

  /** A relative setting path against the folder of the document (the first folder for an unsaved one); absolute paths as they are. */
  resolveFor(uri: string, setting: string): string {
    if (!setting || isAbsolute(setting)) return setting;
    const path = filePathOf(uri);
    const folder = (path && this.folderOf(path)) ?? this.folders[0];
    return folder ? resolve(folder, setting) : resolve(setting);
  }
}

function pathsOf(folders: readonly WorkspaceFolder[]): string[] {
  return folders.map((f) => filePathOf(f.uri)).filter((p): p is string => !!p);
}
