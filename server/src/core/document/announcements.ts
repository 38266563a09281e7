import type { Span } from '../types';
import type { Draft } from './draft';
import type { EnumerationRun } from './enumerations';
import type { Heading } from './headings';
import { parseChineseNumeral } from './numerals';
import { siblingsFrom } from './sections';
import type { Outline } from './sections';

/**
 * A phrase that promises a number of items: `讲三点意见`, `以下四个方面`, `提两点要求`,
 * `有三项议程`, `要有两种意识`, `聚焦“五个如何”`. It governs the next run of headings or
 * enumeration items that starts right after it.
 */
export interface Announcement {
  /** The phrase, from the count (or the opening quote) to the end of its noun. */
  readonly span: Span;
  /** The count as written: `三`, `两`, `4`. */
  readonly countText: string;
  readonly count: number;
  /** The items that fulfil it: the markers of the headings or enumeration items. */
  readonly items: readonly Span[];
  /** Whether the items are headings or enumeration items. */
  readonly itemsAre: 'headings' | 'enumeration';
}

const COUNT = '([两二三四五六七八九十]{1,2})';
// A bare 个 needs its noun (达到五个。 counts, it does not announce).
const MEASURE = '(?:个方面|个问题|方面|点|项|条|种|件|大|句话|个(?=[\\u4e00-\\u9fff])|类|招|步|层)';
// Unquoted: (以下|如下)? count measure (的)? noun, e.g. 讲三个方面的意见, 以下四个方面, 两种意识.
const PLAIN = new RegExp(`(?:以下|如下)?${COUNT}${MEASURE}的?[\\u4e00-\\u9fff]{0,6}?(?=[：:。，,；;！\\s]|$|值得|需要|要)`, 'gu');
// Quoted slogans that the items answer: “五个如何”, “三个重点”.
const QUOTED = new RegExp(`[“"]${COUNT}个?[\\u4e00-\\u9fff]{1,4}[”"]`, 'gu');
// Words before a count that make it refer back or rank, not announce: 这三个方面, 第三, 每一项.
const NOT_BEFORE = /[这那此第每各前后上本该其几数多若头一二三四五六七八九十百千万两0-9０-９.．]$|上述$|以上$/;

/** Finds the announcements of a draft that are followed by their items. */
export function findAnnouncements(draft: Draft, headings: readonly Heading[], runs: readonly EnumerationRun[], outline: Outline): Announcement[] {
  const text = draft.text;
  const found: Announcement[] = [];
  for (const p of draft.paragraphs) {
    const candidates: { span: Span; countText: string; quoted: boolean }[] = [];
    for (const [re, quoted] of [[PLAIN, false], [QUOTED, true]] as const) {
      re.lastIndex = 0;
      for (const m of p.text.matchAll(re)) {
        const start = p.start + m.index;
        const countStart = start + m[0].indexOf(m[1]);
        if (NOT_BEFORE.test(text.slice(Math.max(p.start, countStart - 2), countStart)) && !m[0].startsWith('以下') && !m[0].startsWith('如下')) continue;
        if (!quoted && isInsideQuotes(p.text, m.index)) continue;
        candidates.push({ span: [start, start + m[0].length], countText: m[1], quoted });
      }
    }
    for (const c of candidates) {
      const count = parseChineseNumeral(c.countText);
      if (!count || count < 2) continue;
      const items = itemsAfter(text, c.span[1], headings, runs, outline, c.quoted);
      if (items) found.push({ span: c.span, countText: c.countText, count, ...items });
    }
  }
  // Several counts before the same items (全县共有十二个乡镇，其中三个乡镇…：): the nearest announces them.
  const nearest = new Map<number, Announcement>();
  for (const a of found) {
    const key = a.items[0][0];
    const other = nearest.get(key);
    if (!other || a.span[0] > other.span[0]) nearest.set(key, a);
  }
  return [...nearest.values()].sort((a, b) => a.span[0] - b.span[0]);
}

/** The run that starts right after `end` (the rest of the clause may come between), if any. */
function itemsAfter(text: string, end: number, headings: readonly Heading[], runs: readonly EnumerationRun[], outline: Outline, quoted: boolean): Pick<Announcement, 'items' | 'itemsAre'> | undefined {
  const heading = headings.find((h) => h.marker[0] >= end);
  let run: EnumerationRun | undefined;
  for (const r of runs) {
    const first = r.items[0].marker[0];
    if (first >= end && (!run || first < run.items[0].marker[0])) run = r;
  }
  const runStart = run ? run.items[0].marker[0] : Infinity;
  const headingStart = heading ? heading.marker[0] : Infinity;
  const start = Math.min(runStart, headingStart);
  if (start === Infinity || !isRightAfter(text.slice(end, start), quoted)) return undefined;
  // The promised items start from the first one.
  if (headingStart < runStart) {
    if (heading!.value !== 1) return undefined;
    return { items: siblingsFrom(outline, heading!).map((h) => h.marker), itemsAre: 'headings' };
  }
  if (run!.items[0].value !== 1) return undefined;
  // A single item with nothing after it to the end of the text: a copy cut off after its first item.
  if (run!.items.length === 1 && !runs.some((r) => r.items.some((i) => i.marker[0] > run!.items[0].marker[0])) && !headings.some((h) => h.marker[0] > run!.items[0].marker[0])) return undefined;
  return { items: run!.items.map((i) => i.marker), itemsAre: 'enumeration' };
}

/** Between an announcement and its first item: the end of the clause, a line break, nothing more. */
function isRightAfter(between: string, quoted: boolean): boolean {
  const squeezed = between.replace(/[\s　]/g, '');
  if (quoted) return /^[：:，,。]?$/.test(squeezed);
  return /^[^。！？；;!?]{0,16}[：:。，,！;；]?$/.test(squeezed);
}

function isInsideQuotes(paragraph: string, at: number): boolean {
  const before = paragraph.slice(0, at);
  return (before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0);
}
