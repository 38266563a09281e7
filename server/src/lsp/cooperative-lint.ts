import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { lintSteps, type LintOptions } from '../core/engine';
import { RULES } from '../core/rules';
import type { Finding } from '../core/types';

// Work done between two yields to the event loop, at most (a paragraph is never split).
const SLICE_MS = 15;
// Paragraphs segmented ahead of the rules, at most: the host's segmentation cache keeps more.
const WARM_PARAGRAPHS = 2000;

/**
 * Lints rule by rule on one shared Draft, yielding to the event loop between rules, so that
 * an edit arriving meanwhile is read at once and makes this run stop at the next rule: the
 * newest version wins without waiting for a stale lint of a long report to finish. Word
 * segmentation, the longest single piece of work, is done first paragraph by paragraph with
 * yields in between (the segmenter caches it for the rules), then each of the Draft's views.
 * Returns undefined when the run was abandoned. The findings equal `lint(text, options)`.
 */
export async function lintCooperatively(
  options: LintOptions & { readonly draft: NonNullable<LintOptions['draft']> },
  isStale: () => boolean,
): Promise<Finding[] | undefined> {
  if (!(await segmentAhead(options, isStale))) return undefined;
  // The Draft's structural views, one at a time, before the rules that share them.
  for (const view of DRAFT_VIEWS) {
    await yieldToEventLoop();
    if (isStale()) return undefined;
    view(options.draft);
  }
  const steps = lintSteps(options.draft.source, options);
  for (;;) {
    await yieldToEventLoop();
    if (isStale()) return undefined;
    const step = steps.next();
    if (step.done) return step.value;
  }
}

const DRAFT_VIEWS: readonly ((draft: LintOptions['draft'] & object) => unknown)[] = [
  (draft) => draft.headings,
  (draft) => draft.enumerations,
  (draft) => draft.outline,
  (draft) => draft.announcements,
];

/** Segments the paragraphs when a rule that runs needs words; false when the run went stale. */
async function segmentAhead(options: LintOptions & { readonly draft: NonNullable<LintOptions['draft']> }, isStale: () => boolean): Promise<boolean> {
  const { draft, segmenter } = options;
  const needsWords = (options.registry ?? RULES).some(
    (rule) => rule.meta.needsWords && (options.rules?.[rule.meta.id]?.severity ?? rule.meta.defaultSeverity) !== 'off',
  );
  if (!needsWords || !segmenter || draft.paragraphs.length > WARM_PARAGRAPHS) return true;
  let sliceStart = performance.now();
  for (const paragraph of draft.paragraphs) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToEventLoop();
      if (isStale()) return false;
      sliceStart = performance.now();
    }
    try {
      segmenter().cut(paragraph.text);
    } catch {
      // A segmenter that cannot load is reported by the lint itself, once.
      return true;
    }
  }
  return true;
}
