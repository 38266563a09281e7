// "Lint the whole workspace": the editor asks for the drafts the configuration includes, then
// sends them back in batches (so that it can show progress and stop); the server lints each
// closed file from disk and publishes its diagnostics, which fill the Problems panel.
import { extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RequestType, type Connection, type TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Draft } from '../core/document/draft';
import { discoverFiles } from '../cli/discover';
import { IgnoreRules } from '../cli/ignore';
import { readDraftFile } from '../host/read-draft';
import { lintCooperatively } from './cooperative-lint';
import { toDiagnostics } from './diagnostics';
import type { DocumentLinter } from './linter';
import type { EditorSettings } from './settings';
import { filePathOf, isLintTarget } from './target';

export interface WorkspaceFilesParams {
  /** Folders to search (file URIs); the workspace folders when absent. */
  readonly folders?: readonly string[];
}

export interface LintFilesResult {
  /** Files linted from disk (their diagnostics published). */
  readonly linted: number;
  /** Findings in them. */
  readonly findings: number;
  /** Files skipped: open in the editor (linted live), not mostly Chinese, unreadable. */
  readonly skipped: number;
}

export const WorkspaceFilesRequest = new RequestType<WorkspaceFilesParams, string[], void>('gwlint/workspaceFiles');
export const LintFilesRequest = new RequestType<{ readonly uris: readonly string[] }, LintFilesResult, void>('gwlint/lintFiles');

export class WorkspaceLinter {
  /** Closed files whose diagnostics come from a workspace lint; linted from disk again when closed after editing. */
  private readonly fromDisk = new Set<string>();
  /** Counts refreshes, so that only the newest one runs on. */
  private refreshes = 0;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly linter: DocumentLinter,
    private readonly settingsFor: (uri: string) => Promise<EditorSettings>,
    private readonly folders: () => readonly string[],
  ) {}

  /**
   * The drafts under the folders, as `gwlint .` run in each folder finds them: the configured
   * extensions, without what the configuration's `ignore` (and `gitignore`) or the folder's
   * `.gwlintignore` skips.
   */
  async files(params: WorkspaceFilesParams): Promise<string[]> {
    const folders = params.folders?.map(filePathOf).filter((p): p is string => !!p) ?? [...this.folders()];
    const found: string[] = [];
    for (const folder of folders) {
      const settings = await this.settingsFor(pathToFileURL(folder).href);
      const configFor = (path: string) => this.linter.configForPath(path, settings);
      const ignoreRules = new IgnoreRules({ cwd: folder, patterns: [] });
      const discovery = await discoverFiles([folder], {
        cwd: folder,
        extensionsFor: (dir) => configFor(`${dir}/_`).extensions,
        isIgnored: (file) => {
          const config = configFor(file);
          return config.ignored || ignoreRules.reasonFor(file, config.gitignore === true) !== undefined;
        },
        errorOnUnmatchedPattern: false,
      });
      for (const file of discovery.files) found.push(pathToFileURL(file.path).href);
    }
    return [...new Set(found)];
  }

  async lintFiles(uris: readonly string[]): Promise<LintFilesResult> {
    let linted = 0;
    let findings = 0;
    for (const uri of uris) {
      const count = this.documents.get(uri) ? undefined : await this.lintFromDisk(uri);
      if (count === undefined) continue;
      linted++;
      findings += count;
    }
    return { linted, findings, skipped: uris.length - linted };
  }

  /**
   * The configuration changed: lint the closed files of the last workspace lint again. A newer
   * refresh (a quick fix's write is followed by the file watcher's event) stops an older one.
   */
  async refresh(): Promise<void> {
    const generation = ++this.refreshes;
    for (const uri of [...this.fromDisk]) {
      if (generation !== this.refreshes) return;
      if (this.documents.get(uri)) continue;
      if ((await this.lintFromDisk(uri)) === undefined) {
        this.fromDisk.delete(uri);
        await this.connection.sendDiagnostics({ uri, diagnostics: [] });
      }
    }
  }

  /** A file from a workspace lint was closed: its diagnostics come from disk again. */
  async closed(uri: string): Promise<void> {
    if (this.fromDisk.has(uri)) await this.lintFromDisk(uri);
  }

  /** Lints a closed file as it is on disk and publishes its diagnostics; undefined when not linted. */
  private async lintFromDisk(uri: string): Promise<number | undefined> {
    const path = filePathOf(uri);
    if (!path) return undefined;
    const read = readDraftFile(path);
    // A Word file is linted by the CLI only: the editor does not open it as text.
    if (!read.ok || !read.writable) return undefined;
    const settings = await this.settingsFor(uri);
    const doc = TextDocument.create(uri, languageOf(path), 0, read.text);
    if (!settings.enable || !isLintTarget(doc, settings)) return undefined;
    // Yields between rules like the live lint, so that a batch of files holds no request or keystroke behind it.
    const options = this.linter.optionsFor(doc, settings);
    const findings = (await lintCooperatively({ ...options, draft: new Draft(read.text, options.format) }, () => false)) ?? [];
    this.fromDisk.add(uri);
    await this.connection.sendDiagnostics({ uri, diagnostics: toDiagnostics(doc, findings) });
    return findings.length;
  }
}

/** The language VS Code gives a file by its extension, as far as gwlint cares. */
function languageOf(path: string): string {
  const ext = extname(path).toLowerCase();
  if (ext === '.gw' || ext === '.gongwen') return 'gongwen';
  return ext === '.md' || ext === '.markdown' ? 'markdown' : 'plaintext';
}
