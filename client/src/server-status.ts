import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult } from 'vscode-languageclient/node';

// A server that dies more often than this within the window is left stopped: something is wrong
// that restarting will not cure.
const MAX_RESTARTS = 5;
const WINDOW_MS = 3 * 60 * 1000;

/**
 * Restarts a language server that died, and says so in a status bar item: for a while after
 * each restart, and for good once it has died too often to restart again.
 */
export class ServerStatus implements ErrorHandler, vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('gwlint.server', vscode.StatusBarAlignment.Right, 99);
  private crashes: number[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor() {
    this.item.name = 'gwlint 检查服务状态';
    this.item.command = 'gwlint.showOutput';
  }

  error(): ErrorHandlerResult {
    // A failed read or write is not yet a dead server: `closed` follows if it is.
    return { action: ErrorAction.Continue };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    this.crashes = [...this.crashes.filter((t) => now - t < WINDOW_MS), now];
    clearTimeout(this.timer);
    if (this.crashes.length > MAX_RESTARTS) {
      this.show('$(error) gwlint 检查服务已停止', `检查服务三分钟内意外退出 ${this.crashes.length} 次，已停止自动重启。请查看输出日志，或运行“gwlint: 重启检查服务”。`, 'gwlint.restartServer');
      return { action: CloseAction.DoNotRestart, message: 'gwlint 检查服务多次意外退出，已停止自动重启，详见输出日志', handled: true };
    }
    this.show('$(debug-restart) gwlint 检查服务已重启', `检查服务意外退出，已自动重启（${new Date(now).toLocaleTimeString()}，三分钟内第 ${this.crashes.length} 次）。`, 'gwlint.showOutput');
    this.timer = setTimeout(() => this.item.hide(), 60_000);
    return { action: CloseAction.Restart, handled: true };
  }

  /** The item's text and tooltip, for tests. */
  snapshot(): { text: string; tooltip: string } {
    return { text: this.item.text, tooltip: typeof this.item.tooltip === 'string' ? this.item.tooltip : '' };
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.item.dispose();
  }

  private show(text: string, tooltip: string, command: string): void {
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.command = command;
    this.item.show();
  }
}
