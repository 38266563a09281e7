import type { Concurrency } from './pool';
import { parseShard, type Shard } from './shard';

/** The options for large runs: the cache, CI sharding and the worker pool. */
export interface ScaleArgs {
  readonly cache: boolean;
  readonly cacheLocation?: string;
  readonly shard?: Shard;
  readonly concurrency: Concurrency;
}

interface ScaleValues {
  readonly cache?: boolean;
  readonly 'cache-location'?: string;
  readonly shard?: string;
  readonly concurrency?: string;
}

export function parseScaleArgs(v: ScaleValues, UsageError: new (message: string) => Error): ScaleArgs {
  let shard: Shard | undefined;
  if (v.shard !== undefined) {
    try {
      shard = parseShard(v.shard);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  }
  const spec = v.concurrency ?? 'auto';
  let concurrency: Concurrency;
  if (spec === 'auto' || spec === 'off') concurrency = spec;
  else if (/^[1-9]\d{0,2}$/.test(spec)) concurrency = Number(spec);
  else throw new UsageError(`--concurrency 应为正整数、auto 或 off，收到“${spec}”`);
  if (v['cache-location'] !== undefined && !v.cache) throw new UsageError('--cache-location 只能与 --cache 一起使用');
  return {
    cache: v.cache ?? false,
    ...(v['cache-location'] !== undefined ? { cacheLocation: v['cache-location'] } : {}),
    ...(shard ? { shard } : {}),
    concurrency,
  };
}
