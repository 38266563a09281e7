// `gwlint --fix` over a fixed sample of mutated drafts, each written in one of the supported
// encodings (issue 13): every file ends as the engine's fixAll of its text, in the same
// encoding and mode, and a second run writes nothing.
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { fixAll } from '../server/src/core/engine';
import { decodeDraft, type DraftEncoding } from '../server/src/host/read-draft';
import { encodeDraft } from '../server/src/host/write-draft';
import { getSegmenter } from '../server/src/host/segmenter';
import { gwlint } from './support/cli';
import { mutatedDraft } from './support/properties';

const CASES = 15;
const ENCODINGS: readonly DraftEncoding[] = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030'];
const segmenter = (): ReturnType<typeof getSegmenter> => getSegmenter('jieba', []);

describe('--fix over random drafts in every encoding (fixed seed)', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'gwlint-fix-props-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it(`${CASES} drafts: each file is the engine's fixAll of its text, in its encoding and mode; a second run changes nothing`, () => {
    const cases = fc.sample(fc.tuple(mutatedDraft, fc.constantFrom(...ENCODINGS)), { seed: 1313, numRuns: CASES });
    const files = cases.flatMap(([draft, encoding], k) => {
      const bytes = encodeDraft(draft.text, encoding);
      const read = decodeDraft(bytes);
      // Only what reads back as written (no control characters or lone surrogates).
      if (!read.ok || read.text !== draft.text || read.encoding !== encoding) return [];
      const path = join(dir, `case-${String(k).padStart(2, '0')}.${draft.format === 'markdown' ? 'md' : 'txt'}`);
      writeFileSync(path, bytes);
      chmodSync(path, 0o640);
      return [{ path, encoding, text: draft.text, expected: fixAll(draft.text, { format: draft.format, segmenter }).text }];
    });
    assert.ok(files.length >= CASES / 2, `${files.length} of ${CASES} cases are readable files`);
    assert.ok(files.some((f) => f.expected !== f.text), 'some drafts have something to fix');
    const first = gwlint(['--fix', dir]);
    assert.notEqual(first.status, 2, first.stderr);
    const snapshots = new Map<string, Buffer>();
    for (const f of files) {
      const bytes = readFileSync(f.path);
      snapshots.set(f.path, bytes);
      const read = decodeDraft(bytes);
      assert.ok(read.ok, f.path);
      assert.equal(read.encoding, f.encoding, `${f.path}: encoding kept`);
      assert.equal(read.text, f.expected, `${f.path}: the engine's fixAll`);
      assert.equal(statSync(f.path).mode & 0o777, 0o640, `${f.path}: mode kept`);
    }
    const second = gwlint(['--fix', dir]);
    assert.notEqual(second.status, 2, second.stderr);
    for (const f of files) assert.ok(readFileSync(f.path).equals(snapshots.get(f.path)!), `${f.path}: unchanged by a second --fix`);
  });
});
