/** The segmenters a configuration can choose (`"segmenter"` in `.gwlintrc.json`). */
export type SegmenterName = 'jieba' | 'jieba-wasm' | 'nodejieba';

/**
 * A loaded jieba backend, before offsets: the words of a text in order, HMM off, so that
 * both backends give the same words for the same dictionary (letters and digits are made
 * alike afterwards, see normalise.ts).
 */
export interface SegmenterBackend {
  readonly name: SegmenterName;
  /** The words of `text`; joined, they should give `text` back. */
  cut(text: string): string[];
  /** Adds one word to the process-wide dictionary. */
  addWord(word: string): void;
}

/**
 * The frequency given to every added word. cppjieba (nodejieba) gives a user word the median
 * weight of its dictionary, which is a frequency of 3; jieba-wasm is given the same number so
 * that the two backends cut alike.
 */
export const USER_WORD_FREQUENCY = 3;

/** Thrown when the chosen backend cannot be loaded; the message (Chinese) says what to do. */
export class SegmenterUnavailableError extends Error {
  override readonly name = 'SegmenterUnavailableError';
}
