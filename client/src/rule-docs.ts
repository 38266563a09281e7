// Rule pages, offline: they ship inside the extension (docs/rules/*.md) and open in VS Code's
// Markdown preview, from the command “gwlint: 查看规则说明” or a diagnostic's rule link.
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';

export const SHOW_RULE_DOC = 'gwlint.showRuleDoc';

export class RuleDocs {
  constructor(private readonly extensionUri: vscode.Uri) {}

  pageOf(ruleId: string): vscode.Uri {
    return vscode.Uri.joinPath(this.extensionUri, 'docs', 'rules', `${ruleId}.md`);
  }

  /** The link a diagnostic's rule code opens: this command, with the rule id. */
  linkOf(ruleId: string): vscode.Uri {
    return vscode.Uri.parse(`command:${SHOW_RULE_DOC}?${encodeURIComponent(JSON.stringify([ruleId]))}`);
  }

  /** Diagnostics from the server link to the rule's page on the web; here they open the page inside the extension. */
  readonly middleware: Middleware = {
    handleDiagnostics: (uri, diagnostics, next) => {
      for (const d of diagnostics) {
        if (d.source === 'gwlint' && typeof d.code === 'object' && /\/docs\/rules\/[\w-]+\.md$/.test(d.code.target.path)) {
          d.code = { value: d.code.value, target: this.linkOf(String(d.code.value)) };
        }
      }
      next(uri, diagnostics);
    },
  };

  /** Shows a rule's page in the Markdown preview: the given rule, else the one under the cursor, else one picked from the list. */
  async show(ruleId?: string): Promise<vscode.Uri | undefined> {
    const id = typeof ruleId === 'string' ? ruleId : (this.ruleAtCursor() ?? (await this.pick()));
    if (!id) return undefined;
    const page = this.pageOf(id);
    try {
      await vscode.workspace.fs.stat(page);
    } catch {
      void vscode.window.showWarningMessage(`gwlint 没有名为“${id}”的规则`);
      return undefined;
    }
    await vscode.commands.executeCommand('markdown.showPreview', page);
    return page;
  }

  private ruleAtCursor(): string | undefined {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    const here = vscode.languages
      .getDiagnostics(editor.document.uri)
      .find((d) => d.source === 'gwlint' && d.range.contains(editor.selection.active));
    const code = here?.code;
    return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
  }

  private async pick(): Promise<string | undefined> {
    const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(this.extensionUri, 'docs', 'rules'));
    const ids = entries.map(([name]) => name).filter((n) => n.endsWith('.md') && n !== 'README.md').map((n) => n.slice(0, -3)).sort();
    return vscode.window.showQuickPick(ids, { title: 'gwlint：查看规则说明', placeHolder: '选择规则' });
  }
}
