import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gwlint, gwlintJson, ROOT, type JsonResult } from './support/cli';
import { buildDocx } from './support/docx-builder';

const SAMPLE = readFileSync(join(ROOT, 'samples', 'speech-midyear.txt'), 'utf8').replace(/\r\n/g, '\n');
const DRAFTS = [
  join(ROOT, 'samples', 'speech-midyear.txt'),
  ...readdirSync(join(ROOT, 'test', 'fixtures', 'eval', 'dev'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(ROOT, 'test', 'fixtures', 'eval', 'dev', f)),
];

/** The cache file as gwlint writes it: each entry's findings and where the file's lines start. */
interface CacheFile {
  entries: Record<string, { findings: { message: string }[]; lineStarts: number[] }>;
}

/** What a finding is, wherever the output puts it: rule, line (paragraph) and column. */
const where = (r: JsonResult): string[] => r.messages.map((m) => `${m.ruleId}@${m.line}:${m.column}-${m.endLine}:${m.endColumn}`);

describe('CLI at scale (spawned)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'gwlint-scale-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe('Word (.docx) files', () => {
    it('finds in a .docx built from a draft what it finds in the text, by rule, paragraph and column', async () => {
      writeFileSync(join(dir, 'speech.txt'), SAMPLE);
      writeFileSync(join(dir, 'speech.docx'), await buildDocx(SAMPLE.replace(/\n$/, '')));
      const { run, results } = gwlintJson([dir]);
      assert.equal(run.status, 1, run.stderr);
      const [docx, txt] = results;
      assert.match(docx!.filePath, /speech\.docx$/, 'folders are searched for .docx by default');
      assert.ok(txt!.messages.length >= 5);
      assert.deepEqual(where(docx!), where(txt!));
      const paragraphs = docx!.messages.map((m) => (m as { paragraph?: number }).paragraph);
      assert.deepEqual(paragraphs, docx!.messages.map((m) => m.line), 'JSON carries the paragraph index');
      assert.ok(txt!.messages.every((m) => !('paragraph' in m)));
    });

    it('says 第 N 段 for a Word file in the stylish output', async () => {
      writeFileSync(join(dir, 'speech.docx'), await buildDocx(SAMPLE.replace(/\n$/, '')));
      const run = gwlint([join(dir, 'speech.docx')]);
      assert.equal(run.status, 1, run.stderr);
      // 一、…（一）…（二）…（四）: the skipped heading is the sample's ninth paragraph.
      assert.match(run.stdout, /第 9 段 第 1 字\s+警告\s+.+heading-sequence/);
      assert.doesNotMatch(run.stdout, /^\s+\d+:\d+\s/m);
    });

    it('reads the numbers Word generates, so a numbering slip in the list definitions is not reported as one', async () => {
      writeFileSync(join(dir, 'auto.docx'), await buildDocx(SAMPLE.replace(/\n$/, ''), { automaticNumbering: true }));
      const { results } = gwlintJson([join(dir, 'auto.docx')]);
      const rules = results[0]!.messages.map((m) => m.ruleId);
      // Automatic numbering cannot skip （三）, so no heading-sequence finding; the placeholder is still there.
      assert.ok(!rules.includes('heading-sequence'), rules.join(','));
      assert.ok(rules.includes('placeholder'));
    });

    it('never writes a Word file with --fix, and offers no fix for it in JSON or SARIF', async () => {
      const docx = join(dir, 'speech.docx');
      writeFileSync(docx, await buildDocx(SAMPLE.replace(/\n$/, '')));
      const before = readFileSync(docx);
      const fixed = gwlint(['--fix', docx]);
      assert.equal(fixed.status, 1, fixed.stderr);
      assert.deepEqual(readFileSync(docx), before);
      assert.match(fixed.stdout, /第 \d+ 段 第 \d+ 字.+doubled-word/);
      const json = gwlintJson([docx]).results[0]!;
      assert.ok(json.messages.some((m) => m.ruleId === 'doubled-word') && json.messages.every((m) => !m.fix));
      const sarif = JSON.parse(gwlint(['--format', 'sarif', docx]).stdout) as {
        runs: { results: { fixes?: unknown; properties?: { paragraph?: number }; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[];
      };
      const results = sarif.runs[0]!.results;
      assert.ok(results.length >= 5 && results.every((r) => !r.fixes));
      assert.deepEqual(results.map((r) => r.properties?.paragraph), results.map((r) => r.locations[0]!.physicalLocation.region.startLine));
    });

    it('refuses corrupt, encrypted and .doc files with one line each, exit 2, and lints the others', async () => {
      writeFileSync(join(dir, 'good.docx'), await buildDocx(SAMPLE.replace(/\n$/, '')));
      writeFileSync(join(dir, 'corrupt.docx'), (await buildDocx('正文')).subarray(0, 200));
      writeFileSync(join(dir, 'locked.docx'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
      writeFileSync(join(dir, 'old.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
      const { run, results } = gwlintJson([dir, join(dir, 'old.doc')]);
      assert.equal(run.status, 2);
      const lines = run.stderr.trim().split('\n');
      assert.equal(lines.length, 3, run.stderr);
      assert.match(run.stderr, /corrupt\.docx：.*(损坏|不是有效)/);
      assert.match(run.stderr, /locked\.docx：.*(密码|加密)/);
      assert.match(run.stderr, /old\.doc：.*另存为 \.docx/);
      assert.doesNotMatch(run.stderr, /at .+\.js:\d+/);
      const good = results.find((r) => r.filePath.endsWith('good.docx'))!;
      assert.ok(good.messages.length >= 5 && good.messages.every((m) => !m.fatal));
    });
  });

  describe('--cache', () => {
    const cacheFile = (): string => join(dir, 'cache', 'gwlint.json');
    const setUp = (): void => {
      mkdirSync(join(dir, 'drafts'));
      for (const draft of DRAFTS.slice(0, 4)) copyFileSync(draft, join(dir, 'drafts', draft.split('/').pop()!));
    };
    const run = (...extra: string[]): ReturnType<typeof gwlintJson> => gwlintJson(['--cache', '--cache-location', cacheFile(), ...extra, join(dir, 'drafts')]);

    it('reports the same findings on a second run, from the cache', () => {
      setUp();
      const cold = run();
      assert.equal(cold.run.stderr, '');
      const warm = run();
      assert.equal(warm.run.stderr, '');
      assert.equal(warm.run.status, cold.run.status);
      assert.deepEqual(warm.results, cold.results);
      // The second run read its findings from the cache: an entry changed there shows.
      const cache = JSON.parse(readFileSync(cacheFile(), 'utf8')) as CacheFile;
      const entry = Object.values(cache.entries).find((e) => e.findings.length > 0)!;
      entry.findings[0]!.message = '来自缓存';
      writeFileSync(cacheFile(), JSON.stringify(cache));
      assert.ok(run().results.some((r) => r.messages.some((m) => m.message === '来自缓存')));
    });

    it('is not used after the configuration or the file changes', () => {
      setUp();
      const cold = run();
      const cache = JSON.parse(readFileSync(cacheFile(), 'utf8')) as CacheFile;
      for (const entry of Object.values(cache.entries)) for (const f of entry.findings) f.message = '来自缓存';
      writeFileSync(cacheFile(), JSON.stringify(cache));
      // A configuration: every file's key changes.
      writeFileSync(join(dir, '.gwlintrc.json'), JSON.stringify({ rules: { placeholder: 'off' } }));
      const configured = run();
      assert.ok(configured.results.every((r) => r.messages.every((m) => m.message !== '来自缓存' && m.ruleId !== 'placeholder')));
      assert.ok(cold.results.some((r) => r.messages.some((m) => m.ruleId === 'placeholder')));
      // --rule on the command line is part of the key too.
      const overridden = run('--rule', 'placeholder:error');
      assert.ok(overridden.results.some((r) => r.messages.some((m) => m.ruleId === 'placeholder')));
      // An edited file is linted again.
      const edited = join(dir, 'drafts', readdirSync(join(dir, 'drafts'))[0]!);
      writeFileSync(edited, `${readFileSync(edited, 'utf8')}\n请于XX日前报送。\n`);
      const after = run('--rule', 'placeholder:error');
      const messages = after.results.find((r) => r.filePath === edited)!.messages;
      assert.ok(messages.some((m) => m.ruleId === 'placeholder' && m.line > 1 && m.message.includes('XX')));
    });

    it('reports from the cache what a cold run reports on Word and text files, in every format', async () => {
      setUp();
      writeFileSync(join(dir, 'drafts', 'speech.docx'), await buildDocx(SAMPLE.replace(/\n$/, ''), { automaticNumbering: true }));
      for (const format of ['json', 'sarif', 'stylish', 'unix']) {
        for (const extra of [[], ['--quiet']]) {
          rmSync(cacheFile(), { force: true });
          const args = ['--format', format, '--cache', '--cache-location', cacheFile(), ...extra, join(dir, 'drafts')];
          const cold = gwlint(args);
          const warm = gwlint(args);
          assert.equal(warm.stderr, '');
          assert.equal(warm.status, cold.status);
          assert.equal(warm.stdout, cold.stdout, `${format} ${extra.join(' ')}`);
        }
      }
      // The entries place findings by line (paragraph) without the text: a wrong start shows.
      const cache = JSON.parse(readFileSync(cacheFile(), 'utf8')) as CacheFile;
      for (const entry of Object.values(cache.entries)) entry.lineStarts = [0];
      writeFileSync(cacheFile(), JSON.stringify(cache));
      const { results } = gwlintJson(['--cache', '--cache-location', cacheFile(), join(dir, 'drafts')]);
      assert.ok(results.every((r) => r.messages.every((m) => m.line === 1)));
    });

    it('ignores a corrupt cache file with a warning and still reports every finding', () => {
      setUp();
      const cold = run();
      writeFileSync(cacheFile(), '{"gwlint": "0.1.0", "entr');
      const warm = run();
      assert.match(warm.run.stderr, /缓存文件.+已损坏（不是有效的 JSON）.+已忽略/);
      assert.deepEqual(warm.results, cold.results);
      assert.equal(run().run.stderr, '', 'the cache was rewritten');
    });
  });

  describe('a long draft', () => {
    it('finds what needs words (jieba loads on a thread of its own) as in a short one', () => {
      const long = join(dir, 'long.txt');
      const short = join(dir, 'short.txt');
      writeFileSync(short, SAMPLE);
      // Over 64 KB: the segmenter loads in the background while the other rules run.
      writeFileSync(long, `${SAMPLE}${DRAFTS.slice(1).map((f) => readFileSync(f, 'utf8')).join('\n')}`.repeat(2));
      assert.ok(statSync(long).size > 64 * 1024);
      const { results } = gwlintJson([long, short]);
      const doubled = (r: JsonResult): string[] => where(r).filter((w) => w.startsWith('doubled-word'));
      assert.ok(doubled(results[1]!).length >= 1);
      assert.deepEqual(doubled(results[0]!).slice(0, doubled(results[1]!).length), doubled(results[1]!));
    });

    it('judges its gwlint-disable comments over all the rules, as in a short one', () => {
      // An unknown rule is reported once; a directive that hides only a word rule's finding is used.
      const head = '<!-- gwlint-disable no-such-rule -->\n\n<!-- gwlint-disable-next-line -->\n要进一步进一步压实责任。\n\n';
      const short = join(dir, 'short.md');
      const long = join(dir, 'long.md');
      writeFileSync(short, `${head}${SAMPLE}`);
      writeFileSync(long, `${head}${`${SAMPLE}\n`.repeat(60)}`);
      assert.ok(statSync(long).size > 64 * 1024);
      const { results } = gwlintJson([long, short]);
      const directives = (r: JsonResult): string[] => where(r).filter((w) => w.startsWith('gwlint-directive'));
      assert.deepEqual(directives(results[1]!), ['gwlint-directive@1:21-1:33']);
      assert.deepEqual(directives(results[0]!), directives(results[1]!));
    });
  });

  describe('--shard and the worker pool', () => {
    const setUpMany = (count: number): string => {
      const folder = join(dir, 'many');
      mkdirSync(folder);
      for (let i = 0; i < count; i++) {
        const text = readFileSync(DRAFTS[i % DRAFTS.length]!, 'utf8');
        writeFileSync(join(folder, `draft-${String(i).padStart(2, '0')}.txt`), text.slice(0, 400 + ((i * 997) % text.length)));
      }
      return folder;
    };

    it('--shard 1/3, 2/3 and 3/3 partition the files exactly, balanced by size', () => {
      const folder = setUpMany(20);
      const all = gwlintJson([folder]).results.map((r) => r.filePath);
      const shards = [1, 2, 3].map((i) => gwlintJson(['--shard', `${i}/3`, folder]).results.map((r) => r.filePath));
      assert.deepEqual(shards.flat().sort(), all);
      assert.equal(new Set(shards.flat()).size, all.length, 'no file is in two shards');
      const bytes = shards.map((files) => files.reduce((n, f) => n + statSync(f).size, 0));
      const largest = Math.max(...all.map((f) => statSync(f).size));
      assert.ok(Math.max(...bytes) - Math.min(...bytes) <= largest, bytes.join(' '));
      assert.deepEqual(gwlintJson(['--shard', '2/3', folder]).results.map((r) => r.filePath), shards[1], 'deterministic');
      assert.equal(gwlint(['--shard', '4/3', folder]).status, 2);
      assert.equal(gwlint(['--shard', 'x', folder]).status, 2);
    });

    it('lints on worker threads with the same output, in path order, as on the main thread', async () => {
      const folder = setUpMany(30);
      // Word files too: a worker sends back line starts, and the text is read again only for SARIF.
      writeFileSync(join(folder, 'speech.docx'), await buildDocx(SAMPLE.replace(/\n$/, ''), { automaticNumbering: true }));
      for (const format of ['json', 'sarif']) {
        const inProcess = gwlint(['--concurrency', 'off', '--format', format, folder]);
        const pooled = gwlint(['--concurrency', '2', '--format', format, folder]);
        assert.equal(pooled.stderr, '');
        assert.equal(pooled.status, inProcess.status);
        assert.equal(pooled.stdout, inProcess.stdout, format);
      }
      const paths = (JSON.parse(gwlint(['--concurrency', '2', '--format', 'json', folder]).stdout) as JsonResult[]).map((r) => r.filePath);
      assert.deepEqual(paths, [...paths].sort());
      // The JSON report is written piece by piece: to a file it is the same text as to stdout.
      const report = join(dir, 'reports', 'gwlint.json');
      const toFile = gwlint(['--concurrency', '2', '--format', 'json', '--output-file', report, folder]);
      assert.equal(toFile.stdout, '');
      assert.equal(readFileSync(report, 'utf8'), gwlint(['--concurrency', 'off', '--format', 'json', folder]).stdout);
    });
  });
});
