/** A word produced by a segmenter, with its UTF-16 span in the segmented text. */
export interface Token {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Word segmentation, injected by a host (jieba-wasm, nodejieba). The core only knows this
 * interface, so it stays free of native code and file access.
 */
export interface Segmenter {
  /** A short name for messages and benchmarks, e.g. `jieba-wasm`. */
  readonly name: string;
  /** Splits `text` into words whose spans are UTF-16 offsets into `text` and cover it exactly. */
  cut(text: string): Token[];
  /** Adds words to the dictionary; words only ever improve segmentation, so this is process-wide. */
  addWords(words: readonly string[]): void;
}
