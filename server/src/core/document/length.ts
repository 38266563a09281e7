import { isHan } from './chars';

/**
 * The length of a draft as writers count it: Han characters, one per character (not per
 * UTF-16 unit, so characters outside the BMP count once); punctuation and spaces apart.
 */
export interface DraftLength {
  /** Han characters (汉字), the figure a writer calls “字数”. */
  readonly han: number;
  /** Punctuation marks, Chinese and Western. */
  readonly punctuation: number;
  /** Letters and digits of other scripts. */
  readonly other: number;
}

const PUNCTUATION = /[\p{P}\p{S}]/u;
const SPACE = /\s/u;

/** Counts `text` (optionally only `[start, end)`). */
export function measureLength(text: string, start = 0, end = text.length): DraftLength {
  let han = 0;
  let punctuation = 0;
  let other = 0;
  for (const ch of text.slice(start, end)) {
    if (isHan(ch)) han++;
    else if (SPACE.test(ch)) continue;
    else if (PUNCTUATION.test(ch)) punctuation++;
    else other++;
  }
  return { han, punctuation, other };
}

/** Default speaking rate of a speech draft, in Han characters a minute. */
export const DEFAULT_SPEECH_RATE = 220;

/** Speaking time in whole minutes (at least 1 for a non-empty draft). */
export function speakingMinutes(han: number, rate = DEFAULT_SPEECH_RATE): number {
  if (han === 0) return 0;
  return Math.max(1, Math.round(han / (rate > 0 ? rate : DEFAULT_SPEECH_RATE)));
}

/** Groups thousands with commas: 4812 -> “4,812”. */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The summary shown in the status bar and by the CLI, e.g. “4,812字 · 约22分钟”. */
export function formatLength(han: number, rate = DEFAULT_SPEECH_RATE): string {
  return `${groupDigits(han)}字 · 约${speakingMinutes(han, rate)}分钟`;
}

/** The share of Han characters among the non-space characters of `text` (0 for blank text). */
/** Share of Han characters below which a plain-text or Markdown file is not taken for a draft. */
export const DEFAULT_HAN_THRESHOLD = 0.3;
/** Enough text to judge whether a file is Chinese prose without counting a whole report. */
const PROSE_SAMPLE = 8000;

/** Whether a file is mostly Chinese prose, judged on its beginning; such files are linted as drafts. */
export function isMostlyChinese(text: string, threshold = DEFAULT_HAN_THRESHOLD): boolean {
  const share = hanShare(text.slice(0, PROSE_SAMPLE));
  return share > 0 && share >= threshold;
}

export function hanShare(text: string): number {
  const { han, punctuation, other } = measureLength(text);
  const total = han + punctuation + other;
  return total === 0 ? 0 : han / total;
}
