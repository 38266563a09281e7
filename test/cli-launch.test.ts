import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './support/cli';

const DRAFT = join(ROOT, 'samples', 'speech-midyear.txt');

/** The command and its bundle copied into a folder of their own, as an install puts them. */
function install(folder: string): string {
  mkdirSync(folder, { recursive: true });
  for (const file of ['cli.js', 'cli-main.js', 'jieba_rs_wasm_bg.wasm']) copyFileSync(join(ROOT, 'out', file), join(folder, file));
  return join(folder, 'cli.js');
}

describe('the gwlint command and its code cache (spawned)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'gwlint-launch-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const run = (cli: string, env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } => {
    const r = spawnSync(process.execPath, [cli, '--format', 'json', DRAFT], { encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: join(dir, 'user-cache'), ...env } });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const caches = (folder: string): string[] => readdirSync(folder).filter((f) => f.endsWith('.v8cache'));

  it('writes a code cache beside the bundle and gives the same report with it as without', () => {
    const cli = install(join(dir, 'out'));
    const plain = run(cli, { GWLINT_NO_CODE_CACHE: '1' });
    assert.deepEqual(caches(join(dir, 'out')), []);
    const first = run(cli);
    assert.equal(caches(join(dir, 'out')).length, 1);
    const second = run(cli);
    for (const r of [first, second]) {
      assert.equal(r.stderr, '');
      assert.equal(r.status, plain.status);
      assert.equal(r.stdout, plain.stdout);
    }
    assert.ok((JSON.parse(plain.stdout) as { messages: unknown[] }[])[0]!.messages.length > 0);
  });

  it('runs as without a cache when the cache is damaged or made by another build, and replaces it', () => {
    const cli = install(join(dir, 'out'));
    const plain = run(cli, { GWLINT_NO_CODE_CACHE: '1' });
    run(cli);
    const file = join(dir, 'out', cacheName());
    const good = readFileSync(file);
    assert.ok(checksumHolds(good));
    // Cut short: its own checksum no longer matches.
    writeFileSync(file, good.subarray(0, good.length >> 1));
    const cut = run(cli);
    assert.equal(cut.stderr, '');
    assert.equal(cut.stdout, plain.stdout);
    assert.ok(checksumHolds(readFileSync(file)), 'rewritten whole');
    // A checksum that holds over bytes V8 did not write: V8 refuses them.
    const junk = Buffer.alloc(4096, 7);
    writeFileSync(file, Buffer.concat([createHash('sha256').update(junk).digest(), junk]));
    const refused = run(cli);
    assert.equal(refused.stderr, '');
    assert.equal(refused.stdout, plain.stdout);
    assert.ok(checksumHolds(readFileSync(file)));
    assert.notDeepEqual(readFileSync(file).subarray(32), junk, 'replaced by a cache V8 accepts');
  });

  it('uses the user cache folder when the bundle folder cannot take the cache, and runs when neither can', () => {
    const cli = install(join(dir, 'out'));
    const plain = run(cli, { GWLINT_NO_CODE_CACHE: '1' });
    // A folder (not empty) where the cache file would go: neither read nor replaced, even by root.
    mkdirSync(join(dir, 'out', cacheName(), 'x'), { recursive: true });
    const r = run(cli);
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, plain.stdout);
    assert.deepEqual(caches(join(dir, 'user-cache', 'gwlint')), [cacheName()]);
    assert.equal(run(cli).stdout, plain.stdout, 'with the cache from the user folder');
    // No user cache folder can be made where a file is.
    writeFileSync(join(dir, 'blocked'), '');
    const nowhere = run(cli, { XDG_CACHE_HOME: join(dir, 'blocked') });
    assert.equal(nowhere.stderr, '');
    assert.equal(nowhere.stdout, plain.stdout);
  });
});

/** The name the command gives its code cache: the bundle's digest, the Node build, the architecture. */
function cacheName(): string {
  const digest = createHash('sha256').update(readFileSync(join(ROOT, 'out', 'cli-main.js'))).digest('hex').slice(0, 16);
  return `cli-main.${digest}.${process.version}.${process.arch}.v8cache`;
}

function checksumHolds(file: Buffer): boolean {
  return file.length > 32 && createHash('sha256').update(file.subarray(32)).digest().equals(file.subarray(0, 32));
}
