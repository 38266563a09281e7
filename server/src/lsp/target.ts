import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isMostlyChinese } from '../core/document/length';
import type { DraftFormat } from '../core/types';
import { formatForPath } from '../host/read-draft';
import type { EditorSettings } from './settings';

export const GONGWEN = 'gongwen';

/** The file path of a document, when it has one. */
export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** `gongwen` documents are always linted; other configured languages when mostly Chinese. */
export function isLintTarget(doc: TextDocument, settings: EditorSettings): boolean {
  if (doc.languageId === GONGWEN) return true;
  if (!settings.languages.includes(doc.languageId)) return false;
  return isMostlyChinese(doc.getText(), settings.hanThreshold);
}

/** Markdown by file name as the CLI decides, or by language for unsaved documents. */
export function formatOf(doc: TextDocument): DraftFormat {
  const path = filePathOf(doc.uri);
  if (path && doc.languageId !== 'markdown') return formatForPath(path);
  return doc.languageId === 'markdown' ? 'markdown' : 'text';
}
