import { matchSpans } from './context';

const URL = /(?:https?:\/\/|ftp:\/\/|www\.)[\x21-\x7e]+/g;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
// A truncation notice of a template site, with the ellipses around it; template-residue reports it.
const RESIDUE_NOTICE =
  /(?:[.．…]{1,}|。{2,})?[(（][^()（）\n]{0,80}?(?:省略\d*字|隐藏\d*字|全文共|正式会员|完整阅读|当前只显示|未完|二维码|公众号)[^()（）\n]{0,80}?[)）](?:[.．…]{1,}|。{2,})?/g;

// A web page's title, its parts joined by underscores and the site's name last: 某某讲话_主持词_公文范文网.
const PAGE_TITLE = /[^\s_]{1,40}(?:_[^\s_]{1,20}){1,4}(?=\s|$)/g;
const SITE_NAME = /(?:网|文库|站|频道|首页)$/;
// Where a kept title would end: a site's name right before a space or the line's end.
const SITE_NAME_AT_END = /(?:网|文库|站|频道|首页)(?=\s|$)/;

/** Stretches of a line where placeholder-like characters are not placeholders. */
export function excludedSpans(text: string): [number, number][] {
  // A title counts only when it ends in a site's name before a space or the line's end: a line without one holds none.
  const titles = !text.includes('_') || !SITE_NAME_AT_END.test(text) ? [] : matchSpans(text, PAGE_TITLE).filter(([, end]) => SITE_NAME.test(text.slice(Math.max(0, end - 4), end)));
  // Each pattern runs only where the character it cannot do without is in the line.
  const urls = text.includes('://') || text.includes('www.') ? matchSpans(text, URL) : [];
  const emails = text.includes('@') ? matchSpans(text, EMAIL) : [];
  const notices = text.includes('(') || text.includes('（') ? matchSpans(text, RESIDUE_NOTICE) : [];
  return [...urls, ...emails, ...notices, ...titles];
}
