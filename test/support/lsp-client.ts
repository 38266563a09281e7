// A real LSP client over stdio for tests and benchmarks: spawns `node out/server.js --stdio`
// and talks JSON-RPC through vscode-languageserver-protocol.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ApplyWorkspaceEditRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShowMessageRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ShowMessageParams,
  type TextDocumentContentChangeEvent,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';

export const SERVER = join(__dirname, '..', '..', 'out', 'server.js');

type Waiter = { uri: string; test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void };

export class LspClient {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  /** Settings answered to `workspace/configuration` (section `gwlint`). */
  settings: Record<string, unknown> = {};
  readonly messages: ShowMessageParams[] = [];
  readonly appliedEdits: WorkspaceEdit[] = [];
  readonly latest = new Map<string, PublishDiagnosticsParams>();
  /** Called for every publishDiagnostics, with the time it arrived (for benchmarks). */
  onDiagnostics?: (params: PublishDiagnosticsParams, at: number) => void;
  stderr = '';
  private readonly waiters: Waiter[] = [];
  private readonly versions = new Map<string, number>();

  constructor(args: string[] = ['--stdio'], script = SERVER) {
    this.process = spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr!.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      const at = performance.now();
      this.latest.set(p.uri, p);
      this.onDiagnostics?.(p, at);
      for (const w of [...this.waiters]) {
        if (w.uri === p.uri && w.test(p)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(p);
        }
      }
    });
    this.connection.onNotification(ShowMessageNotification.type, (p: ShowMessageParams) => {
      this.messages.push(p);
    });
    this.connection.onRequest(ShowMessageRequest.type, (p) => {
      this.messages.push(p);
      return null;
    });
    this.connection.onRequest(ConfigurationRequest.type, (p) => p.items.map(() => this.settings));
    this.connection.onRequest(RegistrationRequest.type, () => undefined);
    this.connection.onRequest(ApplyWorkspaceEditRequest.type, (p) => {
      this.appliedEdits.push(p.edit);
      return { applied: true };
    });
    this.connection.listen();
  }

  /** The `gwlint/status` notifications the server sent (when asked for with initializationOptions.lintStatus). */
  readonly statuses: { uri: string; state: string; configFile?: string; configProblems: string[]; settingsProblems: string[] }[] = [];

  async initialize(rootPath?: string, initializationOptions?: Record<string, unknown>, workspaceFolders?: string[]): Promise<InitializeResult> {
    this.connection.onNotification('gwlint/status', (p: LspClient['statuses'][number]) => {
      this.statuses.push(p);
    });
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: rootPath ? pathToFileURL(rootPath).href : null,
      ...(initializationOptions ? { initializationOptions } : {}),
      capabilities: {
        workspace: { configuration: true, applyEdit: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: false } },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
        },
      },
      workspaceFolders: workspaceFolders?.map((f) => ({ uri: pathToFileURL(f).href, name: f })) ?? null,
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  /** Opens a document; resolves with its first diagnostics. */
  open(uri: string, text: string, languageId = 'gongwen'): Promise<PublishDiagnosticsParams> {
    this.versions.set(uri, 1);
    const first = this.waitFor(uri, (p) => p.version === 1 || p.version === undefined);
    void this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return first;
  }

  /** Sends one change; returns the new version (does not wait). */
  change(uri: string, changes: TextDocumentContentChangeEvent[]): number {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    void this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Replaces the whole text and waits for the diagnostics of the new version. */
  async replace(uri: string, text: string): Promise<PublishDiagnosticsParams> {
    const version = this.change(uri, [{ text }]);
    return this.waitFor(uri, (p) => p.version === version);
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  version(uri: string): number {
    return this.versions.get(uri) ?? 0;
  }

  /** Changes the settings and tells the server, as VS Code does. */
  async configure(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { gwlint: settings } });
  }

  waitFor(uri: string, test: (p: PublishDiagnosticsParams) => boolean, timeoutMs = 20000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; stderr: ${this.stderr.slice(-500)}`)), timeoutMs);
      this.waiters.push({ uri, test, resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  async shutdown(): Promise<void> {
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // The server may already be gone.
    }
    this.connection.dispose();
    this.process.kill();
  }
}

/** Applies LSP text edits of one document to `text`. */
export function applyEdits(text: string, edits: readonly { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offset = (p: { line: number; character: number }): number => (lineStarts[p.line] ?? text.length) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

export function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code));
}

/** The text an LSP range covers. */
export function textAt(text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }): number =>
    lines.slice(0, p.line).reduce((sum, l) => sum + l.length + 1, 0) + p.character;
  return text.slice(offset(range.start), offset(range.end));
}
