/**
 * Picks one shard's components from those discovered, weighted by their story count (read from
 * their stories files), so `check --shard i/n` machines get about equal work.
 */
import { readTextIfExists } from '../core/fs-atomic.ts';
import type { DiscoveredComponent } from './discover-components.ts';
import { shardNames, type Shard } from './shard.ts';

/** Exported stories of a CSF file, counted from its text (`export const X`); the default export is not a story. */
export function countStories(text: string): number {
  return (text.match(/^export\s+const\s+\w+/gm) ?? []).length;
}

export async function selectShard(components: DiscoveredComponent[], shard: Shard): Promise<DiscoveredComponent[]> {
  const items = await Promise.all(
    components.map(async (component) => ({
      name: component.name,
      weight: component.storiesFile ? countStories((await readTextIfExists(component.storiesFile)) ?? '') : 0,
    })),
  );
  const names = shardNames(items, shard);
  return components.filter((component) => names.has(component.name));
}
