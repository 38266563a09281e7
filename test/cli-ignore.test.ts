import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { gwlint, gwlintJson } from './support/cli';

const DRAFT = '请XX县报送。\n';

/** A small document repository, built fresh for each test. */
function repository(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'gwlint-repo-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), content);
  }
  return root;
}

const linted = (root: string, args: readonly string[]): string[] =>
  gwlintJson(args, { cwd: root })
    .results.map((r) => relative(root, r.filePath))
    .sort();

describe('CLI ignoring and file discovery', () => {
  const roots: string[] = [];
  const repo = (files: Record<string, string | Buffer>): string => {
    const root = repository(files);
    roots.push(root);
    return root;
  };
  after(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

  it('.gwlintignore (gitignore syntax), --ignore-pattern and --no-ignore', () => {
    const root = repo({
      '.gwlintignore': '# issued documents\narchive/\n*.bak.txt\n!keep.bak.txt\n',
      'a.txt': DRAFT,
      'old.bak.txt': DRAFT,
      'keep.bak.txt': DRAFT,
      'archive/2019.txt': DRAFT,
      'drafts/b.md': DRAFT,
    });
    assert.deepEqual(linted(root, ['.']), ['a.txt', 'drafts/b.md', 'keep.bak.txt']);
    assert.deepEqual(linted(root, ['--ignore-pattern', 'drafts/', '.']), ['a.txt', 'keep.bak.txt']);
    assert.deepEqual(linted(root, ['--no-ignore', '.']), ['a.txt', 'archive/2019.txt', 'drafts/b.md', 'keep.bak.txt', 'old.bak.txt']);
  });

  it('a file named directly but ignored is skipped with a note, exit 0', () => {
    const root = repo({ '.gwlintignore': 'archive/\n', 'archive/2019.txt': DRAFT });
    const run = gwlint(['archive/2019.txt'], { cwd: root });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /2019\.txt：已被忽略规则排除/);
    assert.equal(gwlint(['--no-ignore', 'archive/2019.txt'], { cwd: root }).status, 1);
  });

  it('--gitignore (or "gitignore": true) respects every .gitignore from the repository root down', () => {
    const root = repo({ '.git/HEAD': 'ref: refs/heads/main\n', '.gitignore': 'build/\n', 'docs/.gitignore': 'tmp-*.txt\n', 'docs/a.txt': DRAFT, 'docs/tmp-1.txt': DRAFT, 'build/out.txt': DRAFT });
    assert.deepEqual(linted(root, ['.']), ['build/out.txt', 'docs/a.txt', 'docs/tmp-1.txt']);
    assert.deepEqual(linted(root, ['--gitignore', '.']), ['docs/a.txt']);
    assert.deepEqual(linted(join(root, 'docs'), ['--gitignore', '.']), ['a.txt'], 'from a subfolder too');
    writeFileSync(join(root, '.gwlintrc.json'), '{"gitignore": true}');
    assert.deepEqual(linted(root, ['.']), ['docs/a.txt'], '"gitignore": true in the configuration');
    assert.deepEqual(linted(root, ['--no-ignore', '.']), ['build/out.txt', 'docs/a.txt', 'docs/tmp-1.txt']);
  });

  it('never enters node_modules or .git, and a glob or folder never hands over a file of an unknown type', () => {
    const root = repo({
      'node_modules/pkg/readme.txt': DRAFT,
      '.git/notes.txt': DRAFT,
      'docs/a.txt': DRAFT,
      'docs/scan.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
      // .docx is a draft (read as Word); a PDF is not.
      'docs/report.pdf': Buffer.from('%PDF-1.4 '),
    });
    assert.deepEqual(linted(root, ['.']), ['docs/a.txt']);
    const run = gwlintJson(['docs/*'], { cwd: root });
    assert.equal(run.run.status, 1, run.run.stderr);
    assert.deepEqual(run.results.map((r) => relative(root, r.filePath)), ['docs/a.txt']);
    assert.deepEqual(linted(root, ['**/*.txt']), ['docs/a.txt']);
  });

  it('negated patterns exclude files, as in ESLint and markdownlint-cli2', () => {
    const root = repo({ 'samples/x.md': DRAFT, 'samples/y.md': DRAFT, 'samples/old/z.md': DRAFT });
    const run = gwlintJson(['samples/*', '!samples/x.md'], { cwd: root });
    assert.equal(run.run.status, 1, run.run.stderr);
    assert.doesNotMatch(run.run.stderr, /不存在/);
    assert.deepEqual(run.results.map((r) => relative(root, r.filePath)), ['samples/y.md']);
    assert.deepEqual(linted(root, ['samples', '!samples/old']), ['samples/x.md', 'samples/y.md']);
  });

  it('a pattern with nothing to lint exits 2 whether it is a glob or a folder, unless --no-error-on-unmatched-pattern', () => {
    const root = repo({ 'empty/readme.png': Buffer.from([0x89, 0x50]), 'a.txt': '会议于上午九时召开。\n', '.gwlintignore': 'ignored/\n', 'ignored/b.txt': DRAFT });
    for (const pattern of ['empty', 'nothing/*.txt', 'missing.txt', 'ignored']) {
      const run = gwlint([pattern, 'a.txt'], { cwd: root });
      assert.equal(run.status, 2, `${pattern}: ${run.stderr}`);
      assert.match(run.stderr, new RegExp(`${pattern.replace(/[.*]/g, '\\$&')}：`));
      const tolerant = gwlint(['--no-error-on-unmatched-pattern', pattern, 'a.txt'], { cwd: root });
      assert.equal(tolerant.status, 0, `${pattern} tolerated: ${tolerant.stderr}`);
      assert.equal(tolerant.stderr, '');
    }
  });

  it('--stdin-filename honours the ignore rules of the configuration and .gwlintignore', () => {
    const root = repo({ '.gwlintrc.json': '{"ignore": ["模板/**"]}', '.gwlintignore': 'archive/\n' });
    for (const name of ['模板/a.txt', 'archive/b.txt']) {
      const { run, results } = gwlintJson(['--stdin', '--stdin-filename', name], { cwd: root, input: DRAFT });
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual(results, []);
      assert.match(run.stderr, /已被忽略规则排除/);
    }
    assert.equal(gwlint(['--stdin', '--stdin-filename', 'a.txt'], { cwd: root, input: DRAFT }).status, 1);
    assert.equal(gwlint(['--no-ignore', '--stdin', '--stdin-filename', '模板/a.txt'], { cwd: root, input: DRAFT }).status, 1);
  });
});
