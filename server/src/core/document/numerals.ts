// Numbers as writers spell them in markers: Chinese numerals (一 … 九十九 … 九百九十九),
// ASCII and full-width digits, circled ①, parenthesised ⑴ and dotted ⒈ digits.

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CHINESE_NAMES = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** `①`–`⑳`, `⑴`–`⒇`, `⒈`–`⒛`: each a single character standing for 1–20. */
const CIRCLED_START = 0x2460;
const PAREN_DIGIT_START = 0x2474;
const DOTTED_DIGIT_START = 0x2488;

/**
 * The value of a Chinese numeral in the forms writers use for ordinals and counts
 * (一, 十, 十二, 二十, 二十三, 一百零五), or undefined when the string is no such numeral
 * (十四五, 一一).
 */
export function parseChineseNumeral(text: string): number | undefined {
  const m = /^(?:([一二两三四五六七八九])百(?:零(?=[一二三四五六七八九]$))?)?(?:([一二两三四五六七八九])?(十))?([一二两三四五六七八九])?$/.exec(text);
  if (!m || text === '') return undefined;
  const [, hundreds, tensDigit, ten, units] = m;
  // 十 alone may lead a number (十二) but not follow a bare hundred without 一 (一百十 is unusual, allowed).
  const value = (hundreds ? CHINESE_DIGITS[hundreds] * 100 : 0) + (ten ? (tensDigit ? CHINESE_DIGITS[tensDigit] : 1) * 10 : 0) + (units ? CHINESE_DIGITS[units] : 0);
  return value > 0 ? value : undefined;
}

/** Spells 1–999 as a Chinese numeral: 1 → 一, 12 → 十二, 105 → 一百零五. */
export function toChineseNumeral(value: number): string {
  if (value <= 0 || value >= 1000 || !Number.isInteger(value)) return String(value);
  const hundreds = Math.floor(value / 100);
  const tens = Math.floor((value % 100) / 10);
  const units = value % 10;
  let out = hundreds ? `${CHINESE_NAMES[hundreds]}百` : '';
  if (tens) out += `${tens === 1 && !hundreds ? '' : CHINESE_NAMES[tens]}十`;
  else if (hundreds && units) out += '零';
  return out + CHINESE_NAMES[units];
}

/** The value of ASCII or full-width digits. */
export function parseDigits(text: string): number {
  return Number(text.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
}

/** The value of a single-character number (①, ⑴, ⒈), or undefined. */
export function parseSingleCharNumber(ch: string): number | undefined {
  const code = ch.charCodeAt(0);
  // The three blocks of twenty are contiguous.
  if (!(code >= CIRCLED_START && code < DOTTED_DIGIT_START + 20)) return undefined;
  return ((code - CIRCLED_START) % 20) + 1;
}

/** Spells `value` the way `original` spelled its number (Chinese, full-width, circled, …). */
export function spellLike(original: string, value: number): string {
  const single = original.length === 1 ? parseSingleCharNumber(original) : undefined;
  if (single !== undefined && value >= 1 && value <= 20) {
    const code = original.charCodeAt(0);
    const start = [CIRCLED_START, PAREN_DIGIT_START, DOTTED_DIGIT_START].find((s) => code >= s && code < s + 20)!;
    return String.fromCharCode(start + value - 1);
  }
  if (/^[0-9]+$/.test(original)) return String(value);
  if (/^[０-９]+$/.test(original)) return String(value).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  return toChineseNumeral(value);
}

/**
 * The marker at `marker` in `text` with `value` in place of the number at `numeral`, spelled
 * alike: `（三）` for `（二）` and 3, `三是` for `二是`. A marker without a numeral (`首先`)
 * is returned as written.
 */
export function respellMarker(text: string, marker: readonly [number, number], numeral: readonly [number, number], value: number): string {
  if (numeral[1] <= numeral[0]) return text.slice(marker[0], marker[1]);
  return text.slice(marker[0], numeral[0]) + spellLike(text.slice(numeral[0], numeral[1]), value) + text.slice(numeral[1], marker[1]);
}
