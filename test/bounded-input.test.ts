// What the CLI refuses by name, without reading it, and what it bounds (issue 13).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_DRAFT_BYTES } from '../server/src/host/read-draft';
import { gwlint } from './support/cli';

describe('bounded input (CLI, spawned)', function () {
  this.timeout(20_000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'gwlint-bounded-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  for (const device of ['/dev/zero', '/dev/urandom']) {
    it(`refuses ${device} by name, exit 2, without reading it`, function () {
      if (!existsSync(device)) this.skip();
      const run = gwlint([device]);
      assert.equal(run.status, 2);
      assert.match(run.stderr, new RegExp(`${device}：不是普通文件`));
    });
  }

  it('refuses a FIFO by name instead of waiting for a writer', function () {
    const fifo = join(dir, 'pipe.txt');
    if (spawnSync('mkfifo', [fifo]).status !== 0) this.skip();
    const run = gwlint([fifo]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /pipe\.txt：不是普通文件/);
    // In a folder, only regular files are searched: the pipe is passed over.
    writeFileSync(join(dir, 'draft.txt'), '某某同志：\n');
    const folder = gwlint([dir]);
    assert.equal(folder.status, 1, folder.stderr);
    assert.match(folder.stdout, /draft\.txt/);
    assert.doesNotMatch(folder.stdout + folder.stderr, /pipe\.txt/);
  });

  it('refuses standard input over the size limit, exit 2', () => {
    const run = gwlint(['--stdin', '--format', 'json'], { input: Buffer.alloc(MAX_DRAFT_BYTES + 4096, 'a') });
    assert.equal(run.status, 2);
    assert.match(run.stdout, /文件过大/);
  });

  it('says that a glob or an allow entry is too long, as a configuration problem, not a stack trace', () => {
    writeFileSync(join(dir, 'draft.txt'), '全面加强管理。\n');
    writeFileSync(
      join(dir, '.gwlintrc.json'),
      JSON.stringify({ ignore: ['*'.repeat(100_001)], rules: { placeholder: ['error', { allow: ['某'.repeat(5000)] }] } }),
    );
    const run = gwlint([join(dir, 'draft.txt')], { cwd: dir });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /ignore\[0\].*过长（100001 个字符，最多 1000 个）/);
    assert.match(run.stderr, /allow\[0\].*过长（5000 个字符，最多 2000 个）/);
    assert.doesNotMatch(run.stderr, /\n\s+at /);
  });
});
