import type { Connection, InitializeParams } from 'vscode-languageserver/node';
import { normalizeSettings, type EditorSettings } from './settings';

/**
 * Where the `gwlint.*` settings come from: asked per document (`workspace/configuration`) when
 * the client can answer, else what the client pushed (`didChangeConfiguration`) or gave at
 * initialize (`initializationOptions.settings`), for editors other than VS Code.
 */
export class SettingsSource {
  private pull = false;
  private pushed: EditorSettings = normalizeSettings(undefined);
  private readonly perDocument = new Map<string, Promise<EditorSettings>>();

  constructor(private readonly connection: Connection) {}

  initialize(params: InitializeParams): void {
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
    if (!this.pull) return Promise.resolve(this.pushed);
    let settings = this.perDocument.get(uri);
    if (!settings) {
      settings = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'gwlint' })
        .then(normalizeSettings, () => this.pushed);
      this.perDocument.set(uri, settings);
    }
    return settings;
  }

  forget(uri: string): void {
    this.perDocument.delete(uri);
  }
}
