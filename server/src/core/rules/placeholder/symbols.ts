import { codePointTest, isHan, isSpace } from '../../document/chars';
import { isAsciiAlnum } from './context';
import type { Placeholder, ScanLine } from './kinds';
import { allMatches } from '../../matches';
import { pastedBold } from '../../document/pasted-bold';

const ASTERISKS = /[*＊]{2,}/g;
// `2024年**月**日`: Markdown reads a bold 月, but nobody bolds one measure word; both runs are blanks.
const MASKED_DATE_PART = /\*\*[年月日号时%％]\*\*/g;
const UNDERSCORES = /[_＿]+/g;
const CIRCLES = /[〇○]{2,}/g;
const BOXES = /□+/g;
// Brackets or quotes holding nothing but spaces: （　　）, (  ), 【 】, [ ], 《　》, “　　”.
const EMPTY_BRACKETS = /[（(][\s\u3000\u00a0]*[）)]|【[\s\u3000\u00a0]*】|[[［][\s\u3000\u00a0]+[\]］]|《[\s\u3000\u00a0]+》|“[\s\u3000\u00a0]+”/g;
// The box of a Markdown task list item: `- [ ] 完成调研`.
const TASK_BOX = /^\s*(?:>\s*)*(?:[-*+]|\d{1,9}[.)])\s+\[[ xX]\]$/;
// A line that only draws a rule: `***`, `* * *`, `___`, `---`.
const SEPARATOR_LINE = /^\s*([*＊_\-])(?:\s*\1){2,}\s*$/;
const SPACE_RUN = /[ \u3000\u00a0]+/g;
// Digits too: a scanned copy's OCR reads the zeros of 200 as 〇 (2〇〇列).
const NUMERALS = /[一二三四五六七八九十〇○零0-9０-９]/;
// What a blank of typed spaces stands for: a count or a date part.
const BLANK_MEASURES = ['月', '日', '户', '人', '个', '名', '家', '项', '件', '元', '万', '亿', '%', '％'];
// Words that end right before a count left blank: 共有　　户, 完成　　万元, 增长　　%.
const COUNT_LEADS = /[有共计达为约近超增长减余第了占成加少到]/;

/** `**`, `***` (a word masked by a template site, or a blank); single `*` is a footnote mark. */
export function scanAsterisks(line: ScanLine): Placeholder[] {
  if (SEPARATOR_LINE.test(line.text)) return [];
  const runs = allMatches(ASTERISKS, line.text).map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const emphasis = line.markdown ? emphasisRuns(line.text, runs, false) : boldLineRuns(line.text);
  const found: Placeholder[] = runs.filter((r) => !emphasis.has(r.start)).map((r) => ({ kind: 'asterisks', ...r }));
  if (!line.markdown) return found;
  for (const m of allMatches(MASKED_DATE_PART, line.source)) {
    const close = m.index + m[0].length - 2;
    found.push({ kind: 'asterisks', start: m.index, end: m.index + 2 }, { kind: 'asterisks', start: close, end: close + 2 });
  }
  return found;
}

/** The starts of the two `**` of bold pasted into a text file (see `pastedBold`). */
function boldLineRuns(text: string): Set<number> {
  const bold = pastedBold(text);
  return bold ? new Set([bold.open, bold.close]) : new Set<number>();
}

/** `____`, `_`, `＿＿`: blanks, but not in identifiers, URLs or Markdown `_emphasis_`. */
export function scanUnderscores(line: ScanLine): Placeholder[] {
  const { text } = line;
  if (line.markdown && SEPARATOR_LINE.test(text)) return [];
  const runs = allMatches(UNDERSCORES, text).map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const singles = runs.filter((r) => r.end - r.start === 1);
  const emphasis = line.markdown ? emphasisRuns(text, singles, true) : underlinedRuns(text, singles);
  const found: Placeholder[] = [];
  if (runs.length === 0) return found;
  const latin = new Reach(text, (code) => code >= 0x21 && code <= 0x7e);
  const word = new Reach(text, isFileNameCode);
  const letters = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) letters[i + 1] = letters[i] + (isAsciiLetterCode(text.charCodeAt(i)) ? 1 : 0);
  for (const r of runs) {
    if (emphasis.has(r.start)) continue;
    if (isAsciiAlnum(text[r.start - 1]) && isAsciiAlnum(text[r.end])) continue; // file_name, 2024_06
    // In a token of printable ASCII that holds a Latin letter (`__init__`, `a_b.md`).
    const [ls, le] = latin.around(r.start, r.end);
    if (letters[le] > letters[ls]) continue;
    // Joining the parts of a file name (`单位名称_报送材料.docx`).
    const [ws, we] = word.around(r.start, r.end);
    if (ws < r.start && FILE_EXTENSION.test(text.slice(Math.max(ws, we - 6), we))) continue;
    found.push({ kind: 'underscores', ...r });
  }
  return found;
}

const FILE_NAME_CHAR = /[^\s，。；：、！？“”‘’（）《》【】,;:!?()"']/;
const isFileNameCode = codePointTest(FILE_NAME_CHAR);
function isAsciiLetterCode(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

// At most six characters long, so the last six of a token are enough to test.
const FILE_EXTENSION = /\.[A-Za-z][A-Za-z0-9]{1,4}$/;

/** How far the characters that pass a test reach to the left and to the right of each offset; built in one pass. */
class Reach {
  private readonly left: Int32Array;
  private readonly right: Int32Array;

  /** `test` is given each UTF-16 code unit of `text`: no string is made of a character. */
  constructor(text: string, test: (code: number) => boolean) {
    this.left = new Int32Array(text.length + 1);
    this.right = new Int32Array(text.length + 1);
    for (let i = 1; i <= text.length; i++) this.left[i] = test(text.charCodeAt(i - 1)) ? this.left[i - 1] : i;
    this.right[text.length] = text.length;
    for (let i = text.length - 1; i >= 0; i--) this.right[i] = test(text.charCodeAt(i)) ? this.right[i + 1] : i;
  }

  /** The stretch from the first passing character before `start` to the last one after `end`. */
  around(start: number, end: number): [number, number] {
    return [this.left[start], this.right[end]];
  }
}

// Words a speaker's copy underlines between two underscores: a phrase, not a blank for a figure or a month.
const UNDERLINED = /^[\p{Script=Han}][^\s_，。；：！？,.;:!?]{1,38}[\p{Script=Han}]$/u;

/**
 * Underscores around words in a draft marked up for reading aloud (确保政策红利_应享尽享、应兑尽兑_):
 * two single underscores on a line with a phrase of three or more characters between them,
 * which no blank (到_年_月, 全年完成_项) has.
 */
function underlinedRuns(text: string, singles: readonly { start: number; end: number }[]): Set<number> {
  const found = new Set<number>();
  for (let k = 0; k + 1 < singles.length; k++) {
    const inner = text.slice(singles[k].end, singles[k + 1].start);
    if (!UNDERLINED.test(inner)) continue;
    found.add(singles[k].start).add(singles[k + 1].start);
    k++;
  }
  return found;
}

/**
 * Markdown emphasis delimiters the prose view kept (`***a***`, `**注意：**本表`, `_a_`,
 * `和_斜体_`): a run closed later on the line by a run of the same length, with no space just
 * inside either. Writers mean emphasis there even where CommonMark would not. Underscores
 * (`strict`) must also touch a word inside, so that two blanks `的_，…的_代` do not pair.
 */
function emphasisRuns(text: string, runs: readonly { start: number; end: number }[], strict: boolean): Set<number> {
  const inner = (ch: string | undefined): boolean =>
    ch !== undefined && !isSpace(ch) && (!strict || !/[\p{P}\p{S}]/u.test(ch));
  const paired = new Set<number>();
  // The runs of each length, in order, and for each the next one after it not yet paired.
  const byLength = new Map<number, number[]>();
  const place: number[] = [];
  for (let i = 0; i < runs.length; i++) {
    const length = runs[i].end - runs[i].start;
    const list = byLength.get(length) ?? [];
    place.push(list.length);
    list.push(i);
    byLength.set(length, list);
  }
  const nextFree = new Map<number, number[]>();
  for (const [length, list] of byLength) nextFree.set(length, list.map((_, k) => k));
  // Union-find with path halving over the places of one length: the first unpaired place from k.
  const free = (links: number[], k: number): number => {
    while (k < links.length && links[k] !== k) {
      links[k] = links[links[k]] ?? links.length;
      k = links[k];
    }
    return k;
  };
  for (let i = 0; i < runs.length; i++) {
    const open = runs[i];
    if (paired.has(open.start) || !inner(text[open.end])) continue;
    const length = open.end - open.start;
    const list = byLength.get(length)!;
    const links = nextFree.get(length)!;
    const k = free(links, place[i] + 1);
    if (k >= list.length) continue;
    const close = runs[list[k]];
    if (!inner(text[close.start - 1])) continue;
    paired.add(open.start).add(close.start);
    links[place[i]] = place[i] + 1;
    links[k] = k + 1;
  }
  return paired;
}

/** `〇〇`, `○○`, but not the zeros of a number (`二〇〇八年`, an OCR's `2〇〇列`). */
export function scanCircles(line: ScanLine): Placeholder[] {
  const { text } = line;
  return allMatches(CIRCLES, text)
    .filter((m) => !NUMERALS.test(text[m.index - 1] ?? '') && !NUMERALS.test(text[m.index + m[0].length] ?? ''))
    .map((m) => ({ kind: 'circles', start: m.index, end: m.index + m[0].length }));
}

/** `□`, `□□`; a row of single boxes each followed by an option (`□同意 □不同意`) is a check list. */
export function scanBoxes(line: ScanLine): Placeholder[] {
  const { text } = line;
  const runs = allMatches(BOXES, text).map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const isOption = (r: { start: number; end: number }): boolean =>
    r.end - r.start === 1 && (r.start === 0 || isSpace(text[r.start - 1]) || /[:：]/.test(text[r.start - 1])) && isHan(text[r.end]);
  const options = runs.filter(isOption);
  return runs
    .filter((r) => !(options.length >= 2 && options.includes(r)))
    .map((r) => ({ kind: 'boxes', ...r }));
}

/** `（　　）`, `()`, `【 】`, `[ ]`, `《　》`, `“　　”`; not a Markdown task box `- [ ]`. */
export function scanEmptyBrackets(line: ScanLine): Placeholder[] {
  return allMatches(EMPTY_BRACKETS, line.text)
    .filter((m) => line.source.slice(m.index, m.index + m[0].length) === m[0])
    .filter((m) => !(line.markdown && TASK_BOX.test(line.source.slice(0, m.index + m[0].length))))
    .map((m) => ({ kind: 'emptyBrackets', start: m.index, end: m.index + m[0].length }));
}

/**
 * Typed spaces left for a number or date inside a sentence: `共有　　户`, `2024年　月　日`. A
 * spaced label (`附　　件：`) and indentation are not blanks.
 */
export function scanSpacedBlanks(line: ScanLine): Placeholder[] {
  const { text, source } = line;
  const found: Placeholder[] = [];
  const firstText = source.search(/\S/);
  for (const m of allMatches(SPACE_RUN, source)) {
    const start = m.index;
    const end = start + m[0].length;
    const typed = m[0].includes('\u3000') || m[0].length >= 2;
    // Only spaces before it: indentation.
    if (!typed || firstText < 0 || firstText >= start) continue;
    if (!BLANK_MEASURES.includes(text[end])) continue;
    const dateBlank = /[月日]/.test(text[end]) && /[年月]/.test(text[start - 1] ?? ''); // 2024年　月　日
    // Full-width spaces are typed on purpose; ASCII ones may be copy noise, so they need a count word.
    const before = text[start - 1] ?? '';
    const countBlank = m[0].includes('\u3000') ? isHan(before) : COUNT_LEADS.test(before);
    if (!dateBlank && !countBlank) continue;
    let next = end + 1;
    while (next < text.length && isSpace(text[next])) next++;
    if (/^[:：]/.test(text.slice(next, next + 1))) continue; // 附　　件：
    found.push({ kind: 'spacedBlank', start, end });
  }
  return found;
}
