import { Draft } from '../document/draft';
import { unwrappedSource } from '../document/wraps';
import { defineRule } from '../rule';
import type { Span } from '../types';
import { draftClauses, type Clause } from './repeated-sentence/clauses';
import { DECISION_FORMULA, FIELD_LABEL, PERSON_RECORD, PROCEDURE } from './repeated-sentence/formulations';

export interface RepeatedSentenceOptions {
  /** The fewest Chinese characters a repeated sentence must have. */
  readonly minChars: number;
}

/** A passage of the later copy that repeats an earlier one, clause by clause. */
interface Repetition {
  /** Index of the first whole clause of the later copy, and of its earlier copy. */
  readonly later: number;
  readonly earlier: number;
  /** How many whole clauses repeat. */
  readonly clauses: number;
  /** Characters repeated at the end of the clause before, and at the start of the clause after. */
  readonly before: number;
  readonly after: number;
  /** Counted Chinese characters (not quotations, not fixed formulations) of the later copy. */
  readonly length: number;
}

// A clause that is part of a sentence repeats by design far more often than a whole
// sentence: it must span two clauses and twice the length, or be four times as long.
const CLAUSE_FACTOR = 2;
const LONG_CLAUSE_FACTOR = 4;
// A clause cut at the start or end of a repeated passage counts as a clause from this length.
const PIECE_CHARS = 4;
// A clause that recurs more often than this is a refrain: a later copy is compared with its
// most recent occurrences only, so that a draft of one repeated line is not compared pair by pair.
const CANDIDATES = 32;

export default defineRule<RepeatedSentenceOptions>({
  meta: {
    id: 'repeated-sentence',
    description: '句子或段落在后文重复出现',
    details:
      '一句话（不少于 minChars 个汉字）、几个连续的分句或整段文字在后文原样再次出现，多是粘贴时留下的重复。' +
      '报告后出现的一处，并指出首次出现的位置。标题在开场白中复述、标题之间句式相同、' +
      '引号和书名号中的引文、固定的政治表述（如“习近平新时代中国特色社会主义思想”）多次出现，不报告；' +
      '单独一个较短分句的重复在讲话中很常见，也不报告；但同一段里同样的分句紧接着出现两遍，或上一段末尾的话在下一段开头原样再出现（分几次复制粘贴时的接缝），' +
      '即使较短也报告。主持词中的表决程序和点名（应到……实到……）、纪要中每项决定后的经费表述、名单中每人相同的简历表述，不报告。',
    examples: {
      bad: [
        '要加强应急值班值守，确保信息畅通。……要加强应急值班值守，确保信息畅通。',
        '（同一段文字粘贴了两次）',
      ],
      good: ['坚持以习近平新时代中国特色社会主义思想为指导……坚持以习近平新时代中国特色社会主义思想为指导，', '书记抓、抓书记'],
    },
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      paragraph: '本段与第 {{line}} 行的段落重复',
      sentence: '这句话与第 {{line}} 行重复：“{{excerpt}}”',
      clause: '这段文字与第 {{line}} 行重复：“{{excerpt}}”',
    },
    options: {
      minChars: {
        type: 'integer',
        minimum: 4,
        description: '重复的句子至少包含的汉字数（引文和固定表述不计）；分句的重复需要两倍于此',
      },
    },
    defaultOptions: { minChars: 8 },
  },
  check(draft, context) {
    const minChars = context.options.minChars;
    // In a copy out of a PDF, sentences are read with their hard wraps joined (same offsets).
    const unwrapped = unwrappedSource(draft);
    const view = unwrapped === undefined ? draft : draft.view('unwrapped', () => new Draft(unwrapped, draft.format));
    const clauses = draftClauses(view);
    const earlier = new Map<string, number[]>();
    const runs = comparison(clauses);
    const procedural = new Map<number, boolean>();
    for (let i = 0; i < clauses.length; ) {
      const best = bestRepetition(view, clauses, i, candidates(earlier.get(clauses[i].key)), minChars, runs);
      if (best && !isBoilerplate(view, clauses, best, procedural)) {
        const { kind, later, first } = describe(view, clauses, best);
        // A passage over a hard wrap is quoted on one line.
        const excerpt = draft.slice(later).replace(/[\r\n]+/g, '');
        context.report({
          messageId: kind,
          data: { line: draft.lineAt(first[0]) + 1, excerpt: excerpt.length > 24 ? `${excerpt.slice(0, 22)}……` : excerpt },
          span: later,
          related: [{ span: first, message: '首次出现处' }],
        });
      }
      const next = best ? i + best.clauses : i + 1;
      for (; i < next; i++) {
        const list = earlier.get(clauses[i].key) ?? [];
        list.push(i);
        earlier.set(clauses[i].key, list);
      }
    }
  },
});

/**
 * Whether the sentences of the later copy are a meeting's procedure, a plan's labelled fields or
 * the formula minutes close each decision with, or both copies are people's records in a
 * roster: repeated by design.
 */
function isBoilerplate(draft: Draft, clauses: readonly Clause[], r: Repetition, procedural: Map<number, boolean>): boolean {
  const isRecord = (clause: Clause): boolean => PERSON_RECORD.test(draft.paragraphs[clause.paragraphIndex].text);
  if (isRecord(clauses[r.later]) && isRecord(clauses[r.earlier])) return true;
  const last = clauses[r.later + r.clauses - 1].sentenceIndex;
  // Each sentence is read once, however many repetitions fall in it (a one-line draft is one long sentence).
  for (let k = clauses[r.later].sentenceIndex; k <= last; k++) {
    let found = procedural.get(k);
    if (found === undefined) {
      const text = draft.sentences[k].text;
      found = PROCEDURE.test(text) || FIELD_LABEL.test(text) || DECISION_FORMULA.test(text);
      procedural.set(k, found);
    }
    if (found) return true;
  }
  return false;
}

/** The earlier occurrences of a clause worth comparing with its next one: bounded in number. */
function candidates(occurrences: readonly number[] | undefined): readonly number[] {
  if (!occurrences) return [];
  return occurrences.length <= CANDIDATES ? occurrences : occurrences.slice(-CANDIDATES);
}

/** The longest reportable repetition that starts with clause `i`, or nothing. */
function bestRepetition(draft: Draft, clauses: readonly Clause[], i: number, candidates: readonly number[], minChars: number, runs: Comparison): Repetition | undefined {
  let best: Repetition | undefined;
  for (const j of candidates) {
    const r = measure(clauses, i, j, runs);
    if (r.length > (best?.length ?? 0) && reportable(draft, clauses, r, minChars)) best = r;
  }
  return best;
}

/** What makes measuring a repetition cost the same however long the repeated passage is. */
interface Comparison {
  /**
   * Where the last run of equal clauses measured on each diagonal (`later - earlier`) ends, on
   * the later side: a run found at clause i is still a run at i + 1 against j + 1, so the
   * clauses of a long repeated passage are compared once, not once per clause.
   */
  readonly ends: Map<number, number>;
  /** `countedBefore[k]`: the counted characters of the clauses before clause k. */
  readonly countedBefore: Float64Array;
}

function comparison(clauses: readonly Clause[]): Comparison {
  const countedBefore = new Float64Array(clauses.length + 1);
  clauses.forEach((c, k) => (countedBefore[k + 1] = countedBefore[k] + c.countedChars));
  return { ends: new Map(), countedBefore };
}

function measure(clauses: readonly Clause[], i: number, j: number, runs: Comparison): Repetition {
  const a = clauses[i];
  const b = clauses[j];
  const known = runs.ends.get(i - j);
  let n = known !== undefined && known > i ? known - i : 1;
  while (
    i + n < clauses.length &&
    j + n < i &&
    clauses[i + n].paragraphIndex === a.paragraphIndex &&
    clauses[j + n].paragraphIndex === b.paragraphIndex &&
    clauses[i + n].key === clauses[j + n].key
  ) {
    n++;
  }
  if (n > 1) runs.ends.set(i - j, i + n);
  const prevA = clauses[i - 1];
  const prevB = clauses[j - 1];
  const before =
    prevA && prevB && prevA.paragraphIndex === a.paragraphIndex && prevB.paragraphIndex === b.paragraphIndex
      ? commonSuffix(prevA.key, prevB.key)
      : 0;
  const nextA = clauses[i + n];
  const nextB = clauses[j + n];
  const after =
    nextA && nextB && j + n < i && nextA.paragraphIndex === a.paragraphIndex && nextB.paragraphIndex === b.paragraphIndex
      ? commonPrefix(nextA.key, nextB.key)
      : 0;
  let length = before ? counted(prevA, prevA.key.length - before, prevA.key.length) : 0;
  length += runs.countedBefore[i + n] - runs.countedBefore[i];
  if (after) length += counted(nextA, 0, after);
  return { later: i, earlier: j, clauses: n, before, after, length };
}

function reportable(draft: Draft, clauses: readonly Clause[], r: Repetition, minChars: number): boolean {
  if (r.length < minChars) return false;
  if (pastedTwiceInARow(clauses, r)) return true;
  // Regulations repeat clauses and sentences (由有关部门责令改正) by design; only a pasted article counts.
  if (clauses[r.later].article) return coversParagraph(draft, clauses, r.later, r.clauses) && coversParagraph(draft, clauses, r.earlier, r.clauses);
  if (wholeSentences(clauses, r.later, r.clauses) && wholeSentences(clauses, r.earlier, r.clauses)) return true;
  if (atSeam(clauses, r)) return true;
  if (r.length >= LONG_CLAUSE_FACTOR * minChars) return true;
  const pieces = r.clauses + (partialLength(clauses[r.later - 1], r.before) >= PIECE_CHARS ? 1 : 0) +
    (partialLength(clauses[r.later + r.clauses], r.after) >= PIECE_CHARS ? 1 : 0);
  return pieces >= 2 && r.length >= CLAUSE_FACTOR * minChars;
}

/**
 * The end of one paragraph pasted again at the start of the next, as when a speech is put
 * together from chat messages or pages (…临江正在成为数字经济创新创业的热土。⏎临江正在成为数字经济
 * 创新创业的热土。本届大会…): the later copy, whole sentences, follows the earlier with no prose
 * between, across a paragraph break.
 */
function atSeam(clauses: readonly Clause[], r: Repetition): boolean {
  const lastEarlier = clauses[r.earlier + r.clauses - 1];
  const later = clauses[r.later];
  return r.earlier + r.clauses === r.later && !r.after && lastEarlier.endsSentence && wholeSentences(clauses, r.later, r.clauses) && lastEarlier.paragraphIndex !== later.paragraphIndex;
}

/**
 * Whole clauses pasted twice in a row inside one paragraph (不得沿途丢弃、遗撒生活垃圾，不得沿途
 * 丢弃、遗撒生活垃圾，…): the later copy starts right where the earlier ends. Spoken repetition
 * for weight (学习，学习，再学习) is shorter than a repeated sentence may be.
 */
function pastedTwiceInARow(clauses: readonly Clause[], r: Repetition): boolean {
  return r.earlier + r.clauses === r.later && !r.before && !r.after && clauses[r.earlier].paragraphIndex === clauses[r.later].paragraphIndex;
}

function partialLength(clause: Clause | undefined, chars: number): number {
  return clause && chars ? chars : 0;
}

/** Whether `n` clauses from `start` are whole sentences. */
function wholeSentences(clauses: readonly Clause[], start: number, n: number): boolean {
  return clauses[start].startsSentence && clauses[start + n - 1].endsSentence;
}

/** The kind of repetition and the spans of both copies. */
function describe(draft: Draft, clauses: readonly Clause[], r: Repetition): { kind: 'paragraph' | 'sentence' | 'clause'; later: Span; first: Span } {
  const later = copySpan(clauses, r.later, r);
  const first = copySpan(clauses, r.earlier, r);
  const paragraphA = draft.paragraphs[clauses[r.later].paragraphIndex];
  const paragraphB = draft.paragraphs[clauses[r.earlier].paragraphIndex];
  if (!r.before && !r.after && coversParagraph(draft, clauses, r.later, r.clauses) && coversParagraph(draft, clauses, r.earlier, r.clauses)) {
    return { kind: 'paragraph', later: trimmed(paragraphA.start, paragraphA.text), first: trimmed(paragraphB.start, paragraphB.text) };
  }
  const whole = !r.before && !r.after && wholeSentences(clauses, r.later, r.clauses) && wholeSentences(clauses, r.earlier, r.clauses);
  if (whole) {
    return { kind: 'sentence', later: sentenceSpan(draft, clauses, r.later, r.clauses), first: sentenceSpan(draft, clauses, r.earlier, r.clauses) };
  }
  return { kind: 'clause', later, first };
}

function copySpan(clauses: readonly Clause[], start: number, r: Repetition): Span {
  const prev = clauses[start - 1];
  const next = clauses[start + r.clauses];
  const from = r.before && prev ? prev.at[prev.key.length - r.before] : clauses[start].start;
  const to = r.after && next ? (r.after < next.key.length ? next.at[r.after] : next.end) : clauses[start + r.clauses - 1].end;
  return [from, to];
}

/** Whether `n` clauses from `start` are their whole paragraph (a run-in heading makes them not). */
function coversParagraph(draft: Draft, clauses: readonly Clause[], start: number, n: number): boolean {
  if (!wholeSentences(clauses, start, n)) return false;
  const paragraph = draft.paragraphs[clauses[start].paragraphIndex];
  const [from, to] = sentenceSpan(draft, clauses, start, n);
  const [pFrom, pTo] = trimmed(paragraph.start, paragraph.text);
  return from === pFrom && to === pTo;
}

/** From the first sentence's start to the last sentence's end, its closing mark included. */
function sentenceSpan(draft: Draft, clauses: readonly Clause[], start: number, n: number): Span {
  const first = draft.sentences[clauses[start].sentenceIndex];
  const last = draft.sentences[clauses[start + n - 1].sentenceIndex];
  return [first.start, last.end];
}

function trimmed(start: number, text: string): Span {
  const lead = text.length - text.trimStart().length;
  return [start + lead, start + text.trimEnd().length];
}

function counted(clause: Clause, from: number, to: number): number {
  return clause.weight[to] - clause.weight[from];
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
