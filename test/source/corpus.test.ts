import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inspectCorpus } from '../../scripts/corpus-inspect.ts';

const corpus = fileURLToPath(new URL('../../../shared/corpus', import.meta.url));

describe.skipIf(!existsSync(corpus))('inspect on the shared corpus', () => {
  it('reads every Figma JSON file without a crash; only the render sidecars are refused', async () => {
    const rows = await inspectCorpus(corpus);
    expect(rows.filter((r) => r.outcome === 'crash')).toEqual([]);
    // The corpus grows (screens with renders were added); what must hold is that only sidecars are refused.
    const refused = rows.filter((r) => r.outcome === 'input-error').map((r) => r.file.split('/').pop());
    expect(refused.length).toBeGreaterThan(0);
    expect(new Set(refused)).toEqual(new Set(['figma.json', 'metadata.json']));
    const byFile = Object.fromEntries(rows.map((r) => [r.file, r.report]));
    expect(byFile['figma/grida-radix-icons/file.response.geometry-paths.json']?.counts).toMatchObject({
      nodes: 3327,
      components: 332,
    });
    expect(byFile['figma/cdmvision-test/file.response.json']?.counts).toMatchObject({ componentSets: 1, variants: 6 });
    expect(byFile['figma/figmagic-template/file.response.json']?.counts).toMatchObject({ nodes: 1205, components: 25 });
    expect(byFile['figma/figmasharp/extension-test.file.response.json']?.warnings[0]).toMatch(/^old-schema file/);
    expect(byFile['tokens/noahwaldner-variables/variables-local.response.json']?.variables?.total).toBe(238);
  });
});
