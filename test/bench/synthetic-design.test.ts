import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticSnapshot, syntheticSnapshotFiles } from '../../bench/synthetic/synthetic-design.ts';
import { writeSynthetic } from '../../bench/synthetic/write-synthetic.ts';
import { touchFile } from '../../bench/touch-snapshot.ts';
import { readDesign } from '../../generator/source/load-design.ts';

type Node = {
  id: string;
  type: string;
  name: string;
  children?: Node[];
  fills?: { boundVariables?: unknown }[];
  characters?: string;
};

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

const setsOf = (file: { document: unknown }) => {
  const sets: Node[] = [];
  const walk = (node: Node) => (node.type === 'COMPONENT_SET' ? sets.push(node) : node.children?.forEach(walk));
  walk(file.document as Node);
  return sets;
};

describe('the synthetic design generator', () => {
  const ten = syntheticSnapshot({ sets: 10 });
  const hundred = syntheticSnapshot({ sets: 100 });

  it('writes a snapshot folder that readDesign reads with every set, variant and variable', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bench-synthetic-'));
    dirs.push(dir);
    const design = await readDesign(await writeSynthetic(dir, ten));
    expect(Object.keys(design.componentSets)).toHaveLength(10);
    // Variants plus the seven icon components the sets use.
    expect(Object.keys(design.components)).toHaveLength(ten.stats.variants + 7);
    expect(Object.keys(design.variables?.variables ?? {})).toHaveLength(
      Object.keys(ten.variables.meta.variables).length,
    );
    expect(Object.keys(design.styles).length).toBeGreaterThan(5);
    expect(design.fileKey).toBe('BenchSynthetic0010');
  });

  it('is deterministic: the same options give byte-identical files and another seed a different design', () => {
    expect(syntheticSnapshotFiles(syntheticSnapshot({ sets: 10 }))).toEqual(syntheticSnapshotFiles(ten));
    const other = syntheticSnapshotFiles(syntheticSnapshot({ sets: 10, seed: 2 }));
    expect(other['file.json']).not.toBe(syntheticSnapshotFiles(ten)['file.json']);
  });

  it('gives every set 2 to 24 variants, and about a third of the sets nest an instance of another set', () => {
    const counts = setsOf(hundred.file).map((set) => set.children?.length ?? 0);
    expect(counts).toHaveLength(100);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...counts)).toBeLessThanOrEqual(24);
    expect(new Set(counts).size).toBeGreaterThan(5);
    expect(hundred.stats.nested).toBeGreaterThan(15);
    expect(hundred.stats.nested).toBeLessThan(45);
  });

  it('binds most variant fills to variables and leaves some raw', () => {
    const fills = setsOf(hundred.file).flatMap((set) => (set.children ?? []).flatMap((variant) => variant.fills ?? []));
    const bound = fills.filter((fill) => fill.boundVariables !== undefined).length / fills.length;
    expect(bound).toBeGreaterThan(0.7);
    expect(bound).toBeLessThan(0.9);
  });

  it('grows the variables with the design system', () => {
    const count = (s: typeof ten) => Object.keys(s.variables.meta.variables).length;
    expect(count(hundred) - count(ten)).toBe(90 * 3);
  });
});

describe('the one-component edit of the re-sync measurement', () => {
  it('changes only the texts of the last component set, and the version', () => {
    const file = syntheticSnapshot({ sets: 10 }).file as unknown as { version: string; document: Node };
    const before = structuredClone(file);
    const after = touchFile(structuredClone(file)) as unknown as { version: string; document: Node };
    expect(after.version).not.toBe(before.version);
    const [setsBefore, setsAfter] = [setsOf(before), setsOf(after)];
    expect(setsAfter.slice(0, -1)).toEqual(setsBefore.slice(0, -1));
    expect(setsAfter.at(-1)).not.toEqual(setsBefore.at(-1));
    expect(JSON.stringify(setsAfter.at(-1))).toContain(' (edited)');
    // A second edit undoes the first, so repeated runs alternate between two designs.
    const again = touchFile(structuredClone(after)) as unknown as { version: string; document: Node };
    expect(setsOf(again)).toEqual(setsBefore);
  });
});
