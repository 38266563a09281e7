import { CLOSER, codeTable, SENTENCE_ENDS } from './chars';
import type { Paragraph, Sentence } from './model';

// A sentence ends at 。！？； (or ! ? ; typed half-width), with closing quotes and brackets kept.
const ENDS = codeTable(SENTENCE_ENDS);

/** Splits a paragraph into sentences, trimming surrounding whitespace from each. */
export function splitSentences(paragraph: Paragraph): Sentence[] {
  const sentences: Sentence[] = [];
  const text = paragraph.text;
  for (let from = 0; from < text.length; ) {
    let to = from;
    while (to < text.length && ENDS[text.charCodeAt(to)] !== 1) to++;
    if (to < text.length) {
      while (to < text.length && ENDS[text.charCodeAt(to)] === 1) to++;
      while (to < text.length && CLOSER[text.charCodeAt(to)] === 1) to++;
    }
    const whole = text.slice(from, to);
    const lead = whole.length - whole.trimStart().length;
    const body = whole.trim();
    if (body !== '') {
      const start = paragraph.start + from + lead;
      sentences.push({ paragraphIndex: paragraph.index, start, end: start + body.length, text: body });
    }
    from = to;
  }
  return sentences;
}
