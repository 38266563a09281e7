import * as vscode from 'vscode';
import { DocumentSymbolRequest, type DocumentSymbol, type LanguageClient } from 'vscode-languageclient/node';
import { DEFAULT_HAN_THRESHOLD, DEFAULT_SPEECH_RATE, formatLength, groupDigits, isMostlyChinese, measureLength, speakingMinutes } from '../../server/src/core/document/length';

/** The status bar item: the draft's length in Han characters and its speaking time; per-section counts in the tooltip. */
export class LengthStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('gwlint.length', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private visible = false;

  constructor(private readonly client: LanguageClient) {
    this.item.name = 'gwlint 字数与讲话时长';
    this.item.command = 'gwlint.showOutline';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh(0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.refresh(300);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('gwlint')) this.refresh(0);
      }),
    );
    this.refresh(0);
  }

  snapshot(): { text: string; tooltip: string; visible: boolean } {
    const tooltip = this.item.tooltip;
    return { text: this.item.text, tooltip: typeof tooltip === 'string' ? tooltip : (tooltip?.value ?? ''), visible: this.visible };
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.item.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }

  private refresh(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  private async update(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !this.applies(doc)) {
      this.visible = false;
      this.item.hide();
      return;
    }
    const rate = vscode.workspace.getConfiguration('gwlint', doc.uri).get<number>('speechRate', DEFAULT_SPEECH_RATE);
    const text = doc.getText();
    const { han, punctuation } = measureLength(text);
    this.item.text = `$(note) ${formatLength(han, rate)}`;
    this.visible = true;
    this.item.show();
    const lines = [`**${groupDigits(han)}** 个汉字，${groupDigits(punctuation)} 个标点；按每分钟 ${rate} 字，约讲 ${speakingMinutes(han, rate)} 分钟`];
    const sections = await this.sections(doc);
    if (sections.length) {
      lines.push('', '| 部分 | 字数 | 时长 |', '|---|---:|---:|');
      for (const s of sections) {
        const count = measureLength(text, doc.offsetAt(toPosition(s.range.start)), doc.offsetAt(toPosition(s.range.end))).han;
        lines.push(`| ${s.name.replace(/\|/g, '\\|').slice(0, 24)} | ${groupDigits(count)} | ${speakingMinutes(count, rate)} 分钟 |`);
      }
    }
    this.item.tooltip = new vscode.MarkdownString(lines.join('\n'));
  }

  private applies(doc: vscode.TextDocument): boolean {
    if (doc.languageId === 'gongwen') return true;
    const config = vscode.workspace.getConfiguration('gwlint', doc.uri);
    if (!config.get<string[]>('languages', []).includes(doc.languageId)) return false;
    return isMostlyChinese(doc.getText(), config.get<number>('hanThreshold', DEFAULT_HAN_THRESHOLD));
  }

  /** The top-level sections (the headings under the title, if there is one), from the server. */
  private async sections(doc: vscode.TextDocument): Promise<DocumentSymbol[]> {
    try {
      const symbols = (await this.client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: doc.uri.toString() } })) ?? [];
      const tree = symbols.filter((s): s is DocumentSymbol => 'range' in s && 'children' in s);
      return tree.length === 1 && tree[0].children?.length ? tree[0].children : tree;
    } catch {
      return [];
    }
  }
}

function toPosition(p: { line: number; character: number }): vscode.Position {
  return new vscode.Position(p.line, p.character);
}
