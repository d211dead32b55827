import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../generator/core/load-config.ts';
import { SAMPLE_FILE_KEY, sampleSnapshotFiles } from '../../scripts/sample/build-snapshot.ts';

const root = join(import.meta.dirname, '..', '..');
const dir = join(root, '.design-sync', 'snapshots', SAMPLE_FILE_KEY);

describe('the bundled sample snapshot', () => {
  const built = sampleSnapshotFiles();

  it('is exactly what scripts/build-sample.ts builds (run `npm run sample` after changing scripts/sample)', () => {
    for (const [name, content] of Object.entries(built)) {
      if (typeof content === 'string') expect(readFileSync(join(dir, name), 'utf8'), name).toBe(content);
      else expect(readFileSync(join(dir, name)).equals(Buffer.from(content)), name).toBe(true);
    }
    const stored = readdirSync(join(dir, 'assets')).map((f) => `assets/${f}`);
    expect(stored.sort()).toEqual(
      Object.keys(built)
        .filter((n) => n.startsWith('assets/'))
        .sort(),
    );
  });

  it('builds byte-identically twice', () => {
    expect(sampleSnapshotFiles()).toEqual(built);
  });

  it('has meta.json in the snapshot layout, naming the files and no renders', () => {
    const meta = JSON.parse(built['meta.json']);
    expect(Object.keys(meta.assets).length).toBeGreaterThan(0);
    expect(Object.values(meta.images)).toEqual([expect.objectContaining({ format: 'png' })]);
    expect(meta).toMatchObject({
      fileKey: SAMPLE_FILE_KEY,
      files: { file: 'file.json', variables: 'variables.json' },
      renders: {},
    });
    const file = JSON.parse(built['file.json']);
    expect(meta.version).toBe(file.version);
    expect(meta.lastModified).toBe(file.lastModified);
  });

  it('carries the top-level fields of a GET /v1/files response and no expiring URLs', () => {
    const file = JSON.parse(built['file.json']);
    expect(Object.keys(file)).toEqual(
      expect.arrayContaining([
        'document',
        'components',
        'componentSets',
        'schemaVersion',
        'styles',
        'name',
        'lastModified',
        'version',
        'role',
        'editorType',
      ]),
    );
    expect(file.editorType).toBe('figma');
    expect(built['file.json']).not.toMatch(/https?:\/\//);
  });

  it('is the file the repository config points at', async () => {
    const config = await loadConfig({ cwd: root, env: {} });
    expect(config.figma.file).toBe(SAMPLE_FILE_KEY);
    expect(config.paths.snapshotDir).toBe(join(root, '.design-sync', 'snapshots'));
  });
});
