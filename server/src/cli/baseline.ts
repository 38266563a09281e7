import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Finding } from '../core/types';
import type { FileResult } from './formatters/result';
import { writeFileAtomic } from '../host/write-atomic';

/** Characters of context kept on each side of a finding's text, within its line. */
const CONTEXT = 8;
/** The longest text kept readable in the baseline file; longer texts are shortened there. */
const SHOWN = 40;

/**
 * One known finding: its rule, its file (relative to the baseline file) and a fingerprint of its
 * text with a little context, never its line, so that an edit above it does not revive it.
 * `text` is for the reviewer of the baseline file; `count` is how many identical ones exist.
 */
export interface BaselineEntry {
  readonly file: string;
  readonly rule: string;
  readonly fingerprint: string;
  readonly text: string;
  readonly count: number;
}

export interface BaselineFile {
  readonly gwlintBaseline: 1;
  readonly findings: readonly BaselineEntry[];
}

/** What applying a baseline did: the results without the known findings, and what is stale. */
export interface BaselineOutcome {
  readonly results: FileResult[];
  readonly suppressed: number;
  /** Entries not found again in the files linted (or whose file is gone). */
  readonly stale: number;
}

export type BaselineRead = { readonly ok: true; readonly baseline: BaselineFile } | { readonly ok: false; readonly message: string };

/**
 * `--baseline-write`: records the findings and reports none of them; `--baseline`: reports only
 * the findings the baseline does not know. Says on stderr what it did; undefined when the
 * baseline file could not be written.
 */
export function useBaseline(
  results: readonly FileResult[],
  option: { readonly mode: 'apply' | 'write'; readonly file: string; readonly path: string },
  baseline: BaselineFile | undefined,
  stderr: (text: string) => void,
): FileResult[] | undefined {
  if (option.mode === 'write') {
    const written = buildBaseline(results, option.path);
    try {
      writeFileAtomic(option.path, `${JSON.stringify(written, null, 2)}\n`, { createFolder: true });
    } catch (error) {
      stderr(`gwlint：无法写入基线文件 ${option.file}：${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
      return undefined;
    }
    const count = written.findings.reduce((n, e) => n + e.count, 0);
    stderr(`gwlint：已把 ${count} 个问题记入基线 ${option.file}\n`);
    return results.map((r) => ({ ...r, findings: r.fatal ? r.findings : [] }));
  }
  if (!baseline) return [...results];
  const applied = applyBaseline(results, baseline, option.path);
  if (applied.suppressed) stderr(`gwlint：基线 ${option.file} 中已记录的 ${applied.suppressed} 个问题未报告\n`);
  if (applied.stale) stderr(`gwlint：基线中有 ${applied.stale} 条记录已不再出现，可用 --baseline-write 重新生成基线以清理\n`);
  return applied.results;
}

/** Records every finding of `results`. */
export function buildBaseline(results: readonly FileResult[], baselinePath: string): BaselineFile {
  const entries = new Map<string, BaselineEntry>();
  for (const r of results) {
    if (r.fatal) continue;
    const file = baselineFileName(baselinePath, r.filePath);
    for (const f of r.findings) {
      const { fingerprint, text } = fingerprintOf(r.source, f);
      const key = `${file}\0${f.ruleId}\0${fingerprint}`;
      const known = entries.get(key);
      entries.set(key, { file, rule: f.ruleId, fingerprint, text, count: (known?.count ?? 0) + 1 });
    }
  }
  const findings = [...entries.values()].sort((a, b) => (a.file + a.rule < b.file + b.rule ? -1 : a.file + a.rule > b.file + b.rule ? 1 : 0));
  return { gwlintBaseline: 1, findings };
}

/** Reads a baseline file; a missing or malformed one is a message, never an exception. */
export function readBaseline(path: string): BaselineRead {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, message: '基线文件不存在（先用 --baseline-write 生成）' };
    // JSON.parse and Node speak English: say what went wrong in Chinese, with the error code.
    return { ok: false, message: error instanceof SyntaxError ? '基线文件不是有效的 JSON（可用 --baseline-write 重新生成）' : `无法读取基线文件（${code ?? String(error)}）` };
  }
  const file = raw as Partial<BaselineFile> | null;
  const valid =
    file?.gwlintBaseline === 1 &&
    Array.isArray(file.findings) &&
    file.findings.every((e) => typeof e?.file === 'string' && typeof e.rule === 'string' && typeof e.fingerprint === 'string' && Number.isInteger(e.count));
  return valid ? { ok: true, baseline: file as BaselineFile } : { ok: false, message: '不是 gwlint 的基线文件（格式不对）' };
}

/** Drops the findings the baseline knows, as many of each as it recorded. */
export function applyBaseline(results: readonly FileResult[], baseline: BaselineFile, baselinePath: string): BaselineOutcome {
  const remaining = new Map<string, number>();
  for (const e of baseline.findings) {
    const key = `${e.file}\0${e.rule}\0${e.fingerprint}`;
    remaining.set(key, (remaining.get(key) ?? 0) + e.count);
  }
  const linted = new Set<string>();
  let suppressed = 0;
  const kept = results.map((r): FileResult => {
    if (r.fatal) return r;
    const file = baselineFileName(baselinePath, r.filePath);
    linted.add(file);
    const findings = r.findings.filter((f) => {
      const key = `${file}\0${f.ruleId}\0${fingerprintOf(r.source, f).fingerprint}`;
      const left = remaining.get(key) ?? 0;
      if (left === 0) return true;
      remaining.set(key, left - 1);
      suppressed++;
      return false;
    });
    return { ...r, findings };
  });
  const base = dirname(resolve(baselinePath));
  let stale = 0;
  for (const [key, left] of remaining) {
    const file = key.slice(0, key.indexOf('\0'));
    if (left > 0 && (linted.has(file) || !existsSync(resolve(base, file)))) stale += left;
  }
  return { results: kept, suppressed, stale };
}

/**
 * A finding's text with up to CONTEXT characters on each side, within its line, hashed: the
 * same wherever the finding moves. SARIF carries it as a partial fingerprint too.
 */
export function fingerprintOf(source: string, finding: Finding): { fingerprint: string; text: string } {
  const [start, end] = finding.span;
  const text = source.slice(start, end);
  const lineStart = Math.max(source.lastIndexOf('\n', start - 1) + 1, start - CONTEXT);
  const nextBreak = source.slice(end).search(/[\r\n]/);
  const lineEnd = Math.min(nextBreak < 0 ? source.length : end + nextBreak, end + CONTEXT);
  const before = source.slice(lineStart, start).replace(/^[\r\n]+/, '');
  const after = source.slice(end, lineEnd);
  const fingerprint = createHash('sha256').update(`${finding.ruleId}\0${before}\0${text}\0${after}`).digest('hex').slice(0, 20);
  const shown = text.length > SHOWN ? `${text.slice(0, SHOWN / 2)}…${text.slice(-SHOWN / 2)}` : text;
  return { fingerprint, text: shown };
}

function baselineFileName(baselinePath: string, filePath: string): string {
  if (filePath.startsWith('<')) return filePath;
  const rel = relative(dirname(resolve(baselinePath)), filePath);
  const posix = sep === '/' ? rel : rel.split(sep).join('/');
  return isAbsolute(rel) ? filePath : posix;
}
