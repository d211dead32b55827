import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configSchema } from '../../generator/core/config-schema.ts';
import { resolveConfig } from '../../generator/core/resolve-config.ts';
import { createMemoryLogger } from '../../generator/core/logger.ts';
import { loadDesign, readDesign } from '../../generator/source/load-design.ts';
import { figmaFixture } from './fixtures.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'design-sync-load-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

async function writeSnapshot(key: string, meta: Record<string, unknown>): Promise<string> {
  const folder = join(root, '.design-sync', 'snapshots', key);
  await cp(figmaFixture('wizard-demo.file.response.json'), join(folder, 'file.json'));
  await cp(figmaFixture('variables.response.json'), join(folder, 'variables.json'));
  await writeFile(
    join(folder, 'meta.json'),
    JSON.stringify({
      fileKey: key,
      name: 'Wizard demo',
      version: '7',
      lastModified: '2024-06-14T12:43:25Z',
      fetchedAt: '2025-01-01T00:00:00Z',
      ...meta,
    }),
  );
  return folder;
}

const config = (figma: Record<string, unknown>, source?: string) =>
  resolveConfig(configSchema.parse({ figma }), root, undefined, {}, source === undefined ? {} : { source });

describe('loadDesign', () => {
  it('reads the snapshot of the configured file, variables and renders included', async () => {
    await writeSnapshot('Kit1234', {
      files: { file: 'file.json', variables: 'variables.json' },
      renders: { '140:3': { file: 'renders/140-3.png', scale: 2 } },
    });
    await writeFile(join(root, '.design-sync', 'snapshots', 'Kit1234', 'renders.txt'), '');
    const logger = createMemoryLogger();
    const design = await loadDesign(config({ file: 'https://www.figma.com/design/Kit1234/Wizard' }), logger);
    expect(design).toMatchObject({ shape: 'snapshot', fileKey: 'Kit1234', name: 'Wizard demo', version: '7' });
    expect(Object.keys(design.variables?.variables ?? {})).toHaveLength(4);
    expect(design.renders).toEqual({});
    expect(design.warnings).toEqual(['render of 140:3 is listed in meta.json but renders/140-3.png is missing']);
    expect(logger.lines).toContain('warning: source: 1 warning(s) while reading ' + design.origin);
  });

  it('prefers --source, which may be any single Figma JSON file', async () => {
    const design = await loadDesign(
      config({ file: 'Kit1234' }, figmaFixture('node.document.json')),
      createMemoryLogger(),
    );
    expect(design.shape).toBe('node');
  });

  it('explains a missing snapshot with the commands that fix it', async () => {
    await expect(loadDesign(config({ file: 'Missing123' }), createMemoryLogger())).rejects.toMatchObject({
      code: 'input/no-snapshot',
      message: 'no snapshot of Figma file Missing123 at .design-sync/snapshots/Missing123',
      hint: expect.stringContaining('design-sync pull'),
    });
    await expect(loadDesign(config({}), createMemoryLogger())).rejects.toMatchObject({ code: 'input/no-source' });
  });

  it('rejects a folder that is not a snapshot, and a broken meta.json, naming the file', async () => {
    await expect(readDesign(root)).rejects.toMatchObject({ code: 'input/not-a-snapshot' });
    const folder = await writeSnapshot('Kit1234', { files: {} });
    await expect(readDesign(folder)).rejects.toMatchObject({
      message: `${join(folder, 'meta.json')}: $.files.file: expected a string`,
    });
  });
});
