import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

export const IGNORE_FILE_NAME = '.gwlintignore';

export interface IgnoreOptions {
  readonly cwd: string;
  /** `--ignore-pattern`s, in gitignore syntax relative to the working folder. */
  readonly patterns: readonly string[];
}

/** Why a file is skipped, for the message that names an explicitly given file. */
export type IgnoreReason = '.gwlintignore' | '--ignore-pattern' | '.gitignore';

/**
 * The ignore files and patterns of a run, in gitignore syntax (the `ignore` package, as
 * ESLint uses it): `.gwlintignore` in the working folder, `--ignore-pattern`s, and on request
 * every `.gitignore` between the repository root and a file. Paths outside the
 * working folder are judged by `.gitignore` only. The configuration's own `ignore` is the
 * config loader's business.
 */
export class IgnoreRules {
  private readonly cwd: string;
  private readonly ignoreFile?: Ignore;
  private readonly patterns?: Ignore;
  private gitRoot?: string;
  private readonly gitignores = new Map<string, Ignore | undefined>();

  constructor(options: IgnoreOptions) {
    this.cwd = resolve(options.cwd);
    const file = join(this.cwd, IGNORE_FILE_NAME);
    if (existsSync(file)) this.ignoreFile = ignore().add(readFileSync(file, 'utf8'));
    if (options.patterns.length) this.patterns = ignore().add([...options.patterns]);
  }

  /**
   * Why `filePath` (absolute) is ignored, or undefined when it is not; `.gitignore` files count
   * when `gitignore` is set (`--gitignore`, or the file's configuration says so).
   */
  reasonFor(filePath: string, gitignore: boolean): IgnoreReason | undefined {
    const rel = inside(this.cwd, filePath);
    if (rel !== undefined) {
      if (this.ignoreFile?.ignores(rel)) return '.gwlintignore';
      if (this.patterns?.ignores(rel)) return '--ignore-pattern';
    }
    if (gitignore && this.gitIgnores(filePath)) return '.gitignore';
    return undefined;
  }

  private gitIgnores(filePath: string): boolean {
    const root = (this.gitRoot ??= findGitRoot(this.cwd) ?? this.cwd);
    if (inside(root, filePath) === undefined) return false;
    // Each .gitignore judges paths relative to its own folder, from the root down.
    const folders: string[] = [];
    for (let dir = dirname(filePath); ; dir = dirname(dir)) {
      folders.unshift(dir);
      if (dir === root || dirname(dir) === dir) break;
    }
    return folders.some((dir) => {
      const rules = this.gitignoreIn(dir);
      const rel = inside(dir, filePath);
      return rules !== undefined && rel !== undefined && rules.ignores(rel);
    });
  }

  private gitignoreIn(dir: string): Ignore | undefined {
    if (this.gitignores.has(dir)) return this.gitignores.get(dir);
    const file = join(dir, '.gitignore');
    const rules = existsSync(file) && statSync(file).isFile() ? ignore().add(readFileSync(file, 'utf8')) : undefined;
    this.gitignores.set(dir, rules);
    return rules;
  }
}

/** `path` relative to `base` in POSIX form, or undefined when it is not inside `base`. */
function inside(base: string, path: string): string | undefined {
  const rel = relative(base, path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return sep === '/' ? rel : rel.split(sep).join('/');
}

function findGitRoot(from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}
