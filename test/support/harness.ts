import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { Draft } from '../../server/src/core/document/draft';
import { fixAll, lint, type LintOptions } from '../../server/src/core/engine';
import { RULES } from '../../server/src/core/rules';
import type { Finding } from '../../server/src/core/types';
import { getSegmenter } from '../../server/src/host/segmenter';

/**
 * Fixture documents carry expected findings inline at the end of a line:
 * `⟦rule-id⟧`, `⟦rule-id×2⟧`, or `⟦rule-id=covered text⟧` (the text the finding must cover,
 * for long lines). Markers and the spaces before them are stripped before linting.
 */
export interface Expectation {
  readonly ruleId: string;
  readonly line: number;
  readonly covers?: string;
}

export interface Fixture {
  readonly name: string;
  readonly text: string;
  readonly format: 'text' | 'markdown';
  readonly expected: readonly Expectation[];
}

const MARKER = /[ \t]*⟦([a-z-]+)(?:×(\d+)|=([^⟧]+))?⟧/g;

export function parseFixture(name: string, raw: string): Fixture {
  const expected: Expectation[] = [];
  const lines = raw.split('\n').map((line, index) =>
    line.replace(MARKER, (_m, ruleId: string, times?: string, covers?: string) => {
      for (let i = 0; i < Number(times ?? 1); i++) expected.push({ ruleId, line: index + 1, ...(covers ? { covers } : {}) });
      return '';
    }),
  );
  const format = extname(name) === '.md' ? 'markdown' : 'text';
  return { name, text: lines.join('\n'), format, expected };
}

export function loadFixtures(dir: string): Fixture[] {
  return readdirSync(dir)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()
    .map((f) => parseFixture(f, readFileSync(join(dir, f), 'utf8')));
}

function key(ruleId: string, line: number): string {
  return `${ruleId}@${line}`;
}

/**
 * Lints a fixture and compares (rule, line) multisets with its markers, restricted to
 * `ruleIds` when given; checks covered texts; then fixes, and proves that nothing fixable
 * of those rules remains and that fixing again changes nothing.
 */
export function checkFixture(fixture: Fixture, ruleIds?: readonly string[], options: LintOptions = {}): Finding[] {
  // Rules that need words get the default segmenter; a rule that is off by default runs when its own fixtures are checked.
  const enabled = RULES.filter((r) => ruleIds?.includes(r.meta.id) && r.meta.defaultSeverity === 'off');
  const rules = { ...Object.fromEntries(enabled.map((r) => [r.meta.id, { severity: 'info' as const }])), ...options.rules };
  const opts: LintOptions = { format: fixture.format, segmenter: () => getSegmenter('jieba'), ...options, rules };
  const inScope = (id: string): boolean => !ruleIds || ruleIds.includes(id);
  const findings = lint(fixture.text, opts).filter((f) => inScope(f.ruleId));
  const draft = new Draft(fixture.text, fixture.format);
  const lineOf = (f: Finding): number => draft.lineAt(f.span[0]) + 1;
  const actual = findings.map((f) => key(f.ruleId, lineOf(f))).sort();
  const wanted = fixture.expected.filter((e) => inScope(e.ruleId)).map((e) => key(e.ruleId, e.line)).sort();
  const describe = (f: Finding): string =>
    `${key(f.ruleId, lineOf(f))} “${fixture.text.slice(f.span[0], f.span[1])}” ${f.message}`;
  assert.deepEqual(actual, wanted, `${fixture.name}: findings differ\n${findings.map(describe).join('\n')}`);
  for (const e of fixture.expected.filter((x) => x.covers && inScope(x.ruleId))) {
    const hit = findings.some(
      (f) => f.ruleId === e.ruleId && lineOf(f) === e.line && fixture.text.slice(f.span[0], f.span[1]).includes(e.covers!),
    );
    assert.ok(hit, `${fixture.name}:${e.line}: no ${e.ruleId} finding covers “${e.covers}”\n${findings.map(describe).join('\n')}`);
  }
  const fixed = fixAll(fixture.text, opts).text;
  const leftover = lint(fixed, opts).filter((f) => inScope(f.ruleId) && f.fix);
  assert.deepEqual(leftover.map(describe), [], `${fixture.name}: fixable findings remain after fixing`);
  assert.equal(fixAll(fixed, opts).text, fixed, `${fixture.name}: a second fix changed the text`);
  return findings;
}
