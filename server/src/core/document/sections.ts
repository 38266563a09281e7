import { isSpace } from './chars';
import { matchNumberMarker } from './markers';
import type { DraftText, Heading, Outline, Section } from './model';


interface MutableSection {
  heading: Heading;
  span: [number, number];
  children: MutableSection[];
  parent?: MutableSection;
}

/** Builds the section tree of a draft from its headings. */
export function buildOutline(draft: DraftText, headings: readonly Heading[]): Outline {
  const text = draft.text;
  const end = text.trimEnd().length;
  const roots: MutableSection[] = [];
  const stack: MutableSection[] = [];
  for (const heading of headings) {
    const start = sectionStart(draft, heading);
    while (stack.length && stack[stack.length - 1].heading.rank >= heading.rank) {
      stack.pop()!.span[1] = trimBack(text, start);
    }
    const parent = stack[stack.length - 1];
    const section: MutableSection = { heading, span: [start, end], children: [], ...(parent ? { parent } : {}) };
    (parent ? parent.children : roots).push(section);
    stack.push(section);
  }
  const title = findTitle(draft, headings);
  return { ...(title ? { title } : {}), sections: roots };
}

/**
 * The headings that are siblings of `heading` (same rank, same parent) from it on, in order, up
 * to the next sibling that starts its numbering again from one, unless `goesOn` says the list
 * goes on through it; at most `limit` + 1 of them.
 */
export function siblingsFrom(outline: Outline, heading: Heading, goesOn?: (restart: Heading) => boolean, limit = Infinity): Heading[] {
  const place = placesOf(outline).get(heading);
  if (!place) return [heading];
  const siblings: Heading[] = [heading];
  for (let k = place.index + 1; k < place.among.length && siblings.length <= limit; k++) {
    const next = place.among[k].heading;
    if (next.rank !== heading.rank) continue;
    if (next.value === 1 && !goesOn?.(next)) break;
    siblings.push(next);
  }
  return siblings;
}

/**
 * A heading numbered 1 that starts a new list under the same parent: on a line of its own,
 * after a paragraph (no heading) that ends with a colon and introduces it.
 */
export function startsNewList(draft: DraftText, outline: Outline, h: Heading): boolean {
  if (h.value !== 1 || h.midLine || h.paragraphIndex === 0) return false;
  return /[：:]$/.test(draft.paragraphs[h.paragraphIndex - 1].text.trimEnd()) && !headingParagraphsOf(outline).has(h.paragraphIndex - 1);
}

const HEADING_PARAGRAPHS = new WeakMap<Outline, Set<number>>();

/** The paragraphs that hold a heading of the outline, gathered once per outline. */
function headingParagraphsOf(outline: Outline): ReadonlySet<number> {
  let paragraphs = HEADING_PARAGRAPHS.get(outline);
  if (!paragraphs) {
    paragraphs = new Set();
    const visit = (sections: readonly Section[]): void => {
      for (const s of sections) {
        paragraphs!.add(s.heading.paragraphIndex);
        visit(s.children);
      }
    };
    visit(outline.sections);
    HEADING_PARAGRAPHS.set(outline, paragraphs);
  }
  return paragraphs;
}

/** Where a heading's section sits: among its parent's children (or the roots), at which index. */
interface Place {
  readonly among: readonly Section[];
  readonly index: number;
}

const PLACES = new WeakMap<Outline, Map<Heading, Place>>();

/** Each heading's place in the tree, indexed once per outline. */
function placesOf(outline: Outline): Map<Heading, Place> {
  let places = PLACES.get(outline);
  if (!places) {
    places = new Map();
    const walk = (among: readonly Section[]): void => {
      among.forEach((section, index) => {
        places!.set(section.heading, { among, index });
        walk(section.children);
      });
    };
    walk(outline.sections);
    PLACES.set(outline, places);
  }
  return places;
}

function sectionStart(draft: DraftText, heading: Heading): number {
  if (heading.midLine) return heading.marker[0];
  return draft.paragraphs[heading.paragraphIndex].start;
}

function trimBack(text: string, at: number): number {
  let i = at;
  while (i > 0 && isSpace(text[i - 1])) i--;
  return i;
}

function findTitle(draft: DraftText, headings: readonly Heading[]): Outline['title'] {
  const first = draft.paragraphs[0];
  if (!first || headings.some((h) => h.paragraphIndex === 0 && !h.midLine)) return undefined;
  // Copied pages may wrap the title in table bars or label it: `| 标题:…… |`.
  const trimmed = first.text.trim().replace(/^\|\s*|\s*\|$/g, '').replace(/^标题[:：]\s*/, '');
  let start = first.start + Math.max(0, first.text.indexOf(trimmed));
  let body = trimmed;
  // One-line drafts copied from a page: the title is the words before the first space.
  const gap = body.search(/[\s　]/);
  if (gap > 0 && body.length > 80) body = body.slice(0, gap);
  if (body.length === 0 || body.length > 80 || /[。！？]$/.test(body) || matchNumberMarker(body, 0)) return undefined;
  start = Math.max(start, first.start);
  return { text: body, span: [start, start + body.length] };
}
