import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatorMap } from './generator-map.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const README = join(ROOT, 'README.md');

/** The README's map entries: lines "- `generator/<path>.ts`: ...", in order. */
async function readmeMapLines(): Promise<string[]> {
  const text = existsSync(README) ? await readFile(README, 'utf8') : '';
  return text
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter((line) => /^- `generator\/[^`]+\.ts`/.test(line));
}

const pathOf = (line: string) => /^- `([^`]+)`/.exec(line)?.[1] ?? '';

describe('README generator map', () => {
  it('lists every file under generator/', async () => {
    const listed = new Set((await readmeMapLines()).map(pathOf));
    const onDisk = (await generatorMap()).map(pathOf);
    expect(onDisk.length).toBeGreaterThan(0);
    expect(onDisk.filter((path) => !listed.has(path))).toEqual([]);
  });

  it('lists no file that does not exist on disk', async () => {
    const listed = (await readmeMapLines()).map(pathOf);
    expect(listed.filter((path) => !existsSync(join(ROOT, path)))).toEqual([]);
  });

  it("describes each file with its own doc comment's first sentence, in the order the map script prints", async () => {
    expect(await readmeMapLines()).toEqual(await generatorMap());
  });
});
