import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { mergeRuleSettings, validateConfig, type ConfigFile, type RuleEntry } from '../core/config';
import type { RuleSetting } from '../core/engine';
import { RULES } from '../core/rules';
import { locateInConfig, parseConfigText, type ConfigPosition } from './config-text';

export const CONFIG_FILE_NAME = '.gwlintrc.json';
export const DEFAULT_EXTENSIONS: readonly string[] = ['.txt', '.md', '.gw', '.gongwen', '.docx'];

/** A problem in a configuration file: the file, the key (JSON path) and why, in Chinese. */
export interface ConfigIssue {
  readonly file: string;
  readonly path: string;
  readonly message: string;
  /** Where in the file (1-based line and column); absent when the file could not be read. */
  readonly position?: ConfigPosition;
}

/** The configuration that applies to one draft file. */
export interface ResolvedConfig {
  /** The configuration file used (nearest walking up, or given explicitly). */
  readonly configFile?: string;
  /** Every configuration file read for it, the ones it extends first, the configuration file last. */
  readonly files: readonly string[];
  /** Rule settings for this file; rules not named run with their defaults. */
  readonly rules: Record<string, RuleSetting>;
  readonly segmenter: 'jieba' | 'jieba-wasm' | 'nodejieba';
  readonly dictionary: string[];
  readonly extensions: string[];
  /** The file matches an `ignore` glob. */
  readonly ignored: boolean;
  /** The files git ignores are skipped too (`"gitignore": true`). */
  readonly gitignore?: boolean;
  /** Non-empty when a configuration file is broken; then `rules` holds only what could be read. */
  readonly problems: ConfigIssue[];
}

/** One configuration file with the files it extends, already read and validated. */
interface ConfigChain {
  readonly layers: readonly { readonly file: string; readonly config: ConfigFile }[];
  readonly problems: readonly ConfigIssue[];
}

/**
 * Finds, reads and merges `.gwlintrc.json` files. Caches what it read; call `clear()` when a
 * configuration file changes. Never throws: problems are returned with the result.
 */
export class ConfigLoader {
  private readonly explicit?: string;
  private readonly chains = new Map<string, ConfigChain>();
  private readonly nearest = new Map<string, string | undefined>();

  /** Folders that configuration files must lie in (an untrusted workspace); anywhere when not given. */
  private readonly confinedTo?: readonly string[];

  constructor(options: { configPath?: string; confinedTo?: readonly string[] } = {}) {
    this.explicit = options.configPath ? resolve(options.configPath) : undefined;
    this.confinedTo = options.confinedTo?.map((folder) => resolve(folder));
  }

  /** Whether a configuration file may be read: inside the folders it is confined to, if any. */
  private allowed(file: string): boolean {
    return !this.confinedTo || this.confinedTo.some((folder) => isInside(folder, file));
  }

  clear(): void {
    this.chains.clear();
    this.nearest.clear();
  }

  /** The configuration file that applies to `filePath`, if any. */
  configFileFor(filePath: string): string | undefined {
    return this.explicit ?? this.findNearest(dirname(resolve(filePath)));
  }

  forFile(filePath: string): ResolvedConfig {
    const absolute = resolve(filePath);
    const configFile = this.configFileFor(absolute);
    const chain = configFile ? this.chain(configFile) : { layers: [], problems: [] };
    const ruleLayers: (Readonly<Record<string, RuleEntry>> | undefined)[] = [];
    let ignored = false;
    let gitignore = false;
    let segmenter: ResolvedConfig['segmenter'] = 'jieba';
    const dictionary: string[] = [];
    let extensions = [...DEFAULT_EXTENSIONS];
    for (const { file, config } of chain.layers) {
      const base = dirname(file);
      const rel = toPosix(relative(base, absolute));
      const inside = !rel.startsWith('../') && !isAbsolute(rel);
      ruleLayers.push(config.rules);
      for (const override of config.overrides ?? []) {
        if (inside && matches(override.files, rel)) ruleLayers.push(override.rules);
      }
      if (inside && config.ignore && matches(config.ignore, rel)) ignored = true;
      if (config.gitignore !== undefined) gitignore = config.gitignore;
      if (config.segmenter) segmenter = config.segmenter;
      if (config.dictionary) dictionary.push(...config.dictionary);
      if (config.extensions) extensions = [...config.extensions];
    }
    return {
      ...(configFile ? { configFile } : {}),
      files: chain.layers.map((l) => l.file),
      rules: mergeRuleSettings(ruleLayers),
      segmenter,
      dictionary,
      extensions,
      ignored,
      ...(gitignore ? { gitignore } : {}),
      problems: [...chain.problems],
    };
  }

  private findNearest(dir: string): string | undefined {
    if (this.nearest.has(dir)) return this.nearest.get(dir);
    const candidate = join(dir, CONFIG_FILE_NAME);
    let found: string | undefined;
    if (existsSync(candidate) && statSync(candidate).isFile()) found = candidate;
    else {
      const parent = dirname(dir);
      found = parent === dir ? undefined : this.findNearest(parent);
    }
    this.nearest.set(dir, found);
    return found;
  }

  private chain(file: string, seen: readonly string[] = []): ConfigChain {
    const cached = this.chains.get(file);
    if (cached) return cached;
    if (seen.includes(file)) {
      return { layers: [], problems: [{ file, path: 'extends', message: `循环继承：${[...seen, file].join(' → ')}`, ...extendsPosition(file) }] };
    }
    if (!this.allowed(file)) {
      return { layers: [], problems: [{ file, path: '', message: UNTRUSTED }] };
    }
    const read = readConfigFile(file);
    if (!read.config) return { layers: [], problems: read.problems };
    let base: ConfigChain = { layers: [], problems: [] };
    if (read.config.extends) {
      const target = resolve(dirname(file), read.config.extends);
      base = !this.allowed(target)
        ? { layers: [], problems: [{ file, path: 'extends', message: `${UNTRUSTED}：“${target}”`, ...extendsPosition(file) }] }
        : existsSync(target)
          ? this.chain(target, [...seen, file])
          : { layers: [], problems: [{ file, path: 'extends', message: `找不到被继承的配置文件“${read.config.extends}”`, ...extendsPosition(file) }] };
    }
    const chain = { layers: [...base.layers, { file, config: read.config }], problems: [...base.problems, ...read.problems] };
    this.chains.set(file, chain);
    return chain;
  }
}

const UNTRUSTED = '工作区未受信任，不读取工作区之外的配置文件';

/**
 * The `extends` links of a configuration's files (`ResolvedConfig.files`) that leave the folder
 * of the file that extends: the host names each file read there, so none is read silently.
 */
export function extendsOutside(files: readonly string[]): { readonly from: string; readonly to: string }[] {
  const links: { from: string; to: string }[] = [];
  for (let k = 0; k + 1 < files.length; k++) {
    const [to, from] = [files[k], files[k + 1]];
    if (!isInside(dirname(from), to)) links.push({ from, to });
  }
  return links;
}

/** The largest configuration file read (100,000 `allow` entries fit easily). */
export const MAX_CONFIG_BYTES = 16 * 1024 * 1024;

function isInside(folder: string, file: string): boolean {
  const rel = relative(folder, file);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** Reads and validates one configuration file without following `extends`. */
export function readConfigFile(file: string): { config?: ConfigFile; problems: ConfigIssue[] } {
  let raw: string;
  try {
    // Configuration is data from a regular file: a device or a FIFO is never opened.
    const stat = statSync(file);
    if (!stat.isFile()) return { problems: [{ file, path: '', message: '配置文件不是普通文件，未读取' }] };
    if (stat.size > MAX_CONFIG_BYTES) return { problems: [{ file, path: '', message: `配置文件过大（上限 ${MAX_CONFIG_BYTES / 1048576} MB），未读取` }] };
    raw = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? '配置文件不存在' : `无法读取配置文件（${code ?? String(error)}）`;
    return { problems: [{ file, path: '', message: why }] };
  }
  const { value, errors } = parseConfigText(raw);
  if (errors.length) {
    return {
      problems: errors.map(({ message, ...position }) => ({
        file,
        path: '',
        message: `不是有效的 JSON：第 ${position.line} 行第 ${position.column} 列${message}`,
        position,
      })),
    };
  }
  const problems = validateConfig(value, RULES).map(({ path, message, location }) => ({ file, path, message, position: locateInConfig(raw, location) }));
  if (problems.length) return { problems };
  return { config: value as ConfigFile, problems: [] };
}

/** Where `extends` is written in a configuration file (read again: only a broken chain needs it). */
function extendsPosition(file: string): { position?: ConfigPosition } {
  try {
    return { position: locateInConfig(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), ['extends']) };
  } catch {
    return {};
  }
}

/** Matches config-relative globs; a glob without `/` matches a file name anywhere, `dir/` a folder. */
function matches(globs: readonly string[], relPath: string): boolean {
  return matcherOf(globs)(relPath);
}

const MATCHERS = new WeakMap<readonly string[], (relPath: string) => boolean>();

/** The globs compiled once per configuration, not once per file. */
function matcherOf(globs: readonly string[]): (relPath: string) => boolean {
  let matcher = MATCHERS.get(globs);
  if (!matcher) {
    const compiled = globs.map((glob) => {
      const pattern = glob.endsWith('/') ? `${glob}**` : glob;
      return picomatch(pattern, { dot: true, basename: !pattern.includes('/') });
    });
    matcher = (relPath) => compiled.some((isMatch) => isMatch(relPath));
    MATCHERS.set(globs, matcher);
  }
  return matcher;
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
