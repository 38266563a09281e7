import type { Segmenter, Token } from '../segmenter';
import type { DraftText, Paragraph } from './model';

/**
 * The words of one paragraph, with spans in the draft's offsets. Segmented on first request
 * and memoised on the draft, so rules that need words share one segmentation, and a rule
 * segments only the paragraphs it asks for.
 */
export function paragraphWords(draft: DraftText, paragraph: Paragraph, segmenter: Segmenter): readonly Token[] {
  return draft.view(`words:${paragraph.index}`, () => {
    const offset = paragraph.start;
    return segmenter.cut(paragraph.text).map((t) => ({ word: t.word, start: t.start + offset, end: t.end + offset }));
  });
}

/**
 * The words of one paragraph with spans in the paragraph's own offsets: the same words as
 * `paragraphWords`, without moving every span (for rules that report few of them).
 */
export function paragraphTokens(draft: DraftText, paragraph: Paragraph, segmenter: Segmenter): readonly Token[] {
  return draft.view(`tokens:${paragraph.index}`, () => segmenter.cut(paragraph.text));
}

/** The words of every paragraph, in order (for rules that look at the whole draft). */
export function draftWords(draft: DraftText, segmenter: Segmenter): readonly (readonly Token[])[] {
  return draft.paragraphs.map((p) => paragraphWords(draft, p, segmenter));
}
