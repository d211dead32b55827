import { describe, expect, it } from 'vitest';
import { fillStyle } from '../../generator/ir/style.ts';
import { compositeSolids } from '../../generator/ir/composite.ts';
import { buildNode } from '../../generator/ir/node.ts';
import { TokenLookup } from '../../generator/ir/token-lookup.ts';
import { cssValue } from '../../generator/ir/css-value.ts';
import type { IrStyle } from '../../generator/ir/types.ts';
import { fixtureTokenIndex } from './token-index-fixture.ts';

const index = () =>
  fixtureTokenIndex({
    colors: { 'color.text.strong': '#1a1a1a', 'color.grey': '#767676' },
    variables: { 'VariableID:9:1': 'color.text.strong' },
  });
const css = (style: IrStyle) => Object.fromEntries(Object.entries(style).map(([k, v]) => [k, cssValue(v)]));
const solid = (r: number, g: number, b: number, extra: Record<string, unknown> = {}) => ({
  type: 'SOLID',
  blendMode: 'NORMAL',
  color: { r, g, b, a: 1 },
  ...extra,
});
const dark = solid(0x1a / 255, 0x1a / 255, 0x1a / 255, {
  boundVariables: { color: { type: 'VARIABLE_ALIAS', id: 'VariableID:9:1' } },
});
const size = { size: { x: 100, y: 20 } };

describe('stacked fills', () => {
  it('ignores a transparent top fill on text and keeps the bound token of the fill beneath', () => {
    const node = { id: '1', type: 'TEXT', ...size, fills: [dark, solid(1, 1, 1, { opacity: 0 })] };
    const result = fillStyle(node, new TokenLookup(index()), 'color');
    expect(css(result.style)).toEqual({ color: 'var(--color-text-strong)' });
    expect(result.alpha).toBe(1);
  });

  it('composites a translucent fill over a solid one to one colour, matched against the tokens', () => {
    // 40% white over #1a1a1a is #767676 (0.4 * 255 + 0.6 * 26 = 117.6).
    const node = { id: '1', type: 'TEXT', ...size, fills: [dark, solid(1, 1, 1, { opacity: 0.4 })] };
    const lookup = new TokenLookup(index());
    expect(css(fillStyle(node, lookup, 'color').style)).toEqual({ color: 'var(--color-grey)' });
    expect(css(fillStyle({ ...node, type: 'FRAME' }, lookup, 'background').style)).toEqual({
      'background-color': 'var(--color-grey)',
    });
  });

  it('skips fills that are not visible and applies separable blend modes', () => {
    const hidden = solid(1, 0, 0, { visible: false });
    const multiply = solid(0.5, 0.5, 0.5, { blendMode: 'MULTIPLY' });
    const node = { id: '1', type: 'RECTANGLE', ...size, fills: [solid(1, 1, 0), hidden, multiply] };
    expect(css(fillStyle(node, new TokenLookup(index()), 'background').style)).toEqual({
      'background-color': '#808000',
    });
    const c = compositeSolids([
      { color: { r: 0.2, g: 0.4, b: 0.6, a: 1 }, blendMode: 'NORMAL' },
      { color: { r: 0.5, g: 0.5, b: 0.5, a: 1 }, blendMode: 'SCREEN' },
    ]);
    expect(c).toEqual({ r: 0.6, g: 0.7, b: 0.8, a: 1 });
  });

  it('layers a gradient over a solid as CSS backgrounds, top first, with each layer blend mode', () => {
    const gradient = {
      type: 'GRADIENT_LINEAR',
      blendMode: 'MULTIPLY',
      gradientHandlePositions: [
        { x: 0, y: 0.5 },
        { x: 1, y: 0.5 },
      ],
      gradientStops: [
        { position: 0, color: { r: 0, g: 0, b: 0, a: 1 } },
        { position: 1, color: { r: 1, g: 1, b: 1, a: 1 } },
      ],
    };
    const node = {
      id: '1',
      type: 'FRAME',
      ...size,
      fills: [solid(1, 0, 0), gradient, solid(0, 0, 1, { opacity: 0.5 })],
    };
    expect(css(fillStyle(node, new TokenLookup(index()), 'background').style)).toEqual({
      'background-color': '#ff0000',
      'background-image':
        'linear-gradient(rgb(0 0 255 / 0.5), rgb(0 0 255 / 0.5)), linear-gradient(90deg, #000000 0%, #ffffff 100%)',
      'background-blend-mode': 'normal, multiply',
    });
  });

  it('reports text whose fills composite to alpha 0 as invisible', () => {
    const lookup = new TokenLookup(index());
    const node = { id: '7:1', type: 'TEXT', characters: 'Hello', ...size, fills: [solid(1, 1, 1, { opacity: 0 })] };
    buildNode(
      node,
      { parent: undefined, interactive: false },
      { lookup, props: { byFigmaName: new Map() } as never, generated: new Map(), dependencies: new Set(), depth: 0 },
    );
    expect(lookup.findings).toContainEqual({
      nodeId: '7:1',
      kind: 'invisible',
      message: 'text colour composites to alpha 0: the text is invisible',
    });
  });
});
