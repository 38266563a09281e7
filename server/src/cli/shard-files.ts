import { statSync } from 'node:fs';
import type { CliArgs } from './args';
import { selectShard } from './shard';

/** The files of this run's `--shard` (all of them without one), balanced by size on disk. */
export function filesOfShard<T extends { readonly path: string }>(files: readonly T[], args: CliArgs): readonly T[] {
  return args.shard ? selectShard(files, (f) => sizeOf(f.path), args.shard) : files;
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
