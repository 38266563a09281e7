import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { lintSteps, type LintOptions } from '../core/engine';
import type { Finding } from '../core/types';

/**
 * Lints rule by rule on one shared Draft, yielding to the event loop between rules, so that
 * an edit arriving meanwhile is read at once and makes this run stop at the next rule: the
 * newest version wins without waiting for a stale lint of a long report to finish. Returns
 * undefined when the run was abandoned. The findings equal `lint(text, options)`.
 */
export async function lintCooperatively(
  options: LintOptions & { readonly draft: NonNullable<LintOptions['draft']> },
  isStale: () => boolean,
): Promise<Finding[] | undefined> {
  const steps = lintSteps(options.draft.source, options);
  for (;;) {
    await yieldToEventLoop();
    if (isStale()) return undefined;
    const step = steps.next();
    if (step.done) return step.value;
  }
}
