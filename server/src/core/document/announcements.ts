import type { Span } from '../types';
import { HAN, isSpace } from './chars';
import { bulletItemsAfter, clausesLedBy, dashItemsAfter, namesAfterColon, phraseListAfter } from './listed-items';
import { parseChineseNumeral, parseDigits } from './numerals';
import { lineAfter, openLineEnds } from './wraps';
import { siblingsFrom, startsNewList } from './sections';
import { allMatches } from '../matches';
import { firstAtOrAfter } from '../sorted';
import type { Announcement, DraftText, EnumerationRun, Heading, Outline, Paragraph } from './model';

/** What an announcement's items are: their spans, and what kind of thing they are. */
type Items = Pick<Announcement, 'items' | 'itemsAre'>;

// A count in Chinese numerals or in digits (讲3点意见, 办好10件实事).
const COUNT = '([两二三四五六七八九十]{1,2}|1[0-9]|[2-9]|１[０-９]|[２-９])';
// A bare 个 needs its noun (达到五个。 counts, it does not announce).
const MEASURE = `(?:个方面|个问题|方面|点|项|条|种|件|大|句话|个(?=${HAN})|类|招|步|层|场|篇|张|道|支|股)`;
// Unquoted: (以下|如下)? count measure (的)? noun, e.g. 讲三个方面的意见, 以下四个方面, 两种意识.
// The noun may be followed by the verb of the announcing frame (就三个方面的做法作交流), or be
// longer when a colon hands over to the items (以下三类部位的排查整治：).
const PLAIN = new RegExp(
  `(?:以下|如下)?${COUNT}${MEASURE}(?:的?${HAN}{0,6}?(?=[：:。，,；;！\\s]|$|(?<!的)(?:值得|需要|要))|的${HAN}{2,6}?(?=作|谈|汇报|交流|介绍)|${HAN}{7,14}?(?=[：:]))`,
  'gu',
);
// Quoted slogans that the items answer: “五个如何”, “三个重点”.
const QUOTED = new RegExp(`[“"]${COUNT}个?${HAN}{1,4}[”"]`, 'gu');
// Words before a count that make it refer back or rank, not announce: 这三个方面, 第三, 每一项.
const NOT_BEFORE = /[这那此第每各前后上本该其几数多若头一二三四五六七八九十百千万两0-9０-９.．]$|上述$|以上$|其余$|剩余$|余下$/;

/** Finds the announcements of a draft that are followed by their items. */
export function findAnnouncements(draft: DraftText, headings: readonly Heading[], runs: readonly EnumerationRun[], outline: Outline): Announcement[] {
  const text = draft.text;
  const found: Announcement[] = [];
  const after: Following = {
    draft,
    headings,
    runs,
    outline,
    lastHeading: headings.length ? headings[headings.length - 1].marker[0] : -Infinity,
    lastItem: runs.reduce((last, r) => r.items.reduce((l, i) => Math.max(l, i.marker[0]), last), -Infinity),
  };
  const wraps = openLineEnds(draft);
  for (const p of draft.paragraphs) {
    for (const c of draft.memo(p, 'announcement-candidates', () => paragraphCandidates(p.text))) {
      const span: Span = [p.start + c.span[0], p.start + c.span[1]];
      const items =
        agendaOrFirst(agendaAfter(text, span, runs), itemsAfter(text, span[1], c.count, after, c.quoted), c.count) ??
        unnumberedItemsAfter(draft, p, span, c.quoted) ??
        (c.quoted ? undefined : ordinalsAfter(text, span));
      if (items) found.push({ span, countText: c.countText, count: c.count, ...items });
    }
    // A PDF's hard wrap may cut the phrase (讲三 ⏎ 点意见).
    const next = wraps.has(p.index) ? lineAfter(draft, p.index) : undefined;
    if (!next) continue;
    for (const c of candidatesAcrossWrap(p, next)) {
      const items = itemsAfter(text, c.span[1], c.count, after, c.quoted) ?? unnumberedItemsAfter(draft, next, c.span, c.quoted);
      if (items) found.push({ span: c.span, countText: c.countText, count: c.count, ...items });
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

// How much of each line a phrase cut by a hard wrap is looked for in.
const WRAP_WINDOW = 12;

/** The phrases that a hard wrap after `line` cuts in two, in the draft's offsets. */
function candidatesAcrossWrap(line: Paragraph, next: Paragraph): Candidate[] {
  const tail = line.text.trimEnd();
  const from = Math.max(0, tail.length - WRAP_WINDOW);
  const join = tail.length - from;
  const at = (offset: number): number => (offset < join ? line.start + from + offset : next.start + offset - join);
  return paragraphCandidates(tail.slice(from) + next.text.slice(0, WRAP_WINDOW))
    .filter((c) => c.span[0] < join && c.span[1] > join)
    .map((c) => ({ ...c, span: [at(c.span[0]), at(c.span[1] - 1) + 1] }));
}

/** A phrase of one paragraph that promises a count, in offsets of the paragraph. */
interface Candidate {
  readonly span: Span;
  readonly countText: string;
  readonly count: number;
  readonly quoted: boolean;
}

/** The phrases of one paragraph's text that promise two or more items, in its offsets. */
function paragraphCandidates(paragraph: string): Candidate[] {
  const quotes = quoteCounter(paragraph);
  const candidates: Candidate[] = [];
  for (const [re, quoted] of [[PLAIN, false], [QUOTED, true]] as const) {
    for (const m of allMatches(re, paragraph)) {
      const countStart = m.index + m[0].indexOf(m[1]);
      if (NOT_BEFORE.test(paragraph.slice(Math.max(0, countStart - 2), countStart)) && !m[0].startsWith('以下') && !m[0].startsWith('如下')) continue;
      if (!quoted && quotes.isInside(m.index)) continue;
      const count = /^[0-9０-９]/.test(m[1]) ? parseDigits(m[1]) : parseChineseNumeral(m[1]);
      if (!count || count < 2) continue;
      if (isTallied(paragraph, m.index + m[0].length, m[0][m[0].indexOf(m[1]) + m[1].length])) continue;
      if (!quoted && isBareTally(paragraph, m[0], m[1], m.index + m[0].length)) continue;
      if (!quoted && sumsUpList(paragraph, countStart, count) && !handsOver(paragraph, m.index + m[0].length)) continue;
      candidates.push({ span: [m.index, m.index + m[0].length], countText: m[1], count, quoted });
    }
  }
  return candidates;
}

/**
 * `召开座谈会3场。`: a count in figures with no noun after its measure, that hands over to
 * nothing, says how many of what came before: a tally, not an announcement (讲3点意见 has its noun).
 */
function isBareTally(paragraph: string, phrase: string, countText: string, end: number): boolean {
  if (!/^[0-9０-９]/.test(countText)) return false;
  const bare = phrase.replace(/^(?:以下|如下)/, '').length <= countText.length + 1;
  return bare && !/^[：:]/.test(paragraph.slice(end, end + 1));
}

/**
 * `新能源电池材料、高端装备制造两大主导产业`: a count right after the list it counts sums it
 * up; it announces nothing, unless its sentence hands over to what follows (报告如下).
 */
function sumsUpList(paragraph: string, countStart: number, count: number): boolean {
  let from = countStart;
  while (from > 0 && countStart - from < 60 && !'，,。；;：:！？!?\n'.includes(paragraph[from - 1])) from--;
  const parts = paragraph.slice(from, countStart).split('、');
  // The list's last item stands right before the count; 县委、县政府对干部群众提出两点希望 lists who speaks.
  return parts.length === count && parts[parts.length - 1].length <= LIST_ITEM_MAX;
}

// The longest last item of a list that a count sums up (高端装备制造两大主导产业).
const LIST_ITEM_MAX = 10;

/** Whether the rest of the sentence hands over to what follows (…五个方面，将…报告如下：). */
function handsOver(paragraph: string, end: number): boolean {
  const stop = paragraph.slice(end, end + 60).search(/[。！？!?]/);
  return /如下/.test(paragraph.slice(end, stop < 0 ? end + 60 : end + stop));
}

const COUNT_OF = new Map<string, RegExp>();

/**
 * `已完成整改11项，1项正在推进。`: a count broken down by another count of the same measure
 * later in its sentence is a tally of what was done, not the announcement of a list.
 */
function isTallied(paragraph: string, end: number, measure: string): boolean {
  let stop = end;
  while (stop < paragraph.length && !'。；;：:！？!?'.includes(paragraph[stop]) && stop - end < 40) stop++;
  let re = COUNT_OF.get(measure);
  if (!re) COUNT_OF.set(measure, (re = new RegExp(`(?:[0-9０-９]+|[一二两三四五六七八九十]+)${measure}`)));
  return re.test(paragraph.slice(end, stop));
}

/**
 * Items without numbers: a Markdown bullet list after the announcement, or, after a quoted
 * count, a list of phrases separated by `、` or `；`.
 */
function unnumberedItemsAfter(draft: DraftText, paragraph: Paragraph, span: Span, quoted: boolean): Items | undefined {
  const end = span[1];
  const bullets = bulletItemsAfter(draft, paragraph, end);
  if (bullets) return { items: bullets, itemsAre: 'list' };
  const dashed = dashItemsAfter(draft, paragraph, end);
  if (dashed) return { items: dashed, itemsAre: 'list' };
  if (!quoted) {
    const names = namesAfterColon(draft.text, paragraph, span);
    return names ? { items: names, itemsAre: 'list' } : undefined;
  }
  const phrases = phraseListAfter(paragraph, end) ?? clausesLedBy(paragraph, end, sloganWord(draft.text.slice(span[0], span[1])));
  return phrases ? { items: phrases, itemsAre: 'list' } : undefined;
}

/** The word a quoted count repeats (“三个带头” → 带头). */
function sloganWord(quoted: string): string {
  return quoted.replace(/^[“"][两二三四五六七八九十0-9０-９]+个?|[”"]$/g, '');
}

/**
 * The items right after a host's `共有五项议程`, unless the agenda items announced one by one
 * further down make the count and those right after do not (a slip in their numbering, 第三项
 * twice, cuts that run short: list-sequence reports the slip).
 */
function agendaOrFirst(agenda: Items | undefined, first: Items | undefined, count: number): Items | undefined {
  if (agenda && agenda.items.length === count && first?.items.length !== count) return agenda;
  return first ?? agenda;
}

const AGENDA_COUNT = /项(?:议程|议题)$/;
const AGENDA_ORDINAL = /^第[一二三四五六七八九十]{1,3}项(?:议程|议题)?$/;

/**
 * `本次大会共有六项议程。` in a host script, and the agenda items (进行第一项议程 …) the host
 * announces one by one further down, among the speeches: the first run of them after it.
 */
function agendaAfter(text: string, span: Span, runs: readonly EnumerationRun[]): Items | undefined {
  if (!AGENDA_COUNT.test(text.slice(span[0], span[1]))) return undefined;
  // The speeches between the items hold series of their own (首先…其次), which end a run: the
  // agenda items are gathered from every run, in order, up to the next agenda that starts at 1.
  const agenda = runs
    .flatMap((r) => r.items)
    .filter((i) => i.kind === 'ordinal' && i.marker[0] >= span[1] && AGENDA_ORDINAL.test(text.slice(i.marker[0], i.marker[1]).replace(/[，,、：:\s]+$/, '')))
    .sort((a, b) => a.marker[0] - b.marker[0]);
  if (agenda.length < 2 || agenda[0].value !== 1) return undefined;
  const restart = agenda.findIndex((i, k) => k > 0 && i.value === 1);
  const items = restart < 0 ? agenda : agenda.slice(0, restart);
  return { items: items.map((i) => i.marker), itemsAre: 'enumeration' };
}

/**
 * The headings an announcement of `count` items heads: its list, up to where the numbering starts
 * again; or, when that is short of the count and a list that the writer wrongly started again
 * from 1 (no colon introduces it: heading-sequence reports it) makes the count exact, both.
 */
function headingsAnnounced(draft: DraftText, outline: Outline, first: Heading, count: number): Heading[] {
  const list = siblingsFrom(outline, first);
  if (list.length >= count) return list;
  const through = siblingsFrom(outline, first, (restart) => !startsNewList(draft, outline, restart), count);
  return through.length === count ? through : list;
}

// 三个关键词 … 第一个关键词是… 第二个关键词是…: the measure and the noun said again with each item.
const COUNTED_NOUN = /^(?:以下|如下)?[^个项条件]+([个项条件])的?(\p{Script=Han}{2,6})$/u;
// How far after the count its items are looked for: a speech's few pages.
const ORDINALS_REACH = 6000;

/**
 * Items named by their place and the announced noun (第一个关键词, 第二个关键词) further down,
 * each once: the first run of them that starts from one.
 */
function ordinalsAfter(text: string, span: Span): Items | undefined {
  const m = COUNTED_NOUN.exec(text.slice(span[0], span[1]));
  // The first item spelled out, looked for as a plain string before any pattern runs.
  if (!m || !text.slice(span[1], span[1] + ORDINALS_REACH).includes(`第一${m[1]}${m[2]}`)) return undefined;
  const ordinal = new RegExp(`第([一二三四五六七八九十]{1,3})${m[1]}${m[2]}`, 'gu');
  const items: Span[] = [];
  let expected = 1;
  for (const o of allMatches(ordinal, text.slice(span[1], span[1] + ORDINALS_REACH))) {
    const value = parseChineseNumeral(o[1]);
    if (value === 1 && items.length > 0) break;
    if (value !== expected) continue;
    items.push([span[1] + o.index, span[1] + o.index + o[0].length]);
    expected++;
  }
  return items.length >= 2 ? { items, itemsAre: 'enumeration' } : undefined;
}

/** The structure an announcement's items are looked for in, in document order. */
interface Following {
  readonly draft: DraftText;
  readonly headings: readonly Heading[];
  readonly runs: readonly EnumerationRun[];
  readonly outline: Outline;
  /** Where the last heading and the last enumeration item start. */
  readonly lastHeading: number;
  readonly lastItem: number;
}

/** The run that starts right after `end` (the rest of the clause may come between), if any. */
function itemsAfter(text: string, end: number, count: number, after: Following, quoted: boolean): Items | undefined {
  const { draft, headings, runs, outline } = after;
  // Headings are in document order, and so are runs by their first item.
  const heading = headings[firstAtOrAfter(headings, (h) => h.marker[0], end)] as Heading | undefined;
  const run = runs[firstAtOrAfter(runs, (r) => r.items[0].marker[0], end)] as EnumerationRun | undefined;
  const runStart = run ? run.items[0].marker[0] : Infinity;
  const headingStart = heading ? heading.marker[0] : Infinity;
  const start = Math.min(runStart, headingStart);
  if (start === Infinity || !isRightAfter(text, end, start, quoted)) return undefined;
  // The promised items start from the first one.
  if (headingStart < runStart) {
    if (heading!.value !== 1) return undefined;
    return { items: headingsAnnounced(draft, outline, heading!, count).map((h) => h.marker), itemsAre: 'headings' };
  }
  if (run!.items[0].value !== 1) return undefined;
  // A single item with nothing after it to the end of the text: a copy cut off after its first item.
  const first = run!.items[0].marker[0];
  if (run!.items.length === 1 && !(after.lastItem > first) && !(after.lastHeading > first)) return undefined;
  return { items: run!.items.map((i) => i.marker), itemsAre: 'enumeration' };
}

// The clause that hands over to what follows: …报告如下：, 。现将有关情况总结如下。
const REPORTED_AS_FOLLOWS = /^[。，,]?[^。！？；;]{0,30}(?:报告|汇报|总结|述职|说明|通报|纪要)如下(?:[，,][^。！？；;]{0,8})?[：:。]?$/;
const AGENDA_LEAD = /[。！；;：:](?:下面|现在|接下来|首先|然后)?[，,]?(?:进行|开始)(?:会议|大会|本次会议|今天会议)?的?$/;

// More non-space characters than this between an announcement and its first item are too many.
const MAX_BETWEEN = 17;
// …or a clause that hands over to what follows (…报告如下，请予评议。), at most this long.
const MAX_HANDOVER = 48;

/** Between an announcement and its first item: the end of the clause, a line break, nothing more. */
function isRightAfter(text: string, from: number, to: number, quoted: boolean): boolean {
  let squeezed = '';
  for (let i = from; i < to; i++) {
    // Asterisks too: the bold of a heading pasted into a text file (**一、…**).
    if (isSpace(text[i]) || text[i] === '*') continue;
    squeezed += text[i];
    if (squeezed.length > MAX_HANDOVER) return false;
  }
  // 从德、能、勤、绩、廉五个方面，将一年来的工作报告如下：  取得了四个方面成效。现将有关情况总结如下。
  if (!quoted && REPORTED_AS_FOLLOWS.test(squeezed)) return true;
  // The rest of the sentence, up to a colon that hands over to the items (下设6个工作组，各工作组…开展工作：).
  if (!quoted && /^[，,][^。！？；;!?：:]{0,46}[：:]$/.test(squeezed)) return true;
  if (squeezed.length > MAX_BETWEEN) return false;
  // A quoted slogan announces only what follows at once, or after a short clause or noun that
  // ends in a colon (聚焦“三个重点”，分类推进： / 开展“三查”行动：); otherwise it is a name
  // (“三个一批”活动).
  if (quoted) return /^[：:，,。]?$/.test(squeezed) || /^[，,][^。！？；;!?“”]{0,12}[：:]$/.test(squeezed) || /^\p{Script=Han}{1,4}[：:]$/u.test(squeezed);
  // A host's words that open an agenda item (。下面进行第一项议程) stand between the count and the item.
  const lead = AGENDA_LEAD.exec(squeezed);
  if (lead) squeezed = squeezed.slice(0, lead.index);
  return /^[^。！？；;!?]{0,16}[：:。，,！;；]?$/.test(squeezed);
}

/** Whether a position of a paragraph lies inside “quotes”; asked at positions in increasing order. */
function quoteCounter(paragraph: string): { isInside(at: number): boolean } {
  // More quotes opened than closed: one was never closed (a slip), and where it should have
  // been cannot be known; each is taken to end with its sentence, not to hold the paragraph.
  let unbalanced: boolean | undefined;
  let cursor = 0;
  let opened = 0;
  let closed = 0;
  return {
    isInside(at) {
      if (at < cursor) {
        cursor = 0;
        opened = 0;
        closed = 0;
      }
      for (; cursor < at; cursor++) {
        const ch = paragraph[cursor];
        if (ch === '“') opened++;
        else if (ch === '”') closed++;
        // A sentence end and a space end a paragraph in a page that lost its line breaks: a
        // quote left open there (a slip) does not hold the rest of the page.
        else if ((ch === '。' || ch === '！' || ch === '？') && ((unbalanced ??= count(paragraph, '“') > count(paragraph, '”')) || isSpace(paragraph[cursor + 1] ?? ''))) opened = closed = 0;
      }
      return opened > closed;
    },
  };
}

function count(text: string, ch: string): number {
  let n = 0;
  for (let at = text.indexOf(ch); at >= 0; at = text.indexOf(ch, at + 1)) n++;
  return n;
}
