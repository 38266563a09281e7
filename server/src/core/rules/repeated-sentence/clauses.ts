import type { Draft } from '../../document/draft';
import { codeTable, HAN, isHanCode, isSpaceCode, SENTENCE_ENDS } from '../../document/chars';
import { FORMULATIONS } from './formulations';
import type { Paragraph, Sentence } from '../../document/model';

/**
 * A clause of the draft (the text between ，：；。！？), reduced to its comparable characters:
 * Chinese characters, letters and digits, without punctuation or spaces.
 */
export interface Clause {
  readonly paragraphIndex: number;
  readonly sentenceIndex: number;
  readonly start: number;
  readonly end: number;
  /** The comparable characters, in order. */
  readonly key: string;
  /** The draft offset of each character of `key`. */
  readonly at: readonly number[];
  /** `weight[k]`: how many of the first k characters of `key` count towards a repetition's length. */
  readonly weight: readonly number[];
  /** How many characters of `key` count: `weight[key.length]`. */
  readonly countedChars: number;
  readonly startsSentence: boolean;
  readonly endsSentence: boolean;
  /** The paragraph is an article of a regulation (第一条 ...), where clauses repeat by design. */
  readonly article: boolean;
}

const COMPARABLE = new RegExp(`[${HAN}\\p{L}\\p{N}]`, 'u');
// What separates clauses: ，,：:；;。！？!?…— (all single code units).
const CLAUSE_BREAK = codeTable('，,：:；;。！？!?…—');
const SENTENCE_END = new RegExp(`[${SENTENCE_ENDS}]`, 'u');
// Quotations, titles and bracketed stage directions (（掌声）（稍候）) do not count.
const OPENING_QUOTE = codeTable('“‘「『《〈（(【');
const CLOSING_QUOTE = codeTable('”’」』》〉）)】');
const PARAGRAPH_END = codeTable('。！？');
// A line without any sentence end and at most this long is a title, heading or signature.
const TITLE_LENGTH = 60;

/** A clause of one paragraph, in offsets of the paragraph. */
interface LocalClause {
  /** Index of its sentence among the paragraph's sentences. */
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
  readonly key: string;
  readonly countedChars: number;
  readonly startsSentence: boolean;
  readonly endsSentence: boolean;
}

/** What one paragraph contributes to the clauses of a draft; depends on the paragraph's text alone. */
interface ParagraphClauses {
  readonly clauses: readonly LocalClause[];
  /** Which characters count towards a repetition's length, by offset in the paragraph. */
  readonly counted: Uint8Array;
  readonly article: boolean;
}

/** What a paragraph starts with, as the Draft's headings say. */
type Leading = 'prose' | 'heading' | 'article';

const NO_CLAUSES: ParagraphClauses = { clauses: [], counted: new Uint8Array(0), article: false };

/** The clauses of a draft in order, leaving out titles, headings and other lines that are not prose. */
export function draftClauses(draft: Draft): Clause[] {
  const clauses: Clause[] = [];
  const sentences = draft.sentences;
  // Sentences are in paragraph order: each paragraph's run of them starts where the previous one ended.
  // What the Draft found at the start of each paragraph: a heading, or an article (第一条).
  const leading = new Map<number, Leading>();
  // Where the first article starts mid-line (a regulation copied onto one line): the clauses after it are articles'.
  const articlesFrom = new Map<number, number>();
  for (const h of draft.headings) {
    if (!h.midLine && !leading.has(h.paragraphIndex)) leading.set(h.paragraphIndex, h.kind === 'article' ? 'article' : 'heading');
    if (h.midLine && h.kind === 'article' && !articlesFrom.has(h.paragraphIndex)) articlesFrom.set(h.paragraphIndex, h.marker[0]);
  }
  let first = 0;
  for (const paragraph of draft.paragraphs) {
    let after = first;
    while (after < sentences.length && sentences[after].paragraphIndex === paragraph.index) after++;
    const from = first;
    const lead = leading.get(paragraph.index) ?? 'prose';
    const local = draft.memo(paragraph, 'clauses', () => paragraphClauses(paragraph, sentences.slice(from, after), lead), lead);
    const articleFrom = articlesFrom.get(paragraph.index) ?? Infinity;
    for (const c of local.clauses) {
      const article = local.article || paragraph.start + c.start >= articleFrom;
      clauses.push(new DraftClause(paragraph.index, from + c.sentence, paragraph.start, c, article, paragraph.text, local.counted));
    }
    first = after;
  }
  return clauses;
}

/** The clauses of one paragraph, given its sentences (in draft offsets); offsets in the result are the paragraph's. */
function paragraphClauses(paragraph: Paragraph, sentences: readonly Sentence[], lead: Leading): ParagraphClauses {
  const text = paragraph.text;
  const body = text.trim();
  // A title, heading or signature line has no clauses.
  if (!SENTENCE_END.test(body) && body.length <= TITLE_LENGTH) return NO_CLAUSES;
  // An article's first sentence is prose (第一条 为了……); a heading's is its title.
  const heading = lead === 'heading';
  const counted = new Uint8Array(text.length);
  markCounted(text, 0, text.length, counted);
  const clauses: LocalClause[] = [];
  sentences.forEach((sentence, k) => {
    // A run-in heading (（一）坚持问题导向。……) is its paragraph's first sentence.
    if (heading && k === 0) return;
    const pieces = splitClauses(sentence.text, sentence.start - paragraph.start);
    pieces.forEach(([start, end], n) => {
      const { key, total } = clauseKey(text, start, end, counted);
      if (key === '') return;
      clauses.push({ sentence: k, start, end, key, countedChars: total, startsSentence: n === 0, endsSentence: n === pieces.length - 1 });
    });
  });
  return { clauses, counted, article: lead === 'article' };
}

/**
 * A clause whose character offsets and weights, needed only for the clauses that repeat, are
 * computed on first use.
 */
class DraftClause implements Clause {
  readonly start: number;
  readonly end: number;
  readonly key: string;
  readonly countedChars: number;
  readonly startsSentence: boolean;
  readonly endsSentence: boolean;
  private offsets?: { readonly at: readonly number[]; readonly weight: readonly number[] };

  constructor(
    readonly paragraphIndex: number,
    readonly sentenceIndex: number,
    private readonly offset: number,
    private readonly local: LocalClause,
    readonly article: boolean,
    private readonly paragraphText: string,
    private readonly counted: Uint8Array,
  ) {
    this.start = offset + local.start;
    this.end = offset + local.end;
    this.key = local.key;
    this.countedChars = local.countedChars;
    this.startsSentence = local.startsSentence;
    this.endsSentence = local.endsSentence;
  }

  get at(): readonly number[] {
    return this.computeOffsets().at;
  }

  get weight(): readonly number[] {
    return this.computeOffsets().weight;
  }

  private computeOffsets(): { readonly at: readonly number[]; readonly weight: readonly number[] } {
    if (!this.offsets) {
      const at: number[] = [];
      const weight = [0];
      clauseKey(this.paragraphText, this.local.start, this.local.end, this.counted, at, weight);
      this.offsets = { at: at.map((o) => o + this.offset), weight };
    }
    return this.offsets;
  }
}

/**
 * The comparable characters of `text` in [start, end) and how many of them count; fills `at`
 * and `weight` (see `Clause`) when given.
 */
function clauseKey(text: string, start: number, end: number, counted: Uint8Array, at?: number[], weight?: number[]): { key: string; total: number } {
  let total = 0;
  let key = '';
  // Characters that stand for themselves are copied to the key a run at a time.
  let run = -1;
  for (let o = start; o < end; ) {
    const unit = text.charCodeAt(o);
    const kind = unit >= 0xd800 && unit <= 0xdfff ? OTHER : formKind(unit);
    if (kind === SAME) {
      if (run < 0) run = o;
      total += counted[o];
      if (at && weight) {
        at.push(o);
        weight.push(total);
      }
      o++;
      continue;
    }
    if (run >= 0) {
      key += text.slice(run, o);
      run = -1;
    }
    if (kind === NONE) {
      o++;
      continue;
    }
    const code = text.codePointAt(o)!;
    const size = code > 0xffff ? 2 : 1;
    const normal = comparableForm(code);
    // Each UTF-16 unit of the key keeps its own offset; a character counts once.
    for (let u = 0; u < normal.length; u++) {
      key += normal[u];
      if (u === 0) total += counted[o];
      if (at && weight) {
        at.push(o + Math.min(u, size - 1));
        weight.push(total);
      }
    }
    o += size;
  }
  if (run >= 0) key += text.slice(run, end);
  return { key, total };
}

// How a code unit of the Basic Multilingual Plane enters a key: not yet known, not at all,
// as itself, or changed by normalisation.
const UNKNOWN = 0;
const NONE = 1;
const SAME = 2;
const OTHER = 3;
const FORM_KINDS = new Uint8Array(0x10000);

function formKind(unit: number): number {
  let kind = FORM_KINDS[unit];
  if (kind === UNKNOWN) {
    const form = comparableForm(unit);
    kind = form === '' ? NONE : form === String.fromCharCode(unit) ? SAME : OTHER;
    FORM_KINDS[unit] = kind;
  }
  return kind;
}

/** What a character contributes to a clause key: itself, normalised; nothing when it is not comparable. */
function comparableForm(code: number): string {
  const ch = String.fromCodePoint(code);
  return !COMPARABLE.test(ch) ? '' : ch.length === 1 ? ch.normalize('NFKC').toLowerCase() : ch;
}

function splitClauses(text: string, offset: number): [number, number][] {
  const pieces: [number, number][] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (CLAUSE_BREAK[text.charCodeAt(i)] !== 1) continue;
    if (i > from) pieces.push([offset + from, offset + i]);
    while (i + 1 < text.length && CLAUSE_BREAK[text.charCodeAt(i + 1)] === 1) i++;
    from = i + 1;
  }
  if (from < text.length) pieces.push([offset + from, offset + text.length]);
  return pieces;
}

/**
 * Marks in `counted` the characters of a paragraph that count towards the length of a repeated
 * passage: Chinese characters outside quotations, titles in 《》 and brackets, and outside
 * fixed formulations.
 */
function markCounted(text: string, start: number, end: number, counted: Uint8Array): void {
  let depth = 0;
  // A quotation or bracket left open (a slip: where it should close cannot be known) is taken
  // to end with its sentence, not to hold the rest of the paragraph.
  const unbalanced = opensMoreThanCloses(text, start, end);
  for (let i = start; i < end; ) {
    let code = text.charCodeAt(i);
    let size = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        size = 2;
      }
    }
    if (CLOSING_QUOTE[code] === 1) depth = Math.max(0, depth - 1);
    // A sentence end and a space end a paragraph of a page that lost its line breaks: a quote
    // left open before (a slip) does not hold the rest of the page.
    else if (PARAGRAPH_END[code] === 1 && (unbalanced || (i + 1 < end && isSpaceCode(text.charCodeAt(i + 1))))) depth = 0;
    const opening = OPENING_QUOTE[code] === 1;
    const inside = depth > 0 || opening;
    if (opening) depth++;
    // A character outside the BMP takes two offsets; both get the same flag.
    if (!inside && isHanCode(code)) {
      counted[i] = 1;
      if (size === 2) counted[i + 1] = 1;
    }
    i += size;
  }
  // Each formulation's occurrences from left to right, an occurrence never overlapping the one before.
  const nextFrom = new Array<number>(FORMULATIONS.length).fill(0);
  for (let i = start; i < end - 1; i++) {
    const code = text.charCodeAt(i);
    if (FIRST_CHARS[code] !== 1) continue;
    const candidates = BY_FIRST_PAIR.get(code)!.get(text.charCodeAt(i + 1));
    if (!candidates) continue;
    for (const f of candidates) {
      const formulation = FORMULATIONS[f];
      if (i < nextFrom[f] || i + formulation.length > end || !text.startsWith(formulation, i)) continue;
      counted.fill(0, i, i + formulation.length);
      nextFrom[f] = i + formulation.length;
    }
  }
}

function opensMoreThanCloses(text: string, start: number, end: number): boolean {
  let balance = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (OPENING_QUOTE[code] === 1) balance++;
    else if (CLOSING_QUOTE[code] === 1) balance--;
  }
  return balance > 0;
}

/** The formulations (their indices) by their first code unit, then their second. */
const BY_FIRST_PAIR = new Map<number, Map<number, number[]>>();
FORMULATIONS.forEach((formulation, f) => {
  const first = formulation.charCodeAt(0);
  const second = formulation.charCodeAt(1);
  const bySecond = BY_FIRST_PAIR.get(first) ?? new Map<number, number[]>();
  bySecond.set(second, [...(bySecond.get(second) ?? []), f]);
  BY_FIRST_PAIR.set(first, bySecond);
});
const FIRST_CHARS = codeTable(FORMULATIONS.map((f) => f[0]).join(''));
