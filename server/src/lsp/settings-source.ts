import type { Connection, InitializeParams } from 'vscode-languageserver/node';
import { normalizeSettings, type EditorSettings } from './settings';
import { WorkspaceFolders } from './workspace-folders';

/**
 * Where the `gwlint.*` settings come from: asked per document (`workspace/configuration`) when
 * the client can answer, else what the client pushed (`didChangeConfiguration`) or gave at
 * initialize (`initializationOptions.settings`), for editors other than VS Code. A relative
 * `configPath` is resolved against the workspace folder of each document.
 */
export class SettingsSource {
  private pull = false;
  private pushed: EditorSettings = normalizeSettings(undefined);
  private readonly perDocument = new Map<string, Promise<EditorSettings>>();

  readonly folders = new WorkspaceFolders();

  constructor(private readonly connection: Connection) {}

  initialize(params: InitializeParams): void {
    this.folders.initialize(params);
    this.pull = params.capabilities.workspace?.configuration === true;
    const init = params.initializationOptions as { settings?: unknown } | undefined;
    if (init?.settings) this.pushed = normalizeSettings(init.settings);
  }

  changed(settings: unknown): void {
    const gwlint = (settings as { gwlint?: unknown } | null)?.gwlint;
    if (gwlint) this.pushed = normalizeSettings(gwlint);
    this.perDocument.clear();
  }

  forDocument(uri: string): Promise<EditorSettings> {
    let settings = this.perDocument.get(uri);
    if (!settings) {
      const asked = this.pull
        ? this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'gwlint' }).then(normalizeSettings, () => this.pushed)
        : Promise.resolve(this.pushed);
      settings = asked.then((s) => (s.configPath ? { ...s, configPath: this.folders.resolveFor(uri, s.configPath) } : s));
      this.perDocument.set(uri, settings);
    }
    return settings;
  }

  forget(uri: string): void {
    this.perDocument.delete(uri);
  }
}
