import type { Span } from '../types';
import type { DraftText } from './model';

/**
 * A heading numbered the decimal way (1.1, 2.1.3), as 应急预案, 实施细则 and standards number
 * their 条 (GB/T 1.1): only numbers of two parts or more, at a paragraph's start, a space
 * before the title. A chapter's single number (`1 总则`) is not told from prose.
 */
export interface DecimalHeading {
  readonly parts: readonly number[];
  /** The number (`4.2.2`), without a dot after it. */
  readonly numeral: Span;
  /** A dot typed after the number (`3.2.`), if any. */
  readonly dot?: Span;
  readonly paragraphIndex: number;
}

// The number, a dot after it perhaps, spaces, then a title that is no amount (1.5 亿元).
const DECIMAL = /^([ \t\u3000]*)(\d{1,2}(?:[.．]\d{1,2}){1,3})([.．]?)[ \t\u3000]+(?=[\p{Script=Han}Ⅰ-Ⅻ“《（])(?![亿万千百元个倍年月日天项次人家户吨米亩公平])/u;
// Fewer than this many in a draft are figures at a line's start, not an outline.
const MIN_HEADINGS = 3;

/** The decimal headings of a draft, found once and shared by the rules that read them. */
export function decimalHeadings(draft: DraftText & { view<T>(key: string, compute: () => T): T }): readonly DecimalHeading[] {
  return draft.view('decimal-headings', () => findDecimalHeadings(draft));
}

/** The decimal headings of a draft, in order; none when fewer than three. */
export function findDecimalHeadings(draft: DraftText): DecimalHeading[] {
  const found: DecimalHeading[] = [];
  for (const p of draft.paragraphs) {
    const code = p.text.charCodeAt(p.text.search(/\S/));
    if (!(code >= 0x30 && code <= 0x39)) continue;
    const m = DECIMAL.exec(p.text);
    if (!m) continue;
    const start = p.start + m[1].length;
    const end = start + m[2].length;
    found.push({
      parts: m[2].split(/[.．]/).map(Number),
      numeral: [start, end],
      ...(m[3] ? { dot: [end, end + 1] as Span } : {}),
      paragraphIndex: p.index,
    });
  }
  return found.length >= MIN_HEADINGS ? found : [];
}

/** A decimal heading whose number does not follow the one before it at its level. */
export interface DecimalSlip {
  readonly heading: DecimalHeading;
  readonly kind: 'gap' | 'repeat' | 'start';
  /** The last part the number should have. */
  readonly expected: number;
}

/**
 * The first slip under each parent: a number said twice (4.2.2 twice), a gap (2.1 then 2.3),
 * or a first child not numbered 1 under a parent that is there (4.2, then 4.2.2). The numbering
 * starting over at the very first number (after a table of contents, in an attachment) is no slip.
 */
export function decimalSlips(headings: readonly DecimalHeading[]): DecimalSlip[] {
  const slips: DecimalSlip[] = [];
  let seen = new Set<string>();
  // The last number of each parent's children so far, by the parent's number.
  let last = new Map<string, number>();
  const reported = new Set<string>();
  const first = headings[0]?.parts.join('.');
  for (const h of headings) {
    const key = h.parts.join('.');
    if (key === first && seen.has(key)) {
      seen = new Set();
      last = new Map();
      reported.clear();
    }
    const parent = h.parts.slice(0, -1).join('.');
    const value = h.parts[h.parts.length - 1];
    const before = last.get(parent);
    const expected = (before ?? 0) + 1;
    const slip = seen.has(key) ? 'repeat' : before !== undefined ? (value === expected ? undefined : 'gap') : value !== 1 && h.parts.length > 2 && seen.has(parent) ? 'start' : undefined;
    if (slip && !reported.has(parent)) {
      reported.add(parent);
      slips.push({ heading: h, kind: slip, expected });
    }
    seen.add(key);
    last.set(parent, slip === 'repeat' ? expected : value);
  }
  return slips;
}
