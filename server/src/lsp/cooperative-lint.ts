import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { lint, type LintOptions } from '../core/engine';
import { RULES } from '../core/rules';
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
  const findings: Finding[] = [];
  for (const rule of options.registry ?? RULES) {
    await yieldToEventLoop();
    if (isStale()) return undefined;
    findings.push(...lint(options.draft.source, { ...options, registry: [rule] }));
  }
  // The engine's order: by position, then rule id (a stable sort keeps each rule's own order).
  return findings.sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1] || a.ruleId.localeCompare(b.ruleId));
}
