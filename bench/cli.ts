// The CLI timed as a user runs it, side by side with AutoCorrect (autocorrect-node, a Rust
// linter: `autocorrect --lint --format json`) and with the floor (bench/floor.mjs), on files
// generated with a fixed seed from the bundled drafts (bench/cli-corpus.ts). Prints wall time
// (median of runs), peak memory and characters per second; asserts nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { lint } from '../server/src/core/engine';
import { getSegmenter } from '../server/src/host/segmenter';
import { benchCorpus } from './cli-corpus';

const ROOT = join(__dirname, '..');
const CLI = join(ROOT, 'out', 'cli.js');
const AUTOCORRECT = join(ROOT, 'node_modules', '.bin', 'autocorrect');
const FLOOR = join(__dirname, 'floor.mjs');
const TIME = '/usr/bin/time';
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

interface Timing {
  readonly wall: number;
  readonly peakMb?: number;
}

/** Runs a command RUNS times; the median wall time and the largest peak resident memory. */
function measure(command: string, args: readonly string[]): Timing {
  const walls: number[] = [];
  let peak: number | undefined;
  for (let i = 0; i < RUNS; i++) {
    const timed = existsSync(TIME);
    const t0 = performance.now();
    const run = spawnSync(timed ? TIME : command, timed ? ['-f', '%M', command, ...args] : args, { encoding: 'utf8', maxBuffer: 1 << 30 });
    walls.push(performance.now() - t0);
    if (run.status !== 0 && run.status !== 1) throw new Error(`${command} ${args.join(' ')} exited ${run.status}: ${run.stderr.slice(-500)}`);
    const kb = timed ? Number(/(\d+)\s*$/.exec(run.stderr)?.[1]) : NaN;
    if (Number.isFinite(kb)) peak = Math.max(peak ?? 0, kb / 1024);
  }
  walls.sort((a, b) => a - b);
  return { wall: walls[Math.floor(walls.length / 2)]! / 1000, ...(peak !== undefined ? { peakMb: peak } : {}) };
}

/**
 * The engine alone on the texts of `path`, in this process, once its code is warm (the second of
 * two passes; segmenter loaded): no start-up, no reading, no JIT warm-up. A cold CLI run cannot
 * beat this on one core; on two cores, at best half of it.
 */
function warmEngine(path: string): number {
  const names = statSync(path).isDirectory() ? readdirSync(path).sort().map((name) => join(path, name)) : [path];
  const texts = names.map((name) => readFileSync(name, 'utf8'));
  const segmenter = (): ReturnType<typeof getSegmenter> => getSegmenter('jieba', []);
  let wall = 0;
  for (let pass = 0; pass < 2; pass++) {
    const t0 = performance.now();
    for (const text of texts) lint(text, { segmenter });
    wall = (performance.now() - t0) / 1000;
  }
  return wall;
}

function charsIn(path: string): number {
  if (!statSync(path).isDirectory()) return readFileSync(path, 'utf8').length;
  return readdirSync(path).reduce((n, name) => n + charsIn(join(path, name)), 0);
}

async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error('out/cli.js is missing: run node scripts/build.mjs');
  const corpus = await benchCorpus((line) => console.log(line));
  const cacheFile = join(tmpdir(), `gwlint-bench-cache-${process.pid}.json`);
  const gwlint = (extra: readonly string[], path: string): Timing => measure(process.execPath, [CLI, '--format', 'json', ...extra, path]);
  const sets = [
    { name: '1 draft of ~100 KB', path: corpus.medium, text: corpus.medium, many: false },
    { name: '1 draft of ~1 MB', path: corpus.large, text: corpus.large, many: false },
    { name: '1,000 drafts of ~5 KB', path: corpus.small, text: corpus.small, many: true },
    { name: '1,000 .docx of ~5 KB', path: corpus.smallDocx, text: corpus.small, many: true, word: true },
  ];
  console.log(`CLI on ${availableParallelism()} cores, every default rule on; wall time is the median of ${RUNS} runs`);
  console.log('files                     run                        wall s   peak MB   M chars/s   × AutoCorrect');
  for (const set of sets) {
    const chars = charsIn(set.text);
    const rows: [string, Timing][] = [];
    rows.push(['floor (read + 1 regex)', measure(process.execPath, [FLOOR, set.path])]);
    const autocorrect = !set.word && existsSync(AUTOCORRECT) ? measure(AUTOCORRECT, ['--lint', '--format', 'json', set.path]) : undefined;
    if (autocorrect) rows.push(['AutoCorrect --lint', autocorrect]);
    rows.push([set.many ? 'gwlint, main thread only' : 'gwlint', gwlint(['--concurrency', 'off'], set.path)]);
    if (set.many) rows.push(['gwlint, pool of 2 workers', gwlint(['--concurrency', '2'], set.path)]);
    rmSync(cacheFile, { force: true });
    gwlint(['--cache', '--cache-location', cacheFile], set.path);
    rows.push(['gwlint --cache, warm', gwlint(['--cache', '--cache-location', cacheFile], set.path)]);
    rmSync(cacheFile, { force: true });
    if (!set.word) rows.push(['engine alone, warm, 1 core', { wall: warmEngine(set.text) }]);
    for (const [label, t] of rows) {
      const ratio = autocorrect && (label.startsWith('gwlint') || label.startsWith('engine')) ? `${(t.wall / autocorrect.wall).toFixed(2)}×` : '';
      console.log(
        `${set.name.padEnd(25)} ${label.padEnd(26)} ${t.wall.toFixed(2).padStart(6)} ${(t.peakMb?.toFixed(0) ?? '-').padStart(9)} ${(chars / t.wall / 1e6).toFixed(2).padStart(11)}   ${ratio}`,
      );
    }
  }
  console.log('targets: ≤ 1.0× AutoCorrect on the 1,000 drafts and on the 1 MB draft; warm --cache ≤ 0.3 s on 1,000 files; peak ≤ 300 MB');
  if (!existsSync(AUTOCORRECT)) console.log('(AutoCorrect not installed: npm install brings autocorrect-node, a devDependency)');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
