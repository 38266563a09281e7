// The `gwlint` command as bundled (out/cli.js): loads the CLI bundle, out/cli-main.js, through a V8
// code cache, so that a run does not compile 1.7 MB of JavaScript again. Node 22 has its own
// compile cache for that; on Node 20 the bundle is compiled with vm.Script and `cachedData`.
// Nothing here may stop gwlint from running: a cache that is missing, stale, damaged or cannot
// be written only means compiling as Node would anyway.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import vm from 'node:vm';

/** The CLI bundle's SHA-256, set by scripts/build.mjs: a code cache is only ever used for those bytes. */
declare const GWLINT_BUNDLE_DIGEST: string;

const BUNDLE = join(__dirname, 'cli-main.js');
const CACHE_NAME = /^cli-main\..+\.v8cache$/;

/**
 * Where the code cache may be: beside the bundle, or, where that folder cannot be written (a
 * global install in a read-only prefix), in the user's own cache folder. Never a folder other
 * users can write: a code cache is code.
 */
function cacheFolders(): string[] {
  const user = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return [__dirname, join(user, 'gwlint')];
}

/** The cache file's name: the bundle's bytes, the Node build and the architecture decide it. */
function cacheName(): string {
  return `cli-main.${GWLINT_BUNDLE_DIGEST.slice(0, 16)}.${process.version}.${process.arch}.v8cache`;
}

/** A cache file is the SHA-256 of the code cache, then the code cache: a damaged file is not used. */
function readCache(): Buffer | undefined {
  for (const folder of cacheFolders()) {
    try {
      const file = readFileSync(join(folder, cacheName()));
      const data = file.subarray(32);
      if (data.length && createHash('sha256').update(data).digest().equals(file.subarray(0, 32))) return data;
    } catch {
      // Not there: the next folder, or no cache.
    }
  }
  return undefined;
}

/** Writes the cache atomically into the first folder that takes it, removing older ones there. */
function writeCache(data: Buffer): void {
  const name = cacheName();
  for (const folder of cacheFolders()) {
    const temporary = join(folder, `${name}.${process.pid}.tmp`);
    try {
      mkdirSync(folder, { recursive: true });
      writeFileSync(temporary, Buffer.concat([createHash('sha256').update(data).digest(), data]));
      renameSync(temporary, join(folder, name));
      for (const old of readdirSync(folder)) if (CACHE_NAME.test(old) && old !== name) rmSync(join(folder, old), { force: true });
      return;
    } catch {
      try {
        rmSync(temporary, { force: true });
      } catch {
        // The folder could not even be made: there is nothing to remove.
      }
    }
  }
}

function launch(): void {
  if (typeof GWLINT_BUNDLE_DIGEST !== 'string' || process.env.GWLINT_NO_CODE_CACHE) {
    require(BUNDLE);
    return;
  }
  // Node 22 and later cache what require() compiles.
  const enable = (Module as unknown as { enableCompileCache?: (folder?: string) => unknown }).enableCompileCache;
  if (typeof enable === 'function') {
    enable(cacheFolders()[1]);
    require(BUNDLE);
    return;
  }
  const source = readFileSync(BUNDLE, 'utf8');
  const cachedData = readCache();
  const script = new vm.Script(Module.wrap(source), {
    filename: BUNDLE,
    ...(cachedData ? { cachedData } : {}),
    // The bundle imports nothing dynamically; should it, import() works as in any module.
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (!cachedData || script.cachedDataRejected) {
    // Made at exit, the cache holds the functions this run compiled too, not only the top level.
    process.once('exit', () => writeCache(script.createCachedData()));
  }
  // What require() would give the bundle: its own module object, require, file and folder.
  const bundle = new Module(BUNDLE, require.main);
  bundle.filename = BUNDLE;
  bundle.paths = (Module as unknown as { _nodeModulePaths: (folder: string) => string[] })._nodeModulePaths(dirname(BUNDLE));
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  run.call(bundle.exports, bundle.exports, createRequire(BUNDLE), bundle, BUNDLE, dirname(BUNDLE));
  bundle.loaded = true;
}

launch();
