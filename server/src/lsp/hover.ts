import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Draft } from '../core/document/draft';
import { measureLength } from '../core/document/length';
import { enumerationAt, enumerationName, flattenOutline, nextItemMarker, nextMarker, type OutlineSection } from './outline';

/**
 * Hover on a heading (its level, its place among its siblings, what comes next, its length) or
 * on an enumeration marker inside a paragraph (its series, its place, what comes next).
 */
export function structureHover(doc: TextDocument, draft: Draft, roots: readonly OutlineSection[], position: Position): Hover | null {
  const offset = doc.offsetAt(position);
  const section = flattenOutline(roots).find((s) => offset >= s.headingStart && offset <= s.headingEnd);
  if (section) return headingHover(doc, draft, roots, section);
  const found = enumerationAt(draft, offset);
  if (!found) return null;
  const { run, item } = found;
  const place = run.items.indexOf(item) + 1;
  const lines = [`**${enumerationName(run.kind)}** \`${draft.slice(item.marker)}\` — 第 ${place} 项，共 ${run.items.length} 项`];
  const next = run.items[place];
  if (next) lines.push(`下一项：\`${draft.slice(next.marker)}\``);
  else {
    const marker = nextItemMarker(draft, item);
    lines.push(marker ? `本组最后一项；如需续写，下一项应为 \`${marker}\`` : '本组最后一项');
  }
  return markdown(doc, lines, item.marker[0], item.marker[1]);
}

function headingHover(doc: TextDocument, draft: Draft, roots: readonly OutlineSection[], section: OutlineSection): Hover {
  const lines: string[] = [];
  if (!section.heading) lines.push(`**标题**：${section.label}`);
  else {
    const siblings = (section.parent ? section.parent.children : roots).filter((s) => s.heading?.rank === section.heading!.rank);
    const place = siblings.indexOf(section) + 1;
    lines.push(`**${section.levelName}** \`${draft.slice(section.heading.marker).trim()}\` — 本级第 ${place} 项，共 ${siblings.length} 项`);
    const next = siblings[place];
    if (next) lines.push(`下一项：${next.label}`);
    else lines.push(`本级最后一项；如需续写，下一项应为 \`${nextMarker(draft, section.heading).trim()}\``);
    if (section.parent) lines.push(`上级：${section.parent.label}`);
  }
  if (section.children.length) lines.push(`下级：${section.children.length} 项（${section.children[0].levelName}）`);
  lines.push(`本节 ${measureLength(draft.source, section.headingStart, section.end).han} 字`);
  return markdown(doc, lines, section.headingStart, section.headingEnd);
}

function markdown(doc: TextDocument, lines: readonly string[], start: number, end: number): Hover {
  return {
    contents: { kind: MarkupKind.Markdown, value: lines.join('\n\n') },
    range: { start: doc.positionAt(start), end: doc.positionAt(end) },
  };
}
