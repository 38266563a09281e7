import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Draft } from '../server/src/core/document/draft';
import { paragraphWords } from '../server/src/core/document/words';
import { lint } from '../server/src/core/engine';
import { RULES } from '../server/src/core/rules';
import type { Segmenter } from '../server/src/core/segmenter';
import { getSegmenter, PROJECT_DICTIONARY, segmentInSteps, SegmenterUnavailableError, withOffsets, type SegmenterName } from '../server/src/host/segmenter';
import { SegmentationCache } from '../server/src/host/segmenter-cache';
import { loadNodejieba } from '../server/src/host/segmenters/nodejieba';
import { normaliseWords } from '../server/src/host/segmenters/normalise';

const ROOT = join(__dirname, '..');
const EVAL = join(__dirname, 'fixtures', 'eval');
const drafts = ['dev', 'own'].flatMap((set) =>
  readdirSync(join(EVAL, set))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ name: `${set}/${f}`, text: readFileSync(join(EVAL, set, f), 'utf8') })),
);

/** The text of every `.txt` and `.md` file under `dir`. */
function fixtureTexts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return fixtureTexts(path);
    return /\.(txt|md)$/.test(entry.name) ? [readFileSync(path, 'utf8')] : [];
  });
}

/** The rules that need words find the same on every eval draft with `backend` as with jieba. */
function assertSameFindingsAsJieba(backend: SegmenterName): void {
  const registry = RULES.filter((r) => r.meta.needsWords);
  const rules = Object.fromEntries(registry.map((r) => [r.meta.id, { severity: 'info' as const }]));
  for (const d of drafts) {
    const own = lint(d.text, { registry, rules, segmenter: () => getSegmenter('jieba') });
    const other = lint(d.text, { registry, rules, segmenter: () => getSegmenter(backend) });
    assert.deepEqual(other, own, d.name);
  }
}

function nodejiebaInstalled(): boolean {
  try {
    require.resolve('nodejieba');
    return true;
  } catch {
    return false;
  }
}

function assertCovers(text: string, segmenter: Segmenter): void {
  const tokens = segmenter.cut(text);
  assert.equal(tokens.map((t) => t.word).join(''), text);
  let at = 0;
  for (const t of tokens) {
    assert.equal(t.start, at);
    assert.equal(text.slice(t.start, t.end), t.word);
    at = t.end;
  }
  assert.equal(at, text.length);
}

describe('segmenter', () => {
  describe('offsets', () => {
    it('gives UTF-16 spans, also after characters outside the BMP', () => {
      const text = '𠮷野家和😀表情包';
      assert.deepEqual(withOffsets(text, ['𠮷', '野', '家', '和', '😀', '表情包']).map((t) => [t.start, t.end]), [
        [0, 2], [2, 3], [3, 4], [4, 5], [5, 7], [7, 10],
      ]);
    });

    it('still covers the text when a backend drops or alters characters', () => {
      const tokens = withOffsets('甲 乙\r\n丙', ['甲', '乙', '丙']);
      assert.deepEqual(tokens.map((t) => t.word), ['甲', ' ', '乙', '\r\n', '丙']);
    });
  });

  describe('letters and digits', () => {
    it('are cut alike whichever backend cut them', () => {
      assert.deepEqual(normaliseWords(['G', 'D', 'P', '增长', '5', '.', '2', '%']), ['GDP', '增长', '5', '.', '2', '%']);
      assert.deepEqual(normaliseWords(['使用', 'X射线', '探伤']), ['使用', 'X', '射线', '探伤']);
      assert.deepEqual(normaliseWords(['abc', ' ', 'd', 'ef']), ['abc', ' ', 'def']);
    });
  });

  describe('cache', () => {
    it('evicts the least recently used paragraph', () => {
      const cache = new SegmentationCache(2);
      cache.set('a', []);
      cache.set('b', []);
      cache.get('a', '');
      cache.set('c', []);
      assert.equal(cache.get('b', ''), undefined);
      assert.ok(cache.get('a', ''));
      assert.ok(cache.get('c', ''));
    });

    it('keeps only the entries asked for', () => {
      const cache = new SegmentationCache(10);
      cache.set('a', []);
      cache.set('b', []);
      cache.retain((key) => key === 'b');
      assert.equal(cache.get('a', ''), undefined);
      assert.ok(cache.get('b', ''));
    });
  });

  describe('a long paragraph cut in steps', () => {
    // Every draft on one line: far longer than a step, with every kind of mark between pieces.
    const line = drafts.map((d) => d.text.replace(/\s+/g, '')).join('');

    it('pauses between pieces and then gives the words one cut of the whole gives', () => {
      const segmenter = getSegmenter('jieba');
      let pauses = 0;
      const steps = segmentInSteps(segmenter, line);
      while (!steps.next().done) pauses++;
      assert.ok(pauses >= 10, `paused ${pauses} times in ${line.length} characters`);
      const stepwise = segmenter.cut(line); // cached by the steps
      // The same text followed by one more mark is cut at once (a different text, not cached).
      const whole = segmenter.cut(`${line}。`).slice(0, -1);
      assert.deepEqual(stepwise, whole);
    });

    it('cuts a short paragraph at once', () => {
      const steps = segmentInSteps(getSegmenter('jieba'), '同志们，今天召开会议。');
      assert.equal(steps.next().done, true);
    });
  });

  describe('jieba (the default)', () => {
    const jieba = getSegmenter('jieba');

    it('covers every eval draft exactly, paragraph by paragraph', () => {
      for (const d of drafts) for (const line of d.text.split('\n')) assertCovers(line, jieba);
      assertCovers('𠮷野家 GDP增长5.2%，abc  def\t完成', jieba);
    });

    it('keeps the project dictionary words whole', () => {
      const words = jieba.cut('确保实现“双过半”，推进保交楼和放管服改革').map((t) => t.word);
      for (const w of ['双过半', '保交楼', '放管服']) assert.ok(words.includes(w), `${w}: ${words.join('/')}`);
      assert.ok(PROJECT_DICTIONARY.length >= 20);
    });

    it('adds the words of a configuration once, for the whole process', () => {
      const text = '推行甬易办改革';
      assert.ok(!jieba.cut(text).some((t) => t.word === '甬易办'));
      const configured = getSegmenter('jieba', ['甬易办']);
      assert.equal(configured, jieba);
      assert.ok(jieba.cut(text).some((t) => t.word === '甬易办'));
    });

    it('gives the words of a paragraph in draft offsets', () => {
      const draft = new Draft('标题\n我们的的工作');
      const words = paragraphWords(draft.paragraphs[1], jieba);
      assert.deepEqual(words.map((t) => draft.text.slice(t.start, t.end)), ['我们', '的', '的', '工作']);
    });

    it('is not loaded while no rule needs words', () => {
      // A fresh process: linting a draft without any doubled characters never loads jieba.
      const script = `
        const { lint } = require('./server/src/core/engine');
        const { getSegmenter, isSegmenterLoaded } = require('./server/src/host/segmenter');
        lint('同志们：\\n今天召开会议，研究部署工作。', { segmenter: () => getSegmenter('jieba') });
        const before = isSegmenterLoaded('jieba');
        lint('我们的的工作。', { segmenter: () => getSegmenter('jieba') });
        console.log(JSON.stringify([before, isSegmenterLoaded('jieba')]));`;
      const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual(JSON.parse(run.stdout.trim()), [false, true]);
    });
  });

  describe('jieba-wasm', () => {
    // Every draft and text among the fixtures, paragraph by paragraph: hundreds of thousands of characters.
    const paragraphs = fixtureTexts(join(__dirname, 'fixtures')).flatMap((text) => text.split(/\r?\n/));

    it('gives the same words as jieba on every fixture text, also after a configuration adds words', () => {
      const extra = ['甬易办', '𠮷野家', '数字赋能'];
      const wasm = getSegmenter('jieba-wasm', extra);
      const own = getSegmenter('jieba', extra);
      assert.ok(paragraphs.join('').length > 300_000);
      for (const line of [...paragraphs, '𠮷野家 GDP增长5.2%，abc  def\t完成\r\n推行甬易办、数字赋能改革']) {
        assert.deepEqual(own.cut(line), wasm.cut(line), line.slice(0, 40));
      }
    });

    it('gives the same findings as jieba on the eval drafts', () => {
      assertSameFindingsAsJieba('jieba-wasm');
    });
  });

  describe('nodejieba', () => {
    it('says in Chinese how to install it when it is missing', () => {
      const missing = (): unknown => {
        throw Object.assign(new Error("Cannot find module 'nodejieba'"), { code: 'MODULE_NOT_FOUND' });
      };
      assert.throws(() => loadNodejieba(missing), (e: unknown) => e instanceof SegmenterUnavailableError && /npm install nodejieba/.test(e.message));
    });

    it('gives the same tokens as jieba (HMM off) on the eval drafts', function () {
      if (!nodejiebaInstalled()) this.skip();
      const own = getSegmenter('jieba');
      const native = getSegmenter('nodejieba');
      for (const d of drafts) {
        for (const line of d.text.split('\n')) {
          assert.deepEqual(native.cut(line), own.cut(line), `${d.name}: ${line.slice(0, 30)}`);
        }
      }
    });

    it('gives the same findings as jieba on the eval drafts', function () {
      if (!nodejiebaInstalled()) this.skip();
      assertSameFindingsAsJieba('nodejieba');
    });
  });
});
