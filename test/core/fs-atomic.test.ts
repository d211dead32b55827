import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readTextIfExists, writeFileAtomic, writeJsonAtomic } from '../../generator/core/fs-atomic.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'design-sync-atomic-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('atomic writes', () => {
  it('create missing folders and leave no temporary files behind', async () => {
    const path = join(dir, 'a', 'b', 'file.json');
    await writeJsonAtomic(path, { x: 1 });
    expect(await readFile(path, 'utf8')).toBe('{\n  "x": 1\n}\n');
    expect(await readdir(join(dir, 'a', 'b'))).toEqual(['file.json']);
  });

  it('replace existing content whole', async () => {
    const path = join(dir, 'file.txt');
    await writeFile(path, 'old content that is longer');
    await writeFileAtomic(path, 'new');
    expect(await readFile(path, 'utf8')).toBe('new');
  });

  it('keep the old file and clean up when the write fails', async () => {
    const path = join(dir, 'file.txt');
    await writeFile(path, 'old');
    await expect(writeFileAtomic(join(path, 'child.txt'), 'x')).rejects.toThrow();
    expect(await readFile(path, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['file.txt']);
  });

  it('read a missing file as undefined', async () => {
    expect(await readTextIfExists(join(dir, 'missing'))).toBeUndefined();
  });
});
