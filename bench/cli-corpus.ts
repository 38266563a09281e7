// The files the CLI benchmark lints, generated with a fixed seed from the drafts bundled in the
// repository: one draft of about 100 KB, one of about 1 MB, 1,000 drafts of about 5 KB and the
// same 1,000 as Word files. Written once into a folder under the system's temporary directory
// and re-used while the generator and the drafts are unchanged.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDocx } from '../test/support/docx-builder';
import { seededRandom as random } from '../test/support/seeded-random';

const ROOT = join(__dirname, '..');
const SOURCES = ['samples', 'test/fixtures/seed', 'test/fixtures/eval/dev', 'test/fixtures/real/clean'];
const SEED = 20_241_106;
const SMALL_FILES = 1000;

export interface BenchCorpus {
  readonly folder: string;
  /** Folders of 1,000 small drafts, as text and as .docx. */
  readonly small: string;
  readonly smallDocx: string;
  readonly medium: string;
  readonly large: string;
}

function bundledDrafts(): string[][] {
  const drafts: string[][] = [];
  for (const dir of SOURCES) {
    const folder = join(ROOT, dir);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).filter((f) => /\.(txt|md)$/.test(f)).sort()) {
      const paragraphs = readFileSync(join(folder, name), 'utf8').replace(/\r\n?/g, '\n').split('\n').filter((p) => p.trim() !== '');
      if (paragraphs.length) drafts.push(paragraphs);
    }
  }
  return drafts;
}

/** A run of consecutive paragraphs from one draft (so headings keep their order) of about `bytes`. */
function excerpt(drafts: readonly string[][], next: () => number, bytes: number): string {
  const draft = drafts[Math.floor(next() * drafts.length)]!;
  let at = Math.floor(next() * draft.length);
  const out: string[] = [];
  let size = 0;
  while (size < bytes) {
    const paragraph = draft[at % draft.length]!;
    out.push(paragraph);
    size += Buffer.byteLength(paragraph) + 1;
    at++;
  }
  return out.join('\n') + '\n';
}

/** Whole drafts in a seeded order, then again, until `bytes`: a long report. */
function report(drafts: readonly string[][], next: () => number, bytes: number): string {
  const out: string[] = [];
  let size = 0;
  while (size < bytes) {
    const draft = drafts[Math.floor(next() * drafts.length)]!;
    for (const paragraph of draft) {
      if (size >= bytes) break;
      out.push(paragraph);
      size += Buffer.byteLength(paragraph) + 1;
    }
  }
  return out.join('\n') + '\n';
}

export async function benchCorpus(log: (line: string) => void = () => {}): Promise<BenchCorpus> {
  const drafts = bundledDrafts();
  const stamp = createHash('sha256')
    .update(String(SEED))
    .update(readFileSync(__filename))
    .update(JSON.stringify(drafts))
    .digest('hex')
    .slice(0, 12);
  const folder = join(tmpdir(), `gwlint-bench-${stamp}`);
  const corpus: BenchCorpus = {
    folder,
    small: join(folder, 'small'),
    smallDocx: join(folder, 'small-docx'),
    medium: join(folder, 'report-100k.txt'),
    large: join(folder, 'report-1m.txt'),
  };
  if (existsSync(join(folder, 'done'))) return corpus;
  log(`generating the benchmark files in ${folder} ...`);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(corpus.small, { recursive: true });
  mkdirSync(corpus.smallDocx, { recursive: true });
  const next = random(SEED);
  writeFileSync(corpus.medium, report(drafts, next, 100 * 1024));
  writeFileSync(corpus.large, report(drafts, next, 1024 * 1024));
  for (let i = 0; i < SMALL_FILES; i++) {
    const text = excerpt(drafts, next, 5 * 1024);
    const name = `draft-${String(i).padStart(4, '0')}`;
    writeFileSync(join(corpus.small, `${name}.txt`), text);
    writeFileSync(join(corpus.smallDocx, `${name}.docx`), await buildDocx(text.replace(/\n$/, ''), { automaticNumbering: i % 2 === 0 }));
  }
  writeFileSync(join(folder, 'done'), '');
  return corpus;
}
