import type { Draft, Paragraph } from '../../document/draft';
import { FORMULATIONS } from './formulations';

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
  readonly startsSentence: boolean;
  readonly endsSentence: boolean;
  /** The paragraph is an article of a regulation (第一条 ...), where clauses repeat by design. */
  readonly article: boolean;
}

const HAN = /\p{Script=Han}/u;
const COMPARABLE = /[\p{Script=Han}\p{L}\p{N}]/u;
const CLAUSE_BREAK = /[，,：:；;。！？!?…—]+/gu;
const SENTENCE_END = /[。！？!?；;]/u;
// A heading marker of GB/T 9704 (一、 （一） 1. （1）) or a chapter (第一章), at the start of a paragraph.
const HEADING_MARKER = /^(?:[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十百\d]+[）)]|\d+[.．、](?!\d)|第[一二三四五六七八九十百千\d]+[章节编])/u;
const ARTICLE = /^第[一二三四五六七八九十百千\d]+条/u;
// Quotations, titles and bracketed stage directions (（掌声）（稍候）) do not count.
const OPENING_QUOTE = new Set([...'“‘「『《〈（(【']);
const CLOSING_QUOTE = new Set([...'”’」』》〉）)】']);
// A line without any sentence end and at most this long is a title, heading or signature.
const TITLE_LENGTH = 60;

/** The clauses of a draft in order, leaving out titles, headings and other lines that are not prose. */
export function draftClauses(draft: Draft): Clause[] {
  const clauses: Clause[] = [];
  const firstSentence = new Map<number, number>();
  draft.sentences.forEach((s, index) => {
    if (!firstSentence.has(s.paragraphIndex)) firstSentence.set(s.paragraphIndex, index);
  });
  draft.sentences.forEach((sentence, sentenceIndex) => {
    const paragraph = draft.paragraphs[sentence.paragraphIndex];
    const body = paragraph.text.trim();
    if (!SENTENCE_END.test(body) && body.length <= TITLE_LENGTH) return;
    // A run-in heading (（一）坚持问题导向。……) is its paragraph's first sentence.
    if (HEADING_MARKER.test(body) && firstSentence.get(paragraph.index) === sentenceIndex) return;
    const counted = countedCharacters(paragraph);
    const article = ARTICLE.test(body);
    const pieces = [...splitClauses(sentence.text, sentence.start)];
    pieces.forEach(([start, end], k) => {
      const at: number[] = [];
      const weight = [0];
      let key = '';
      for (let o = start; o < end; ) {
        const ch = String.fromCodePoint(draft.text.codePointAt(o) ?? 0);
        if (COMPARABLE.test(ch)) {
          // Each UTF-16 unit of the key keeps its own offset; a character counts once.
          const normal = ch.length === 1 ? ch.normalize('NFKC').toLowerCase() : ch;
          for (let u = 0; u < normal.length; u++) {
            key += normal[u];
            at.push(o + Math.min(u, ch.length - 1));
            weight.push(weight[weight.length - 1] + (u === 0 && counted[o - paragraph.start] ? 1 : 0));
          }
        }
        o += ch.length;
      }
      if (key === '') return;
      clauses.push({
        paragraphIndex: paragraph.index,
        sentenceIndex,
        start,
        end,
        key,
        at,
        weight,
        startsSentence: k === 0,
        endsSentence: k === pieces.length - 1,
        article,
      });
    });
  });
  return clauses;
}

function* splitClauses(text: string, offset: number): Generator<[number, number]> {
  let from = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    if (m.index > from) yield [offset + from, offset + m.index];
    from = m.index + m[0].length;
  }
  if (from < text.length) yield [offset + from, offset + text.length];
}

/**
 * Which characters of a paragraph count towards the length of a repeated passage: Chinese
 * characters outside quotations, titles in 《》 and brackets, and outside fixed formulations.
 */
function countedCharacters(paragraph: Paragraph): boolean[] {
  const text = paragraph.text;
  const counted: boolean[] = [];
  let depth = 0;
  for (const ch of text) {
    if (CLOSING_QUOTE.has(ch)) depth = Math.max(0, depth - 1);
    const inside = depth > 0 || OPENING_QUOTE.has(ch);
    if (OPENING_QUOTE.has(ch)) depth++;
    // A character outside the BMP takes two offsets; both get the same flag.
    for (let u = 0; u < ch.length; u++) counted.push(!inside && HAN.test(ch));
  }
  for (const formulation of FORMULATIONS) {
    for (let at = text.indexOf(formulation); at >= 0; at = text.indexOf(formulation, at + formulation.length)) {
      counted.fill(false, at, at + formulation.length);
    }
  }
  return counted;
}
