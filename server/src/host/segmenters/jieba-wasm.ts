import { USER_WORD_FREQUENCY, type SegmenterBackend } from './backend';

type JiebaWasm = typeof import('jieba-wasm');

/**
 * Loads jieba-wasm (jieba-rs compiled to WebAssembly). The module compiles its WebAssembly and
 * builds the dictionary when it is first required, which costs about half a second, so this
 * is only called when a rule first needs words.
 */
export function loadJiebaWasm(): SegmenterBackend {
  const jieba = require('jieba-wasm') as JiebaWasm;
  return {
    name: 'jieba-wasm',
    // `cut` plus running offsets is faster than `tokenize`, whose offsets count code points.
    cut: (text) => jieba.cut(text, false),
    addWord: (word) => {
      jieba.add_word(word, USER_WORD_FREQUENCY);
    },
  };
}
