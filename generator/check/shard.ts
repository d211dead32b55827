/**
 * `--shard i/n`: a deterministic split of the components over n CI machines, balanced by story
 * count, so a GitHub Actions matrix checks one design system on n runners.
 */
import { usageError } from '../core/errors.ts';

/** One shard of a split: `index` counts from 1, as `--shard 2/3` is written. */
export interface Shard {
  index: number;
  count: number;
}

/** Parses `i/n` (1 <= i <= n); anything else is a usage error naming the flag. */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw usageError('usage/shard', `--shard ${text} is not i/n with 1 <= i <= n`, {
      hint: 'Write the shard as index/count, e.g. `--shard 2/3` on the second of three CI machines.',
    });
  }
  return { index, count };
}

export interface ShardItem {
  name: string;
  /** Relative cost, e.g. the number of stories; at least 1 is assumed. */
  weight: number;
}

/**
 * Assigns every item to one of `count` shards: heaviest first, each to the lightest shard so far
 * (ties to the lower shard), items of equal weight by name. The result depends only on the names
 * and weights, never on the order given, so every machine of a matrix computes the same split.
 * Returns the names per shard, index 0 for shard 1.
 */
export function splitShards(items: readonly ShardItem[], count: number): string[][] {
  const shards = Array.from({ length: count }, () => ({ load: 0, names: [] as string[] }));
  const ordered = [...items].sort(
    (a, b) => Math.max(1, b.weight) - Math.max(1, a.weight) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  for (const item of ordered) {
    let target = shards[0]!;
    for (const shard of shards) if (shard.load < target.load) target = shard;
    target.load += Math.max(1, item.weight);
    target.names.push(item.name);
  }
  return shards.map((shard) => shard.names.sort());
}

/** The names of `items` that belong to `shard`. */
export function shardNames(items: readonly ShardItem[], shard: Shard): Set<string> {
  return new Set(splitShards(items, shard.count)[shard.index - 1]);
}
