/**
 * Inline switches in Markdown drafts: `<!-- gwlint-disable rule-a, rule-b -->`,
 * `<!-- gwlint-enable -->`, `<!-- gwlint-disable-next-line rule-a -->` and
 * `<!-- gwlint-disable-line -->`. Without rule ids they apply to every rule.
 */
export interface Directives {
  isDisabled(ruleId: string, offset: number): boolean;
}

interface Switch {
  readonly offset: number;
  readonly disable: boolean;
  readonly rules: readonly string[] | 'all';
}

interface LineSwitch {
  readonly start: number;
  readonly end: number;
  readonly rules: readonly string[] | 'all';
}

const DIRECTIVE = /<!--\s*gwlint-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->/g;

export const NO_DIRECTIVES: Directives = { isDisabled: () => false };

export function parseDirectives(source: string): Directives {
  const switches: Switch[] = [];
  const lineSwitches: LineSwitch[] = [];
  for (const m of source.matchAll(DIRECTIVE)) {
    const ids = m[2].split(/[\s,]+/).filter(Boolean);
    const rules = ids.length ? ids : 'all';
    const kind = m[1];
    if (kind === 'disable' || kind === 'enable') {
      switches.push({ offset: m.index, disable: kind === 'disable', rules });
      continue;
    }
    const lineStart = source.lastIndexOf('\n', m.index) + 1;
    const lineEnd = indexOrEnd(source, '\n', m.index);
    if (kind === 'disable-line') lineSwitches.push({ start: lineStart, end: lineEnd, rules });
    else if (lineEnd < source.length) {
      lineSwitches.push({ start: lineEnd + 1, end: indexOrEnd(source, '\n', lineEnd + 1), rules });
    }
  }
  if (!switches.length && !lineSwitches.length) return NO_DIRECTIVES;
  const applies = (rules: readonly string[] | 'all', ruleId: string): boolean =>
    rules === 'all' || rules.includes(ruleId);
  return {
    isDisabled(ruleId, offset) {
      if (lineSwitches.some((s) => offset >= s.start && offset <= s.end && applies(s.rules, ruleId))) return true;
      let disabled = false;
      for (const s of switches) {
        if (s.offset > offset) break;
        if (applies(s.rules, ruleId)) disabled = s.disable;
      }
      return disabled;
    },
  };
}

function indexOrEnd(text: string, needle: string, from: number): number {
  const at = text.indexOf(needle, from);
  return at < 0 ? text.length : at;
}
