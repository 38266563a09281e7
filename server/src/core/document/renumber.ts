import type { Fix, Span } from '../types';
import { spellLike } from './numerals';
import type { DraftText } from './model';

/**
 * One fix that gives the numbers at `numerals` the values `first`, `first + 1`, …, each
 * spelled as before (一 / 1 / ① / １). The replacement text is taken from the source, so
 * Markdown syntax between the numbers survives.
 */
export function renumber(draft: DraftText, numerals: readonly Span[], first: number): Fix | undefined {
  if (numerals.length === 0) return undefined;
  const start = numerals[0][0];
  const end = numerals[numerals.length - 1][1];
  let out = '';
  let cursor = start;
  numerals.forEach((span, k) => {
    out += draft.source.slice(cursor, span[0]) + spellLike(draft.source.slice(span[0], span[1]), first + k);
    cursor = span[1];
  });
  out += draft.source.slice(cursor, end);
  return out === draft.source.slice(start, end) ? undefined : { span: [start, end], text: out };
}
