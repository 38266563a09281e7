const ASCII_ALNUM_RUN = /[A-Za-z0-9]+|[^A-Za-z0-9]+/g;
const ASCII_ALNUM = /^[A-Za-z0-9]+$/;

/**
 * Makes the words of both backends alike where their dictionaries and rules differ on letters
 * and digits: cppjieba returns them one by one (`G/D/P`) while jieba-rs keeps a run together,
 * and jieba-rs has mixed words (`X射线`) that cppjieba cuts (`X/射线`). Every word is split
 * where letters and digits meet other characters, then adjacent runs of letters and digits
 * are joined: `GDP`, `X/射线` from both.
 */
export function normaliseWords(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const word of words) {
    for (const piece of word.match(ASCII_ALNUM_RUN) ?? []) {
      const last = out.length - 1;
      if (last >= 0 && ASCII_ALNUM.test(piece) && ASCII_ALNUM.test(out[last])) out[last] += piece;
      else out.push(piece);
    }
  }
  return out;
}
