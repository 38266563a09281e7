import type { Segmenter, Token } from '../core/segmenter';
import { SegmentationCache } from './segmenter-cache';
import projectDictionary from './segmenter-dictionary.json';
import type { SegmenterBackend, SegmenterName } from './segmenters/backend';
import { loadJieba } from './segmenters/jieba';
import { loadJiebaWasm } from './segmenters/jieba-wasm';
import { loadNodejieba } from './segmenters/nodejieba';
import { normaliseWords } from './segmenters/normalise';

export type { SegmenterName } from './segmenters/backend';
export { SegmenterUnavailableError } from './segmenters/backend';

export const SEGMENTER_NAMES: readonly SegmenterName[] = ['jieba', 'jieba-wasm', 'nodejieba'];

/** Words of official documents that jieba's own dictionary splits (双过半, 保交楼, 放管服, ...). */
export const PROJECT_DICTIONARY: readonly string[] = projectDictionary.words;

const LOADERS: Record<SegmenterName, () => SegmenterBackend> = {
  jieba: () => loadJieba(),
  'jieba-wasm': loadJiebaWasm,
  nodejieba: loadNodejieba,
};

// Paragraphs segmented recently, by backend and text: an edit re-segments only what changed.
const CACHE_CAPACITY = 4000;
const cache = new SegmentationCache(CACHE_CAPACITY);
const segmenters = new Map<SegmenterName, HostSegmenter>();

/**
 * The process-wide segmenter of that name, with `dictionary` added to it. Nothing is loaded
 * here: the backend loads on the first `cut`, and throws `SegmenterUnavailableError` then
 * if it is not installed. jieba keeps one dictionary per process, so words added for one
 * configuration stay for all; each word is added once.
 */
export function getSegmenter(name: SegmenterName, dictionary: readonly string[] = []): Segmenter {
  let segmenter = segmenters.get(name);
  if (!segmenter) {
    segmenter = new HostSegmenter(name, LOADERS[name]);
    segmenter.addWords(PROJECT_DICTIONARY);
    segmenters.set(name, segmenter);
  }
  segmenter.addWords(dictionary);
  return segmenter;
}

/**
 * Loads the backend of that name with the loader `start` returns (the CLI starts jieba-wasm on a
 * thread of its own, in the background). `start` is called only before the first `getSegmenter`
 * of that name; the result says whether it was.
 */
export function loadBackendWith(name: SegmenterName, start: () => () => SegmenterBackend): boolean {
  if (segmenters.has(name)) return false;
  LOADERS[name] = start();
  return true;
}

/**
 * Forgets the words of every paragraph but those with these texts (a language server gone
 * idle keeps the paragraphs of its open documents, not of every version typed before).
 */
export function keepSegmentationOf(texts: ReadonlySet<string>): void {
  cache.retain((key) => texts.has(key.slice(key.indexOf('\u0000') + 1)));
}

/** Whether the backend has been loaded in this process (for tests and benchmarks). */
export function isSegmenterLoaded(name: SegmenterName): boolean {
  return segmenters.get(name)?.loaded ?? false;
}

class HostSegmenter implements Segmenter {
  private backend: SegmenterBackend | undefined;
  private readonly added = new Set<string>();
  private readonly pending: string[] = [];

  constructor(
    readonly name: SegmenterName,
    private readonly load: () => SegmenterBackend,
  ) {}

  get loaded(): boolean {
    return this.backend !== undefined;
  }

  cut(text: string): Token[] {
    if (text === '') return [];
    const key = `${this.name}\u0000${text}`;
    const hit = cache.get(key, text);
    if (hit) return hit;
    const tokens = withOffsets(text, normaliseWords(this.ready().cut(text)));
    cache.set(key, tokens);
    return tokens;
  }

  /**
   * Segments `text` into the cache piece by piece, pausing (yielding) after each piece, so
   * that a host can answer requests while a very long paragraph is cut; the next `cut` of the
   * same text is then a cache hit. Pieces end after a sentence or clause mark that a Chinese
   * character follows: jieba cuts runs of Chinese characters one by one, so that the words
   * are the same as from one `cut` of the whole text.
   */
  *cutInSteps(text: string): Generator<void, void> {
    if (text.length <= PIECE_LENGTH) {
      this.cut(text);
      return;
    }
    const key = `${this.name}\u0000${text}`;
    if (cache.has(key)) return;
    const tokens: Token[] = [];
    for (let start = 0; start < text.length; ) {
      const end = pieceEnd(text, start);
      const piece = text.slice(start, end);
      for (const t of withOffsets(piece, normaliseWords(this.ready().cut(piece)))) tokens.push({ word: t.word, start: t.start + start, end: t.end + start });
      start = end;
      if (start < text.length) yield;
    }
    cache.set(key, tokens);
  }

  addWords(words: readonly string[]): void {
    const fresh = words.map((w) => w.trim()).filter((w) => w !== '' && !this.added.has(w));
    if (fresh.length === 0) return;
    for (const word of fresh) this.added.add(word);
    if (!this.backend) {
      this.pending.push(...fresh);
      return;
    }
    for (const word of fresh) this.backend.addWord(word);
    // New words may cut cached paragraphs differently.
    cache.clear();
  }

  private ready(): SegmenterBackend {
    if (!this.backend) {
      const backend = this.load();
      for (const word of this.pending) backend.addWord(word);
      this.pending.length = 0;
      this.backend = backend;
    }
    return this.backend;
  }
}

/** Characters segmented between two pauses of `cutInSteps`, about (a few milliseconds of jieba). */
const PIECE_LENGTH = 2000;
/** Marks after which a piece may end (when a Chinese character follows). */
const PIECE_BREAKS = new Set(['。', '！', '？', '；', '，', '：', '、']);
const CHINESE = /^[\u3400-\u4dbf\u4e00-\u9fff]$/;

/**
 * Where the piece that starts at `start` ends: after the last break mark followed by a Chinese
 * character within `PIECE_LENGTH` characters, or at the first such mark beyond (the rest of the
 * text when there is none).
 */
function pieceEnd(text: string, start: number): number {
  if (text.length - start <= PIECE_LENGTH) return text.length;
  const isBreak = (k: number): boolean => PIECE_BREAKS.has(text[k - 1]) && CHINESE.test(text[k]);
  for (let k = start + PIECE_LENGTH; k > start; k--) if (isBreak(k)) return k;
  for (let k = start + PIECE_LENGTH + 1; k < text.length; k++) if (isBreak(k)) return k;
  return text.length;
}

/**
 * Segments `text` ahead of the rules, pausing between pieces when the segmenter is the host's
 * (see `cutInSteps`); any other segmenter cuts it at once.
 */
export function* segmentInSteps(segmenter: Segmenter, text: string): Generator<void, void> {
  if (segmenter instanceof HostSegmenter) yield* segmenter.cutInSteps(text);
  else segmenter.cut(text);
}

/**
 * Gives each word its UTF-16 span by running offsets. Should a backend ever drop or alter a
 * character, the words are found by search instead, and text between them becomes tokens of
 * its own, so that the tokens always cover `text` exactly.
 */
export function withOffsets(text: string, words: readonly string[]): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  for (const word of words) {
    if (word === '') continue;
    const start = text.startsWith(word, at) ? at : text.indexOf(word, at);
    if (start < 0) continue;
    if (start > at) tokens.push({ word: text.slice(at, start), start: at, end: start });
    tokens.push({ word, start, end: start + word.length });
    at = start + word.length;
  }
  if (at < text.length) tokens.push({ word: text.slice(at), start: at, end: text.length });
  return tokens;
}
