import type { Span } from '../types';
import { codeTable, isHan, isSpace } from './chars';
import { tableOfContents } from './contents';
import { looseHeadingStarts } from './flattened';
import { pastedBold } from './pasted-bold';
import { hardWraps, pageBreakLines } from './wraps';
import { FORM_LEVEL, isClauseStart, isMidLineHeadingStart, MARKER_FIRST, MARKER_FIRST_CHARS, matchNumberMarker, SINGLE_NUMBER_RANGE } from './markers';
import { parseChineseNumeral, parseDigits } from './numerals';
import type { DraftText, Heading, HeadingKind, MarkerForm, NumberMarker, PageFurniture, Paragraph } from './model';


const KIND_RANK: Readonly<Record<Exclude<HeadingKind, 'numbered'>, number>> = { attachment: 0, part: 1, chapter: 2, section: 3, article: 4 };
/** Rank of a numbered heading of `level`. */
const numberedRank = (level: number): number => 4 + level;

const UNIT = /第([一二三四五六七八九十百零〇两]+)(分编|编|部分|章|节|条)/y;
const UNIT_KIND: Readonly<Record<string, Exclude<HeadingKind, 'numbered' | 'attachment'>>> = {
  编: 'part', 分编: 'part', 部分: 'part', 章: 'chapter', 节: 'section', 条: 'article',
};
// `01　2025年工作回顾`: a part of a 汇报 deck, two digits and a space before its title.
const DECK_PART = /^0([1-9])[ \t　]+(?=[\p{Script=Han}0-9])/u;
const ATTACHMENT = /^附件[ \t　]*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?[ \t　]*[:：]?[ \t　]*$/;
// `附件2 名词解释` mid-line in a page that lost its line breaks: a number and a space, then the title.
const MID_LINE_ATTACHMENT = /附件[ \t　]*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[ \t　]+(?=[\p{Script=Han}0-9０-９“《])/uy;
// The title of a unit heading (`第一章 总则`) before the next unit on the same line: short, no punctuation.
const UNIT_TITLE = /^[ \t　]*[\p{Script=Han}]{1,16}[ \t　]+$/u;
const UNIT_TITLE_AHEAD = /[ \t　]*[\p{Script=Han}]{1,16}[ \t　]+/uy;
// `（三）项的规定`, `（二）款所列`: the item or paragraph of an article a sentence refers to, not a heading.
const CROSS_REFERENCE = /^[项款目](?:[的之所中、和或及至与]|规定)/;
const TITLE_END = /[。！？；!?;\s　]/;
// What a number marker, or a unit (第一章), can start with: tested before the matchers run.
const HEADING_FIRST = codeTable(`${MARKER_FIRST_CHARS}第附`, [SINGLE_NUMBER_RANGE]);

interface Candidate {
  readonly kind: HeadingKind;
  readonly value: number;
  readonly number?: NumberMarker;
  readonly marker: Span;
  readonly numeral: Span;
  readonly paragraphIndex: number;
  readonly midLine: boolean;
  /** End of the block (virtual paragraph) the heading starts. */
  readonly blockEnd: number;
  /** Where the title starts when not right after the marker (after a page break). */
  readonly titleFrom?: number;
}

/** A heading candidate of one paragraph, in offsets of the paragraph, before its neighbours are looked at. */
interface LocalCandidate extends Omit<Candidate, 'paragraphIndex'> {
  /** A number at the paragraph's start: its neighbours may show that it is no heading. */
  readonly leading: boolean;
  /** A number after a sentence end that heads the rest of the paragraph (a lost line break), or, in a PDF copy, the wrap's. */
  readonly runOn?: boolean;
}

/**
 * Finds the headings of a draft in document order. Page furniture is no heading and is looked
 * through: the paragraph before a page break is the one before the text that follows it.
 */
export function findHeadings(draft: DraftText, furniture: readonly PageFurniture[]): Heading[] {
  const text = draft.text;
  const candidates: Candidate[] = [];
  const wholeLines = pageBreakLines(draft);
  const pageNumbers = new Set(furniture.filter((f) => f.kind === 'preview-page-number').map((f) => f.span[0]));
  const before = (index: number): Paragraph | undefined => {
    let k = index - 1;
    while (wholeLines.has(k)) k--;
    return draft.paragraphs[k];
  };
  // The last paragraph whose leading number continues an inline list (`附件：1.…` / `2.…` / `3.…`).
  let continued: { paragraphIndex: number; form: MarkerForm; value: number } | undefined;
  const wraps = hardWraps(draft);
  // The last paragraph that starts with a heading.
  let headingLine = -1;
  const contents = tableOfContents(draft);
  let pageFoot: ReadonlySet<number> | undefined;
  for (const p of draft.paragraphs) {
    if (wholeLines.has(p.index) || contents.has(p.index)) continue;
    const locals = draft.memo(p, 'heading-candidates', () => paragraphCandidates(p.text));
    if (locals.length === 0) {
      const split = splitByPageBreak(draft, p, wholeLines);
      if (split) {
        candidates.push(split);
        headingLine = p.index;
      }
    }
    for (const local of locals) {
      // In a PDF copy a line that ends `。（二）加强组织领` goes on in the next: the number is no heading.
      if (local.runOn && wraps.has(p.index)) continue;
      const c = shiftCandidate(local, p.start, p.index);
      if (local.leading) {
        const marker = c.number!;
        if (pageNumbers.has(marker.span[0])) continue;
        if (marker.form === 'circled' && (pageFoot ??= pageFootLines(draft, wholeLines)).has(p.index) && isFootnote(text, marker.span[0])) continue;
        const previous = before(p.index);
        // A number at the start of a line that a PDF's hard wrap began goes on with the sentence
        // above (第九条第 / （三）项); after a long heading that fills its line, it is the next heading.
        if (previous && wraps.has(previous.index) && headingLine !== previous.index && !isTitleLine(p.text, marker.span[1] - p.start)) continue;
        if (previous) {
          const chained = continued && continued.paragraphIndex === previous.index && continued.form === marker.form && continued.value === marker.value - 1;
          if (chained || continuesPrevious(draft, previous, marker)) {
            continued = { paragraphIndex: p.index, form: marker.form, value: marker.value };
            continue;
          }
        }
      }
      candidates.push(c);
      if (!c.midLine) headingLine = p.index;
    }
  }
  return assignLevels(text, candidates);
}

/**
 * A number alone at the foot of a page whose words begin the next page (`三、` / `— 3 —` /
 * `加强组织领导`): one heading, its title after the page break.
 */
function splitByPageBreak(draft: DraftText, p: Paragraph, furniture: ReadonlySet<number>): Candidate | undefined {
  if (!furniture.has(p.index + 1)) return undefined;
  const at = firstNonSpace(p.text);
  const marker = matchNumberMarker(p.text, at);
  if (!marker || marker.form === 'circled' || p.text.slice(marker.span[1]).trim() !== '') return undefined;
  let k = p.index + 1;
  while (furniture.has(k)) k++;
  const next = draft.paragraphs[k] as Paragraph | undefined;
  if (!next || isSpace(next.text[0]) || matchNumberMarker(next.text, 0)) return undefined;
  const shift = (span: Span): Span => [span[0] + p.start, span[1] + p.start];
  const number = { ...marker, span: shift(marker.span), numeral: shift(marker.numeral) };
  return { kind: 'numbered', value: marker.value, number, marker: number.span, numeral: number.numeral, paragraphIndex: p.index, midLine: false, blockEnd: next.end, titleFrom: next.start };
}

/** The heading candidates of one paragraph's text, in its offsets; what only the paragraph decides. */
function paragraphCandidates(text: string): LocalCandidate[] {
  const candidates: LocalCandidate[] = [];
  let end = text.length;
  const attachment = ATTACHMENT.exec(text.trim());
  if (attachment) {
    const at = text.indexOf('附件');
    const value = attachment[1] ? (parseChineseNumeral(attachment[1]) ?? parseDigits(attachment[1])) : 1;
    const markerEnd = text.trimEnd().length;
    return [{ kind: 'attachment', value, marker: [at, markerEnd], numeral: [at + 2, markerEnd], midLine: false, blockEnd: end, leading: false }];
  }
  // Block starts: the paragraph's first character and mid-line heading positions.
  let first = 0;
  while (first < end && isSpace(text[first])) first++;
  // A heading in bold, as an AI answer or a Markdown page pasted into a text file brings it
  // (**一、坚持党建引领**): the heading is read inside the asterisks.
  const bold = pastedBold(text);
  if (bold?.wholeLine) {
    first = bold.open + 2;
    end = bold.close;
  }
  // A slide deck's parts (01　工作回顾, 02　存在问题), above the numbers of each slide.
  const deck = DECK_PART.exec(text.slice(first, first + 8));
  if (deck) {
    const numeral: Span = [first, first + 2];
    return [{ kind: 'part', value: Number(deck[1]), marker: numeral, numeral, midLine: false, blockEnd: end, leading: false }];
  }
  const starts = [first];
  // Numbers that head the rest of the paragraph after a lost line break (。二、…).
  const runOn = new Set<number>();
  for (let i = first + 1; i < end; i++) {
    if (HEADING_FIRST[text.charCodeAt(i)] !== 1) continue;
    const unit = matchUnit(text, i, end);
    const previous = starts[starts.length - 1];
    let start: boolean;
    if (isMidLineHeadingStart(text, i, 0)) start = Boolean(unit || midLineNumber(text, i) || midLineAttachment(text, i));
    else if (unit) start = followsUnitTitle(text, previous, i) || titlesUnit(text, i, end);
    else if (!midLineNumber(text, i)) start = false;
    else if (followsHeadingTitle(text, previous, i)) start = true;
    else if (endsParagraphAsHeading(text, i)) {
      runOn.add(i);
      start = true;
    } else start = false;
    if (start) starts.push(i);
  }
  const loose = looseHeadingStarts(text, starts);
  if (loose.length) starts.push(...loose), starts.sort((a, b) => a - b);
  starts.forEach((at, k) => {
    const blockEnd = k + 1 < starts.length ? starts[k + 1] : end;
    const attachment = k > 0 ? midLineAttachment(text, at) : undefined;
    if (attachment) {
      candidates.push({ ...attachment, midLine: true, blockEnd, leading: false });
      return;
    }
    const unit = matchUnit(text, at, blockEnd);
    if (unit) {
      candidates.push({ ...unit, midLine: k > 0, blockEnd, leading: false });
      return;
    }
    const marker = matchNumberMarker(text, at);
    // A number with no words after it in its block heads nothing.
    if (!marker || text.slice(marker.span[1], blockEnd).trim() === '') return;
    if (hasInlineSuccessor(text, marker, at, blockEnd)) return;
    if (marker.open && CROSS_REFERENCE.test(text.slice(marker.span[1], marker.span[1] + 4))) return;
    candidates.push({ kind: 'numbered', value: marker.value, number: marker, marker: marker.span, numeral: marker.numeral, midLine: k > 0, blockEnd, leading: k === 0, ...(runOn.has(at) ? { runOn: true } : {}) });
  });
  return candidates;
}

// A heading's short title alone on its line, no punctuation in it.
const TITLE_LINE = /^[ \t　]*[\p{Script=Han}A-Za-z0-9“”《》（）]{2,16}[ \t　]*$/u;

/**
 * `一、基本情况` alone on a short line: a heading even after a line that a PDF's wrap left open
 * (two columns merged into one line end mid-sentence); a number that goes on with the sentence
 * above is followed by more of it.
 */
function isTitleLine(text: string, titleFrom: number): boolean {
  return TITLE_LINE.test(text.slice(titleFrom));
}

// How far back the reference to a footnote is looked for: a page or two.
const FOOTNOTE_REACH = 4000;
// What a footnote reference follows in the text (达到12个①，积极性②。): a word or a figure.
const BEFORE_REFERENCE = /[\p{Script=Han}A-Za-z0-9%％）)”]/u;

/**
 * The paragraphs that stand at the foot of a page: only lines that start with a circled number
 * (more footnotes) come between them and a page break of a PDF copy, or the end of the draft.
 * One pass from the end.
 */
function pageFootLines(draft: DraftText, pageBreaks: ReadonlySet<number>): ReadonlySet<number> {
  const foot = new Set<number>();
  // Whether everything from paragraph k on, up to a page break or the end, is footnotes or blank.
  let footnotesToBreak = true;
  for (let k = draft.paragraphs.length - 1; k >= 0; k--) {
    if (footnotesToBreak) foot.add(k);
    const text = draft.paragraphs[k].text;
    footnotesToBreak = pageBreaks.has(k) || ((text.trim() === '' || CIRCLED_START.test(text)) && footnotesToBreak);
  }
  return foot;
}

const CIRCLED_START = /^[ \t　]*[①-⑳]/;

/**
 * `① 数据来源：…` at a page's foot: a footnote, whose number stands after a word above it
 * (村均收入达到2倍①). An item of a list, `：①加强…`, follows a colon, not a word.
 */
function isFootnote(text: string, at: number): boolean {
  const mark = text[at];
  for (let i = text.lastIndexOf(mark, at - 1); i > 0 && at - i <= FOOTNOTE_REACH; i = text.lastIndexOf(mark, i - 1)) {
    if (BEFORE_REFERENCE.test(text[i - 1])) return true;
  }
  return false;
}

function shiftCandidate(c: LocalCandidate, offset: number, paragraphIndex: number): Candidate {
  const shift = (span: Span): Span => [span[0] + offset, span[1] + offset];
  return {
    kind: c.kind,
    value: c.value,
    ...(c.number ? { number: { ...c.number, span: shift(c.number.span), numeral: shift(c.number.numeral) } } : {}),
    marker: shift(c.marker),
    numeral: shift(c.numeral),
    paragraphIndex,
    midLine: c.midLine,
    blockEnd: c.blockEnd + offset,
  };
}

/** `附件2 名词解释` at `at`, in a line that holds a whole page (the attachment starts a new part). */
function midLineAttachment(text: string, at: number): Omit<LocalCandidate, 'midLine' | 'blockEnd' | 'leading'> | undefined {
  MID_LINE_ATTACHMENT.lastIndex = at;
  const m = MID_LINE_ATTACHMENT.exec(text);
  if (!m) return undefined;
  const value = parseChineseNumeral(m[1]) ?? parseDigits(m[1]);
  if (!value) return undefined;
  const numeralEnd = at + m[0].trimEnd().length;
  return { kind: 'attachment', value, marker: [at, numeralEnd], numeral: [numeralEnd - m[1].length, numeralEnd] };
}

/**
 * `第一章 总则 第一条 为了……`: a unit right after the short title of the unit before it, with
 * only a space between, as a regulation reads when its line breaks are lost.
 */
function followsUnitTitle(text: string, previous: number, at: number): boolean {
  // Bounded before anything is sliced: a long line asks this at every candidate character.
  if (at - previous > MAX_TITLE || !isSpace(text[at - 1])) return false;
  const unit = matchUnit(text, previous, at);
  return unit !== undefined && unit.kind !== 'article' && UNIT_TITLE.test(text.slice(unit.marker[1], at));
}

// The longest title of a numbered heading that a number on the same line may follow.
const MAX_TITLE = 40;
const TITLE_STOP = /[。！？；;!?：:]/;
const SENTENCE_END_BEFORE = /[。！？][”’]?$/;

/**
 * `二、压紧压实责任 （一）党委主体责任要扛起来。`: in a page that lost its line breaks, a number
 * after a space that ends the short title of the heading before it.
 */
function followsHeadingTitle(text: string, previous: number, at: number): boolean {
  if (at - previous > MAX_TITLE + 8 || !isSpace(text[at - 1])) return false;
  const marker = matchNumberMarker(text, previous);
  if (!marker || marker.form === 'circled') return false;
  const title = text.slice(marker.span[1], at);
  return title.trim().length > 0 && title.length <= MAX_TITLE && !TITLE_STOP.test(title);
}

/**
 * `……必须引起高度重视。二、聚焦市场主体关切，打好改革攻坚战`: a heading whose line break was
 * lost runs on from the sentence before it to the end of the paragraph, with no sentence end.
 */
function endsParagraphAsHeading(text: string, at: number): boolean {
  if (text.length - at > MAX_TITLE + 16 || !SENTENCE_END_BEFORE.test(text.slice(Math.max(0, at - 2), at))) return false;
  const marker = matchNumberMarker(text, at);
  if (!marker || marker.form === 'circled') return false;
  const title = text.slice(marker.span[1]).trimEnd();
  return title.length > 0 && title.length <= MAX_TITLE && !TITLE_STOP.test(title);
}

/** `办法 第一章 总则 第一条 为了……`: after a space, a unit whose short title is followed by the next unit. */
function titlesUnit(text: string, at: number, end: number): boolean {
  const unit = matchUnit(text, at, end);
  if (!unit || unit.kind === 'article' || !isSpace(text[at - 1])) return false;
  UNIT_TITLE_AHEAD.lastIndex = unit.marker[1];
  return UNIT_TITLE_AHEAD.test(text) && matchUnit(text, UNIT_TITLE_AHEAD.lastIndex, end) !== undefined;
}

function midLineNumber(text: string, at: number): boolean {
  const marker = matchNumberMarker(text, at);
  return marker !== undefined && marker.form !== 'circled';
}

function matchUnit(text: string, at: number, end: number): Omit<Candidate, 'paragraphIndex' | 'midLine' | 'blockEnd'> | undefined {
  UNIT.lastIndex = at;
  const m = UNIT.exec(text);
  if (!m) return undefined;
  const value = parseChineseNumeral(m[1]);
  const markerEnd = at + m[0].length;
  const next = markerEnd < end ? text[markerEnd] : undefined;
  const kind = UNIT_KIND[m[2]];
  // `第一条 为了…` and `第一章 总则` are followed by a space (or end the line); `第一部分：` may take a colon.
  const fits = next === undefined || isSpace(next) || (kind !== 'article' && /[：:、]/.test(next));
  if (!value || !fits) return undefined;
  return { kind, value, marker: [at, markerEnd], numeral: [at + 1, at + 1 + m[1].length] };
}

/**
 * A number at a paragraph start that is no heading: `2.` after `附件：1.…` continues that
 * inline list, and a number after a long paragraph cut off mid-sentence is a page number
 * left by a web page (`…宣读大会秘` / `2、书名单`).
 */
function continuesPrevious(draft: DraftText, previous: Paragraph, marker: NumberMarker): boolean {
  if (isCutOff(previous)) return true;
  if (marker.value < 2) return false;
  const last = draft.memo(previous, 'last-clause-markers', () => lastClauseMarkers(previous.text))[marker.form];
  return last !== undefined && last.value === marker.value - 1 && last.start > firstNonSpace(previous.text);
}

/** Of each form, the last number marker at a clause start of a paragraph's text: its value and offset. */
function lastClauseMarkers(text: string): Partial<Record<MarkerForm, { readonly value: number; readonly start: number }>> {
  const last: Partial<Record<MarkerForm, { value: number; start: number }>> = {};
  for (let i = 0; i < text.length; i++) {
    if (MARKER_FIRST[text.charCodeAt(i)] !== 1 || !isClauseStart(text, i, 0)) continue;
    const m = matchNumberMarker(text, i);
    if (m) last[m.form] = { value: m.value, start: m.span[0] };
  }
  return last;
}

const firstNonSpace = (s: string): number => s.length - s.trimStart().length;

/**
 * A long paragraph cut off mid-word is a preview page; its number (`1、` … `2、`) numbers the
 * page. A table row copied out of Word ends with its last cell (…\t2025年5月31日前), whole.
 */
const isCutOff = (paragraph: Paragraph): boolean => {
  const body = paragraph.text.trimEnd();
  return body.length > 100 && isHan(body[body.length - 1]) && !body.includes('\t');
};


/** `（1）…；（2）…` in one paragraph is an inline enumeration, not a heading followed by text. */
function hasInlineSuccessor(text: string, marker: NumberMarker, blockStart: number, blockEnd: number): boolean {
  for (let i = marker.span[1]; i < blockEnd; i++) {
    if (MARKER_FIRST[text.charCodeAt(i)] !== 1 || !isClauseStart(text, i, blockStart)) continue;
    const next = matchNumberMarker(text, i);
    if (next && next.form === marker.form && next.value === marker.value + 1) return true;
  }
  return false;
}

function assignLevels(text: string, candidates: readonly Candidate[]): Heading[] {
  const headings: Heading[] = [];
  let lastNonCircledLevel = 0;
  for (const [k, candidate] of candidates.entries()) {
    const c = withSlipOfDot(candidate, candidates[k + 1]);
    let level = 0;
    let rank: number;
    if (c.kind === 'numbered') {
      const form = c.number!.form;
      level = FORM_LEVEL[form];
      if (form === 'circled' && lastNonCircledLevel === 4) level = 5;
      if (form !== 'circled') lastNonCircledLevel = level;
      rank = numberedRank(level);
    } else {
      rank = KIND_RANK[c.kind];
      lastNonCircledLevel = 0;
    }
    headings.push({
      index: headings.length,
      kind: c.kind,
      level,
      rank,
      value: c.value,
      ...(c.number ? { form: c.number.form, number: c.number } : {}),
      marker: c.marker,
      numeral: c.numeral,
      title: titleSpan(text, c.titleFrom ?? c.marker[1], c.blockEnd),
      paragraphIndex: c.paragraphIndex,
      midLine: c.midLine,
    });
  }
  return headings;
}

const PLAIN_FORM: Partial<Record<MarkerForm, MarkerForm>> = { 'arabic-paren': 'arabic', 'chinese-paren': 'chinese' };

/**
 * `1)` is `（1）` with its opening bracket lost, or `1.` with a bracket typed for the dot: the
 * heading after it tells which. Followed by `2.` (or `2．`, `2、`), it is the first of those.
 */
function withSlipOfDot(c: Candidate, next: Candidate | undefined): Candidate {
  const n = c.number;
  const plain = n && n.open === '' && PLAIN_FORM[n.form];
  if (!plain || next?.number?.form !== plain || next.value !== c.value + 1) return c;
  return { ...c, number: { ...n, form: plain } };
}

function titleSpan(text: string, from: number, blockEnd: number): Span {
  let start = from;
  while (start < blockEnd && isSpace(text[start])) start++;
  let end = start;
  while (end < blockEnd && !TITLE_END.test(text[end])) end++;
  return [start, end];
}
