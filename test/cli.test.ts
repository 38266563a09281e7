import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, gwlint, gwlintJson, ROOT } from './support/cli';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'cli');
const enc = (name: string): string => join(FIXTURES, 'encodings', name);

describe('CLI (spawned)', () => {
  describe('exit codes and output', () => {
    it('exits 0 with no output on a clean draft', () => {
      const run = gwlint([enc('clean.txt')]);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stdout, '');
    });

    it('exits 1 and prints line:column severity message rule-id on errors', () => {
      const run = gwlint([enc('crlf.txt')]);
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stdout, /1:5\s+错误\s+.+\s+placeholder/);
      assert.match(run.stdout, /✖ \d+ 个问题/);
      assert.doesNotMatch(run.stdout, /\x1b\[/, 'no colour when stdout is not a TTY');
    });

    it('prints ESLint-compatible JSON and nothing else on stdout', () => {
      const { run, results } = gwlintJson([enc('crlf.txt')]);
      assert.equal(run.status, 1);
      assert.equal(results.length, 1);
      const [r] = results;
      assert.equal(r.filePath, enc('crlf.txt'));
      assert.ok(r.errorCount >= 2);
      assert.equal(typeof r.warningCount, 'number');
      assert.equal(typeof r.fixableErrorCount, 'number');
      const first = r.messages[0];
      assert.deepEqual(
        { ruleId: first.ruleId, severity: first.severity, line: first.line, column: first.column, endLine: first.endLine, endColumn: first.endColumn },
        { ruleId: 'placeholder', severity: 2, line: 1, column: 5, endLine: 1, endColumn: 7 },
      );
    });

    it('exits 2 on a usage error, with a message and no stack trace', () => {
      const run = gwlint(['--format', 'xml', enc('clean.txt')]);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /xml/);
      assert.doesNotMatch(run.stderr, /at .+\.js:\d+/);
      assert.equal(gwlint(['--bogus']).status, 2);
      assert.equal(gwlint(['--rule', 'placeholder=warning', enc('clean.txt')]).status, 2);
      assert.equal(gwlint(['--rule', 'no-such-rule:error', enc('clean.txt')]).status, 2);
      assert.equal(gwlint([]).status, 2);
    });

    it('--rule changes a severity; --max-warnings decides on warnings; --quiet keeps errors only', () => {
      assert.equal(gwlint(['--rule', 'placeholder:warning', enc('crlf.txt')]).status, 0);
      assert.equal(gwlint(['--rule', 'placeholder:warning', '--max-warnings', '0', enc('crlf.txt')]).status, 1);
      assert.equal(gwlint(['--rule', 'placeholder:info', '--max-warnings', '0', enc('crlf.txt')]).status, 0);
      const { results } = gwlintJson(['--quiet', '--rule', 'placeholder:warning', enc('crlf.txt')]);
      assert.equal(results[0].messages.length, 0);
    });

    it('reads --stdin with --stdin-filename', () => {
      const { run, results } = gwlintJson(['--stdin', '--stdin-filename', 'draft.txt'], { input: '请XX县报送。\n' });
      assert.equal(run.status, 1);
      assert.equal(results[0].filePath, join(ROOT, 'draft.txt'));
      assert.equal(results[0].messages[0].ruleId, 'placeholder');
      const plain = gwlintJson(['--stdin'], { input: '一切正常。\n' });
      assert.equal(plain.run.status, 0);
      assert.equal(plain.results[0].filePath, '<text>');
    });
  });

  describe('encodings and bad input', () => {
    it('reads GBK/GB18030, UTF-8 with BOM and UTF-16 with BOM alike', () => {
      for (const name of ['gbk.txt', 'utf8-bom.txt', 'utf16le.txt', 'crlf.txt']) {
        const { run, results } = gwlintJson([enc(name)]);
        assert.equal(run.status, 1, `${name}: ${run.stderr}`);
        const where = results[0].messages.map((m) => `${m.line}:${m.column}`);
        assert.deepEqual(where.slice(0, 1), ['1:5'], name);
      }
    });

    it('decodes four-byte GB18030 characters instead of replacing them', () => {
      const { results } = gwlintJson([enc('gb18030-4byte.txt')]);
      const m = results[0].messages.find((x) => x.ruleId === 'placeholder');
      assert.ok(m, 'XX found');
      assert.equal(m.column, 4, '𠮷 is two UTF-16 units, so XX starts at column 4');
    });

    it('names a binary file, goes on with the others and exits 2', () => {
      const { run, results } = gwlintJson([enc('binary.txt'), enc('crlf.txt')]);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /binary\.txt：.*二进制/);
      assert.equal(results.length, 2);
      assert.ok(results.find((r) => r.filePath.endsWith('crlf.txt'))!.messages.length > 0);
      assert.equal(results.find((r) => r.filePath.endsWith('binary.txt'))!.messages[0].fatal, true);
    });

    it('names a missing path and exits 2, still linting the rest', () => {
      const { run, results } = gwlintJson(['no/such/file.txt', enc('crlf.txt')]);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /no\/such\/file\.txt：文件或文件夹不存在/);
      assert.equal(results.length, 1);
    });

    it('searches folders for drafts by extension', () => {
      const { results } = gwlintJson([join(FIXTURES, 'encodings')]);
      const names = results.map((r) => r.filePath.split('/').pop()).sort();
      assert.deepEqual(names, ['binary.txt', 'clean.txt', 'crlf.txt', 'gb18030-4byte.txt', 'gbk.txt', 'utf16le.txt', 'utf8-bom.txt']);
    });
  });

  describe('configuration', () => {
    const dir = (name: string): string => join(FIXTURES, name);

    it('applies the nearest .gwlintrc.json: severity, allow, overrides and ignore', () => {
      const { run, results } = gwlintJson([dir('config-good')]);
      assert.equal(run.status, 0, run.stderr);
      const a = results.find((r) => r.filePath.endsWith('a.txt'))!;
      assert.deepEqual(a.messages.map((m) => [m.ruleId, m.line, m.severity]), [['placeholder', 2, 1]], 'XX科技 is allowed; XX县 is a warning');
      const b = results.find((r) => r.filePath.endsWith('b.txt'))!;
      assert.equal(b.messages.length, 0, 'override switches placeholder off in sub/');
      assert.ok(!results.some((r) => r.filePath.includes('drafts-old')), 'ignored folder is skipped');
    });

    it('follows extends', () => {
      const { results } = gwlintJson([dir('config-extends')]);
      const a = results.find((r) => r.filePath.endsWith('a.txt'))!;
      assert.equal(a.messages[0].ruleId, 'placeholder');
      assert.equal(a.messages[0].severity, 1);
    });

    it('reports a broken config with file, key and reason, exit 2, no stack trace', () => {
      const run = gwlint([dir('config-broken')]);
      assert.equal(run.status, 2);
      // file:line:column of the offending key, then the key path and the reason
      assert.match(run.stderr, /config-broken\/\.gwlintrc\.json:2:14：rules\.placeholder：.*"loud"/);
      assert.match(run.stderr, /config-broken\/\.gwlintrc\.json:3:3：colour：/);
      assert.doesNotMatch(run.stderr, /at .+\.js:\d+/);
      const unknown = gwlint([dir('config-unknown-rule')]);
      assert.equal(unknown.status, 2);
      assert.match(unknown.stderr, /rules\.no-such-rule：未知规则/);
      const badJson = gwlint([dir('config-bad-json')]);
      assert.equal(badJson.status, 2);
      assert.match(badJson.stderr, /\.gwlintrc\.json:2:1：不是有效的 JSON：第 2 行第 1 列缺少右花括号/);
    });

    it('reads configuration files as JSONC: comments and trailing commas', () => {
      const { run, results } = gwlintJson([dir('config-jsonc')]);
      assert.equal(run.stderr, '');
      const found = results[0].messages.map((m) => `${m.ruleId}@${m.column}`);
      // “XX科技” is allowed; the other XX is still reported.
      assert.deepEqual(found, ['placeholder@13']);
    });

    it('--config uses the given file; --print-config prints the merged config', () => {
      const run = gwlint(['--config', join(dir('config-extends'), 'base.json'), '--format', 'json', join(dir('config-good'), 'sub', 'b.txt')]);
      assert.equal(JSON.parse(run.stdout)[0].messages[0].severity, 1);
      const printed = gwlint(['--print-config', join(dir('config-good'), 'sub', 'b.txt')]);
      assert.equal(printed.status, 0, printed.stderr);
      const config = JSON.parse(printed.stdout) as { rules: Record<string, [string, object]>; configFile: string };
      assert.equal(config.rules.placeholder[0], 'off');
      assert.match(config.configFile, /config-good\/\.gwlintrc\.json$/);
    });
  });
});

describe('CLI on huge files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gwlint-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a file over the size limit with a message, exit 2', () => {
    const huge = join(dir, 'huge.txt');
    writeFileSync(huge, Buffer.alloc(17 * 1024 * 1024, 'a'));
    const run = gwlint([huge]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /huge\.txt：文件过大/);
  });
});

describe('CLI piped into a reader that stops early (gwlint … | head)', () => {
  it('stops quietly, with no EPIPE crash on stderr', async () => {
    const child = spawn(process.execPath, [CLI, '--outline', join(ROOT, 'test', 'fixtures', 'eval')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', done));
    assert.doesNotMatch(stderr, /EPIPE|Unhandled/);
    assert.ok(code === 0 || code === 1 || code === 2, `exit code ${code}`);
  });
});

describe('CLI as installed in a checkout', () => {
  it('runs as node_modules/.bin/gwlint, the path scripts and scorers call', () => {
    const run = spawnSync(join(ROOT, 'node_modules', '.bin', 'gwlint'), ['--format', 'json', 'samples/'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    assert.equal(run.status, 1, run.stderr);
    const results = JSON.parse(run.stdout) as { messages: unknown[] }[];
    assert.ok(results.some((r) => r.messages.length > 0));
  });
});
