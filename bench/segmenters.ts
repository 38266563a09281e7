// Load time, memory and throughput of every segmenter backend (jieba, jieba-wasm, nodejieba), each in
// a fresh process so that its memory is its own. Prints figures; asserts nothing.
//   tsx bench/segmenters.ts              every backend
//   tsx bench/segmenters.ts nodejieba    one backend, in this process
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { getSegmenter, SEGMENTER_NAMES, type SegmenterName } from '../server/src/host/segmenter';

const fixtures = join(__dirname, '..', 'test', 'fixtures');
const PASSES = 3;

function paragraphs(): string[] {
  const dirs = [join(fixtures, 'eval', 'dev'), join(fixtures, 'eval', 'own'), join(fixtures, 'real', 'clean')];
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => /\.(txt|md)$/.test(f))
      .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'))
      .filter((line) => line.trim() !== ''),
  );
}

const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(0)} MB`;

function measure(name: SegmenterName): void {
  const lines = paragraphs();
  const chars = lines.reduce((n, l) => n + l.length, 0);
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const segmenter = getSegmenter(name);
  segmenter.cut('加载词典');
  const load = performance.now() - t0;
  const rss1 = process.memoryUsage().rss;
  // The first pass segments every paragraph; later passes only hit the paragraph cache.
  const t1 = performance.now();
  for (const line of lines) segmenter.cut(line);
  const cold = performance.now() - t1;
  const t2 = performance.now();
  for (let p = 0; p < PASSES; p++) for (const line of lines) segmenter.cut(line);
  const cached = (performance.now() - t2) / PASSES;
  const rate = (ms: number): string => `${((chars / ms) * 1000 / 10000).toFixed(1)} 万字/s`;
  console.log(
    `${name.padEnd(11)} load ${load.toFixed(0).padStart(5)} ms   memory +${mb(rss1 - rss0).padStart(7)} (rss ${mb(process.memoryUsage().rss)})` +
      `   ${chars} chars: ${cold.toFixed(0)} ms = ${rate(cold)}   cached ${cached.toFixed(1)} ms`,
  );
}

const only = process.argv[2] as SegmenterName | undefined;
if (only) {
  try {
    measure(only);
  } catch (error) {
    console.log(`${only.padEnd(11)} unavailable: ${error instanceof Error ? error.message.slice(0, 80) : String(error)}`);
  }
} else {
  for (const name of SEGMENTER_NAMES) {
    const run = spawnSync(process.execPath, ['--import', 'tsx', __filename, name], { stdio: 'inherit' });
    if (run.status !== 0) process.exitCode = 1;
  }
}
