import { describe, expect, it } from 'vitest';
import { buildNode } from '../../generator/ir/node.ts';
import { TokenLookup } from '../../generator/ir/token-lookup.ts';
import { cssValue } from '../../generator/ir/css-value.ts';
import type { IrNode, IrStyle } from '../../generator/ir/types.ts';
import { fixtureTokenIndex } from './token-index-fixture.ts';

const css = (style: IrStyle) => Object.fromEntries(Object.entries(style).map(([k, v]) => [k, cssValue(v)]));
const at = (x: number, y: number, width: number, height: number) => ({
  absoluteBoundingBox: { x, y, width, height },
  size: { x: width, y: height },
});
const ink = { type: 'SOLID', blendMode: 'NORMAL', color: { r: 0.1, g: 0.1, b: 0.1, a: 1 } };

/** A one-path vector icon of the given size, drawn at (x, y). */
function icon(id: string, x: number, y: number, w: number, h = w, extra: Record<string, unknown> = {}) {
  return {
    id,
    name: 'Icon/Heart',
    type: 'VECTOR',
    ...at(x, y, w, h),
    fills: [ink],
    fillGeometry: [{ path: `M0 0L${w} 0L${w} ${h}Z`, windingRule: 'NONZERO' }],
    ...extra,
  };
}

const title = { id: '1:9', name: 'Title', type: 'TEXT', characters: 'Saved', ...at(0, 100, 80, 20), fills: [ink] };

/**
 * A screen without auto-layout: its children are placed absolutely by their constraints (a text
 * among them, or a screen of vectors alone would be one drawing).
 */
function screen(...children: Array<Record<string, unknown>>) {
  return { id: '1:0', name: 'Screen', type: 'FRAME', ...at(0, 0, 375, 812), children: [...children, title] };
}

function build(root: Record<string, unknown>) {
  const lookup = new TokenLookup(
    fixtureTokenIndex({
      dimensions: { 'size.icon.md': 20, 'size.icon.lg': 24, 'spacing.4': 16 },
      variables: { 'VariableID:3:1': 'size.icon.md' },
    }),
  );
  const node = buildNode(
    root,
    { parent: undefined, interactive: false },
    {
      lookup,
      props: { byFigmaName: new Map() } as never,
      generated: new Map(),
      dependencies: new Set(),
      depth: 0,
    },
  );
  const content = node?.content;
  const kids = content?.kind === 'children' ? content.children : [];
  return { kids: kids as IrNode[], lookup };
}

describe('icon sizes from tokens', () => {
  it('sizes an icon placed without auto-layout with the size token equal to its width and height', () => {
    const { kids, lookup } = build(screen(icon('1:1', 16, 40, 24)));
    expect(kids[0]?.tag).toBe('svg');
    expect(css(kids[0]!.style)).toMatchObject({
      position: 'absolute',
      left: '16px',
      top: '40px',
      width: 'var(--size-icon-lg)',
      height: 'var(--size-icon-lg)',
    });
    expect(lookup.findings.filter((f) => f.nodeId === '1:1' && f.message.startsWith('size'))).toEqual([]);
  });

  it('keeps a bound size variable as its token on each axis', () => {
    const bound = { boundVariables: { size: { x: { type: 'VARIABLE_ALIAS', id: 'VariableID:3:1' } } } };
    const { kids } = build(screen(icon('1:1', 0, 0, 20, 24, bound)));
    expect(css(kids[0]!.style)).toMatchObject({ width: 'var(--size-icon-md)', height: 'var(--size-icon-lg)' });
  });

  it('leaves a size no token equals raw, as a finding naming the nearest token, instead of moving the icon', () => {
    const { kids, lookup } = build(screen(icon('1:1', 0, 0, 23.5)));
    expect(css(kids[0]!.style)).toMatchObject({ width: '23.5px', height: '23.5px' });
    expect(lookup.findings).toContainEqual({
      nodeId: '1:1',
      kind: 'raw-value',
      message: 'size 23.5px has no token (nearest token size.icon.lg, 0.5 px away)',
    });
  });

  it('sizes the icon by constraint: centred and right-pinned icons take the token too, scaled ones stay a share', () => {
    const centred = icon('1:1', 175, 0, 24, 24, { constraints: { horizontal: 'CENTER', vertical: 'BOTTOM' } });
    const scaled = icon('1:2', 0, 0, 24, 24, { constraints: { horizontal: 'SCALE', vertical: 'TOP' } });
    const { kids } = build(screen(centred, scaled));
    expect(css(kids[0]!.style)).toMatchObject({ width: 'var(--size-icon-lg)', height: 'var(--size-icon-lg)' });
    expect(css(kids[1]!.style)).toMatchObject({ width: '6.4%', height: 'var(--size-icon-lg)' });
  });

  it('leaves other placed layers in px: a box that happens to be 24px is not an icon size', () => {
    const box = { id: '1:3', name: 'Badge', type: 'FRAME', ...at(0, 0, 24, 24), fills: [ink], children: [] };
    const { kids } = build(screen(box));
    expect(css(kids[0]!.style)).toMatchObject({ width: '24px', height: '24px' });
  });
});
