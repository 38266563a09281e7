import type { Span } from '../../types';
import { truncationNotices } from '../../document/truncation-notices';
import { matchSpans } from './context';

const URL = /(?:https?:\/\/|ftp:\/\/|www\.)[\x21-\x7e]+/g;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
// A web page's title, its parts joined by underscores and the site's name last: 某某讲话_主持词_公文范文网.
const PAGE_TITLE = /[^\s_]{1,40}(?:_[^\s_]{1,20}){1,4}(?=\s|$)/g;
const SITE_NAME = /(?:网|文库|站|频道|首页)$/;
// Where a kept title would end: a site's name right before a space or the line's end.
const SITE_NAME_AT_END = /(?:网|文库|站|频道|首页)(?=\s|$)/;

/** Stretches of a line where placeholder-like characters are not placeholders. */
export function excludedSpans(text: string): readonly Span[] {
  // A title counts only when it ends in a site's name before a space or the line's end: a line without one holds none.
  const titles = !text.includes('_') || !SITE_NAME_AT_END.test(text) ? [] : matchSpans(text, PAGE_TITLE).filter(([, end]) => SITE_NAME.test(text.slice(Math.max(0, end - 4), end)));
  // Each pattern runs only where the character it cannot do without is in the line.
  const urls = text.includes('://') || text.includes('www.') ? matchSpans(text, URL) : [];
  const emails = text.includes('@') ? matchSpans(text, EMAIL) : [];
  const notices = truncationNotices(text);
  return [...urls, ...emails, ...notices, ...titles];
}
