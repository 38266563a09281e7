/**
 * Every match of the global regular expression `re` in `text`, exactly as `text.matchAll(re)`
 * yields them, without the copy of `re` that `matchAll` makes on each call (a cost that adds
 * up in loops over every paragraph or sentence). Resets `re.lastIndex`.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError('allMatches needs a global regular expression');
  const found: RegExpExecArray[] = [];
  const unicode = re.unicode || re.flags.includes('v');
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    found.push(m);
    // An empty match moves on by one character, as matchAll does.
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, unicode);
  }
  re.lastIndex = 0;
  return found;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}
