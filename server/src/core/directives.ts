import type { Fix, Span } from './types';

/**
 * Inline switches in Markdown drafts: `<!-- gwlint-disable rule-a, rule-b -->`,
 * `<!-- gwlint-enable -->`, `<!-- gwlint-disable-next-line rule-a -->` and
 * `<!-- gwlint-disable-line -->`. Without rule ids they apply to every rule. Only HTML comments
 * that the Markdown parser found are read: a directive shown inside a code block is an example.
 */
export interface Directive {
  readonly kind: 'disable' | 'enable' | 'disable-line' | 'disable-next-line';
  /** The whole comment. */
  readonly span: Span;
  /** The rule ids as written, with their spans; empty for “every rule”. */
  readonly rules: readonly { readonly id: string; readonly span: Span }[];
  /** For the line kinds: the line it switches rules off on (line break excluded). */
  readonly line?: Span;
}

/** The pseudo rule id of findings about directives themselves (unknown rule ids, unused directives). */
export const DIRECTIVE_PROBLEM = 'gwlint-directive';

const DIRECTIVE = /^<!--\s*gwlint-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->$/;
const RULE_ID = /[^\s,]+/g;

/** The directives in `comments` (spans of HTML comments in `source`), in order. */
export function parseDirectives(source: string, comments: readonly Span[]): Directive[] {
  const directives: Directive[] = [];
  for (const span of comments) {
    const m = DIRECTIVE.exec(source.slice(span[0], span[1]));
    if (!m) continue;
    const kind = m[1] as Directive['kind'];
    const idsAt = span[0] + m[0].length - 3 - m[2].length;
    const rules = [...m[2].matchAll(RULE_ID)].map((r) => ({ id: r[0], span: [idsAt + r.index, idsAt + r.index + r[0].length] as Span }));
    const lineStart = source.lastIndexOf('\n', span[0]) + 1;
    const lineEnd = endOfLine(source, span[0]);
    let line: Span | undefined;
    if (kind === 'disable-line') line = [lineStart, lineEnd];
    else if (kind === 'disable-next-line' && lineEnd < source.length) line = [lineEnd + 1, endOfLine(source, lineEnd + 1)];
    directives.push({ kind, span, rules, ...(line ? { line } : {}) });
  }
  return directives;
}

/**
 * Which directive switches a rule off where, and which of them did switch off a finding (so
 * that the unused ones can be reported, as ESLint reports unused `eslint-disable` comments).
 */
export class DirectiveSwitches {
  private readonly used = new Map<Directive, Set<string>>();

  constructor(readonly directives: readonly Directive[]) {}

  /** The directive that switches `ruleId` off at `offset`, recorded as used; undefined when none does. */
  suppress(ruleId: string, offset: number): Directive | undefined {
    const directive = this.find(ruleId, offset);
    if (directive) {
      let rules = this.used.get(directive);
      if (!rules) this.used.set(directive, (rules = new Set()));
      rules.add(ruleId);
    }
    return directive;
  }

  /**
   * The ids of `ran` (the rules that ran) that a disable directive names, or stands for, and
   * never switched off; empty when the directive was used for all of them.
   */
  unusedRules(directive: Directive, ran: readonly string[]): string[] {
    if (directive.kind === 'enable') return [];
    const used = this.used.get(directive);
    if (directive.rules.length === 0) return used || ran.length === 0 ? [] : ['*'];
    return directive.rules.map((r) => r.id).filter((id, k, ids) => ids.indexOf(id) === k && ran.includes(id) && !used?.has(id));
  }

  private find(ruleId: string, offset: number): Directive | undefined {
    const applies = (d: Directive): boolean => d.rules.length === 0 || d.rules.some((r) => r.id === ruleId);
    for (const d of this.directives) {
      if (d.line && offset >= d.line[0] && offset <= d.line[1] && applies(d)) return d;
    }
    let last: Directive | undefined;
    for (const d of this.directives) {
      if (d.span[0] > offset) break;
      if ((d.kind === 'disable' || d.kind === 'enable') && applies(d)) last = d;
    }
    return last?.kind === 'disable' ? last : undefined;
  }
}

/** A fix that deletes a directive's comment, with its line when nothing else is on it. */
export function removeDirective(source: string, directive: Directive): Fix {
  const [start, end] = directive.span;
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = endOfLine(source, end);
  const alone = source.slice(lineStart, start).trim() === '' && source.slice(end, lineEnd).trim() === '';
  if (alone && lineEnd < source.length) return { span: [lineStart, lineEnd + 1], text: '' };
  return { span: [start, end], text: '' };
}

function endOfLine(text: string, from: number): number {
  const at = text.indexOf('\n', from);
  const end = at < 0 ? text.length : at;
  return end > from && text[end - 1] === '\r' ? end - 1 : end;
}
