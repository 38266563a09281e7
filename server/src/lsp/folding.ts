import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { flattenOutline, type OutlineSection } from './outline';

/** One folding range per section that spans more than its heading line. */
export function foldingRanges(doc: TextDocument, roots: readonly OutlineSection[]): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  for (const s of flattenOutline(roots)) {
    const startLine = doc.positionAt(s.headingStart).line;
    const endLine = doc.positionAt(s.end).line;
    if (endLine > startLine) ranges.push({ startLine, endLine, kind: FoldingRangeKind.Region });
  }
  return ranges;
}
