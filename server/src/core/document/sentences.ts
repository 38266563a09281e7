import type { Paragraph, Sentence } from './draft';

// A sentence ends at 。！？； (or ! ? ; typed half-width), with closing quotes and brackets kept.
const SENTENCE = /[^。！？；!?;]*(?:[。！？；!?;]+[”’」』）)】]*|$)/gu;

/** Splits a paragraph into sentences, trimming surrounding whitespace from each. */
export function splitSentences(paragraph: Paragraph): Sentence[] {
  const sentences: Sentence[] = [];
  for (const m of paragraph.text.matchAll(SENTENCE)) {
    if (m[0] === '') continue;
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body === '') continue;
    const start = paragraph.start + m.index + lead;
    sentences.push({ paragraphIndex: paragraph.index, start, end: start + body.length, text: body });
  }
  return sentences;
}
