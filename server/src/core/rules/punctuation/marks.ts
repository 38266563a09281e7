import { codeTable, isHanCode, SPACE } from '../../document/chars';
import type { Draft } from '../../document/draft';
import type { EnumerationKind } from '../../document/model';

// Character classes shared by the punctuation and number rules. Each test looks at one UTF-16
// code unit through a table, so that a rule visits every character of a draft once.

// High surrogates of planes 2 and 3 (U+20000–U+3FFFF), where the rarer Chinese characters are; emoji are in plane 1.
const HAN_HIGH_FROM = 0xd840;
const HAN_HIGH_TO = 0xd8bf;

/** Whether the code unit at `at` is (half of) a Chinese character, astral ones included. */
export function isHanAt(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const code = text.charCodeAt(at);
  if (code >= 0xdc00 && code <= 0xdfff) return isHanAt(text, at - 1) && text.charCodeAt(at - 1) >= HAN_HIGH_FROM;
  if (code >= 0xd800 && code <= 0xdbff) return code >= HAN_HIGH_FROM && code <= HAN_HIGH_TO;
  return isHanCode(code);
}

/** Full-width (Chinese) punctuation: a neighbour that makes the context Chinese. */
export const CJK_PUNCTUATION = codeTable('，。、；：？！“”‘’（）《》〈〉【】〔〕「」『』—…·～．', [[0x3000, 0x3040], [0xff01, 0xff61]]);
/** Full-width marks that close something: a mark after them belongs to Chinese text. */
export const CJK_CLOSERS = codeTable('”’）》〉】〕」』');
/** Full-width marks that open something. */
export const CJK_OPENERS = codeTable('“‘（《〈【〔「『');
export { SPACE };
export const DIGIT = codeTable('0123456789');
export const LATIN = codeTable('', [[0x41, 0x5b], [0x61, 0x7b]]);
/** Printable ASCII but the space: the characters of a Latin token, a number, a URL or a path. */
export const ASCII_WORD = codeTable('', [[0x21, 0x7f]]);
/** Chinese numerals that spell a heading or list number. */
export const CHINESE_DIGIT = codeTable('一二三四五六七八九十');

export function codeAt(table: Uint8Array, text: string, at: number): boolean {
  return at >= 0 && at < text.length && table[text.charCodeAt(at)] === 1;
}

/** Whether the character at `at` is Chinese text: a Chinese character or a full-width mark. */
export function isChineseAt(text: string, at: number): boolean {
  return isHanAt(text, at) || codeAt(CJK_PUNCTUATION, text, at);
}

const NUMBER_FORMS: ReadonlySet<EnumerationKind> = new Set(['circled', 'arabic-paren', 'chinese-paren', 'arabic', 'chinese']);

/** The offsets, relative to their paragraph, of a paragraph's heading and list markers. */
export interface ParagraphMarkers {
  /** Heading markers (`一、` `（一）` `1.` `（1）`): their punctuation is heading-punctuation's. */
  readonly heading: ReadonlySet<number>;
  /** Numbers written inline as list markers (`（1）` `1）` `①`). */
  readonly list: ReadonlySet<number>;
  /** Both, as a memo key. */
  readonly key: string;
}

const NONE: ParagraphMarkers = { heading: new Set(), list: new Set(), key: '' };

/**
 * The heading and list markers of each paragraph, by paragraph index. The dot after `1.` is
 * what GB/T 9704 wants, and the punctuation of markers belongs to heading-punctuation and
 * list-sequence. A word marker's comma (`第一,`) is prose punctuation and is not a marker here.
 */
export function paragraphMarkers(draft: Draft): readonly ParagraphMarkers[] {
  return draft.view('punctuation:markers', () => {
    const heading = new Map<number, number[]>();
    const list = new Map<number, number[]>();
    const add = (into: Map<number, number[]>, paragraphIndex: number, start: number, end: number): void => {
      const base = draft.paragraphs[paragraphIndex].start;
      const offsets = into.get(paragraphIndex) ?? [];
      for (let i = start; i < end; i++) offsets.push(i - base);
      into.set(paragraphIndex, offsets);
    };
    for (const h of draft.headings) add(heading, h.paragraphIndex, h.marker[0], h.marker[1]);
    for (const run of draft.enumerations) {
      for (const item of run.items) if (NUMBER_FORMS.has(item.kind)) add(list, item.paragraphIndex, item.marker[0], item.marker[1]);
    }
    return draft.paragraphs.map((p) => {
      const h = heading.get(p.index);
      const l = list.get(p.index);
      return h || l ? { heading: new Set(h), list: new Set(l), key: `${h?.join(',') ?? ''}|${l?.join(',') ?? ''}` } : NONE;
    });
  });
}

/** Whether the source (not the prose view) has whitespace at `at`: Markdown syntax is blanked to spaces in the prose view. */
export function isSourceSpace(draft: Draft, at: number): boolean {
  return SPACE[draft.source.charCodeAt(at)] === 1 && SPACE[draft.text.charCodeAt(at)] === 1;
}
