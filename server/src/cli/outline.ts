import type { Draft } from '../core/document/draft';
import type { Section } from '../core/document/model';

const TITLE_WIDTH = 40;

/**
 * The section tree of a draft as printed by `gwlint --outline <file>`: the title, then every
 * heading indented under its parent with its line number, e.g.
 *
 * ```
 * 在全市上半年经济运行分析会上的讲话
 * ├─ 一、统一思想，坚定发展信心  5
 * │  ├─ （一）成绩来之不易  7
 * ```
 */
export function formatOutline(draft: Draft, options: { color: boolean }): string {
  const paint = (code: string, text: string): string => (options.color ? `\x1b[${code}m${text}\x1b[0m` : text);
  const out: string[] = [];
  const outline = draft.outline;
  if (outline.title) out.push(paint('1', outline.title.text));
  const walk = (sections: readonly Section[], indent: string): void => {
    sections.forEach((s, k) => {
      const last = k === sections.length - 1;
      const h = s.heading;
      const marker = draft.slice(h.marker).trim();
      const title = shorten(draft.slice(h.title).trim());
      const line = draft.lineAt(h.marker[0]) + 1;
      out.push(`${paint('2', indent + (last ? '└─ ' : '├─ '))}${paint('36', marker)}${marker.length && title && /\s$/.test(draft.slice([h.marker[0], h.title[0]])) ? ' ' : ''}${title}  ${paint('2', String(line))}`);
      walk(s.children, indent + (last ? '   ' : '│  '));
    });
  };
  walk(outline.sections, '');
  if (outline.sections.length === 0) out.push(paint('2', '（未找到标题）'));
  return out.join('\n') + '\n';
}

function shorten(text: string): string {
  const chars = [...text];
  return chars.length > TITLE_WIDTH ? `${chars.slice(0, TITLE_WIDTH).join('')}…` : text;
}

/** One heading in the JSON outline, with the headings nested under it. */
export interface OutlineNode {
  readonly marker: string;
  readonly title: string;
  readonly kind: string;
  readonly level: number;
  /** 1-based line and UTF-16 column of the heading's marker. */
  readonly line: number;
  readonly column: number;
  readonly children: OutlineNode[];
}

/** The section tree as data, for `gwlint --outline --format json`. */
export function outlineData(draft: Draft): { title: string | null; sections: OutlineNode[] } {
  const node = (s: Section): OutlineNode => {
    const h = s.heading;
    const { line, column } = draft.positionAt(h.marker[0]);
    return {
      marker: draft.slice(h.marker).trim(),
      title: draft.slice(h.title).trim(),
      kind: h.kind,
      level: h.level,
      line: line + 1,
      column: column + 1,
      children: s.children.map(node),
    };
  };
  return { title: draft.outline.title?.text ?? null, sections: draft.outline.sections.map(node) };
}
