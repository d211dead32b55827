import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ASSET_BYTES, assetFiles } from '../../generator/generate/asset-files.ts';
import type { IrAsset, IrComponent } from '../../generator/ir/types.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'asset-files-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function component(asset: IrAsset): IrComponent {
  return { name: 'Card', root: { name: 'Card', content: { kind: 'asset', asset } } } as unknown as IrComponent;
}

const base = { nodeId: '1:3', binding: 'photoPng', width: 10, height: 6, alt: '' };

describe('assetFiles', () => {
  it('copies a stored PNG as is', async () => {
    const path = join(dir, 'ok.png');
    const bytes = PNG.sync.write(new PNG({ width: 3, height: 3 }));
    await writeFile(path, bytes);
    const out = await assetFiles(
      component({ ...base, file: 'ok.png', format: 'png', source: { kind: 'stored', path } }),
      '/c',
    );
    expect(out.findings).toEqual([]);
    expect(out.files).toEqual([
      expect.objectContaining({ path: join('/c', 'assets', 'ok.png'), content: bytes.toString('base64') }),
    ]);
  });

  it.each([
    ['undecodable', async (path: string) => writeFile(path, 'not a png at all')],
    ['oversized', async (path: string) => writeFile(path, Buffer.alloc(MAX_ASSET_BYTES + 1))],
  ])('turns an %s image into a finding and a placeholder, not a throw', async (label, write) => {
    const path = join(dir, `${label}.png`);
    await write(path);
    const out = await assetFiles(
      component({ ...base, file: `${label}.png`, format: 'png', source: { kind: 'stored', path } }),
      '/c',
    );
    expect(out.findings).toEqual([expect.objectContaining({ nodeId: '1:3', kind: 'asset-fallback' })]);
    expect(out.files).toHaveLength(1);
    const placeholder = PNG.sync.read(Buffer.from(out.files[0]!.content, 'base64'));
    expect([placeholder.width, placeholder.height]).toEqual([10, 6]);
  });

  it('crops a region out of a render', async () => {
    const render = new PNG({ width: 8, height: 8 });
    for (let i = 0; i < render.data.length; i += 4) render.data[i + 3] = 255;
    const path = join(dir, 'render.png');
    await writeFile(path, PNG.sync.write(render));
    const out = await assetFiles(
      component({
        ...base,
        file: 'crop.png',
        format: 'png',
        source: { kind: 'crop', render: path, x: 2, y: 2, width: 4, height: 3 },
      }),
      '/c',
    );
    expect(out.findings).toEqual([]);
    const crop = PNG.sync.read(Buffer.from(out.files[0]!.content, 'base64'));
    expect([crop.width, crop.height]).toEqual([4, 3]);
  });
});
