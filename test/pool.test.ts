import assert from 'node:assert/strict';
import { join } from 'node:path';
import { lintInPool } from '../server/src/cli/pool';
import type { LintTask } from '../server/src/cli/lint-task';
import { ROOT } from './support/cli';

const CRASHING_WORKER = join(ROOT, 'test', 'fixtures', 'pool', 'crashing-worker.js');

const task = (name: string): LintTask => ({
  displayPath: `/drafts/${name}`,
  path: `/drafts/${name}`,
  bytes: new TextEncoder().encode(`${name} 的正文`),
  config: { rules: {}, files: [], segmenter: 'jieba', dictionary: [], extensions: [], ignored: false, problems: [] },
  ruleOverrides: {},
});

describe('worker pool', () => {
  it('reports a worker that dies (an uncaught exception, as on running out of memory) as a fatal result for its file, and lints the others in order', async () => {
    const names = ['a.txt', 'b.txt', 'crash.txt', 'c.txt', 'd.txt', 'e.txt'];
    let done = 0;
    const results = await lintInPool(names.map(task), 2, undefined, CRASHING_WORKER, () => done++);
    assert.equal(done, names.length, 'every file, the crashed one too, counts for the progress');
    assert.deepEqual(results.map((r) => r.filePath), names.map((n) => `/drafts/${n}`));
    const fatal = results.filter((r) => r.fatal);
    assert.deepEqual(fatal.map((r) => r.filePath), ['/drafts/crash.txt']);
    assert.match(fatal[0]!.fatal!, /工作线程异常退出/);
    assert.equal(results[5]!.source, 'e.txt 的正文');
  });
});
