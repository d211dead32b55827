import { describe, expect, it } from 'vitest';
import { buildNode, type NodeContext } from '../../generator/ir/node.ts';
import { TokenLookup } from '../../generator/ir/token-lookup.ts';
import { cssValue } from '../../generator/ir/css-value.ts';
import type { IrNode, IrStyle } from '../../generator/ir/types.ts';
import { fixtureTokenIndex } from './token-index-fixture.ts';
import { assetSources } from '../../generator/ir/asset.ts';
import type { Design } from '../../generator/source/design.ts';

const css = (style: IrStyle) => Object.fromEntries(Object.entries(style).map(([k, v]) => [k, cssValue(v)]));
const solid = (r: number, g: number, b: number) => ({ type: 'SOLID', blendMode: 'NORMAL', color: { r, g, b, a: 1 } });
const at = (x: number, y: number, width: number, height: number) => ({
  absoluteBoundingBox: { x, y, width, height },
  size: { x: width, y: height },
});

function build(node: Record<string, unknown>, parent?: Record<string, unknown>, ctx: Partial<NodeContext> = {}) {
  const lookup = new TokenLookup(fixtureTokenIndex());
  const out = buildNode(
    node,
    { parent, interactive: false },
    {
      lookup,
      props: { byFigmaName: new Map() } as never,
      generated: new Map(),
      dependencies: new Set(),
      depth: 0,
      ...ctx,
    },
  );
  return { node: out, lookup };
}

const kids = (node: IrNode | undefined): IrNode[] => (node?.content.kind === 'children' ? node.content.children : []);

describe('lines', () => {
  it('draws the stroke of a path-less zero-height vector centred on it, taking no room', () => {
    const line = {
      id: '2:1',
      name: 'Vector 6',
      type: 'VECTOR',
      ...at(0, 40, 453, 0),
      strokes: [solid(0.2, 0.4, 0.6)],
      strokeWeight: 2,
      strokeAlign: 'CENTER',
    };
    const { node } = build(line);
    expect(node?.tag).toBe('div');
    expect(css(node!.style)['box-shadow']).toBe('0 0 0 1px #336699');
  });
});

describe('masks', () => {
  const photo = { id: '3:3', name: 'Photo', type: 'RECTANGLE', ...at(0, 0, 120, 80), fills: [solid(0.9, 0.2, 0.1)] };
  const masked = (mask: Record<string, unknown>) => ({
    id: '3:1',
    name: 'Card image',
    type: 'GROUP',
    ...at(0, 0, 120, 80),
    children: [{ id: '3:2', name: 'Mask', isMask: true, fills: [solid(0, 0, 0)], ...mask }, photo],
  });

  it('clips a group to its rounded-rectangle mask with clip-path, and draws the mask layer nowhere', () => {
    const { node, lookup } = build(
      masked({ type: 'RECTANGLE', ...at(10, 5, 100, 70), cornerRadius: 12, maskType: 'ALPHA' }),
    );
    expect(css(node!.style)['clip-path']).toBe('inset(5px 10px 5px 10px round 12px)');
    expect(kids(node).map((k) => k.id)).toEqual(['3:3']);
    expect(lookup.findings.filter((f) => f.kind === 'unsupported')).toEqual([]);
  });

  it('clips to an ellipse mask with an ellipse() clip-path centred on the mask', () => {
    const { node } = build(masked({ type: 'ELLIPSE', ...at(20, 0, 80, 80) }));
    expect(css(node!.style)['clip-path']).toBe('ellipse(40px 40px at 60px 40px)');
  });

  it('leaves a soft (translucent) or vector-shaped mask to be drawn as one asset', () => {
    const soft = masked({
      type: 'RECTANGLE',
      ...at(0, 0, 120, 80),
      fills: [{ ...solid(0, 0, 0), opacity: 0.5 }],
    });
    expect(build(soft).node?.style['clip-path']).toBeUndefined();
    const star = masked({ type: 'STAR', ...at(0, 0, 120, 80) });
    expect(build(star).node?.style['clip-path']).toBeUndefined();
  });
});

describe('clipping', () => {
  it('hides what overflows a frame that clips its content', () => {
    const frame = {
      id: '4:1',
      name: 'Viewport',
      type: 'FRAME',
      clipsContent: true,
      ...at(0, 0, 100, 100),
      children: [{ id: '4:2', name: 'Long', type: 'RECTANGLE', ...at(0, 0, 100, 300), fills: [solid(0, 0, 1)] }],
    };
    expect(css(build(frame).node!.style).overflow).toBe('hidden');
  });
});

describe('vectors without geometry (a file fetched without geometry=paths)', () => {
  const blob = {
    id: '5:1',
    name: 'Vector',
    type: 'VECTOR',
    ...at(0, 0, 1162, 857),
    fills: [solid(1, 0.78, 0.45)],
  };
  const screen = (child: Record<string, unknown>) => ({
    id: '5:0',
    name: 'Screen',
    type: 'FRAME',
    ...at(0, 0, 400, 800),
    children: [child],
  });

  it('crops one from the render of the enclosing frame when there is one', () => {
    const assets = assetSources({
      roots: [screen(blob)],
      renders: { '5:0': { nodeId: '5:0', path: '/snap/renders/5-0.png', scale: 2 } },
    } as unknown as Design);
    const { node } = build(blob, undefined, { assets });
    expect(node?.tag).toBe('img');
    expect(node?.content).toMatchObject({ kind: 'asset', asset: { source: { kind: 'crop' } } });
  });

  it('leaves a blob with no render unpainted, instead of spreading its fill over its whole box', () => {
    const { node, lookup } = build(blob);
    expect(node?.tag).toBe('div');
    expect(node?.style['background-color']).toBeUndefined();
    expect(css(node!.style).width).toBe('1162px');
    expect(lookup.findings).toContainEqual(
      expect.objectContaining({
        nodeId: '5:1',
        kind: 'asset-fallback',
        message: expect.stringContaining('placeholder'),
      }),
    );
  });

  it('paints a vector flattened from a rectangle (it keeps its corner radii) as its box', () => {
    const rect = { ...blob, name: 'Rectangle 148', ...at(0, 0, 430, 790), rectangleCornerRadii: [0, 0, 0, 0] };
    expect(css(build(rect).node!.style)['background-color']).toBe(
      css(build({ ...rect, type: 'RECTANGLE' }).node!.style)['background-color'],
    );
    expect(build(rect).node?.style['background-color']).toBeDefined();
  });
});

describe('FILL children with padding', () => {
  it('starts every FILL child of a row from the largest padding, so padded and unpadded ones share the row equally', () => {
    const fill = (id: string, padding: number) => ({
      id,
      name: id,
      type: 'FRAME',
      layoutMode: 'VERTICAL',
      layoutSizingHorizontal: 'FILL',
      layoutSizingVertical: 'HUG',
      paddingLeft: padding,
      paddingRight: padding,
      ...at(0, 0, 597, 100),
    });
    const row = {
      id: '6:0',
      name: 'Section',
      type: 'FRAME',
      layoutMode: 'HORIZONTAL',
      ...at(0, 0, 1194, 100),
      children: [fill('image', 0), fill('content', 48)],
    };
    const styles = kids(build(row).node).map((k) => css(k.style).flex);
    expect(styles).toEqual(['1 1 96px', '1 1 96px']);
    const unpadded = { ...row, children: [fill('a', 0), fill('b', 0)] };
    expect(kids(build(unpadded).node).map((k) => css(k.style).flex)).toEqual(['1 1 0', '1 1 0']);
  });
});

describe('image crops', () => {
  const rendered = (child: Record<string, unknown>) =>
    assetSources({
      roots: [{ id: '7:0', name: 'Page', type: 'FRAME', ...at(0, 0, 800, 800), children: [child] }],
      renders: { '7:0': { nodeId: '7:0', path: '/snap/renders/7-0.png', scale: 2 } },
    } as unknown as Design);

  it('drops the padding and flex settings of an image-filled frame drawn as one <img>', () => {
    const photo = {
      id: '7:1',
      name: 'Image hover',
      type: 'FRAME',
      layoutMode: 'VERTICAL',
      paddingLeft: 15.5,
      paddingTop: 15.5,
      itemSpacing: 15.5,
      ...at(0, 0, 597, 797),
      fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'abc' }],
      children: [],
    };
    const style = css(build(photo, undefined, { assets: rendered(photo) }).node!.style);
    expect(style['padding-left']).toBeUndefined();
    expect(style.gap).toBeUndefined();
    expect(style.display).toBe('block');
    expect(style['object-fit']).toBe('cover');
  });

  it('does not turn a crop of a rotated layer again: the render already shows it turned', () => {
    const arrow = {
      id: '7:2',
      name: 'Arrow right',
      type: 'VECTOR',
      rotation: Math.PI,
      ...at(10, 10, 20, 20),
      fills: [solid(0, 0, 0)],
    };
    const { node } = build(arrow, undefined, { assets: rendered(arrow) });
    expect(node?.tag).toBe('img');
    expect(node?.style.transform).toBeUndefined();
  });
});
