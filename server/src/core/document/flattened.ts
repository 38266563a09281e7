import { CLOSER, codeTable, FULL_STOPS, isSpaceCode } from './chars';
import { FORM_LEVEL, MARKER_FIRST, matchNumberMarker } from './markers';
import type { NumberMarker } from './model';

// A paragraph this long that shows a heading mid-line, or a series of top-level numbers, holds
// a whole page that lost its line breaks (a one-line web copy).
const FLATTENED_LENGTH = 150;
const SENTENCE_END = codeTable(FULL_STOPS);
const COLON = codeTable('：:');
const LIST_SEPARATOR = codeTable('；;，,、');

/**
 * In a flattened page, headings also follow a sentence end with no space (`。二、`), a colon
 * (`：（一）`) or a space after words (`讲话 一、`). Such a position alone proves little, so a
 * number found there counts only as part of a series: numbers of its form under the same
 * higher-level number, two of them in a row (`。（一）…。（二）`). Returns the offsets of
 * those headings, beyond the `strict` ones already found.
 */
export function looseHeadingStarts(text: string, strict: readonly number[]): number[] {
  if (text.length < FLATTENED_LENGTH) return [];
  const strictSet = new Set(strict);
  const found: NumberMarker[] = [];
  for (let i = 1; i < text.length; i++) {
    if (MARKER_FIRST[text.charCodeAt(i)] !== 1 || !(strictSet.has(i) || isLooseStart(text, i))) continue;
    const marker = matchNumberMarker(text, i);
    if (!marker || marker.form === 'circled') continue;
    found.push(marker);
    i = marker.span[1] - 1;
  }
  // Series: numbers of one form under the same number of a higher level, in order.
  const series = new Map<string, NumberMarker[]>();
  const lastAbove: number[] = [-1, -1, -1, -1, -1];
  found.forEach((m, k) => {
    const level = FORM_LEVEL[m.form];
    const key = `${m.form}@${lastAbove[level]}`;
    if (!series.has(key)) series.set(key, []);
    series.get(key)!.push(m);
    for (let below = level + 1; below < lastAbove.length; below++) lastAbove[below] = k;
  });
  // A series with two numbers in a row is one; the others in it are its slips (a gap, a repeat).
  const accepted = [...series.values()].filter((s) => s.some((m, k) => k > 0 && m.value === s[k - 1].value + 1)).flat();
  const loose = accepted.filter((m) => !strictSet.has(m.span[0]));
  // Without a heading mid-line already, only a series of top-level numbers (。一、…。二、) shows a flattened page.
  if (strict.length < 2 && loose.filter((m) => m.form === 'chinese').length < 2) return [];
  return loose.map((m) => m.span[0]).sort((a, b) => a - b);
}

/**
 * After a sentence end or a colon (spaces and closing quotes between allowed), or after a space
 * that follows words; a space after `；` `，` `、` separates the items of an inline list.
 */
function isLooseStart(text: string, at: number): boolean {
  let j = at - 1;
  const spaced = isSpaceCode(text.charCodeAt(j));
  while (j > 0 && isSpaceCode(text.charCodeAt(j))) j--;
  while (j > 0 && CLOSER[text.charCodeAt(j)] === 1) j--;
  const code = text.charCodeAt(j);
  // 附件：1.…… 2.……: the list of a notice's attachments, not its headings.
  if (COLON[code] === 1) return !text.slice(Math.max(0, j - 4), j).endsWith('附件');
  if (SENTENCE_END[code] === 1) return true;
  return spaced && LIST_SEPARATOR[code] !== 1;
}
