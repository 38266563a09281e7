import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SegmenterUnavailableError, USER_WORD_FREQUENCY, type SegmenterBackend } from './backend';
import { cutWords } from './jieba-cut';
import { JiebaDictionary } from './jieba-dictionary';

/** The compact dictionary, beside this module in the sources and beside the bundle in out/. */
export const JIEBA_DICTIONARY_FILE = join(__dirname, 'jieba-dictionary.txt');

/**
 * Loads gwlint's own jieba: jieba's dictionary and its way of cutting (HMM off), in TypeScript.
 * It gives the words jieba-wasm gives, but reads its dictionary lazily, so that loading costs a
 * few milliseconds and a few megabytes rather than jieba-wasm's 0.2 s of CPU and 60 MB.
 */
export function loadJieba(file = JIEBA_DICTIONARY_FILE): SegmenterBackend {
  let dictionary: JiebaDictionary;
  try {
    dictionary = new JiebaDictionary(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SegmenterUnavailableError(`无法读取分词词典 ${file}（${reason}）：请重新安装 gwlint。`);
  }
  return {
    name: 'jieba',
    cut: (text) => cutWords(dictionary, text),
    addWord: (word) => dictionary.addWord(word, USER_WORD_FREQUENCY),
  };
}
