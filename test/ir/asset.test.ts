import { describe, expect, it } from 'vitest';
import { assetContent, assetSources } from '../../generator/ir/asset.ts';
import { TokenLookup } from '../../generator/ir/token-lookup.ts';
import type { Design } from '../../generator/source/design.ts';
import { fixtureTokenIndex } from './token-index-fixture.ts';

const icon = {
  id: '1:3',
  name: 'Star Icon',
  type: 'GROUP',
  absoluteBoundingBox: { x: 110, y: 220, width: 24, height: 16 },
  children: [
    { id: '1:4', name: 'Vector', type: 'VECTOR', absoluteBoundingBox: { x: 110, y: 220, width: 24, height: 16 } },
  ],
};
const frame = {
  id: '1:2',
  name: 'Screen',
  type: 'FRAME',
  absoluteBoundingBox: { x: 100, y: 200, width: 320, height: 480 },
  children: [icon],
};

function design(renders: Design['renders']): Design {
  return { roots: [frame], renders } as unknown as Design;
}

describe('assetContent', () => {
  it('crops a vector group under a rendered frame from that render, with a finding', () => {
    const sources = assetSources(design({ '1:2': { nodeId: '1:2', path: '/snap/renders/1-2.png', scale: 2 } }));
    const lookup = new TokenLookup(fixtureTokenIndex());
    const content = assetContent(icon, sources, lookup, 'vector', 'Star');
    expect(content?.kind).toBe('asset');
    const asset = content?.kind === 'asset' ? content.asset : undefined;
    expect(asset).toMatchObject({ format: 'png', width: 24, height: 16, alt: 'Star', nodeId: '1:3' });
    expect(asset?.file).toMatch(/\.png$/);
    expect(asset?.source).toEqual({
      kind: 'crop',
      render: '/snap/renders/1-2.png',
      x: 20,
      y: 40,
      width: 48,
      height: 32,
    });
    expect(lookup.findings).toEqual([
      expect.objectContaining({
        nodeId: '1:3',
        kind: 'asset-fallback',
        message: expect.stringContaining('cropped from the render of 1:2'),
      }),
    ]);
  });

  it('with no render, gives no asset and a placeholder finding', () => {
    const lookup = new TokenLookup(fixtureTokenIndex());
    expect(assetContent(icon, assetSources(design({})), lookup, 'vector', 'Star')).toBeUndefined();
    expect(lookup.findings).toEqual([
      expect.objectContaining({
        nodeId: '1:3',
        kind: 'asset-fallback',
        message: expect.stringContaining('placeholder'),
      }),
    ]);
  });
});
