import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** A path the user asked for that yields no file to lint. */
export interface DiscoveryProblem {
  readonly path: string;
  readonly message: string;
}

export interface Discovery {
  /** Absolute paths, sorted, without duplicates; `explicit` ones were named directly. */
  readonly files: { readonly path: string; readonly explicit: boolean }[];
  readonly problems: DiscoveryProblem[];
}

const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];

/**
 * Expands the command line's files, folders and globs. Folders are searched for
 * `extensionsFor(folder)`; a named file is linted whatever its extension.
 */
export async function discoverFiles(
  patterns: readonly string[],
  extensionsFor: (folder: string) => readonly string[],
  cwd = process.cwd(),
): Promise<Discovery> {
  const found = new Map<string, boolean>();
  const problems: DiscoveryProblem[] = [];
  for (const pattern of patterns) {
    const absolute = resolve(cwd, pattern);
    if (existsSync(absolute)) {
      if (statSync(absolute).isDirectory()) {
        const exts = extensionsFor(absolute).map((e) => e.replace(/^\./, ''));
        const files = await glob(exts.length === 1 ? `**/*.${exts[0]}` : `**/*.{${exts.join(',')}}`, {
          cwd: absolute,
          absolute: true,
          dot: false,
          ignore: ALWAYS_SKIPPED,
          caseSensitiveMatch: false,
        });
        files.forEach((f) => found.has(resolve(f)) || found.set(resolve(f), false));
      } else found.set(absolute, true);
      continue;
    }
    if (isDynamicPattern(pattern)) {
      const files = await glob(pattern, { cwd, absolute: true, ignore: ALWAYS_SKIPPED, onlyFiles: true });
      if (!files.length) problems.push({ path: pattern, message: '没有匹配的文件' });
      files.forEach((f) => found.has(resolve(f)) || found.set(resolve(f), false));
      continue;
    }
    problems.push({ path: pattern, message: '文件或文件夹不存在' });
  }
  const files = [...found].map(([path, explicit]) => ({ path, explicit })).sort((a, b) => (a.path < b.path ? -1 : 1));
  return { files, problems };
}
