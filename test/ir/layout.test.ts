import { describe, expect, it } from 'vitest';
import { containerStyle, itemStyle } from '../../generator/ir/layout.ts';
import { TokenLookup } from '../../generator/ir/token-lookup.ts';
import { cssValue } from '../../generator/ir/css-value.ts';
import type { IrStyle } from '../../generator/ir/types.ts';
import { fixtureTokenIndex } from './token-index-fixture.ts';

const lookup = () => new TokenLookup(fixtureTokenIndex({ dimensions: { 'spacing.2': 8, 'size.icon': 24 } }));
const css = (style: IrStyle) => Object.fromEntries(Object.entries(style).map(([k, v]) => [k, cssValue(v)]));
const box = (x: number, y: number, width: number, height: number) => ({ absoluteBoundingBox: { x, y, width, height } });

describe('auto-layout to flexbox', () => {
  it('maps direction, gap, padding and alignment, leaving MIN alignment to defaults', () => {
    const frame = {
      id: '1',
      type: 'FRAME',
      layoutMode: 'VERTICAL',
      itemSpacing: 8,
      paddingTop: 4,
      primaryAxisAlignItems: 'MAX',
      counterAxisAlignItems: 'CENTER',
      children: [],
    };
    expect(css(containerStyle(frame, lookup(), true))).toEqual({
      display: 'flex',
      'flex-direction': 'column',
      'justify-content': 'flex-end',
      'align-items': 'center',
      gap: 'var(--spacing-2)',
      'padding-top': '4px',
    });
  });

  it('drops the gap for SPACE_BETWEEN and splits wrap spacing into column and row gaps', () => {
    const frame = {
      id: '1',
      layoutMode: 'HORIZONTAL',
      itemSpacing: 8,
      counterAxisSpacing: 12,
      layoutWrap: 'WRAP',
      primaryAxisAlignItems: 'SPACE_BETWEEN',
    };
    const out = css(containerStyle(frame, lookup(), true));
    expect(out['justify-content']).toBe('space-between');
    expect(out.gap).toBeUndefined();
    expect(out['row-gap']).toBe('12px');
    expect(out['flex-wrap']).toBe('wrap');
  });

  it('sizes children FIXED, HUG and FILL along each axis of the parent', () => {
    const row = { layoutMode: 'HORIZONTAL', ...box(0, 0, 300, 50) };
    const fill = { id: 'a', layoutSizingHorizontal: 'FILL', layoutSizingVertical: 'FIXED', ...box(0, 0, 100, 24) };
    expect(css(itemStyle(fill, row, lookup()))).toEqual({
      flex: '1 1 0',
      'min-width': '0',
      height: 'var(--size-icon)',
    });
    const hug = { id: 'b', layoutSizingHorizontal: 'HUG', layoutSizingVertical: 'FILL', ...box(0, 0, 100, 24) };
    expect(css(itemStyle(hug, row, lookup()))).toEqual({ 'align-self': 'stretch', 'flex-shrink': '0' });
  });

  it('reads legacy layoutGrow and layoutAlign when layoutSizing is absent', () => {
    const column = { layoutMode: 'VERTICAL', ...box(0, 0, 300, 300) };
    const child = { id: 'c', layoutGrow: 1, layoutAlign: 'STRETCH', ...box(0, 0, 300, 100) };
    expect(css(itemStyle(child, column, lookup()))).toEqual({
      flex: '1 1 0',
      'min-height': '0',
      'align-self': 'stretch',
    });
  });

  it('places ABSOLUTE children of auto-layout frames absolutely', () => {
    const row = { layoutMode: 'HORIZONTAL', ...box(0, 0, 300, 50) };
    const badge = {
      id: 'd',
      layoutPositioning: 'ABSOLUTE',
      constraints: { horizontal: 'RIGHT', vertical: 'TOP' },
      ...box(280, -5, 10, 10),
    };
    expect(css(itemStyle(badge, row, lookup()))).toEqual({
      position: 'absolute',
      right: '10px',
      width: '10px',
      top: '-5px',
      height: '10px',
    });
  });
});

describe('frames without auto-layout', () => {
  const parent = box(100, 100, 200, 100);
  it('honours LEFT_RIGHT, CENTER and SCALE constraints', () => {
    const stretch = {
      id: 'e',
      constraints: { horizontal: 'LEFT_RIGHT', vertical: 'CENTER' },
      ...box(110, 140, 180, 20),
    };
    expect(css(itemStyle(stretch, parent, lookup()))).toEqual({
      position: 'absolute',
      left: '10px',
      right: '10px',
      top: 'calc(50% + -10px)',
      height: '20px',
    });
    const scale = { id: 'f', constraints: { horizontal: 'SCALE', vertical: 'BOTTOM' }, ...box(150, 180, 100, 10) };
    expect(css(itemStyle(scale, parent, lookup()))).toEqual({
      position: 'absolute',
      left: '25%',
      width: '50%',
      bottom: '10px',
      height: '10px',
    });
  });

  it('rotates around the centre using the unrotated size', () => {
    const rotated = { id: 'g', rotation: Math.PI / 2, size: { x: 40, y: 10 }, ...box(135, 130, 10, 40) };
    const out = css(itemStyle(rotated, parent, lookup()));
    expect(out).toMatchObject({
      left: '20px',
      top: '45px',
      width: '40px',
      height: '10px',
      transform: 'rotate(-90deg)',
    });
  });
});
