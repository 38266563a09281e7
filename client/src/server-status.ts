import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult } from 'vscode-languageclient/node';

// A server that dies more often than this within the window is left stopped: something is wrong
// that restarting will not cure.
const MAX_RESTARTS = 5;
const WINDOW_MS = 3 * 60 * 1000;
// How long the language status item says that the server was restarted.
const RESTART_NOTICE_MS = 60_000;

/** What the language status item says about the server itself, over the document's state. */
export interface ServerNotice {
  readonly text: string;
  readonly detail: string;
  readonly severity: vscode.LanguageStatusSeverity;
  readonly command: vscode.Command;
}

/**
 * Restarts a language server that died, and says so through `say` (the language status item):
 * for a while after each restart, and for good once it has died too often to restart again.
 */
export class ServerRestarts implements ErrorHandler, vscode.Disposable {
  private crashes: number[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly say: (notice: ServerNotice | undefined) => void) {}

  error(): ErrorHandlerResult {
    // A failed read or write is not yet a dead server: `closed` follows if it is.
    return { action: ErrorAction.Continue };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    this.crashes = [...this.crashes.filter((t) => now - t < WINDOW_MS), now];
    clearTimeout(this.timer);
    if (this.crashes.length > MAX_RESTARTS) {
      this.say({
        text: 'gwlint 检查服务已停止',
        detail: `三分钟内意外退出 ${this.crashes.length} 次，已停止自动重启。请查看输出日志，或运行“gwlint: 重启检查服务”。`,
        severity: vscode.LanguageStatusSeverity.Error,
        command: { title: '重启检查服务', command: 'gwlint.restartServer' },
      });
      return { action: CloseAction.DoNotRestart, message: 'gwlint 检查服务多次意外退出，已停止自动重启，详见输出日志', handled: true };
    }
    this.say({
      text: 'gwlint 检查服务已重启',
      detail: `检查服务意外退出，已自动重启（${new Date(now).toLocaleTimeString()}，三分钟内第 ${this.crashes.length} 次）。`,
      severity: vscode.LanguageStatusSeverity.Warning,
      command: { title: '查看输出日志', command: 'gwlint.showOutput' },
    });
    this.timer = setTimeout(() => this.say(undefined), RESTART_NOTICE_MS);
    return { action: CloseAction.Restart, handled: true };
  }

  /** The server was restarted by hand: the notice no longer holds. */
  restarted(): void {
    clearTimeout(this.timer);
    this.say(undefined);
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}
