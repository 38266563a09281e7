import { allowListOf } from './allow-list';
import type { LintCache } from './cache';
import { Draft } from './document/draft';
import { DIRECTIVE_PROBLEM, DirectiveSwitches, parseDirectives, removeDirective } from './directives';
import { formatMessage, type CommonOptions, type Report, type Rule } from './rule';
import { RULES } from './rules';
import type { Segmenter } from './segmenter';
import type { DraftFormat, Finding, Fix, SeveritySetting, Span } from './types';

/** The configured state of one rule. */
export interface RuleSetting {
  readonly severity: SeveritySetting;
  readonly options?: Readonly<Record<string, unknown>>;
}

export interface LintOptions {
  readonly format?: DraftFormat;
  /** Settings by rule id; a rule not named here runs with its defaults. */
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  /** Returns the word segmenter; called only when a rule that needs words runs. */
  readonly segmenter?: () => Segmenter;
  /** The rules to run; all registered rules by default. */
  readonly registry?: readonly Rule[];
  /** A draft already parsed from the same text (the language server re-uses it); it brings its own cache. */
  readonly draft?: Draft;
  /**
   * Per-paragraph work memoised across lints of one document (see `LintCache`): a host that
   * lints the same document after every edit keeps one per document. Findings are the same with
   * or without it.
   */
  readonly cache?: LintCache;
}

export { LintCache } from './cache';

export const INTERNAL_ERROR = 'internal-error';

/**
 * The most findings one rule reports in one draft; the rest are summed up in one more finding
 * (messageId `omitted`), so that a pathological draft cannot flood an editor or a report.
 */
export const MAX_FINDINGS_PER_RULE = 500;

/** Runs every enabled rule over `text` and returns the findings sorted by position. */
export function lint(text: string, options: LintOptions = {}): Finding[] {
  const steps = lintSteps(text, options);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * The work of `lint`, one rule per step: it yields the id of the rule it is about to run and
 * returns the findings. A host that must stay responsive (the language server) can pause
 * between steps and abandon a run whose text is stale.
 */
export function* lintSteps(text: string, options: LintOptions = {}): Generator<string, Finding[], void> {
  const draft = options.draft ?? new Draft(text, options.format ?? 'text', options.cache);
  const registry = options.registry ?? RULES;
  const switches = new DirectiveSwitches(parseDirectives(draft.source, draft.comments));
  const ran: string[] = [];
  const findings: Finding[] = [];
  // A segmenter that cannot load fails every rule that needs words: say so once, not per rule.
  let segmenterFailure: unknown;
  let segmenterReported = false;
  const loadSegmenter = (): Segmenter => {
    if (segmenterFailure !== undefined) throw segmenterFailure;
    try {
      if (!options.segmenter) throw new Error('没有可用的分词器');
      return options.segmenter();
    } catch (error) {
      segmenterFailure = error;
      throw error;
    }
  };
  // Rules that need words run last, so that a host loading the segmenter in the background
  // (the CLI) has the most time; findings are sorted below, so the order never shows.
  for (const rule of [...registry.filter((r) => !r.meta.needsWords), ...registry.filter((r) => r.meta.needsWords)]) {
    const setting = options.rules?.[rule.meta.id];
    const severity = setting?.severity ?? rule.meta.defaultSeverity;
    if (severity === 'off') continue;
    yield rule.meta.id;
    ran.push(rule.meta.id);
    const ruleOptions = { ...rule.meta.defaultOptions, ...setting?.options } as object & CommonOptions;
    const allowed = ruleOptions.allow?.length ? allowListOf(ruleOptions.allow).matcher(draft.text) : undefined;
    const reports: Report[] = [];
    try {
      rule.check(draft, {
        options: ruleOptions,
        report: (r) => reports.push(r),
        segmenter: loadSegmenter,
      });
    } catch (error) {
      if (error !== segmenterFailure) findings.push(internalError(rule.meta.id, error, text.length));
      else if (!segmenterReported) {
        segmenterReported = true;
        findings.push(segmenterUnavailable(error, text.length));
      }
      continue;
    }
    const own: Finding[] = [];
    for (const r of reports) {
      if (!isValidSpan(r.span, text.length)) {
        // One bad span says what is wrong with the rule; its other reports are not trusted either.
        own.length = 0;
        findings.push(internalError(rule.meta.id, new Error(`span ${r.span.join('-')} outside the text`), text.length));
        break;
      }
      if (switches.suppress(rule.meta.id, r.span[0])) continue;
      if (allowed?.(r.span)) continue;
      const template = rule.meta.messages[r.messageId] ?? r.messageId;
      const fix = rule.meta.fixable && r.fix && isValidSpan(r.fix.span, text.length) ? r.fix : undefined;
      own.push({
        ruleId: rule.meta.id,
        severity,
        messageId: r.messageId,
        message: formatMessage(template, r.data),
        span: r.span,
        ...(fix ? { fix } : {}),
        ...(r.related?.length ? { related: r.related } : {}),
      });
    }
    for (const f of limited(own)) findings.push(f);
  }
  const known = new Set([...RULES, ...registry].map((r) => r.meta.id));
  findings.push(...directiveProblems(draft.source, switches, known, ran));
  return findings.sort(byPosition);
}

/**
 * Applies the fixes of `findings` to `text`. Fixes that overlap an earlier one are skipped;
 * `fixAll` lints again to pick them up, as ESLint does.
 */
export function applyFixes(text: string, findings: readonly Finding[]): { text: string; applied: number } {
  const fixes = findings
    .map((f) => f.fix)
    .filter((f): f is Fix => f !== undefined)
    .sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
  let out = '';
  let cursor = 0;
  let applied = 0;
  for (const fix of fixes) {
    if (fix.span[0] < cursor) continue;
    out += text.slice(cursor, fix.span[0]) + fix.text;
    cursor = fix.span[1];
    applied++;
  }
  return { text: out + text.slice(cursor), applied };
}

/** Lints and fixes repeatedly until nothing fixable remains (at most `maxPasses` times). */
export function fixAll(text: string, options: Omit<LintOptions, 'draft'> = {}, maxPasses = 10): { text: string; passes: number } {
  let current = text;
  let passes = 0;
  while (passes < maxPasses) {
    const { text: next, applied } = applyFixes(current, lint(current, options));
    if (applied === 0 || next === current) break;
    current = next;
    passes++;
  }
  return { text: current, passes };
}

/** Directives that name a rule that does not exist, and disable directives that switched nothing off. */
function directiveProblems(source: string, switches: DirectiveSwitches, known: ReadonlySet<string>, ran: readonly string[]): Finding[] {
  const problems: Finding[] = [];
  for (const directive of switches.directives) {
    for (const rule of directive.rules) {
      if (known.has(rule.id)) continue;
      problems.push({ ruleId: DIRECTIVE_PROBLEM, severity: 'error', messageId: 'unknown-rule', message: `gwlint 指令中的规则“${rule.id}”不存在`, span: rule.span });
    }
    const unused = switches.unusedRules(directive, ran);
    if (unused.length === 0) continue;
    const all = unused[0] === '*';
    const whole = all || unused.length === directive.rules.filter((r) => known.has(r.id)).length;
    problems.push({
      ruleId: DIRECTIVE_PROBLEM,
      severity: 'warning',
      messageId: 'unused',
      message: all ? '这条 gwlint 指令没有屏蔽任何问题，可以删除' : `这条 gwlint 指令没有屏蔽“${unused.join('、')}”的任何问题，可以删除`,
      span: directive.span,
      ...(whole && directive.rules.every((r) => known.has(r.id)) ? { fix: removeDirective(source, directive) } : {}),
    });
  }
  return problems;
}

/** The first `MAX_FINDINGS_PER_RULE` findings of one rule by position, and one that counts the rest. */
function limited(own: Finding[]): Finding[] {
  if (own.length <= MAX_FINDINGS_PER_RULE) return own;
  own.sort(byPosition);
  const omitted = own.length - MAX_FINDINGS_PER_RULE;
  const first = own[MAX_FINDINGS_PER_RULE];
  const kept = own.slice(0, MAX_FINDINGS_PER_RULE);
  kept.push({
    ruleId: first.ruleId,
    severity: first.severity,
    messageId: OMITTED,
    message: `还有 ${omitted} 处未列出`,
    span: first.span,
  });
  return kept;
}

/** The messageId of the finding that stands for the findings of a rule beyond the limit. */
export const OMITTED = 'omitted';

/** The order of `lint`'s findings: by start, then end, then rule id. */
export function byPosition(a: Finding, b: Finding): number {
  return a.span[0] - b.span[0] || a.span[1] - b.span[1] || a.ruleId.localeCompare(b.ruleId);
}

function isValidSpan(span: Span, length: number): boolean {
  return Number.isInteger(span[0]) && Number.isInteger(span[1]) && span[0] >= 0 && span[0] <= span[1] && span[1] <= length;
}

function segmenterUnavailable(error: unknown, length: number): Finding {
  return {
    ruleId: INTERNAL_ERROR,
    severity: 'error',
    messageId: 'segmenter-unavailable',
    message: `无法加载分词器，需要分词的规则未运行：${error instanceof Error ? error.message : String(error)}`,
    span: [0, Math.min(length, 1)],
  };
}

function internalError(ruleId: string, error: unknown, length: number): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    ruleId: INTERNAL_ERROR,
    severity: 'error',
    messageId: 'crashed',
    message: `规则 ${ruleId} 运行出错：${reason}`,
    span: [0, Math.min(length, 1)],
  };
}
