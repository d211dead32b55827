import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { inspectDesign } from '../../generator/source/inspect-design.ts';
import { readDesign } from '../../generator/source/load-design.ts';
import { SAMPLE_FILE_KEY } from '../../scripts/sample/build-snapshot.ts';

const root = join(import.meta.dirname, '..', '..');
const snapshot = join(root, '.design-sync', 'snapshots', SAMPLE_FILE_KEY);

describe('the source stage reads the bundled sample like a real Figma file', () => {
  it('loads the snapshot folder with its components, sets, styles and variables and no warnings', async () => {
    const design = await readDesign(snapshot);
    expect(design.fileKey).toBe(SAMPLE_FILE_KEY);
    expect(design.warnings).toEqual([]);
    expect(Object.keys(design.componentSets)).toHaveLength(9);
    expect(Object.keys(design.styles)).toHaveLength(11);
    expect(Object.keys(design.variables?.variables ?? {}).length).toBeGreaterThan(100);
    const report = inspectDesign(design);
    expect(report.counts).toMatchObject({
      pages: 3,
      componentSets: 9,
      variants: 66,
      definedReferencedVariables: report.counts.referencedVariables,
    });
    expect(report.usable.find((u) => u.stage === 'tokens')?.status).toBe('ready');
    expect(report.usable.find((u) => u.stage === 'generate')?.status).toBe('ready');
    const button = report.componentSets.find((s) => s.name === 'Button');
    expect(button?.properties.map((p) => p.type)).toEqual([
      'VARIANT',
      'VARIANT',
      'VARIANT',
      'TEXT',
      'BOOLEAN',
      'INSTANCE_SWAP',
    ]);
  });

  it('`design-sync inspect --json` in the repository reports the sample from the config', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(root, 'bin', 'design-sync.js'), 'inspect', '--json'],
      { cwd: root },
    );
    const report = JSON.parse(stdout);
    expect(report.fileKey).toBe(SAMPLE_FILE_KEY);
    expect(report.counts.componentSets).toBe(9);
    expect(report.variables.collections.map((c: { name: string }) => c.name)).toEqual(['Primitives', 'Semantic']);
  });
});
