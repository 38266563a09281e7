import type { Draft } from '../core/document/draft';
import { respellMarker } from '../core/document/numerals';
import type { EnumerationItem, EnumerationKind, EnumerationRun, Heading, Section } from '../core/document/model';

/**
 * The section tree as the editor shows it (Outline, breadcrumbs, folding, hover): the title,
 * then the draft's headings (一、 → （一） → 1. → （1）, 第一章, 附件) nested by rank. Built from
 * the Draft model's outline, with the title as the root when there is one.
 */
export interface OutlineSection {
  /** What the heading is: 标题, 一级标题 … 四级标题, 章, 节, 条, 附件. */
  readonly levelName: string;
  /** 0 for the title, else 1 + the heading's depth in the tree. */
  readonly depth: number;
  readonly heading?: Heading;
  /** The heading as it reads (marker and words up to its first sentence end), shortened. */
  readonly label: string;
  /** Where the heading starts and where its words end (the symbol's selection). */
  readonly headingStart: number;
  readonly headingEnd: number;
  /** Where the section ends: before the next heading that does not nest in it. */
  readonly end: number;
  readonly children: readonly OutlineSection[];
  readonly parent?: OutlineSection;
}

const MAX_LABEL = 40;
const NUMBERED_LEVELS = ['', '一级标题', '二级标题', '三级标题', '四级标题', '五级标题'];
const KIND_NAMES: Readonly<Record<string, string>> = { attachment: '附件', chapter: '章', section: '节', article: '条' };

/** A part is a 编 of a law (第一编) or a 部分 of a report or a slide deck (第一部分, 01). */
function kindName(draft: Draft, h: Heading): string {
  if (h.kind === 'part') return draft.slice(h.marker).endsWith('编') ? '编' : '部分';
  return KIND_NAMES[h.kind] ?? '标题';
}

/** The outline of `draft`: one root for the title with the sections under it, or the top sections. */
export function buildOutline(draft: Draft): OutlineSection[] {
  const { title, sections } = draft.outline;
  const end = draft.text.trimEnd().length;
  if (!title) return sections.map((s) => fromSection(draft, s, 1, undefined));
  const root: { -readonly [K in keyof OutlineSection]: OutlineSection[K] } = {
    levelName: '标题',
    depth: 0,
    label: shorten(title.text),
    headingStart: title.span[0],
    headingEnd: title.span[1],
    end: Math.max(end, title.span[1]),
    children: [],
  };
  root.children = sections.map((s) => fromSection(draft, s, 1, root));
  return [root];
}

function fromSection(draft: Draft, section: Section, depth: number, parent: OutlineSection | undefined): OutlineSection {
  const h = section.heading;
  const headingEnd = Math.max(h.marker[1], h.title[1]);
  const node: { -readonly [K in keyof OutlineSection]: OutlineSection[K] } = {
    levelName: h.kind === 'numbered' ? (NUMBERED_LEVELS[h.level] ?? '标题') : kindName(draft, h),
    depth,
    heading: h,
    label: shorten(draft.text.slice(h.marker[0], headingEnd).trim()),
    headingStart: h.marker[0],
    headingEnd,
    end: Math.max(section.span[1], headingEnd),
    children: [],
    ...(parent ? { parent } : {}),
  };
  node.children = section.children.map((c) => fromSection(draft, c, depth + 1, node));
  return node;
}

/** Every section of the tree in document order. */
export function flattenOutline(roots: readonly OutlineSection[]): OutlineSection[] {
  const out: OutlineSection[] = [];
  const walk = (s: OutlineSection): void => {
    out.push(s);
    s.children.forEach(walk);
  };
  roots.forEach(walk);
  return out;
}

/** The marker that would follow `heading` in its run, spelled alike: `（三）` after `（二）`. */
export function nextMarker(draft: Draft, heading: Heading): string {
  return respellMarker(draft.text, heading.marker, heading.numeral, heading.value + 1);
}

/** The enumeration item at `offset` and its run, if the offset is on an item's marker. */
export function enumerationAt(draft: Draft, offset: number): { run: EnumerationRun; item: EnumerationItem } | undefined {
  for (const run of draft.enumerations) {
    for (const item of run.items) {
      if (offset >= item.marker[0] && offset <= item.marker[1]) return { run, item };
    }
  }
  return undefined;
}

const ENUMERATION_NAMES: Readonly<Record<EnumerationKind, string>> = {
  shi: '“一是、二是”列举',
  yao: '“一要、二要”列举',
  aspect: '“一方面、另一方面”列举',
  ordinal: '“第一、第二”列举',
  qi: '“其一、其二”列举',
  sequence: '“首先、其次、最后”列举',
  chinese: '段内“一、”序号',
  'chinese-paren': '段内“（一）”序号',
  arabic: '段内“1.”序号',
  'arabic-paren': '段内“（1）”序号',
  circled: '段内“①”序号',
};

export function enumerationName(kind: EnumerationKind): string {
  return ENUMERATION_NAMES[kind];
}

/** The next marker of an enumeration item, spelled alike (`三是` after `二是`). */
export function nextItemMarker(draft: Draft, item: EnumerationItem): string {
  if (item.kind === 'sequence') return item.final ? '' : '再次／最后';
  if (item.kind === 'aspect') return '';
  return respellMarker(draft.text, item.marker, item.numeral, item.value + 1);
}

function shorten(s: string): string {
  return s.length > MAX_LABEL ? `${s.slice(0, MAX_LABEL)}…` : s;
}
