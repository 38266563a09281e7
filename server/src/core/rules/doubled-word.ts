import { HAN, isAllHan, isHanCode, isSpaceCode } from '../document/chars';
import { paragraphTokens } from '../document/words';
import { defineRule } from '../rule';
import type { Segmenter, Token } from '../segmenter';
import type { Paragraph } from '../document/model';
import { lineAfter, openLineEnds } from '../document/wraps';
import type { Span } from '../types';

export interface DoubledWordOptions {
  /** Two-character verbs and adjectives whose ABAB form (研究研究) is accepted, besides the built-in ones. */
  readonly reduplicable: readonly string[];
}

// A paragraph is segmented only when some one to eight Chinese characters repeat at once.
const CANDIDATE = new RegExp(`(${HAN}{1,8})\\1`, 'u');
const SURROGATE = /[\ud800-\udfff]/;
// The longest repeated word sequence looked for (加快推进加快推进 is two words twice).
const MAX_WORDS = 3;

/** One-character function words, pronouns and adverbs that are never doubled on purpose. */
const FUNCTION_WORDS = new Set(
  [...'的地得了着过是在和与及或并而对把被将为从向以于由给让使同跟按之其这那也都就又还但却更很要会能应已不没我你他她它们'],
);

/**
 * Verbs and adjectives whose ABAB form is a legitimate spoken reduplication (研究研究, 商量商量,
 * 热闹热闹). Action words of official prose (加强, 推进, 落实) do not reduplicate.
 */
const REDUPLICABLE = new Set([
  '研究', '讨论', '商量', '商议', '考虑', '琢磨', '思考', '合计', '盘算', '学习', '交流', '沟通', '了解', '打听',
  '请教', '介绍', '解释', '说明', '检查', '比较', '分析', '总结', '梳理', '整理', '收拾', '打扫', '清理', '准备',
  '练习', '锻炼', '活动', '休息', '放松', '调整', '尝试', '体验', '感受', '体会', '欣赏', '参观', '走访', '看望',
  '关心', '关照', '帮助', '照顾', '指导', '指点', '提醒', '表扬', '鼓励', '安慰', '批评', '教育', '议论', '考察',
  '调研', '反思', '回顾', '动员', '见识', '认识', '熟悉', '适应', '消化', '热闹', '高兴', '暖和', '凉快', '舒服',
  '轻松', '痛快', '乐呵', '溜达', '转悠', '念叨', '比划', '串门', '聊天', '散步', '帮忙', '握手',
]);

// What marks a record of words said: stage notes of the audience, a speech-to-text export.
const TRANSCRIPT = /[（(](?:热烈)?(?:掌声|鼓掌|笑|众笑|笑声)[）)]|说话人\s*\d|录音整理/;
const SPOKEN_FILLERS = ['这个', '那个', '就是', '然后', '那么', '这样', '所以'];

// A numeral and a measure word start a counted reduplication: 一项一项, 一个项目一个项目, 一对对.
const NUMERAL = /^[一二两三四五六七八九十百千万几每半]$/u;
const NUMBERED_UNIT = /^[一两三四五六七八九十几每半](?:\p{Script=Han}|季度|个月|星期|年度)$/u;
const COUNTED = /^[一二两三四五六七八九十百千万几每半][个项件步天年点批次条家户位名张座场轮级层片村组代月周回遍趟笔份块所台支只种类堂课期届对双处桩环招棒茬拨波]$/u;

export default defineRule<DoubledWordOptions>({
  meta: {
    id: 'doubled-word',
    description: '同一个词连续重复（的的、进一步进一步）',
    details:
      '同一个词或同一组词紧挨着重复出现，多是修改、粘贴时留下的笔误，如“的的”“加强加强”“进一步进一步”。' +
      '判断以分词结果为准：“有的的确”（有的＋的确）、“工作作风”（工作＋作风）不算重复；' +
      '合乎语法的叠用不报告，如常常、人人、家家户户、时时处处、一项一项、一步一个脚印，以及口语中的“研究研究”“商量商量”。',
    examples: {
      bad: ['要进一步进一步优化营商环境。', '我们的的工作还有差距。', '加强加强组织领导。'],
      good: ['有的的确存在困难。', '一项一项抓落实、一件一件见成效。', '家家户户、时时处处。', '这件事我们再研究研究。'],
    },
    defaultSeverity: 'warning',
    fixable: true,
    needsWords: true,
    messages: {
      doubled: '“{{word}}”连续重复，应删去多余的部分',
    },
    options: {
      reduplicable: {
        type: 'array',
        items: { type: 'string', minLength: 2 },
        description: '另外允许以 ABAB 形式叠用的双音节词（如“研究研究”中的“研究”）',
      },
    },
    defaultOptions: { reduplicable: [] },
  },
  check(draft, context) {
    const reduplicable = new Set(context.options.reduplicable);
    // A transcript keeps the speaker's hesitations (这个这个, 就是就是): his words, not slips.
    if (TRANSCRIPT.test(draft.text)) for (const filler of SPOKEN_FILLERS) reduplicable.add(filler);
    for (const paragraph of draft.paragraphs) {
      if (!draft.memo(paragraph, 'doubled-word:repeat', () => hasRepeat(paragraph.text) && hasSuspectRepeat(paragraph.text))) continue;
      // Words in offsets of the paragraph: the spans found are moved to the draft's offsets.
      const words = paragraphTokens(paragraph, context.segmenter());
      const at = paragraph.start;
      for (let i = 0; i < words.length; ) {
        const found = doubledAt(words, i, reduplicable) ?? overlappingAt(words, i, reduplicable);
        if (!found) {
          i++;
          continue;
        }
        if (isWholeClause(paragraph.text, found.span)) {
          i = found.next;
          continue;
        }
        const span: Span = [found.span[0] + at, found.span[1] + at];
        const second: Span = [found.second[0] + at, found.second[1] + at];
        context.report({ messageId: 'doubled', data: { word: found.word }, span, fix: { span: second, text: '' } });
        i = found.next;
      }
    }
    // A PDF's hard wrap may fall between the copies (进一步 ⏎ 进一步): look across each wrap.
    const openEnds = openLineEnds(draft);
    // The headings are looked up only for a draft with hard wraps.
    const headingLines = openEnds.size === 0 ? new Set<number>() : new Set(draft.headings.filter((h) => !h.midLine).map((h) => h.paragraphIndex));
    for (const k of openEnds) {
      // A heading line ends open by nature (三、强化保障措施 ⏎ 措施……).
      if (headingLines.has(k)) continue;
      const next = lineAfter(draft, k);
      const found = next && acrossWrap(draft.paragraphs[k], next, context.segmenter(), reduplicable);
      if (found) context.report({ messageId: 'doubled', data: { word: found.word }, span: found.span, fix: { span: found.second, text: '' } });
    }
  },
});

// Around a doubled word that is a clause of its own: what may come before it and after it.
const CLAUSE_BEFORE = /[，,。；;：:！!？?、“‘「]/;
const CLAUSE_AFTER = /[，,：:！!]/;

/** `干部干部，干字当头`: a word doubled as a clause of its own is said twice on purpose. */
function isWholeClause(text: string, span: Span): boolean {
  // Back over spaces only, not the whole paragraph: a paragraph may hold many doublings.
  let before = span[0] - 1;
  while (before >= 0 && isSpaceCode(text.charCodeAt(before))) before--;
  return (before < 0 || CLAUSE_BEFORE.test(text[before])) && CLAUSE_AFTER.test(text[span[1]] ?? '');
}

// How much of each line a doubling across a wrap is looked for in.
const WRAP_WINDOW = 12;

/**
 * A doubling whose copies meet at a hard wrap, with spans in the draft's offsets; the copy
 * that a fix removes lies wholly on the second line.
 */
function acrossWrap(line: Paragraph, next: Paragraph, segmenter: Segmenter, extra: ReadonlySet<string>): Doubling | undefined {
  const tail = line.text.trimEnd();
  const tailStart = Math.max(0, tail.length - WRAP_WINDOW);
  const head = next.text.slice(0, WRAP_WINDOW);
  const join = tail.length - tailStart;
  const window = tail.slice(tailStart) + head;
  if (!hasRepeat(window)) return undefined;
  const at = (offset: number): number => (offset < join ? line.start + tailStart + offset : next.start + offset - join);
  const words = segmenter.cut(window);
  for (let i = 0; i < words.length; i++) {
    const found = doubledAt(words, i, extra) ?? overlappingAt(words, i, extra);
    if (!found || found.span[0] >= join || found.span[1] <= join || found.second[0] < join) continue;
    return { ...found, span: [at(found.span[0]), at(found.span[1] - 1) + 1], second: [at(found.second[0]), at(found.second[1] - 1) + 1] };
  }
  return undefined;
}

/** A doubled word: what is doubled, the span of all copies, the span of the copies after the first. */
interface Doubling {
  readonly word: string;
  readonly span: Span;
  readonly second: Span;
  /** The index of the first word after the doubling. */
  readonly next: number;
}

/** A word sequence starting at word `i` and repeated right after itself (加强加强, 加快推进加快推进). */
function doubledAt(words: readonly Token[], i: number, extra: ReadonlySet<string>): Doubling | undefined {
  for (let size = 1; size <= MAX_WORDS; size++) {
    let copies = 1;
    while (sameRun(words, i, i + size * copies, size)) copies++;
    if (copies < 2) continue;
    const phrase = words.slice(i, i + size).map((w) => w.word).join('');
    if (isLegitimate(phrase, words[i], words[i - 1], extra)) return undefined;
    const next = i + size * copies;
    // 学习学习再学习, 努力努力再努力: a slogan, not a slip.
    if (words[next]?.word === '再' && sameRun(words, i, next + 1, size)) return undefined;
    if (size === 1 && takesSuffix(words[i + 1], words[next])) return undefined;
    const last = words[next - 1].end;
    return { word: phrase, span: [words[i].start, last], second: [words[i + size - 1].end, last], next };
  }
  return undefined;
}

/**
 * A word of two or more characters doubled across a word boundary, which jieba cuts as one
 * longer word and the word itself: 高度重视重视 (高度重视/重视), 坚持坚持不懈 (坚持/坚持不懈).
 */
function overlappingAt(words: readonly Token[], i: number, extra: ReadonlySet<string>): Doubling | undefined {
  const a = words[i];
  const b = words[i + 1];
  if (!b || a.end !== b.start) return undefined;
  if (a.word.length === b.word.length) return undefined;
  const firstShorter = a.word.length < b.word.length;
  const shorter = firstShorter ? a.word : b.word;
  const overlaps = firstShorter ? b.word.startsWith(a.word) : a.word.endsWith(b.word);
  if (shorter.length < 2 || !overlaps || isLegitimate(shorter, a, words[i - 1], extra)) return undefined;
  // 一大队大队长, 党支部支部书记: a unit, then the title of who heads it.
  if (firstShorter && HEAD_TITLES.has(b.word.slice(a.word.length))) return undefined;
  if (!firstShorter && takesSuffix(b, words[i + 2])) return undefined;
  const span: Span = firstShorter ? [a.start, b.start + shorter.length] : [a.end - shorter.length, b.end];
  return { word: shorter, span, second: [b.start, b.start + shorter.length], next: i + 2 };
}

// What a unit's name takes to name who heads it (大队 → 大队长, 支部 → 支部书记).
const HEAD_TITLES = new Set(['长', '书记', '副书记', '主任', '副主任', '委员', '主席', '队长', '组长']);

// Suffixes that make a noun of the word before them (组织力, 规范性), which jieba's dictionary may lack.
const NOUN_SUFFIX = new Set([...'力性化率度感型式观']);

/**
 * `党组织组织力`, `基层组织组织力`, `七年级年级主任`: the second copy takes a suffix (or the title
 * of who heads it) that jieba cut off, and is the start of another word (组织力, 年级主任), not a repeat.
 */
function takesSuffix(copy: Token, after: Token | undefined): boolean {
  return after !== undefined && after.start === copy.end && copy.word.length >= 2 && (NOUN_SUFFIX.has(after.word) || HEAD_TITLES.has(after.word));
}

function sameRun(words: readonly Token[], a: number, b: number, size: number): boolean {
  if (b + size > words.length) return false;
  for (let k = 0; k < size; k++) if (words[a + k].word !== words[b + k].word) return false;
  return true;
}

function isLegitimate(phrase: string, first: Token, before: Token | undefined, extra: ReadonlySet<string>): boolean {
  if (!isAllHan(phrase)) return true;
  if (COUNTED.test(first.word) || NUMERAL.test(first.word)) return true;
  // 一锤一锤, 一砖一瓦: a numeral and a measure, said again for one after another.
  if (NUMBERED_UNIT.test(phrase)) return true;
  if (phrase.length === 1) {
    // 一对对, 一条条: a measure word doubled after a numeral.
    if (before && NUMERAL.test(before.word.slice(-1))) return true;
    return !FUNCTION_WORDS.has(phrase);
  }
  return REDUPLICABLE.has(phrase) || extra.has(phrase);
}

/** Whether `CANDIDATE` matches `text`; a direct scan when every character is a single code unit. */
function hasRepeat(text: string): boolean {
  if (SURROGATE.test(text)) return CANDIDATE.test(text);
  if (scanBase > 0x3fffffff - text.length) {
    LAST_SEEN.fill(-1);
    scanBase = 0;
  }
  const base = scanBase;
  scanBase += text.length + 1;
  for (let j = 0; j < text.length; j++) {
    const code = text.charCodeAt(j);
    const stored = LAST_SEEN[code];
    LAST_SEEN[code] = base + j;
    // A copy of length L starting at i puts the same character at i and i + L = j.
    if (stored < base || j - (stored - base) > 8) continue;
    for (let length = j - (stored - base); length <= 8 && length <= j; length++) {
      const i = j - length;
      if (text.charCodeAt(i) !== code || i + 2 * length > text.length) continue;
      if (allHan(text, i, j) && text.startsWith(text.slice(i, j), j)) return true;
    }
  }
  return false;
}

/**
 * Whether `text` holds something this rule could report, whatever the segmentation: a report
 * needs Chinese characters repeated at once, two or more of them (加强加强, 重视重视), or one
 * function word (的的). When a paragraph holds only single content characters doubled
 * (常常, 人人, 实实在在), it need not be segmented at all (nor the segmenter loaded).
 */
function hasSuspectRepeat(text: string): boolean {
  // Characters outside the Basic Multilingual Plane: segment, as before.
  if (SURROGATE.test(text)) return true;
  for (let start = 0; start < text.length; ) {
    // A stretch of Chinese characters; a repeat lies inside one.
    let end = start;
    while (end < text.length && isHanCode(text.charCodeAt(end))) end++;
    if (end - start >= 2 && hasSuspectSquare(text, start, end)) return true;
    start = end + 1;
  }
  return false;
}

/** Whether `text[start, end)` holds a copy of two or more characters right after itself, or a doubled function word. */
function hasSuspectSquare(text: string, start: number, end: number): boolean {
  for (let i = start; i + 1 < end; i++) {
    if (text.charCodeAt(i) === text.charCodeAt(i + 1) && FUNCTION_WORDS.has(text[i])) return true;
  }
  for (let length = 2; 2 * length <= end - start; length++) {
    // A run of `length` positions that equal the character `length` further on is a copy.
    let run = 0;
    for (let i = start; i + length < end; i++) {
      run = text.charCodeAt(i) === text.charCodeAt(i + length) ? run + 1 : 0;
      if (run >= length) return true;
    }
  }
  return false;
}

// Where each code unit was last seen, as `scanBase` of its scan plus its offset: entries below
// the current scan's base belong to earlier scans.
const LAST_SEEN = new Int32Array(0x10000).fill(-1);
let scanBase = 0;

function allHan(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isHanCode(text.charCodeAt(i))) return false;
  return true;
}
