// The gwlint language server: LSP glue only. Started by the VS Code client over Node IPC, or
// by any LSP editor as `gwlint-lsp --stdio`.
import {
  CodeActionKind,
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { allowInConfig } from './lsp/allow-in-config';
import { ALLOW_IN_CONFIG_COMMAND, APPLY_ALL_FIXES_COMMAND, codeActions, FIX_ALL_KIND, fixAllEdits } from './lsp/code-actions';
import { releaseMemory } from './host/release-memory';
import { foldingRanges } from './lsp/folding';
import { structureHover } from './lsp/hover';
import { DocumentLinter } from './lsp/linter';
import { SettingsSource } from './lsp/settings-source';
import { IdleSettler } from './lsp/idle';
import { documentSymbols } from './lsp/symbols';
import { isTrusted } from './lsp/trust';
import { LintFilesRequest, WorkspaceFilesRequest, WorkspaceLinter } from './lsp/workspace-lint';
import { VERSION } from './package-info';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const settings = new SettingsSource(connection);
const linter = new DocumentLinter(connection, documents, (uri) => settings.forDocument(uri));
const workspace = new WorkspaceLinter(connection, documents, linter, (uri) => settings.forDocument(uri), () => settings.folders.all());
let watchesFolders = false;

// After a burst of edits, what only older versions needed is dropped and the garbage of their
// lints collected, so that an editor left open does not keep the peak of its busiest minute.
// V8 gives back its young generation only when a collection finds that little was allocated
// over the last seconds: hence a second collection, once the server has been quiet a while.
const idle = new IdleSettler([
  {
    quietMs: 2000,
    run: () => {
      linter.settle();
      releaseMemory();
    },
  },
  { quietMs: 6000, run: releaseMemory },
]);
linter.during = (work) => idle.during(work);

connection.onInitialize((params): InitializeResult => {
  settings.initialize(params);
  // In an untrusted workspace, configuration files are read from its folders only (as they are now).
  if (!isTrusted(params)) linter.confinedTo = () => settings.folders.all();
  const options = (params.initializationOptions ?? {}) as { lintStatus?: unknown; excludedFolders?: unknown };
  linter.sendStatus = options.lintStatus === true;
  if (Array.isArray(options.excludedFolders)) linter.excludedFolders = options.excludedFolders.filter((f): f is string => typeof f === 'string');
  watchesFolders = params.capabilities.workspace?.workspaceFolders === true;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      documentSymbolProvider: { label: 'gwlint' },
      foldingRangeProvider: true,
      hoverProvider: true,
      executeCommandProvider: { commands: [APPLY_ALL_FIXES_COMMAND, ALLOW_IN_CONFIG_COMMAND] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'gwlint-lsp', version: VERSION },
  };
});

connection.onInitialized(() => settings.folders.listen(connection, watchesFolders, reloadAll));

/** Settings or configuration files changed: lint the open documents and the workspace lint's closed files again. */
function reloadAll(): void {
  linter.reloadAll();
  void workspace.refresh();
}

connection.onDidChangeConfiguration((change) => {
  settings.changed(change.settings);
  reloadAll();
});

connection.onDidChangeWatchedFiles(() => reloadAll());

documents.onDidOpen((e) => linter.scheduler.schedule(e.document.uri, 0));
documents.onDidChangeContent(async (e) => {
  idle.busy();
  const s = await settings.forDocument(e.document.uri);
  if (s.run === 'onType') linter.scheduler.schedule(e.document.uri, s.debounce);
});
documents.onDidSave(async (e) => {
  const s = await settings.forDocument(e.document.uri);
  if (s.run === 'onSave') linter.scheduler.schedule(e.document.uri, 0);
});
documents.onDidClose(async (e) => {
  settings.forget(e.document.uri);
  linter.forget(e.document.uri);
  idle.busy();
  await workspace.closed(e.document.uri);
});

connection.onCodeAction(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return [];
  const result = linter.current(doc.uri) ?? (await linter.lintNow(doc));
  return result ? codeActions(doc, result, params) : [];
});

connection.onExecuteCommand(async (params) => {
  if (params.command === ALLOW_IN_CONFIG_COMMAND) return allow(params.arguments ?? []);
  if (params.command !== APPLY_ALL_FIXES_COMMAND) return;
  const uri = String(params.arguments?.[0] ?? '');
  const doc = documents.get(uri);
  if (!doc) return;
  const result = linter.current(uri) ?? (await linter.lintNow(doc));
  if (!result) return;
  const edits = fixAllEdits(doc, result);
  if (edits.length) await connection.workspace.applyEdit({ label: 'gwlint：修复所有问题', edit: { changes: { [uri]: edits } } });
});

/** “在配置中允许”: writes the configuration file, then lints again with it. */
async function allow(args: unknown[]): Promise<void> {
  const [uri, ruleId, text] = args.map(String);
  const outcome = allowInConfig(uri, ruleId, text, await settings.forDocument(uri), {
    configFileFor: (path, s) => linter.configFileFor(path, s),
    ruleSetting: (u, id) => linter.current(u)?.options.rules?.[id],
  });
  if (!outcome.ok) {
    void connection.window.showErrorMessage(`gwlint：${outcome.message}`);
    return;
  }
  reloadAll();
}

connection.onRequest(WorkspaceFilesRequest, (params) => workspace.files(params));
connection.onRequest(LintFilesRequest, (params) => idle.during(() => workspace.lintFiles(params.uris)));

connection.onDocumentSymbol((params) => {
  const doc = documents.get(params.textDocument.uri);
  return doc ? documentSymbols(doc, linter.outline(doc).roots) : [];
});

connection.onFoldingRanges((params) => {
  const doc = documents.get(params.textDocument.uri);
  return doc ? foldingRanges(doc, linter.outline(doc).roots) : [];
});

connection.onHover((params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return null;
  const { draft, roots } = linter.outline(doc);
  return structureHover(doc, draft, roots, params.position);
});

process.on('uncaughtException', (error) => connection.console.error(`uncaught: ${error.stack ?? error.message}`));
process.on('unhandledRejection', (reason) => connection.console.error(`unhandled rejection: ${String(reason)}`));

documents.listen(connection);
connection.listen();
