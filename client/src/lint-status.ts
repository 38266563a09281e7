// The language status item (the `{}` next to the language in the status bar): whether gwlint
// lints the active document, with which configuration file (a link to open it), and
// configuration problems; over these, that the server was restarted or has stopped.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { LintStatusParams } from '../../server/src/lsp/lint-status';
import type { ServerNotice } from './server-status';

/** Must match the server's LintStatusNotification. */
const STATUS_METHOD = 'gwlint/status';

export class LintStatus implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly byUri = new Map<string, LintStatusParams>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private notice: ServerNotice | undefined;

  constructor(selector: vscode.DocumentSelector) {
    this.item = vscode.languages.createLanguageStatusItem('gwlint.status', selector);
    this.item.name = 'gwlint';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument((doc) => this.byUri.delete(doc.uri.toString())),
    );
    this.render();
  }

  /** Follows the server's `gwlint/status` notifications (call once the client exists). */
  listen(client: LanguageClient): void {
    this.subscriptions.push(
      client.onNotification(STATUS_METHOD, (status: LintStatusParams) => {
        this.byUri.set(status.uri, status);
        if (status.uri === vscode.window.activeTextEditor?.document.uri.toString()) this.render();
      }),
    );
  }

  /** Says that the server was restarted or has stopped, over the document's state; undefined clears it. */
  setNotice(notice: ServerNotice | undefined): void {
    this.notice = notice;
    this.render();
  }

  /** What the item shows now (for tests and other extensions). */
  snapshot(): { text: string; detail: string; severity: vscode.LanguageStatusSeverity; command?: string } {
    return { text: this.item.text, detail: this.item.detail ?? '', severity: this.item.severity, command: this.item.command?.command };
  }

  dispose(): void {
    this.item.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }

  private render(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const status = doc && this.byUri.get(doc.uri.toString());
    void vscode.commands.executeCommand('setContext', 'gwlint.linting', status?.state === 'linted');
    if (this.notice) {
      this.show(this.notice.text, this.notice.detail, this.notice.severity, this.notice.command);
      return;
    }
    if (!status) {
      this.show('gwlint', '', vscode.LanguageStatusSeverity.Information);
      return;
    }
    const problems = [...status.configProblems, ...status.settingsProblems.map((p) => `设置 gwlint.rules：${p}`)];
    const configName = status.configFile ? vscode.workspace.asRelativePath(vscode.Uri.parse(status.configFile)) : undefined;
    const open: vscode.Command | undefined = status.configFile
      ? { title: '打开配置文件', command: 'vscode.open', arguments: [vscode.Uri.parse(status.configFile)] }
      : { title: '创建配置文件', command: 'gwlint.createConfig' };
    if (problems.length) {
      // Problems only in the editor setting: the link opens that setting, not the configuration file.
      const inSettingsOnly = status.configProblems.length === 0;
      const where: vscode.Command = inSettingsOnly ? { title: '打开设置', command: 'workbench.action.openSettings', arguments: ['gwlint.rules'] } : open;
      this.show(`gwlint：${inSettingsOnly ? '设置' : '配置'}有 ${problems.length} 处错误`, problems.join('\n'), vscode.LanguageStatusSeverity.Error, where);
      return;
    }
    switch (status.state) {
      case 'linted':
        this.show('gwlint：正在检查', configName ? `配置：${configName}` : '默认规则（没有 .gwlintrc.json）', vscode.LanguageStatusSeverity.Information, open);
        break;
      case 'ignored':
        // Ignored without a configuration file: one of the extension's own rule pages (excludedFolders).
        this.show('gwlint：未检查', configName ? `已被 ${configName} 的 ignore 排除` : '这是 gwlint 自带的规则说明，不检查', vscode.LanguageStatusSeverity.Information, configName ? open : undefined);
        break;
      case 'notTarget':
        this.show('gwlint：未检查', '不是以中文为主的文稿（见设置 gwlint.hanThreshold）', vscode.LanguageStatusSeverity.Information);
        break;
      case 'disabled':
        this.show('gwlint：已停用', '设置 gwlint.enable 为 false', vscode.LanguageStatusSeverity.Information);
        break;
    }
  }

  /** Sets what the item shows; the single place that writes it. */
  private show(text: string, detail: string, severity: vscode.LanguageStatusSeverity, command?: vscode.Command): void {
    this.item.text = text;
    this.item.detail = detail;
    this.item.severity = severity;
    this.item.command = command;
  }
}
