import { setImmediate as nextTurn } from 'node:timers/promises';
import { lintSteps, type LintOptions } from '../core/engine';
import { RULES } from '../core/rules';
import type { Finding } from '../core/types';
import { segmentInSteps } from '../host/segmenter';

// Work done between two yields to the event loop, at most (a paragraph is never split).
const SLICE_MS = 15;
// Turns of the event loop given away at each yield: vscode-jsonrpc reads a request, runs its
// handler and writes the answer in turns of their own (setImmediate each), so that with fewer
// a request would wait for several slices of work before it is answered.
const TURNS_PER_YIELD = 3;

/** Lets the event loop run: messages that arrived are read, handled and answered. */
async function yieldToEventLoop(): Promise<void> {
  for (let turn = 0; turn < TURNS_PER_YIELD; turn++) await nextTurn();
}

// Paragraphs segmented ahead of the rules, at most: the host's segmentation cache keeps more.
const WARM_PARAGRAPHS = 2000;

/**
 * Lints rule by rule on one shared Draft, yielding to the event loop between rules, so that
 * an edit arriving meanwhile is read at once and makes this run stop at the next rule: the
 * newest version wins without waiting for a stale lint of a long report to finish. Word
 * segmentation, the longest single piece of work, is done first paragraph by paragraph, a long
 * paragraph piece by piece, with yields in between (the segmenter caches it for the rules).
 * The Draft's structural views (headings, outline, ...) are built by the first rule that reads
 * them, so that none is built for rules that are off.
 * Returns undefined when the run was abandoned. The findings equal `lint(text, options)`.
 */
export async function lintCooperatively(
  options: LintOptions & { readonly draft: NonNullable<LintOptions['draft']> },
  isStale: () => boolean,
): Promise<Finding[] | undefined> {
  if (!(await segmentAhead(options, isStale))) return undefined;
  const steps = lintSteps(options.draft.source, options);
  for (;;) {
    await yieldToEventLoop();
    if (isStale()) return undefined;
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Segments the paragraphs when a rule that runs needs words; false when the run went stale. */
async function segmentAhead(options: LintOptions & { readonly draft: NonNullable<LintOptions['draft']> }, isStale: () => boolean): Promise<boolean> {
  const { draft, segmenter } = options;
  const needsWords = (options.registry ?? RULES).some(
    (rule) => rule.meta.needsWords && (options.rules?.[rule.meta.id]?.severity ?? rule.meta.defaultSeverity) !== 'off',
  );
  if (!needsWords || !segmenter || draft.paragraphs.length > WARM_PARAGRAPHS) return true;
  let sliceStart = performance.now();
  for (const paragraph of draft.paragraphs) {
    // A long paragraph is cut piece by piece (the pieces pause here), a short one at once.
    let steps: Generator<void, void>;
    try {
      steps = segmentInSteps(segmenter(), paragraph.text);
    } catch {
      // A segmenter that cannot load is reported by the lint itself, once.
      return true;
    }
    for (;;) {
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToEventLoop();
        if (isStale()) return false;
        sliceStart = performance.now();
      }
      try {
        if (steps.next().done) break;
      } catch {
        return true;
      }
    }
  }
  return true;
}
