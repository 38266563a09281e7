import { devNull } from 'node:os';
import { SegmenterUnavailableError, type SegmenterBackend } from './backend';

/** The part of nodejieba's API that gwlint uses. */
interface Nodejieba {
  load(options?: Record<string, string>): unknown;
  cut(text: string, hmm?: boolean): string[];
  insertWord(word: string, tag?: string): boolean;
}

export const NODEJIEBA_INSTALL_HINT =
  '分词器 nodejieba 未安装或无法加载。请在安装 gwlint 的项目中运行 `npm install nodejieba`' +
  '（全局安装的 gwlint 用 `npm install -g nodejieba`；没有预编译包时会从源码编译，需要 C++ 编译工具，' +
  '并可设置环境变量 `npm_config_yes=true`），或在 .gwlintrc.json 中改用默认的 "segmenter": "jieba-wasm"。';

/**
 * Loads nodejieba, the C++ jieba binding. It is an optional dependency with a native build, so
 * it is required only when a configuration chooses it, and a missing or broken install becomes
 * an error whose message says how to install it. `requireModule` is replaced only in tests.
 */
export function loadNodejieba(requireModule: () => unknown = () => require('nodejieba')): SegmenterBackend {
  let jieba: Nodejieba;
  try {
    jieba = requireModule() as Nodejieba;
    // nodejieba's sample user dictionary (云计算, 蓝翔, ...) is replaced by an empty file, so that
    // both backends start from the same words; an empty string would bring the sample back.
    jieba.load({ userDict: devNull });
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new SegmenterUnavailableError(`${NODEJIEBA_INSTALL_HINT}（${reason}）`);
  }
  return {
    name: 'nodejieba',
    cut: (text) => jieba.cut(text, false),
    // cppjieba gives a word inserted without a frequency the median weight of its dictionary.
    addWord: (word) => {
      jieba.insertWord(word);
    },
  };
}
