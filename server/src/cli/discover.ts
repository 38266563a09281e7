import { existsSync, statSync } from 'node:fs';
import { extname, dirname, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { glob, isDynamicPattern } from 'tinyglobby';

/** A pattern the user gave that yields no file to lint. */
export interface DiscoveryProblem {
  readonly path: string;
  readonly message: string;
}

export interface DiscoveredFile {
  readonly path: string;
  /** Named directly on the command line rather than found in a folder or by a glob. */
  readonly explicit: boolean;
}

export interface Discovery {
  /** Absolute paths, sorted, without duplicates. */
  readonly files: DiscoveredFile[];
  /** Files named directly that an ignore rule excludes: skipped, with a note to the user. */
  readonly ignoredExplicit: string[];
  readonly problems: DiscoveryProblem[];
}

export interface DiscoveryOptions {
  readonly cwd: string;
  /** The extensions of the drafts searched for in a folder (and accepted from a glob). */
  readonly extensionsFor: (folder: string) => readonly string[];
  /** Whether an ignore rule (configuration, ignore files, patterns) excludes a file. */
  readonly isIgnored: (file: string) => boolean;
  /** A pattern that matches no file is an error (ESLint's default), or silently nothing. */
  readonly errorOnUnmatchedPattern: boolean;
}

/** Never entered, whatever the patterns and ignore rules say. */
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];

/**
 * Expands the command line's files, folders and globs as ESLint does. Folders are searched for
 * the configured extensions; a glob yields only files of those types (a `.png` or `.docx` it
 * matches is not a draft); a file named directly is linted whatever its extension. A pattern
 * starting with `!` excludes what it matches. A pattern that yields nothing, or only ignored
 * files, is a problem unless `errorOnUnmatchedPattern` is off.
 */
export async function discoverFiles(patterns: readonly string[], options: DiscoveryOptions): Promise<Discovery> {
  const { cwd } = options;
  const negations = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const excluded = negations.length ? picomatch(negations.flatMap((p) => [p, `${p.replace(/\/+$/, '')}/**`]), { dot: true }) : undefined;
  // Without a `!pattern` nothing is excluded: no path is made relative only to be matched against nothing.
  const isExcluded = (file: string): boolean => excluded !== undefined && excluded(toPosix(relative(cwd, file)));
  const found = new Map<string, boolean>();
  const ignoredExplicit: string[] = [];
  const problems: DiscoveryProblem[] = [];
  const unmatched = (path: string, message: string): void => {
    if (options.errorOnUnmatchedPattern) problems.push({ path, message });
  };
  const isDraftType = (file: string): boolean =>
    options.extensionsFor(dirname(file)).some((e) => e.toLowerCase() === extname(file).toLowerCase());
  const add = (pattern: string, candidates: readonly string[]): void => {
    // The globs give absolute paths already; resolve() only normalises them.
    const kept = candidates.map((f) => resolve(f)).filter((f) => !isExcluded(f));
    const linted = kept.filter((f) => !options.isIgnored(f));
    if (!kept.length) unmatched(pattern, '没有匹配的文件');
    else if (!linted.length) unmatched(pattern, '匹配的文件都已被忽略（可用 --no-ignore 检查）');
    for (const f of linted) if (!found.has(f)) found.set(f, false);
  };

  for (const pattern of patterns) {
    if (pattern.startsWith('!')) continue;
    const absolute = resolve(cwd, pattern);
    if (existsSync(absolute)) {
      if (statSync(absolute).isDirectory()) {
        const exts = options.extensionsFor(absolute).map((e) => e.replace(/^\./, ''));
        const files = exts.length
          ? await glob(exts.length === 1 ? `**/*.${exts[0]}` : `**/*.{${exts.join(',')}}`, {
              cwd: absolute,
              absolute: true,
              dot: false,
              ignore: ALWAYS_SKIPPED,
              caseSensitiveMatch: false,
            })
          : [];
        add(pattern, files);
      } else if (!isExcluded(absolute)) {
        if (options.isIgnored(absolute)) ignoredExplicit.push(absolute);
        else found.set(absolute, true);
      }
      continue;
    }
    if (isDynamicPattern(pattern)) {
      const files = await glob(pattern, { cwd, absolute: true, ignore: ALWAYS_SKIPPED, onlyFiles: true });
      add(pattern, files.filter(isDraftType));
      continue;
    }
    unmatched(pattern, '文件或文件夹不存在');
  }
  const files = [...found].map(([path, explicit]) => ({ path, explicit })).sort((a, b) => (a.path < b.path ? -1 : 1));
  return { files, ignoredExplicit, problems };
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
