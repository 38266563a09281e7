import { NotificationType } from 'vscode-languageserver/node';

/** Whether gwlint lints a document, and why not. */
export type LintState = 'linted' | 'disabled' | 'notTarget' | 'ignored';

/** What the server tells the editor about one open document, whenever it changes (`gwlint/status`). */
export interface LintStatusParams {
  readonly uri: string;
  readonly state: LintState;
  /** The configuration file in effect (a file URI), when there is one. */
  readonly configFile?: string;
  /** Problems in that file or the files it extends, in Chinese (the details are its diagnostics). */
  readonly configProblems: readonly string[];
  /** Problems in the editor setting `gwlint.rules`, which is then ignored. */
  readonly settingsProblems: readonly string[];
}

export const LintStatusNotification = new NotificationType<LintStatusParams>('gwlint/status');
