import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { truncationNotices } from '../server/src/core/document/truncation-notices';
import { applyFixes, fixAll, lint, type LintOptions } from '../server/src/core/engine';
import { RULES } from '../server/src/core/rules';
import type { Finding } from '../server/src/core/types';

// The punctuation and number rules on whole drafts: what their fixes do to a text.
const IDS = ['punctuation-width', 'punctuation-pairing', 'punctuation-doubled', 'punctuation-misuse', 'number-format'];
const FIXTURES = join(__dirname, 'fixtures');
const ROOT = join(__dirname, '..');
const SEED = join(FIXTURES, 'seed', '000_b259b53fce51324b.txt');

function options(file: string, ids = IDS): LintOptions {
  return { format: extname(file) === '.md' ? 'markdown' : 'text', registry: RULES.filter((r) => ids.includes(r.meta.id)) };
}

function draftsIn(dir: string, pattern = /\.(txt|md)$/): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => pattern.test(f)).sort().map((f) => join(dir, f)) : [];
}

const isHan = (ch: string | undefined): boolean => ch !== undefined && /\p{Script=Han}/u.test(ch);
const isFullWidthMark = (ch: string | undefined): boolean => ch !== undefined && /[，。、；：？！“”‘’（）《》【】…—]/.test(ch);

/**
 * The seed's half-width `,` `:` `?` in Chinese context, found independently of the rule: the
 * nearest character before it (spaces skipped) is Chinese, or a Chinese character follows it;
 * not between digits, not the colon of `http://`.
 */
/**
 * The half-width , : ? in Chinese context, outside a site's truncation notice
 * (……(某某网省略1111字,正式会员可完整阅读)……), which template-residue removes whole.
 */
function chineseContextMarks(text: string): number[] {
  const found: number[] = [];
  const notices = new Set<number>();
  let lineStart = 0;
  for (const line of text.split('\n')) {
    for (const [s, e] of truncationNotices(line)) for (let k = s; k < e; k++) notices.add(lineStart + k);
    lineStart += line.length + 1;
  }
  for (let i = 0; i < text.length; i++) {
    if (!/[,:?]/.test(text[i]) || notices.has(i)) continue;
    if (/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue;
    if (text.startsWith('//', i + 1)) continue;
    let j = i - 1;
    while (j >= 0 && /\s/.test(text[j])) j--;
    if (isHan(text[j]) || isFullWidthMark(text[j]) || isHan(text[i + 1])) found.push(i);
  }
  return found;
}

describe('punctuation rules on the seed draft', () => {
  const text = readFileSync(SEED, 'utf8');
  const width = lint(text, options(SEED, ['punctuation-width']));

  it('finds every half-width comma, colon and question mark in Chinese context (at least 150)', () => {
    const expected = chineseContextMarks(text);
    const reported = new Set(width.map((f) => f.span[0]));
    const missed = expected.filter((at) => !reported.has(at)).map((at) => text.slice(Math.max(0, at - 8), at + 8));
    assert.ok(expected.length >= 150, `only ${expected.length} marks in Chinese context`);
    assert.deepEqual(missed, []);
  });

  it('fixes them to full width and changes nothing else', () => {
    const fixed = applyFixes(text, width).text;
    assert.equal(fixed.length, text.length);
    const full: Record<string, string> = { ',': '，', ':': '：', '?': '？', ';': '；', '!': '！', '(': '（', ')': '）', '.': '。' };
    const reported = new Set(width.map((f) => f.span[0]));
    for (let i = 0; i < text.length; i++) {
      if (reported.has(i)) assert.equal(fixed[i], full[text[i]], `at ${i}: ${text.slice(i - 8, i + 8)}`);
      else assert.equal(fixed[i], text[i], `changed at ${i}: ${text.slice(i - 8, i + 8)}`);
    }
    assert.deepEqual(chineseContextMarks(fixed), []);
  });
});

describe('punctuation fixes on every draft (eval sets, the seed, the samples, real texts)', () => {
  const files = [
    ...['dev', 'own', 'template', 'blind', 'blind2', 'blind-punct'].flatMap((set) => draftsIn(join(FIXTURES, 'eval', set))),
    SEED,
    ...draftsIn(join(ROOT, 'samples')),
    ...draftsIn(join(FIXTURES, 'real', 'clean')),
    ...IDS.flatMap((id) => draftsIn(join(FIXTURES, 'rules', id))),
  ];
  const count = (findings: readonly Finding[]): number => findings.filter((f) => IDS.includes(f.ruleId)).length;

  it(`fix only inside what they report, leave no more findings than before, and are idempotent (${files.length} drafts)`, () => {
    let fixedCount = 0;
    for (const file of files) {
      // Fixture markers are left in: they are text like any other.
      const text = readFileSync(file, 'utf8');
      const opts = options(file);
      const before = lint(text, opts);
      for (const f of before.filter((x) => x.fix)) {
        assert.ok(f.fix!.span[0] >= f.span[0] && f.fix!.span[1] <= f.span[1], `${file}: ${f.ruleId} fixes outside its span`);
      }
      const fixed = fixAll(text, opts).text;
      const after = lint(fixed, opts);
      assert.ok(count(after) <= count(before), `${file}: ${count(before)} findings before fixing, ${count(after)} after\n${after.map((f) => `${f.ruleId} ${fixed.slice(f.span[0] - 6, f.span[1] + 6)}`).join('\n')}`);
      assert.deepEqual(after.filter((f) => f.fix).map((f) => `${f.ruleId} ${fixed.slice(f.span[0] - 6, f.span[1] + 6)}`), [], `${file}: fixable findings remain`);
      assert.equal(applyFixes(fixed, after).text, fixed, `${file}: fixing again changed the text`);
      if (fixed !== text) fixedCount++;
    }
    assert.ok(fixedCount > 5, 'the fixes changed almost no draft: the test proves nothing');
  });
});
