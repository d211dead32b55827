import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../generator/core/logger.ts';
import { readDesign } from '../../generator/source/load-design.ts';
import { walkNodes } from '../../generator/source/figma-nodes.ts';
import { configFor, tempRoot, buildTokensFromDisk } from './helpers.ts';

const SAMPLE = new URL('../../.design-sync/snapshots/DesignSyncSampleKit01/', import.meta.url).pathname;

describe.skipIf(!existsSync(SAMPLE))('the bundled sample', () => {
  it('builds without warnings, themes dark mode, and resolves every bound variable and style through the index', async () => {
    const design = await readDesign(SAMPLE);
    const result = await buildTokensFromDisk(design, configFor(await tempRoot()), createMemoryLogger());
    expect(result.warnings).toEqual([]);
    expect(result.modes).toContain('dark');
    for (const id of Object.keys(design.variables?.variables ?? {}))
      expect(result.index.byVariableId(id), id).toBeDefined();
    const bound = new Set<string>();
    const styles = new Set<string>();
    walkNodes(design.roots, (node) => {
      JSON.stringify(node).replace(/"id":"(VariableID:[^"]+)"/g, (m, id: string) => (bound.add(id), m));
      for (const id of Object.values((node as { styles?: Record<string, string> }).styles ?? {})) styles.add(id);
    });
    for (const id of bound) expect(result.index.byVariableId(id), id).toBeDefined();
    for (const id of styles) expect(result.index.byStyleId(id), id).toBeDefined();
  });
});
