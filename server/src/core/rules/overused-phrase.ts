import { isAllHan } from '../document/chars';
import { draftWords } from '../document/words';
import { defineRule } from '../rule';
import type { Token } from '../segmenter';
import type { Span } from '../types';

export interface OverusedPhraseOptions {
  /** How many times a phrase may appear within the window. */
  readonly maxCount: number;
  /** The window, in characters of the draft. */
  readonly window: number;
  /** The fewest characters a phrase must have. */
  readonly minChars: number;
}

const MIN_WORDS = 2;
const MAX_WORDS = 4;
// A phrase neither starts nor ends with a particle or conjunction (的, 和, 是 ...).
const FUNCTION_WORD = /^[的地得了着过是在和与及或并而对把被将为从向以于由之其也都就又还要]$/u;

interface Occurrence {
  readonly span: Span;
}

export default defineRule<OverusedPhraseOptions>({
  meta: {
    id: 'overused-phrase',
    description: '同一短语在一定篇幅内使用过多',
    details:
      '同一个由两个以上词组成的短语，在 window 个字的范围内出现超过 maxCount 次时提示，便于变换说法。' +
      '讲话稿中有意的排比和反复很常见，因此本规则默认关闭，需要时在配置中打开。',
    examples: {
      bad: ['进一步加强……进一步加强……进一步加强……进一步加强……（一段之内四次）'],
      good: ['进一步加强……着力提升……持续深化……'],
    },
    defaultSeverity: 'off',
    fixable: false,
    needsWords: true,
    messages: {
      overused: '“{{phrase}}”在 {{window}} 字内已出现 {{count}} 次，可考虑换个说法',
    },
    options: {
      maxCount: { type: 'integer', minimum: 1, description: '在窗口范围内允许出现的次数' },
      window: { type: 'integer', minimum: 50, description: '窗口大小（字数）' },
      minChars: { type: 'integer', minimum: 2, description: '短语至少包含的字数' },
    },
    defaultOptions: { maxCount: 3, window: 1000, minChars: 4 },
  },
  check(draft, context) {
    const { maxCount, window, minChars } = context.options;
    const occurrences = new Map<string, Occurrence[]>();
    for (const words of draftWords(draft, context.segmenter())) {
      for (const [phrase, span] of phrases(words, minChars)) {
        const list = occurrences.get(phrase) ?? [];
        list.push({ span });
        occurrences.set(phrase, list);
      }
    }
    // Longer phrases first, so that 进一步加强 is reported rather than its parts as well.
    const ranked = [...occurrences].filter(([, list]) => list.length > maxCount).sort((a, b) => b[0].length - a[0].length);
    // The reported spans, by start: the furthest end of a span starting there.
    const reported = new Map<number, number>();
    let longestReported = 0;
    const isInsideReported = ([start, end]: Span): boolean => {
      for (let s = start; s >= start - longestReported; s--) {
        const e = reported.get(s);
        if (e !== undefined && e >= end) return true;
      }
      return false;
    };
    for (const [phrase, list] of ranked) {
      let from = 0;
      let quietUntil = -1;
      list.forEach((occurrence, k) => {
        while (list[from].span[0] <= occurrence.span[0] - window) from++;
        const count = k - from + 1;
        if (count <= maxCount || occurrence.span[0] < quietUntil) return;
        if (isInsideReported(occurrence.span)) return;
        // One finding per phrase and window: the writer has been told.
        quietUntil = occurrence.span[0] + window;
        const [s, e] = occurrence.span;
        reported.set(s, Math.max(e, reported.get(s) ?? e));
        longestReported = Math.max(longestReported, e - s);
        context.report({
          messageId: 'overused',
          data: { phrase, window, count },
          span: occurrence.span,
          related: list.slice(from, k).map((o) => ({ span: o.span, message: '此前出现处' })),
        });
      });
    }
  },
});

/** The phrases of a paragraph: runs of two to four Chinese words, each with its span. */
function* phrases(words: readonly Token[], minChars: number): Generator<[string, Span]> {
  const phraseWord = words.map(isPhraseWord);
  const functionWord = words.map((w) => FUNCTION_WORD.test(w.word));
  for (let i = 0; i < words.length; i++) {
    if (!phraseWord[i] || functionWord[i]) continue;
    let text = '';
    for (let n = 1; n <= MAX_WORDS && i + n <= words.length; n++) {
      const last = words[i + n - 1];
      if (!phraseWord[i + n - 1] || (n > 1 && last.start !== words[i + n - 2].end)) break;
      text += last.word;
      if (n >= MIN_WORDS && text.length >= minChars && !functionWord[i + n - 1]) yield [text, [words[i].start, last.end]];
    }
  }
}

function isPhraseWord(token: Token): boolean {
  return isAllHan(token.word);
}
