import type { Segmenter, Token } from '../segmenter';
import type { DraftText, Paragraph } from './model';

// Segmentation is memoised in one place, by the host's segmenter (by paragraph text, across
// drafts, cleared when the dictionary grows); the model asks it again rather than keep a copy.

/** The words of one paragraph, with spans in the draft's offsets. */
export function paragraphWords(paragraph: Paragraph, segmenter: Segmenter): readonly Token[] {
  const offset = paragraph.start;
  return segmenter.cut(paragraph.text).map((t) => ({ word: t.word, start: t.start + offset, end: t.end + offset }));
}

/**
 * The words of one paragraph with spans in the paragraph's own offsets: the same words as
 * `paragraphWords`, without moving every span (for rules that report few of them).
 */
export function paragraphTokens(paragraph: Paragraph, segmenter: Segmenter): readonly Token[] {
  return segmenter.cut(paragraph.text);
}

/** The words of every paragraph, in order (for rules that look at the whole draft). */
export function draftWords(draft: DraftText, segmenter: Segmenter): readonly (readonly Token[])[] {
  return draft.paragraphs.map((p) => paragraphWords(p, segmenter));
}
