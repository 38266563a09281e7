import type { Span } from '../types';
import { codeTable } from './chars';
import { isClauseStart, MARKER_FIRST_CHARS, matchNumberMarker, SINGLE_NUMBER_RANGE } from './markers';
import { parseChineseNumeral } from './numerals';
import type { DraftText, EnumerationItem, EnumerationKind, EnumerationRun, Heading, MarkerForm, Paragraph } from './model';
import { lineAfter, openLineEnds } from './wraps';


const ORDINAL_FAMILY: ReadonlySet<EnumerationKind> = new Set(['ordinal', 'qi', 'sequence']);
const CN = '[一二三四五六七八九十]{1,3}';
// The nouns a plain-register ordinal counts: 第二点, 第三件事, 第一句话, 第四项.
const ORDINAL_NOUN = '(?:点|项议程|项|件事|件|句话|个方面|方面|个问题|条|步|招)';
const WORD_PATTERNS: readonly [EnumerationKind, RegExp][] = [
  // 一是…二是; not the idiom 一是一、二是二.
  ['shi', new RegExp(`(${CN})是(?!\\1)`, 'y')],
  ['yao', new RegExp(`(${CN})要`, 'y')],
  ['aspect', /(另)?一方面/y],
  // 第一，…; in the plain register with its noun: 第一点是, 第一件事，, 第一句话：, 第一项，.
  ['ordinal', new RegExp(`第(${CN})(?:${ORDINAL_NOUN}(?:[，,、：:]|就?是)|[，,、：:])`, 'y')],
  ['qi', /其([一二三四五六七八九十])(?![中他余实])/y],
  // 最后，祝… / 最后，感谢… opens a speech's closing wishes, not the last item of a series.
  ['sequence', /首先|其次|再次(?=[，,：:要是就])|最后(?=[，,：:要是就还再也])(?![，,]\s*(?:祝|预祝|衷心祝愿|再次感谢|感谢|谢谢))/y],
];
// A host script's agenda item: 下面进行第二项议程, 现在进行大会第三项议程, 进行典礼第四项议程, 进行第四项议题.
const AGENDA_ITEM = new RegExp(`((?:(?:下面|现在|接下来|首先|然后)[，,]?[ \\t　]*)?(?:进行|开始)(?:会议|大会|本次会议|今天会议|[\\p{Script=Han}]{1,6}?)?的?)第(${CN})项(?:议程|议题|(?=[，,。：:]))`, 'uy');
// What an item can start with: the first characters of the word patterns above, or of a number marker.
const ITEM_FIRST = codeTable(`一二三四五六七八九十另第其首再最下现接然进开${MARKER_FIRST_CHARS}`, [SINGLE_NUMBER_RANGE]);
const SEQUENCE_VALUE: Readonly<Record<string, number>> = { 首先: 1, 其次: 2, 再次: 3 };
const INLINE_FORMS: ReadonlySet<MarkerForm> = new Set(['circled', 'arabic-paren', 'chinese-paren', 'arabic', 'chinese']);

/** Matches an enumeration marker at a clause start. */
export function matchItem(text: string, at: number, paragraphIndex: number): EnumerationItem | undefined {
  AGENDA_ITEM.lastIndex = at;
  const agenda = AGENDA_ITEM.exec(text);
  if (agenda) {
    // The item is the ordinal itself (第三项议程); the words before it only place it at a clause start.
    const value = parseChineseNumeral(agenda[2]);
    if (!value) return undefined;
    const ordinal = at + agenda[1].length;
    return { kind: 'ordinal', value, final: false, marker: [ordinal, at + agenda[0].length], numeral: [ordinal + 1, ordinal + 1 + agenda[2].length], paragraphIndex };
  }
  for (const [kind, re] of WORD_PATTERNS) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) continue;
    const end = at + m[0].length;
    if (kind === 'sequence') {
      const final = m[0] === '最后';
      return { kind, value: final ? 0 : SEQUENCE_VALUE[m[0]], final, marker: [at, end], numeral: [at, at], paragraphIndex };
    }
    if (kind === 'aspect') return { kind, value: m[1] ? 2 : 1, final: false, marker: [at, end], numeral: [at, at], paragraphIndex };
    const value = parseChineseNumeral(m[1]);
    if (!value) return undefined;
    const numStart = at + m[0].indexOf(m[1]);
    return { kind, value, final: false, marker: [at, end], numeral: [numStart, numStart + m[1].length], paragraphIndex };
  }
  const marker = matchNumberMarker(text, at);
  if (marker && INLINE_FORMS.has(marker.form)) {
    return { kind: marker.form, value: marker.value, final: false, marker: marker.span, numeral: marker.numeral, paragraphIndex };
  }
  return undefined;
}

interface OpenRun {
  readonly index: number;
  readonly kind: EnumerationKind;
  readonly items: EnumerationItem[];
  next: number;
}

/**
 * What happens along one paragraph, in its offsets: a heading (which closes every run) or an
 * item. `complete` is false when an item's marker swallowed the start of a heading.
 */
interface ParagraphScan {
  readonly events: readonly (EnumerationItem | 'heading')[];
  readonly complete: boolean;
}

/** Finds the enumeration items of a draft and groups them into runs. */
export function findEnumerations(draft: DraftText, headings: readonly Heading[]): EnumerationRun[] {
  const runs: OpenRun[] = [];
  let stack: OpenRun[] = [];
  let h = 0;
  // Once an item's marker swallowed the start of a heading, later headings no longer close runs.
  let lost = false;
  // A PDF's hard wrap may cut a marker in two (四 ⏎ 是): the item is read across it.
  const wraps = openLineEnds(draft);
  let splitEnd = -1;
  // Whether the paragraphs since the last that ended with a colon are all numbered list lines.
  let inListAfterColon = false;
  for (const p of draft.paragraphs) {
    // The paragraph's headings, in its offsets: part of what its scan depends on.
    const marks: Span[] = [];
    const first = h < headings.length && headings[h].paragraphIndex === p.index ? headings[h] : undefined;
    for (; h < headings.length && headings[h].paragraphIndex === p.index; h++) if (!lost) marks.push([headings[h].marker[0] - p.start, headings[h].marker[1] - p.start]);
    const scan = draft.memo(p, 'enumeration-items', () => scanParagraph(p.text, marks), marks.join(';'));
    if (!scan.complete) lost = true;
    // `获得一等奖的共有3个项目，分别是：` then `1. …项目；` lines: the list belongs to the
    // paragraph that announced it, and the 首先/其次 around it go on (再次 after the list is third).
    inListAfterColon = inListAfterColon && isListLine(first, p);
    for (const event of scan.events) {
      if (event === 'heading') {
        if (!inListAfterColon) stack = [];
        continue;
      }
      const item: EnumerationItem = { ...event, marker: shift(event.marker, p.start), numeral: shift(event.numeral, p.start), paragraphIndex: p.index };
      if (item.marker[0] < splitEnd) continue;
      stack = place(item, stack, runs, draft.text);
    }
    const next = wraps.has(p.index) ? lineAfter(draft, p.index) : undefined;
    const split = next ? itemAcrossWrap(p, next) : undefined;
    if (split) {
      stack = place(split, stack, runs, draft.text);
      splitEnd = split.marker[1];
    }
    if (/[：:]$/.test(p.text.trimEnd())) inListAfterColon = true;
  }
  return runs.map(({ index, kind, items }) => ({ index, kind, items }));
}

// A list line names one thing (a project, a winner); a longer paragraph is a section with its own body.
const LIST_LINE_MAX = 80;

/** A short paragraph that a numbered heading at the lowest levels (`1.`, `（1）`, `①`) starts: a line of a list. */
function isListLine(heading: Heading | undefined, paragraph: Paragraph): boolean {
  return heading !== undefined && heading.kind === 'numbered' && heading.level >= 3 && !heading.midLine && paragraph.text.trim().length <= LIST_LINE_MAX;
}

const shift = (span: Span, offset: number): Span => [span[0] + offset, span[1] + offset];

// The longest piece of a marker left at the end of a wrapped line (另一方, 第十二).
const SPLIT_TAIL = 4;

/** An item whose marker starts at a clause start near the end of `line` and ends on `next`, in the draft's offsets. */
function itemAcrossWrap(line: Paragraph, next: Paragraph): EnumerationItem | undefined {
  const tail = line.text.trimEnd();
  for (let t = Math.max(0, tail.length - SPLIT_TAIL); t < tail.length; t++) {
    if (ITEM_FIRST[tail.charCodeAt(t)] !== 1 || !isClauseStart(tail, t, 0)) continue;
    const join = tail.length - t;
    const item = matchItem(tail.slice(t) + next.text.slice(0, 8), 0, line.index);
    if (!item || item.marker[1] <= join) continue;
    const at = (offset: number): number => (offset < join ? line.start + t + offset : next.start + offset - join);
    const numeral: Span = item.numeral[0] === item.numeral[1] ? [at(0), at(0)] : [at(item.numeral[0]), at(item.numeral[1] - 1) + 1];
    return { ...item, marker: [at(0), at(item.marker[1] - 1) + 1], numeral };
  }
  return undefined;
}

/** The headings and items of one paragraph's text, given its headings' markers, in its offsets. */
function scanParagraph(text: string, headings: readonly Span[]): ParagraphScan {
  const events: (EnumerationItem | 'heading')[] = [];
  let blockStart = 0;
  let h = 0;
  for (let i = 0; i < text.length; i++) {
    if (h < headings.length && headings[h][0] === i) {
      // A heading closes every run; its marker is no item.
      events.push('heading');
      blockStart = i;
      i = headings[h][1] - 1;
      h++;
      continue;
    }
    if (ITEM_FIRST[text.charCodeAt(i)] !== 1) continue;
    if (!isClauseStart(text, i, blockStart) && !afterCut(text, i)) continue;
    const item = matchItem(text, i, 0);
    if (!item) continue;
    events.push(item);
    i = item.marker[1] - 1;
  }
  return { events, complete: h === headings.length };
}

/** `……(某某网省略1411字)……二是`: a site's cut, marked by an ellipsis, ends the clause before the item. */
function afterCut(text: string, at: number): boolean {
  return at >= 2 && text[at - 1] === '…' && text[at - 2] === '…';
}

/** Adds `item` to the run it continues, or starts a run; returns the runs still open. */
function place(item: EnumerationItem, stack: OpenRun[], runs: OpenRun[], text: string): OpenRun[] {
  const open = (): OpenRun[] => {
    const run: OpenRun = { index: runs.length, kind: item.kind, items: [item], next: item.value + 1 };
    runs.push(run);
    return [...stack, run];
  };
  const join = (at: number): OpenRun[] => {
    const run = stack[at];
    run.items.push(item);
    run.next = item.value + 1;
    return stack.slice(0, at + 1);
  };
  if (item.final) {
    // 最后 closes a 首先/其次 series; after 第一/第二 or 一是 it usually opens the closing words.
    const at = findLast(stack, (r) => r.kind === 'sequence');
    // Below a series just begun (第一点，… 最后还有一次考试), 最后 is the word, not the close of a 首先 far back.
    if (at < 0 || stack.slice(at + 1).some((r) => r.items.length < 2)) return stack;
    const run = stack[at];
    run.items.push({ ...item, value: run.next });
    return stack.slice(0, at);
  }
  const same = findLast(stack, (r) => r.kind === item.kind);
  // 首先…其次… then 第三: a series of another kind opened since, which this number would go on, takes it.
  const mixed = ORDINAL_FAMILY.has(item.kind) && item.value >= 2 ? findLast(stack, (r) => goesOn(r, item)) : -1;
  if (mixed > same) return join(mixed);
  if (same >= 0) {
    const run = stack[same];
    if (item.value !== 1 || isRestartInList(run, item, text)) return join(same);
    stack = stack.slice(0, same);
    return open();
  }
  if (ORDINAL_FAMILY.has(item.kind) && item.value >= 2) {
    const at = findLast(stack, (r) => goesOn(r, item));
    if (at >= 0) return join(at);
  }
  // A new series of another kind (第一点) leaves behind a 首先 of an earlier paragraph that
  // never went on (首先，我代表…表示欢迎): it was no series, and its 最后 or next 首先 would
  // close the new series with it.
  if (item.value === 1) stack = stack.filter((r) => r.kind !== 'sequence' || r.items.length > 1 || r.items[0].paragraphIndex === item.paragraphIndex);
  return open();
}

/**
 * Whether an ordinal of another kind goes on a run: 首先、其次 then 第三; or, in the same
 * paragraph, 一是…；二是…；第三，… (a 第三 with no 第一 before it).
 */
function goesOn(run: OpenRun, item: EnumerationItem): boolean {
  if (run.next !== item.value) return false;
  if (ORDINAL_FAMILY.has(run.kind)) return true;
  return run.kind === 'shi' && item.kind === 'ordinal' && run.items[run.items.length - 1].paragraphIndex === item.paragraphIndex;
}

/** `一是…；二是…；一是…`: a 1 after a semicolon in the same paragraph is a slip, not a new list. */
function isRestartInList(run: OpenRun, item: EnumerationItem, text: string): boolean {
  const last = run.items[run.items.length - 1];
  if (last.paragraphIndex !== item.paragraphIndex || run.items.length < 2) return false;
  let j = item.marker[0] - 1;
  while (j > 0 && /[\s　]/.test(text[j])) j--;
  return text[j] === '；' || text[j] === ';';
}

function findLast<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return i;
  return -1;
}
