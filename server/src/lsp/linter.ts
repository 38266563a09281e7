import { sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Draft } from '../core/document/draft';
import { LintCache, type LintOptions } from '../core/engine';
import type { Finding } from '../core/types';
import { ConfigLoader, extendsOutside, type ConfigIssue, type ResolvedConfig } from '../host/config-file';
import { lintOptionsFor } from '../host/lint-options';
import { keepSegmentationOf } from '../host/segmenter';
import { configDiagnostics } from './config-problems';
import { lintCooperatively } from './cooperative-lint';
import { toDiagnostics } from './diagnostics';
import { LintStatusNotification, type LintState, type LintStatusParams } from './lint-status';
import { buildOutline, type OutlineSection } from './outline';
import { Scheduler } from './scheduler';
import { mergeRules, settingsRuleProblems, type EditorSettings } from './settings';
import { filePathOf, formatOf, isLintTarget } from './target';

/** The outcome of linting one version of a document. */
export interface LintResult {
  readonly version: number;
  readonly draft: Draft;
  readonly findings: readonly Finding[];
  /** The options used, for fix-all (which lints again after each pass). */
  readonly options: LintOptions;
}

/** Lint runs slower than this are written to the output channel. */
const SLOW_LINT_MS = 500;

const NO_CONFIG: ResolvedConfig = { files: [], rules: {}, segmenter: 'jieba', dictionary: [], extensions: [], ignored: false, problems: [] };

/** Lints open documents on schedule and publishes their diagnostics; one failing document never stops the others. */
export class DocumentLinter {
  private readonly results = new Map<string, LintResult>();
  private readonly outlines = new Map<string, { version: number; draft: Draft; roots: OutlineSection[] }>();
  private readonly loaders = new Map<string, ConfigLoader>();
  /** Per-paragraph work kept between the lints of each open document; dropped on close. */
  private readonly caches = new Map<string, LintCache>();
  /** Config files with problems, and the problems last reported for them. */
  private readonly reportedConfigs = new Map<string, string>();
  /** Whether the client asked for `gwlint/status` notifications (initializationOptions.lintStatus). */
  sendStatus = false;
  /** Folders whose files are never linted (initializationOptions.excludedFolders): the editor's copy of gwlint's own rule pages. */
  excludedFolders: readonly string[] = [];
  /** Settings problems and notes already said once (cleared when the configuration changes). */
  private readonly reportedSettings = new Set<string>();
  /** The status last sent for each open document, to send only changes. */
  private readonly statuses = new Map<string, string>();
  readonly scheduler = new Scheduler((uri, isStale) => this.during(() => this.run(uri, isStale)));
  /** Wraps every scheduled lint run (the server does not settle while one runs). */
  during: (work: () => Promise<void>) => Promise<void> = (work) => work();
  /** In an untrusted workspace, the folders configuration files are read from (undefined: trusted, anywhere). */
  confinedTo: (() => readonly string[]) | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settingsFor: (uri: string) => Promise<EditorSettings>,
  ) {}

  /** The last result for `uri` if it is for the document's current version. */
  current(uri: string): LintResult | undefined {
    const result = this.results.get(uri);
    const doc = this.documents.get(uri);
    return result && doc && result.version === doc.version ? result : undefined;
  }

  /** The draft and section tree of the document's current version (computed on demand, memoised). */
  outline(doc: TextDocument): { draft: Draft; roots: OutlineSection[] } {
    const memo = this.outlines.get(doc.uri);
    if (memo && memo.version === doc.version) return memo;
    const result = this.current(doc.uri);
    const draft = result ? result.draft : new Draft(doc.getText(), formatOf(doc), this.caches.get(doc.uri));
    const outline = { version: doc.version, draft, roots: buildOutline(draft) };
    this.outlines.set(doc.uri, outline);
    return outline;
  }

  /**
   * Lints `doc` now with its settings; used by code actions when no result is current. The lint
   * yields like a scheduled one, so that other requests are not held behind it; undefined when
   * the document is not linted (disabled, not a draft, ignored) or changed meanwhile.
   */
  async lintNow(doc: TextDocument): Promise<LintResult | undefined> {
    const settings = await this.settingsFor(doc.uri);
    const config = settings.enable ? this.configFor(doc, settings) : undefined;
    if (!config || this.stateOf(doc, settings, config) !== 'linted') return undefined;
    const version = doc.version;
    return this.lintVersion(doc, settings, () => this.documents.get(doc.uri)?.version !== version, config);
  }

  forget(uri: string): void {
    this.scheduler.cancel(uri);
    this.results.delete(uri);
    this.outlines.delete(uri);
    this.caches.delete(uri);
    this.statuses.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /**
   * Drops what belongs to versions no longer open, for an idle server: outlines of older
   * versions, and the words of every paragraph that no open document holds now.
   */
  settle(): void {
    for (const [uri, outline] of this.outlines) if (this.documents.get(uri)?.version !== outline.version) this.outlines.delete(uri);
    for (const uri of this.results.keys()) if (!this.documents.get(uri)) this.results.delete(uri);
    const texts = new Set<string>();
    for (const result of this.results.values()) for (const paragraph of result.draft.paragraphs) texts.add(paragraph.text);
    keepSegmentationOf(texts);
  }

  /** Configuration files or settings changed: read them again and lint every open document. */
  reloadAll(): void {
    for (const loader of this.loaders.values()) loader.clear();
    // Loaders are confined to the folders there were when made; folders may have changed since.
    if (this.confinedTo) this.loaders.clear();
    this.statuses.clear();
    this.reportedSettings.clear();
    for (const doc of this.documents.all()) this.scheduler.schedule(doc.uri, 0);
  }

  /** The lint options of `doc`: its configuration (resolved now unless given) under the editor settings. */
  optionsFor(doc: TextDocument, settings: EditorSettings, config = this.configFor(doc, settings)): LintOptions {
    const path = filePathOf(doc.uri);
    const base = lintOptionsFor(path ?? (doc.languageId === 'markdown' ? 'draft.md' : 'draft.txt'), config);
    return { ...base, format: formatOf(doc), rules: mergeRules(settings, config.rules) };
  }

  private async run(uri: string, isStale: () => boolean): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    try {
      const settings = await this.settingsFor(uri);
      if (isStale() || this.documents.get(uri)?.version !== version) return;
      // The configuration is resolved once per run: the state, the status and the options share it.
      const config = settings.enable ? this.configFor(doc, settings) : undefined;
      const state = this.stateOf(doc, settings, config);
      this.reportStatus(doc, settings, state, config);
      if (state !== 'linted' || !config) {
        this.results.delete(uri);
        this.caches.delete(uri);
        await this.connection.sendDiagnostics({ uri, version, diagnostics: [] });
        return;
      }
      const stale = (): boolean => isStale() || this.documents.get(uri)?.version !== version;
      const result = await this.lintVersion(doc, settings, stale, config);
      if (!result || stale()) return;
      await this.connection.sendDiagnostics({ uri, version, diagnostics: toDiagnostics(doc, result.findings) });
    } catch (error) {
      // A crash while linting one document is logged and shown on it; the server carries on.
      const reason = error instanceof Error ? (error.stack ?? error.message) : String(error);
      this.connection.console.error(`linting ${uri} failed: ${reason}`);
      await this.connection.sendDiagnostics({
        uri,
        version,
        diagnostics: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, severity: 1, source: 'gwlint', code: 'internal-error', message: `gwlint 检查本文件时出错：${error instanceof Error ? error.message : String(error)}` }],
      });
    }
  }

  /** Lints the document's current version cooperatively (undefined when abandoned because `isStale`). */
  private lintVersion(doc: TextDocument, settings: EditorSettings, isStale: () => boolean, config: ResolvedConfig): Promise<LintResult | undefined> {
    const options = this.optionsFor(doc, settings, config);
    const version = doc.version;
    const started = performance.now();
    let cache = this.caches.get(doc.uri);
    if (!cache) {
      cache = new LintCache();
      this.caches.set(doc.uri, cache);
    }
    const draft = new Draft(doc.getText(), options.format, cache);
    const finish = (findings: Finding[]): LintResult => {
      const elapsed = performance.now() - started;
      if (elapsed > SLOW_LINT_MS) this.connection.console.log(`linting ${doc.uri} (${draft.source.length} chars) took ${elapsed.toFixed(0)} ms`);
      const result = { version, draft, findings, options };
      this.results.set(doc.uri, result);
      return result;
    };
    return lintCooperatively({ ...options, draft }, isStale).then((findings) => (findings ? finish(findings) : undefined));
  }

  /** The configuration file that applies to a file (`gwlint.configPath`, else the nearest `.gwlintrc.json`). */
  configFileFor(path: string, settings: EditorSettings): string | undefined {
    return this.loaderFor(settings).configFileFor(path);
  }

  private stateOf(doc: TextDocument, settings: EditorSettings, config: ResolvedConfig | undefined): LintState {
    if (!settings.enable || !config) return 'disabled';
    if (!isLintTarget(doc, settings)) return 'notTarget';
    const path = filePathOf(doc.uri);
    if (path && this.excludedFolders.some((folder) => path.startsWith(folder.endsWith(sep) ? folder : folder + sep))) return 'ignored';
    return config.ignored ? 'ignored' : 'linted';
  }

  /** Tells the editor whether and how this document is linted (its language status), when that changed. */
  private reportStatus(doc: TextDocument, settings: EditorSettings, state: LintState, config: ResolvedConfig | undefined): void {
    const configProblems = (config?.problems ?? []).map((p) => `${p.file}${p.position ? `:${p.position.line}:${p.position.column}` : ''}：${p.path ? `${p.path}：` : ''}${p.message}`);
    if (!this.sendStatus) return this.sayOnce(configProblems, settingsRuleProblems(settings));
    const status: LintStatusParams = {
      uri: doc.uri,
      state,
      ...(config?.configFile ? { configFile: pathToFileURL(config.configFile).href } : {}),
      configProblems,
      settingsProblems: settingsRuleProblems(settings),
    };
    const key = JSON.stringify(status);
    if (this.statuses.get(doc.uri) === key) return;
    this.statuses.set(doc.uri, key);
    void this.connection.sendNotification(LintStatusNotification, status);
  }

  /**
   * Without a status item (editors other than VS Code), configuration and `gwlint.rules`
   * problems are said once in a message, besides the configuration file's diagnostics.
   */
  private sayOnce(configProblems: readonly string[], settingsProblems: readonly string[]): void {
    const say = (problems: readonly string[], what: string): void => {
      const key = `${what}\n${problems.join('\n')}`;
      if (!problems.length || this.reportedSettings.has(key)) return;
      this.reportedSettings.add(key);
      void this.connection.window.showWarningMessage(`${what}${problems.join('；')}`);
    };
    say(configProblems, 'gwlint 配置有误，出错的部分未生效：');
    say(settingsProblems, '设置 gwlint.rules 有误，已忽略：');
  }

  private loaderFor(settings: EditorSettings): ConfigLoader {
    let loader = this.loaders.get(settings.configPath);
    if (!loader) {
      loader = new ConfigLoader({
        ...(settings.configPath ? { configPath: settings.configPath } : {}),
        ...(this.confinedTo ? { confinedTo: this.confinedTo() } : {}),
      });
      this.loaders.set(settings.configPath, loader);
    }
    return loader;
  }

  private configFor(doc: TextDocument, settings: EditorSettings): ResolvedConfig {
    const path = filePathOf(doc.uri);
    return path ? this.configForPath(path, settings) : NO_CONFIG;
  }

  /** The configuration of a file on disk (its problems shown on the configuration file). */
  configForPath(path: string, settings: EditorSettings): ResolvedConfig {
    const config = this.loaderFor(settings).forFile(path);
    this.reportConfigProblems(config);
    for (const link of extendsOutside(config.files)) {
      const line = `配置 ${link.from} 继承了其所在文件夹之外的 ${link.to}`;
      if (!this.reportedSettings.has(line)) this.connection.console.info(line);
      this.reportedSettings.add(line);
    }
    return settings.segmenter ? { ...config, segmenter: settings.segmenter } : config;
  }

  /** Shows a broken configuration file's problems as that file's diagnostics (and in the status item, not as pop-ups). */
  private reportConfigProblems(config: ResolvedConfig): void {
    const byFile = new Map<string, ConfigIssue[]>();
    for (const issue of config.problems) byFile.set(issue.file, [...(byFile.get(issue.file) ?? []), issue]);
    if (config.configFile && !byFile.has(config.configFile)) byFile.set(config.configFile, []);
    for (const [file, issues] of byFile) {
      const key = JSON.stringify(issues);
      const before = this.reportedConfigs.get(file);
      if (before === key || (before === undefined && issues.length === 0)) continue;
      this.reportedConfigs.set(file, key);
      void this.connection.sendDiagnostics({ uri: pathToFileURL(file).href, diagnostics: configDiagnostics(issues) });
    }
  }
}
