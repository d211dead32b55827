import { describe, expect, it } from 'vitest';
import { isDesignSyncError } from '../../generator/core/errors.ts';
import { countStories } from '../../generator/check/select-shard.ts';
import { parseShard, shardNames, splitShards, type ShardItem } from '../../generator/check/shard.ts';

/** A seeded design system's components: names and story counts like a large kit's. */
function components(count: number, seed = 7): ShardItem[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31);
  return Array.from({ length: count }, (_, i) => ({
    name: `Component${String(i).padStart(3, '0')}`,
    weight: 1 + (next() % 24),
  }));
}

describe('splitShards', () => {
  it.each([1, 2, 3, 7])('partitions 120 components exactly into %i shards: union is all, pairwise disjoint', (n) => {
    const items = components(120);
    const shards = splitShards(items, n);
    expect(shards).toHaveLength(n);
    const all = shards.flat();
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort()).toEqual(items.map((i) => i.name).sort());
  });

  it('gives the same split whatever the order the components were found in, run after run', () => {
    const items = components(60);
    const reversed = [...items].reverse();
    const shuffled = [...items].sort((a, b) => (a.name.charCodeAt(9) % 3) - (b.name.charCodeAt(9) % 3));
    const first = splitShards(items, 4);
    expect(splitShards(reversed, 4)).toEqual(first);
    expect(splitShards(shuffled, 4)).toEqual(first);
    expect(splitShards(items, 4)).toEqual(first);
  });

  it('balances the shards by stories: no shard carries more than the lightest plus the heaviest component', () => {
    const items = components(200);
    const weight = new Map(items.map((i) => [i.name, i.weight]));
    const loads = splitShards(items, 5).map((names) => names.reduce((sum, name) => sum + weight.get(name)!, 0));
    const heaviest = Math.max(...items.map((i) => i.weight));
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(heaviest);
  });

  it('leaves extra shards empty when there are fewer components than shards', () => {
    expect(splitShards([{ name: 'Button', weight: 3 }], 3)).toEqual([['Button'], [], []]);
  });

  it('selects one shard by its 1-based index', () => {
    const items = components(10);
    const split = splitShards(items, 3);
    expect([...shardNames(items, { index: 2, count: 3 })].sort()).toEqual(split[1]);
  });
});

describe('parseShard', () => {
  it('reads i/n', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    expect(parseShard(' 1/1 ')).toEqual({ index: 1, count: 1 });
  });

  it.each(['0/3', '4/3', '1/0', '2', 'a/b', '1/2/3', '-1/2'])('rejects %s as a usage error', (text) => {
    let caught: unknown;
    try {
      parseShard(text);
    } catch (error) {
      caught = error;
    }
    expect(isDesignSyncError(caught) && caught.code).toBe('usage/shard');
    expect((caught as Error).message).toContain(`--shard ${text}`);
  });
});

describe('countStories', () => {
  it('counts exported stories, not the default export or other declarations', () => {
    const text = [
      "import type { Meta } from '@storybook/react-vite';",
      'const meta = { title: "Button" } satisfies Meta;',
      'export default meta;',
      'export const Primary: Story = {};',
      'export const Secondary = {};',
      'export type Story = object;',
    ].join('\n');
    expect(countStories(text)).toBe(2);
  });
});
