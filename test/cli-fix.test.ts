import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { diffChars } from 'diff';
import iconv from 'iconv-lite';
import { writeDraftAtomic } from '../server/src/host/write-draft';
import { gwlint, gwlintJson, ROOT, type JsonResult } from './support/cli';

const EVAL = join(ROOT, 'test', 'fixtures', 'eval');
/** Annotated drafts with fixable findings: headings, lists, doubled words, residue, one-line web copies, Markdown. */
const DRAFTS = [
  'dev/04_safety_county.txt',
  'blind/76_party_lecture.txt',
  'blind2/80_web_speech_oneline.txt',
  'own/53_notice.md',
];
const CLEAN = join(ROOT, 'test', 'fixtures', 'cli', 'encodings', 'clean.txt');

interface Variant {
  readonly name: string;
  readonly eol: '\n' | '\r\n';
  readonly encode: (text: string) => Buffer;
  readonly decode: (bytes: Buffer) => string;
  readonly bom: readonly number[];
}

const strict = (label: string, skip: number) => (bytes: Buffer) => new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(skip));
const VARIANTS: Variant[] = [
  { name: 'utf8-lf', eol: '\n', encode: (t) => Buffer.from(t, 'utf8'), decode: strict('utf-8', 0), bom: [] },
  { name: 'utf8bom-crlf', eol: '\r\n', encode: (t) => Buffer.from(`\ufeff${t}`, 'utf8'), decode: strict('utf-8', 3), bom: [0xef, 0xbb, 0xbf] },
  { name: 'utf16le-crlf', eol: '\r\n', encode: (t) => Buffer.from(`\ufeff${t}`, 'utf16le'), decode: strict('utf-16le', 2), bom: [0xff, 0xfe] },
  { name: 'utf16be-lf', eol: '\n', encode: (t) => Buffer.from(`\ufeff${t}`, 'utf16le').swap16(), decode: strict('utf-16be', 2), bom: [0xfe, 0xff] },
  { name: 'gb18030-crlf', eol: '\r\n', encode: (t) => iconv.encode(t, 'gb18030'), decode: strict('gb18030', 0), bom: [] },
];

const PAST = new Date('2020-01-01T00:00:00Z');

describe('CLI --fix on copies of annotated drafts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gwlint-fix-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const copies = VARIANTS.map((variant) => ({
    variant,
    folder: join(dir, variant.name),
    files: DRAFTS.map((draft) => ({
      path: join(dir, variant.name, basename(draft)),
      text: readFileSync(join(EVAL, draft), 'utf8').replace(/\r?\n/g, variant.eol),
    })),
    clean: join(dir, variant.name, 'clean.txt'),
  }));
  const cleanBytes = readFileSync(CLEAN);
  let linted: JsonResult[];
  let fixRun: ReturnType<typeof gwlintJson>;
  let relinted: JsonResult[];
  let again: { run: ReturnType<typeof gwlint>; snapshots: Map<string, Buffer> };
  let dryRunAfter: ReturnType<typeof gwlint>;

  // One run of each kind over every copy: lint, fix, lint the fixed files, fix again, dry-run.
  before(() => {
    for (const { variant, folder, files, clean } of copies) {
      mkdirSync(folder, { recursive: true });
      for (const f of files) {
        writeFileSync(f.path, variant.encode(f.text));
        chmodSync(f.path, 0o640);
        utimesSync(f.path, PAST, PAST);
      }
      copyFileSync(CLEAN, clean);
      utimesSync(clean, PAST, PAST);
    }
    linted = gwlintJson([dir]).results;
    fixRun = gwlintJson(['--fix', dir]);
    relinted = gwlintJson([dir]).results;
    const snapshots = new Map<string, Buffer>();
    for (const { files } of copies) {
      for (const f of files) {
        utimesSync(f.path, PAST, PAST);
        snapshots.set(f.path, readFileSync(f.path));
      }
    }
    again = { run: gwlint(['--fix', dir]), snapshots };
    dryRunAfter = gwlint(['--fix-dry-run', dir]);
  });

  it('fixes every copy without trouble, and a second run finds nothing left to fix', () => {
    assert.notEqual(fixRun.run.status, 2, fixRun.run.stderr);
    assert.match(fixRun.run.stderr, new RegExp(`已修复 ${VARIANTS.length * DRAFTS.length} 个文件`));
    assert.notEqual(again.run.status, 2, again.run.stderr);
    assert.doesNotMatch(again.run.stderr, /已修复/);
    assert.equal(dryRunAfter.stdout, '', 'no diff left');
  });

  for (const { variant, files, clean } of copies) {
    it(`${variant.name}: fixes only reported spans, keeps encoding, line endings and mode, is idempotent`, () => {
      for (const f of files) {
        const fixRanges = union(linted.find((r) => r.filePath === f.path)!.messages.flatMap((m) => (m.fix ? [m.fix.range] : [])));
        assert.ok(fixRanges.length > 0, `${f.path} has fixable findings`);
        const bytes = readFileSync(f.path);
        assert.deepEqual([...bytes.subarray(0, variant.bom.length)], [...variant.bom], 'BOM kept');
        const fixed = variant.decode(bytes);
        assert.notEqual(fixed, f.text, `${f.path} was fixed`);
        assert.equal(statSync(f.path).mode & 0o777, 0o640, 'mode kept');
        const breaks = fixed.match(/\r\n|\r|\n/g) ?? [];
        assert.ok(breaks.every((b) => b === variant.eol), 'line endings kept');
        // Every change lies inside a span the first lint offered to fix.
        let at = 0;
        for (const part of diffChars(f.text, fixed)) {
          if (part.added || part.removed) {
            const [start, end] = [at, at + (part.removed ? part.value.length : 0)];
            assert.ok(
              fixRanges.some(([s, e]) => s <= start && end <= e),
              `${basename(f.path)}: change “${part.value}” at ${start}-${end} is outside every reported fix ${JSON.stringify(fixRanges)}`,
            );
          }
          if (!part.added) at += part.value.length;
        }
        // The report after --fix is what a plain lint of the fixed file says, with nothing fixable left.
        const reported = fixRun.results.find((r) => r.filePath === f.path)!.messages;
        const after = relinted.find((r) => r.filePath === f.path)!.messages;
        assert.deepEqual(reported.map((m) => [m.ruleId, m.line, m.column]), after.map((m) => [m.ruleId, m.line, m.column]));
        assert.ok(!reported.some((m) => m.fix), 'nothing fixable remains');
        // A second --fix neither changes nor rewrites it.
        assert.ok(readFileSync(f.path).equals(again.snapshots.get(f.path)!), `${f.path} unchanged by a second --fix`);
        assert.equal(statSync(f.path).mtimeMs, PAST.getTime(), `${f.path} not rewritten by a second --fix`);
      }
      assert.ok(readFileSync(clean).equals(cleanBytes), 'clean file untouched');
      assert.equal(statSync(clean).mtimeMs, PAST.getTime(), 'clean file not rewritten');
    });
  }
});

describe('CLI --fix-dry-run and --fix-rule', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gwlint-dry-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('--fix-dry-run prints a unified diff that git would apply, and writes nothing', () => {
    const file = join(dir, 'speech.txt');
    copyFileSync(join(ROOT, 'samples', 'speech-midyear.txt'), file);
    const bytes = readFileSync(file);
    const run = gwlint(['--fix-dry-run', 'speech.txt'], { cwd: dir });
    assert.equal(run.status, 1, 'errors would remain');
    assert.match(run.stdout, /^--- a\/speech\.txt$/m);
    assert.match(run.stdout, /^\+\+\+ b\/speech\.txt$/m);
    assert.match(run.stdout, /^-.*进一步进一步转变作风/m);
    assert.match(run.stdout, /^\+.*要进一步转变作风/m);
    assert.match(run.stdout, /^@@ -\d+,\d+ \+\d+,\d+ @@$/m);
    assert.ok(readFileSync(file).equals(bytes), 'nothing written');
    const apply = spawnSync('git', ['apply', '--check', '-'], { cwd: dir, input: run.stdout, encoding: 'utf8' });
    assert.equal(apply.status, 0, apply.stderr);
  });

  it('--fix-rule fixes only that rule; an unfixable or unknown rule is a usage error', () => {
    const file = join(dir, 'only.txt');
    copyFileSync(join(ROOT, 'samples', 'speech-midyear.txt'), file);
    const run = gwlint(['--fix', '--fix-rule', 'doubled-word', file]);
    assert.equal(run.status, 1, run.stderr);
    const text = readFileSync(file, 'utf8');
    assert.match(text, /要进一步转变作风/);
    assert.match(text, /（四）民生保障有力/, 'heading-sequence left alone');
    assert.match(text, /上一篇：/, 'template-residue left alone');
    assert.equal(gwlint(['--fix', '--fix-rule', 'placeholder', file]).status, 2);
    assert.equal(gwlint(['--fix', '--fix-rule', 'no-such-rule', file]).status, 2);
    assert.equal(gwlint(['--fix-rule', 'doubled-word', file]).status, 2, '--fix-rule alone');
    assert.equal(gwlint(['--fix', '--stdin'], { input: 'x' }).status, 2);
  });
});

describe('writeDraftAtomic', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gwlint-write-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('does not overwrite a file that changed on disk after it was read, and leaves no temporary file', () => {
    const file = join(dir, 'draft.txt');
    writeFileSync(file, '原文。\n');
    const read = readFileSync(file);
    writeFileSync(file, '别人刚改过的内容。\n');
    const result = writeDraftAtomic(file, '修复后。\n', 'utf-8', read);
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.reason, 'changed-on-disk');
    assert.equal(readFileSync(file, 'utf8'), '别人刚改过的内容。\n');
    assert.deepEqual(readdirSync(dir), ['draft.txt']);
  });

  it('writes GB18030 back as GB18030, four-byte characters included', () => {
    const file = join(dir, 'gb.txt');
    const before = iconv.encode('𠮷XX县。\r\n', 'gb18030');
    writeFileSync(file, before);
    assert.deepEqual(writeDraftAtomic(file, '𠮷某县。\r\n', 'gb18030', before), { ok: true });
    assert.equal(new TextDecoder('gb18030', { fatal: true }).decode(readFileSync(file)), '𠮷某县。\r\n');
  });
});

/** Adjacent or overlapping ranges merged, so that one change spanning two touching fixes fits. */
function union(ranges: readonly [number, number][]): [number, number][] {
  const merged: [number, number][] = [];
  for (const [s, e] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}
