/** `--shard i/n`: this run lints the i-th of n parts of the files (1-based). */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** Parses `i/n`; throws a message in Chinese when it is not a shard. */
export function parseShard(spec: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(spec);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) {
    throw new Error(`--shard 的格式应为“i/n”（1 ≤ i ≤ n），如 --shard 2/4，收到“${spec}”`);
  }
  return { index, count };
}

/**
 * The files of one shard, balanced by size: files are dealt largest first, each to the part with
 * the fewest bytes so far (ties by path and part number), so every machine of a CI matrix gets
 * about the same work and the n parts partition the files exactly. The result depends only on
 * the paths and sizes, never on the order they were found in; it keeps the input order.
 */
export function selectShard<T extends { readonly path: string }>(files: readonly T[], sizeOf: (file: T) => number, shard: Shard): T[] {
  if (shard.count === 1) return [...files];
  const sized = files.map((file, order) => ({ file, order, size: sizeOf(file) }));
  const dealt = [...sized].sort((a, b) => b.size - a.size || (a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : 0));
  const load = new Array<number>(shard.count).fill(0);
  const mine = new Set<number>();
  for (const f of dealt) {
    let part = 0;
    for (let p = 1; p < shard.count; p++) if (load[p]! < load[part]!) part = p;
    // An empty file still counts, so that empty files spread over the parts too.
    load[part]! += Math.max(1, f.size);
    if (part === shard.index - 1) mine.add(f.order);
  }
  return sized.filter((f) => mine.has(f.order)).map((f) => f.file);
}
