import { matchSpans } from './context';

const URL = /(?:https?:\/\/|ftp:\/\/|www\.)[\x21-\x7e]+/g;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
// A truncation notice of a template site, with the ellipses around it; template-residue reports it.
const RESIDUE_NOTICE =
  /(?:[.．…]{1,}|。{2,})?[(（][^()（）\n]{0,80}?(?:省略\d*字|隐藏\d*字|全文共|正式会员|完整阅读|当前只显示|未完|二维码|公众号)[^()（）\n]{0,80}?[)）](?:[.．…]{1,}|。{2,})?/g;

/** Stretches of a line where placeholder-like characters are not placeholders. */
export function excludedSpans(text: string): [number, number][] {
  return [...matchSpans(text, URL), ...matchSpans(text, EMAIL), ...matchSpans(text, RESIDUE_NOTICE)];
}
