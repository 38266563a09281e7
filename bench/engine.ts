// Engine throughput and memory on real drafts: the seed, the annotated drafts, real published
// reports (tens of thousands of characters) and a 300,000-character concatenation. Prints
// figures; asserts nothing.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { lint } from '../server/src/core/engine';
import { getSegmenter } from '../server/src/host/segmenter';

const fixtures = join(__dirname, '..', 'test', 'fixtures');
const read = (dir: string): { name: string; text: string }[] =>
  readdirSync(dir)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));

const segmenter = (): ReturnType<typeof getSegmenter> => getSegmenter('jieba', []);
const format = (name: string): 'markdown' | 'text' => (name.endsWith('.md') ? 'markdown' : 'text');

function time(text: string, name: string, runs: number): { median: number; p95: number } {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    lint(text, { format: format(name), segmenter });
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(runs / 2)], p95: samples[Math.min(runs - 1, Math.floor(runs * 0.95))] };
}

const t0 = performance.now();
lint('同志们：进一步进一步加强。', { segmenter });
console.log(`first lint (segmenter load included): ${(performance.now() - t0).toFixed(0)} ms`);

const drafts = [...read(join(fixtures, 'seed')), ...read(join(fixtures, 'eval', 'dev')), ...read(join(fixtures, 'real', 'clean'))];
console.log('\nper draft (warm, 20 runs)              chars   median ms   p95 ms');
let total = 0;
for (const d of drafts) {
  const { median, p95 } = time(d.text, d.name, 20);
  total += d.text.length;
  console.log(`${d.name.padEnd(36)} ${String(d.text.length).padStart(8)} ${median.toFixed(2).padStart(10)} ${p95.toFixed(2).padStart(8)}`);
}
const joined = drafts.map((d) => d.text).join('\n');
// What the language server re-lints on every keystroke: a 20,000-character draft, with its line
// breaks and as one long line (drafts pasted from a web page).
const keystroke = joined.slice(0, 20_000);
for (const [label, text] of [['20,000-character draft', keystroke], ['20,000-character one-line draft', keystroke.replace(/\r?\n/g, ' ')]] as const) {
  const t = time(text, 'draft.txt', 20);
  console.log(`\n${label}: median ${t.median.toFixed(1)} ms, p95 ${t.p95.toFixed(1)} ms`);
}
const big = joined.repeat(Math.ceil(300_000 / joined.length)).slice(0, 300_000);
const bigTime = time(big, 'big.txt', 5);
console.log(`\n${big.length.toLocaleString('en')}-character report: median ${bigTime.median.toFixed(1)} ms, p95 ${bigTime.p95.toFixed(1)} ms`);
const all = time(drafts.map((d) => d.text).join('\n'), 'all.txt', 5);
console.log(`throughput: ${((total / all.median) * 1000 / 1e6).toFixed(2)} M characters/s`);
const mem = process.memoryUsage();
console.log(`memory: rss ${(mem.rss / 1048576).toFixed(0)} MB, heap used ${(mem.heapUsed / 1048576).toFixed(0)} MB`);
