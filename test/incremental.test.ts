// The paragraph cache the language server keeps per document: after any series of edits, a
// lint with the cache finds exactly what a fresh lint finds.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { partStarts } from '../server/src/core/document/markdown-chunks';
import { Draft } from '../server/src/core/document/draft';
import { LintCache, lint, type LintOptions } from '../server/src/core/engine';
import type { DraftFormat } from '../server/src/core/types';
import { getSegmenter } from '../server/src/host/segmenter';
import { seededRandom as random } from './support/seeded-random';

const fixtures = join(__dirname, 'fixtures');
const strip = (text: string): string => text.replace(/⟦[^⟧]*⟧/g, '');
const readDir = (dir: string, ext: RegExp): string[] =>
  readdirSync(dir).filter((f) => ext.test(f)).sort().map((f) => strip(readFileSync(join(dir, f), 'utf8')));
const ruleFixtures = (ext: RegExp): string[] =>
  readdirSync(join(fixtures, 'rules')).flatMap((rule) => readDir(join(fixtures, 'rules', rule), ext));

// Every rule runs, overused-phrase (off by default) too.
const options = (format: DraftFormat): LintOptions => ({
  format,
  segmenter: () => getSegmenter('jieba'),
  rules: { 'overused-phrase': { severity: 'warning' } },
});

// What writers type: heading and item markers, announcements, placeholders, residue, doubled words, breaks.
const SNIPPETS = [
  '一、', '二、', '（一）', '（二）', '（三）', '1.', '2.', '3．', '（1）', '（2）', '①', '②', '第一章 ', '第二条 ', '第一部分：',
  '一是', '二是', '三是', '一要', '首先，', '其次，', '最后，', '其一，', '第一，', '一方面', '另一方面',
  '讲三点意见：', '以下四个方面：', '“两个一批”', '附件：', '附件1', '的的', '进一步进一步', '研究研究', 'XX县', '某某', '____', '□□',
  '（未完，全文共5999字，当前只显示2888字）', '上一篇：', '【收藏本文】', '本文由范文网整理', '仅供参考', '1、',
  '。', '，', '；', '：', ' ', '　', '\n', '\n\n', '要', '“', '”', '加强组织领导，确保各项工作落到实处。',
  '习近平新时代中国特色社会主义思想', '**', '`代码`', '# ', '- ', '<!-- 注 -->',
];

/** One random edit of `text`, and what it was (for the failure message). */
function edit(text: string, next: () => number): { text: string; what: string } {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const at = Math.floor(next() * (text.length + 1));
  const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
  const lineBreaks = [...text.matchAll(/\r?\n/g)].map((m) => [m.index, m.index + m[0].length] as const);
  switch (Math.floor(next() * 9)) {
    case 0: {
      const s = pick(SNIPPETS);
      return { text: text.slice(0, at) + s + text.slice(at), what: `insert ${JSON.stringify(s)} at ${at}` };
    }
    case 1: {
      const end = Math.min(text.length, at + 1 + Math.floor(next() * 30));
      return { text: text.slice(0, at) + text.slice(end), what: `delete ${at}-${end}` };
    }
    case 2: {
      const end = Math.min(text.length, at + 1 + Math.floor(next() * 8));
      const s = pick(SNIPPETS);
      return { text: text.slice(0, at) + s + text.slice(end), what: `replace ${at}-${end} by ${JSON.stringify(s)}` };
    }
    case 3:
      return { text: `${text.slice(0, at)}\n${text.slice(at)}`, what: `split at ${at}` };
    case 4: {
      if (!lineBreaks.length) return { text, what: 'nothing to join' };
      const [s, e] = pick(lineBreaks);
      return { text: text.slice(0, s) + text.slice(e), what: `join at ${s}` };
    }
    case 5: {
      // A heading marker at a line start, or the line's leading marker replaced.
      const start = pick(lineStarts);
      const marker = pick(SNIPPETS.slice(0, 15));
      const old = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）|\d+[.．、])/.exec(text.slice(start))?.[0] ?? '';
      return { text: text.slice(0, start) + marker + text.slice(start + old.length), what: `heading ${JSON.stringify(marker)} at ${start}` };
    }
    case 6: {
      // A line copied elsewhere (a repeated sentence or paragraph).
      const start = pick(lineStarts);
      const end = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
      const line = text.slice(start, end);
      return { text: `${text.slice(0, at)}\n${line}\n${text.slice(at)}`, what: `copy line ${start} to ${at}` };
    }
    case 7: {
      // Lines swapped: paragraphs move, their texts stay.
      const a = pick(lineStarts);
      const b = pick(lineStarts);
      const lines = text.split('\n');
      const i = lineStarts.indexOf(a);
      const j = lineStarts.indexOf(b);
      [lines[i], lines[j]] = [lines[j], lines[i]];
      return { text: lines.join('\n'), what: `swap lines ${i} and ${j}` };
    }
    default: {
      // A numeral of a marker changed (一 → 三, 2 → 4).
      const m = pick([...text.matchAll(/[一二三四五六七八九十1-9](?=[、.．是要）)])/g)].map((x) => x.index)) ?? at;
      const s = pick(['一', '二', '三', '四', '1', '2', '3', '5']);
      return { text: text.slice(0, m) + s + text.slice(m + 1), what: `numeral ${s} at ${m}` };
    }
  }
}

function check(start: string, format: DraftFormat, seed: number, steps: number): void {
  const next = random(seed);
  const cache = new LintCache();
  let text = start;
  let previous = start;
  const history: string[] = [];
  for (let step = 0; step <= steps; step++) {
    const cached = lint(text, { ...options(format), cache });
    const fresh = lint(text, options(format));
    assert.deepEqual(cached, fresh, `after ${history.slice(-5).join('; ')} (seed ${seed}, step ${step})`);
    const e = edit(text, next);
    previous = text;
    text = e.text;
    history.push(e.what);
  }
  // Bounded: what the draft before the last one used is dropped down to twice as many, with a
  // little slack (LintCache), and the last draft adds its own. A Markdown draft uses the memo of
  // each part it is parsed in (markdown-chunks.ts) besides those of its paragraphs.
  const units = (t: string): number => new Draft(t, format).paragraphs.length + (format === 'markdown' ? partStarts(t).length : 0);
  const before = history.length > 1 ? units(previous) : 0;
  const last = units(text);
  assert.ok(cache.size <= 2 * Math.max(before, last) + last + 64, `cache holds ${cache.size} paragraphs (before ${before}, last ${last})`);
}

describe('incremental lint (paragraph cache)', function () {
  this.timeout(120_000);
  const drafts = readDir(join(fixtures, 'eval', 'dev'), /\.txt$/);
  const textRules = ruleFixtures(/\.txt$/);
  const markdown = [...ruleFixtures(/\.md$/), ...readDir(join(fixtures, 'eval', 'own'), /\.md$/)];

  it('finds what a fresh lint finds after random edits of a plain-text draft', () => {
    check(drafts.slice(0, 3).join('\n'), 'text', 1, 120);
  });

  it('finds what a fresh lint finds after random edits of the rule fixtures (traps and defects)', () => {
    const all = textRules.join('\n');
    for (let k = 0; k < 3; k++) check(all.slice(k * 6000, k * 6000 + 6000), 'text', 10 + k, 60);
  });

  it('finds what a fresh lint finds after random edits of a Markdown draft', () => {
    check(markdown.join('\n\n'), 'markdown', 7, 80);
  });

  it('finds the same with a cache shared by drafts that have nothing in common', () => {
    const cache = new LintCache();
    for (const text of [drafts[0], textRules.join('\n'), drafts[0], drafts[1]]) {
      assert.deepEqual(lint(text, { ...options('text'), cache }), lint(text, options('text')));
    }
  });

  it('tells Markdown paragraphs apart whose prose is the same but whose source is not', () => {
    // `**月**` is blanked to spaces in the prose view, as typed spaces are: only the source tells them apart.
    const cache = new LintCache();
    for (const text of ['会议于2024年**月**日召开。', '会议于2024年  月  日召开。', '会议于2024年**月**日召开。']) {
      assert.deepEqual(lint(text, { ...options('markdown'), cache }), lint(text, options('markdown')));
    }
  });

  it('re-uses the paragraphs an edit did not change', () => {
    const cache = new LintCache();
    const text = drafts[0];
    lint(text, { ...options('text'), cache });
    const before = cache.size;
    const lines = text.split('\n');
    const middle = lines.findIndex((l, i) => i > lines.length / 2 && l.trim() !== '');
    lines[middle] = `要${lines[middle]}`;
    lint(lines.join('\n'), { ...options('text'), cache });
    // One paragraph is new; every other one was found again.
    assert.equal(cache.size, before + 1);
  });
});
