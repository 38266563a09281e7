import type { Span } from '../types';
import { allMatches } from '../matches';

// A template site's truncation notice in brackets, with the ellipses around it:
// ……(某某网省略1111字,正式会员可完整阅读)…… . template-residue reports and removes it whole.
const TRUNCATION_NOTICE =
  /(?:[.．…]{1,}|。{2,})?[(（][^()（）\n]{0,80}?(?:省略\d*字|隐藏\d*字|全文共|正式会员|完整阅读|当前只显示|未完|二维码|公众号)[^()（）\n]{0,80}?[)）](?:[.．…]{1,}|。{2,})?/g;

/**
 * The bracketed truncation notices of a paragraph's text, in its offsets: what is in them is
 * the site's, to be deleted, and no placeholder or punctuation slip of the writer's.
 */
export function truncationNotices(text: string): Span[] {
  if (!text.includes('(') && !text.includes('（')) return [];
  return allMatches(TRUNCATION_NOTICE, text).map((m): Span => [m.index, m.index + m[0].length]);
}
