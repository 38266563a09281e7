import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { OutlineSection } from './outline';

/** Icons by depth: the title, then each nesting level. */
const KINDS = [SymbolKind.File, SymbolKind.Module, SymbolKind.Class, SymbolKind.Method, SymbolKind.Field, SymbolKind.Property];

/** The section tree as nested document symbols (Outline view, breadcrumbs, Go to Symbol). */
export function documentSymbols(doc: TextDocument, roots: readonly OutlineSection[]): DocumentSymbol[] {
  const toSymbol = (s: OutlineSection): DocumentSymbol => ({
    name: s.label || '（无标题）',
    detail: s.levelName,
    kind: KINDS[Math.min(s.depth, KINDS.length - 1)],
    range: { start: doc.positionAt(s.headingStart), end: doc.positionAt(s.end) },
    selectionRange: { start: doc.positionAt(s.headingStart), end: doc.positionAt(Math.min(s.headingEnd, s.end)) },
    children: s.children.map(toSymbol),
  });
  return roots.map(toSymbol);
}
