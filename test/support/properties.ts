// Property tests of the engine (issue 13): random text, and bundled drafts mutated at random.
// Shared by the suite (`test/properties.test.ts`, fixed seed) and `npm run fuzz` (long runs).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { LintCache } from '../../server/src/core/cache';
import { applyFixes, fixAll, INTERNAL_ERROR, lint, type LintOptions } from '../../server/src/core/engine';
import { defineRule, type Rule } from '../../server/src/core/rule';
import { RULES } from '../../server/src/core/rules';
import type { DraftFormat, Finding, Span } from '../../server/src/core/types';
import { decodeDraft } from '../../server/src/host/read-draft';
import { getSegmenter } from '../../server/src/host/segmenter';
import { parseFixture } from './harness';

const segmenter = (): ReturnType<typeof getSegmenter> => getSegmenter('jieba', []);

/** What a draft is made of, and what breaks parsers: markers, punctuation, odd code points. */
const PIECES = [
  ...'的是在我们要加强管理工作推进发展同志们落实全面建设会议县市镇村领导责任'.split(''),
  '，', '。', '；', '：', '、', '！', '？', '“', '”', '（', '）', '《', '》', '【', '】', '……', '——',
  '一是', '二是', '三是', '一要', '第一', '其次', '最后', '①', '②', '一、', '二、', '（一）', '（二）', '1.', '2.', '（1）',
  '讲三点意见', '以下两个方面', '第一条', '第二章',
  '**', '_', '__', 'XX', 'xx', '××', '某某', '□', '（　　）', '【待补充】', 'TODO', '...', '……（未完）',
  '的的', '进一步进一步', 'http://www.example.cn', '第 2 页 共 3 页',
  ' ', '　', '\t', '\n', '\n\n', '\r\n', '\r',
  '𠮷', '😀', '\ud800', '\udc00', '\u200b', '\u200d', '\ufeff', '\u0301', 'e\u0301',
  '１２３', '０', '２０２４年', 'A', 'z', '9', '#', '> ', '- ', '`', '|',
];

/** Random text from the pieces above. */
export const randomText: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) }), { maxLength: 400 })
  .map((parts) => parts.join(''));

const FIXTURES = join(__dirname, '..', 'fixtures');

/** The bundled drafts, small enough to lint many times, markers stripped. */
export const DRAFTS: readonly { readonly name: string; readonly text: string; readonly format: DraftFormat }[] = ['seed', 'eval/dev', 'eval/own', 'eval/blind']
  .flatMap((dir) =>
    readdirSync(join(FIXTURES, dir))
      .filter((f) => /\.(txt|md)$/.test(f))
      .sort()
      .map((f) => {
        const fixture = parseFixture(f, readFileSync(join(FIXTURES, dir, f), 'utf8'));
        return { name: `${dir}/${f}`, text: fixture.text, format: fixture.format };
      }),
  )
  .filter((d) => d.text.length <= 8000);

const MARKERS = ['一是', '二是', '三是', '四是', '一、', '二、', '三、', '（一）', '（二）', '（三）', '1.', '2.', '3.', '①', '②', '③', '首先', '其次', '最后'];
const MARKER_RE = new RegExp(MARKERS.map((m) => m.replace(/[.()（）]/g, '\\$&')).join('|'), 'g');
const PUNCTUATION = ['，', '。', '；', '：', '、', '！', '？', '“', '”', ',', '.', ';'];
const PUNCTUATION_RE = /[，。；：、！？“”,.;]/g;

/** One random change to a text, at positions drawn as fractions of its length. */
type Mutation = (text: string) => string;

const at = (text: string, fraction: number): number => Math.floor(fraction * text.length);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...PIECES)).map(([f, piece]) => (t: string) => t.slice(0, at(t, f)) + piece + t.slice(at(t, f))),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 40 })).map(([f, n]) => (t: string) => t.slice(0, at(t, f)) + t.slice(at(t, f) + n)),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })).map(([f, g]) => (t: string) => {
    const [i, j] = [at(t, f), at(t, g)].sort((a, b) => a - b);
    return i === j || j >= t.length ? t : t.slice(0, i) + t[j] + t.slice(i + 1, j) + t[i] + t.slice(j + 1);
  }),
  fc.integer({ min: 0, max: 1000 }).map((seed) => (t: string) => {
    let k = seed;
    return t.replace(MARKER_RE, () => MARKERS[(k = (k * 31 + 7) % 9973) % MARKERS.length]);
  }),
  fc.integer({ min: 0, max: 1000 }).map((seed) => (t: string) => {
    let k = seed;
    return t.replace(PUNCTUATION_RE, (p) => ((k = (k * 17 + 3) % 7919) % 5 === 0 ? PUNCTUATION[k % PUNCTUATION.length] : p));
  }),
  fc.constant((t: string) => t.replace(/\r?\n/g, '\r\n')),
  fc.constant((t: string) => t.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))),
);

/** A bundled draft with a few random changes. */
export const mutatedDraft: fc.Arbitrary<{ text: string; format: DraftFormat }> = fc
  .tuple(fc.constantFrom(...DRAFTS), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([draft, mutations]) => ({ text: mutations.reduce((t, m) => m(t), draft.text), format: draft.format }));

/** Any input: random text, or a mutated draft. */
export const anyDraft: fc.Arbitrary<{ text: string; format: DraftFormat }> = fc.oneof(
  fc.tuple(randomText, fc.constantFrom<DraftFormat>('text', 'markdown')).map(([text, format]) => ({ text, format })),
  mutatedDraft,
);

export const lintOf = (text: string, format: DraftFormat, extra: Partial<LintOptions> = {}): Finding[] => lint(text, { format, segmenter, ...extra });

function splitsPair(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function assertSpan(text: string, span: Span, what: string): void {
  const [start, end] = span;
  assert.ok(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length, `${what} ${span} outside the text`);
  assert.ok(!splitsPair(text, start) && !splitsPair(text, end), `${what} ${span} splits a surrogate pair`);
}

/** Every span (findings, fixes, related) lies inside the text, on code-point boundaries; no rule crashed. */
export function checkSpans({ text, format }: { text: string; format: DraftFormat }): void {
  const findings = lintOf(text, format);
  for (const f of findings) {
    assert.notEqual(f.ruleId, INTERNAL_ERROR, f.message);
    assertSpan(text, f.span, `${f.ruleId} span`);
    if (f.fix) assertSpan(text, f.fix.span, `${f.ruleId} fix`);
    for (const r of f.related ?? []) assertSpan(text, r.span, `${f.ruleId} related`);
  }
}

/** The same text gives the same findings twice, and with the language server's paragraph cache. */
export function checkDeterministic({ text, format }: { text: string; format: DraftFormat }): void {
  const first = lintOf(text, format);
  assert.deepEqual(lintOf(text, format), first);
  const cache = new LintCache();
  lintOf(text.slice(0, Math.floor(text.length / 2)), format, { cache });
  assert.deepEqual(lintOf(text, format, { cache }), first, 'with a cache warmed on another text');
}

/**
 * Fixes change text only inside their spans, fixing settles (a fixed text has nothing left to
 * fix), and a rule's own fixes leave no more findings of that rule than before.
 */
export function checkFixes({ text, format }: { text: string; format: DraftFormat }): void {
  const findings = lintOf(text, format);
  const { text: fixed, applied } = applyFixes(text, findings);
  if (applied === 0) return;
  // Outside the applied fixes, the text is the same, piece by piece.
  const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : [])).sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
  let cursor = 0;
  let out = 0;
  for (const fix of fixes) {
    if (fix.span[0] < cursor) continue;
    const kept = text.slice(cursor, fix.span[0]);
    assert.equal(fixed.slice(out, out + kept.length), kept, 'text outside the fixes changed');
    out += kept.length + fix.text.length;
    cursor = fix.span[1];
  }
  assert.equal(fixed.slice(out), text.slice(cursor), 'text after the last fix changed');
  // Fixing is idempotent: once every fix has been applied, fixing again changes nothing.
  const settled = fixAll(text, { format, segmenter }).text;
  const twice = fixAll(settled, { format, segmenter });
  assert.equal(twice.passes, 0, 'a fixed text still had something to fix');
  assert.equal(twice.text, settled);
  // A rule's own fixes, applied alone, leave no more findings of that rule than before. (All
  // fixes at once may: one rule's fix can make another's finding, which fixAll then settles.)
  for (const rule of new Set(findings.filter((f) => f.fix).map((f) => f.ruleId))) {
    const own = findings.filter((f) => f.ruleId === rule);
    const after = lintOf(applyFixes(text, own).text, format).filter((f) => f.ruleId === rule);
    assert.ok(after.length <= own.length, `${rule}: ${own.length} findings before its fixes, ${after.length} after`);
  }
}

/** A rule that throws on every text is reported once as internal-error; the other rules find what they find without it. */
export function checkCrashIsolated({ text, format }: { text: string; format: DraftFormat }): void {
  const throwing = defineRule({
    meta: { id: 'test-throws', description: '测试', defaultSeverity: 'error', fixable: false, messages: {}, options: {}, defaultOptions: {} },
    check(draft) {
      throw new Error(`boom at ${draft.text.length}`);
    },
  }) as Rule;
  const registry = [...RULES.slice(0, 3), throwing, ...RULES.slice(3)];
  const findings = lintOf(text, format, { registry });
  const crashes = findings.filter((f) => f.ruleId === INTERNAL_ERROR);
  assert.equal(crashes.length, 1);
  assert.match(crashes[0].message, /test-throws/);
  assert.deepEqual(findings.filter((f) => f.ruleId !== INTERNAL_ERROR), lintOf(text, format));
}

/** The encodings a draft file may come in, as bytes. */
export function encodings(text: string): { name: string; bytes: Uint8Array }[] {
  const utf8 = Buffer.from(text, 'utf8');
  const utf16le = Buffer.from(text, 'utf16le');
  const utf16be = Buffer.from(utf16le).swap16();
  const out: { name: string; bytes: Uint8Array }[] = [
    { name: 'utf-8', bytes: utf8 },
    { name: 'utf-8-bom', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]) },
    { name: 'utf-16le', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le]) },
    { name: 'utf-16be', bytes: Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be]) },
  ];
  // GB18030 bytes that are also valid UTF-8 (a lone 志 is D6 BE, which is U+05BE) are read as UTF-8, as any detector would.
  const gb = iconv.encode(text, 'gb18030');
  if (!isUtf8(gb)) out.push({ name: 'gb18030', bytes: gb });
  return out;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** After a round trip through each encoding, the same text and the same findings (well-formed text only). */
export function checkEncodings({ text, format }: { text: string; format: DraftFormat }): void {
  if (LONE_SURROGATE.test(text) || text.startsWith('\ufeff')) return;
  const findings = lintOf(text, format);
  for (const { name, bytes } of encodings(text)) {
    const read = decodeDraft(bytes);
    // A text with control characters is refused as binary in every encoding alike.
    if (!read.ok) {
      assert.match(read.message, /二进制/, name);
      continue;
    }
    assert.equal(read.text, text, name);
    assert.deepEqual(lintOf(read.text, format), findings, name);
  }
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
