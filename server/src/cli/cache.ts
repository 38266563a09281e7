import { createHash, type Hash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { Finding, SeveritySetting } from '../core/types';
import type { ResolvedConfig } from '../host/config-file';
import { writeFileAtomic } from '../host/write-atomic';

export const DEFAULT_CACHE_FILE = '.gwlintcache';

/** Entries kept from earlier runs besides this run's, so that a cache shared by shards stays bounded. */
const MAX_ENTRIES = 50_000;

/**
 * What the cache keeps of one file: its findings, and where its lines (a Word file's
 * paragraphs) start, which is all a report needs to place them; so a warm run neither decodes
 * a text nor unzips a Word file, unless a format needs the text itself (SARIF, the baseline).
 */
export interface CacheEntry {
  readonly findings: readonly Finding[];
  readonly lineStarts: readonly number[];
}

/**
 * `--cache`: the findings of files linted before, keyed by what decides them — the file's bytes,
 * its extension (format), the resolved configuration and command-line overrides — and stamped
 * with the gwlint build. Keys hold no paths, so a cache restored in another checkout (another CI
 * runner) is still valid; a new build or configuration simply misses. A cache file that cannot be
 * read is ignored with a warning and rewritten.
 */
export class ResultCache {
  private readonly previous: Map<string, CacheEntry>;
  private readonly current = new Map<string, CacheEntry>();
  private readonly configKeys = new WeakMap<ResolvedConfig, string>();
  private readonly prefixes = new Map<string, Hash>();
  private changed = false;

  private constructor(
    readonly file: string,
    private readonly build: string,
    previous: Map<string, CacheEntry>,
  ) {
    this.previous = previous;
  }

  /** Opens the cache at `location` (a file, or a folder to hold `.gwlintcache`). */
  static open(location: string, build: string, warn: (message: string) => void): ResultCache {
    const file = cacheFilePath(location);
    return new ResultCache(file, build, readEntries(file, build, warn));
  }

  /** The key of one file's findings. */
  keyFor(path: string, bytes: Uint8Array, config: ResolvedConfig, ruleOverrides: Readonly<Record<string, SeveritySetting>>): string {
    // What precedes the bytes is the same for most files: hashed once, then copied.
    const prefix = this.prefixFor(config, ruleOverrides, extname(path).toLowerCase());
    return prefix.copy().update(bytes).digest('base64url');
  }

  private prefixFor(config: ResolvedConfig, ruleOverrides: Readonly<Record<string, SeveritySetting>>, ext: string): Hash {
    let configKey = this.configKeys.get(config);
    if (configKey === undefined) {
      const { rules, segmenter, dictionary } = config;
      configKey = JSON.stringify({ rules, segmenter, dictionary });
      this.configKeys.set(config, configKey);
    }
    const text = [this.build, configKey, JSON.stringify(ruleOverrides), ext, ''].join('\0');
    let prefix = this.prefixes.get(text);
    if (!prefix) {
      prefix = createHash('sha256').update(text);
      this.prefixes.set(text, prefix);
    }
    return prefix;
  }

  get(key: string): CacheEntry | undefined {
    const entry = this.current.get(key) ?? this.previous.get(key);
    if (entry) this.current.set(key, entry);
    return entry;
  }

  set(key: string, entry: CacheEntry): void {
    this.current.set(key, entry);
    this.changed = true;
  }

  /** Writes the cache atomically (a temporary file renamed over it); a failure is a warning. */
  save(warn: (message: string) => void): void {
    if (!this.changed && existsSync(this.file)) return;
    const entries: Record<string, CacheEntry> = Object.fromEntries(this.current);
    let kept = this.current.size;
    for (const [key, entry] of this.previous) {
      if (kept >= MAX_ENTRIES) break;
      if (key in entries) continue;
      entries[key] = entry;
      kept++;
    }
    try {
      writeFileAtomic(this.file, JSON.stringify({ gwlint: this.build, entries }), { createFolder: true });
    } catch (error) {
      warn(`无法写入缓存文件 ${this.file}（${(error as NodeJS.ErrnoException).code ?? String(error)}），下次将重新检查`);
    }
  }
}

function cacheFilePath(location: string): string {
  const path = resolve(location);
  const isFolder = /[\\/]$/.test(location) || (existsSync(path) && statSync(path).isDirectory());
  return isFolder ? join(path, DEFAULT_CACHE_FILE) : path;
}

function readEntries(file: string, build: string, warn: (message: string) => void): Map<string, CacheEntry> {
  if (!existsSync(file)) return new Map();
  try {
    const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (!isCacheData(data)) throw new Error('内容不是 gwlint 缓存');
    // Another build of gwlint may judge the same text differently: start afresh.
    if (data.gwlint !== build) return new Map();
    const entries = Object.entries(data.entries);
    if (!entries.every((entry): entry is [string, CacheEntry] => isEntry(entry[1]))) throw new Error('条目格式不对');
    return new Map(entries);
  } catch (error) {
    // JSON.parse and Node speak English: say what went wrong in Chinese.
    const why = error instanceof SyntaxError ? '不是有效的 JSON' : error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.message) : String(error);
    warn(`缓存文件 ${file} 已损坏（${why}），已忽略，本次重新检查`);
    return new Map();
  }
}

function isCacheData(data: unknown): data is { gwlint: string; entries: Record<string, unknown> } {
  if (typeof data !== 'object' || data === null) return false;
  const record = data as Record<string, unknown>;
  return typeof record.gwlint === 'string' && typeof record.entries === 'object' && record.entries !== null && !Array.isArray(record.entries);
}

function isEntry(value: unknown): value is CacheEntry {
  const entry = value as Partial<CacheEntry> | null;
  return (
    Array.isArray(entry?.lineStarts) &&
    entry.lineStarts[0] === 0 &&
    entry.lineStarts.every((start) => Number.isInteger(start)) &&
    Array.isArray(entry.findings) &&
    entry.findings.every((f: Partial<Finding> | null) => typeof f?.ruleId === 'string' && typeof f.message === 'string' && Array.isArray(f.span) && f.span.length === 2)
  );
}

/** The build stamp: the version and a hash of the running bundle, so any rebuild invalidates. */
export function buildStamp(version: string, bundle: string): string {
  let digest = 'unbundled';
  try {
    digest = createHash('sha256').update(readFileSync(bundle)).digest('base64url').slice(0, 16);
  } catch {
    // Running from sources (tests): the version alone.
  }
  return `${version}+${digest}`;
}
