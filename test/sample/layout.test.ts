import { describe, expect, it } from 'vitest';
import { layoutTopLevel } from '../../scripts/sample/layout.ts';
import { measureText } from '../../scripts/sample/text-metrics.ts';
import type { SNode } from '../../scripts/sample/nodes.ts';

let seq = 0;
const frame = (fields: Record<string, unknown>, children: SNode[] = []): SNode => ({
  id: `1:${++seq}`,
  name: 'f',
  type: 'FRAME',
  children,
  ...fields,
});
const fixed = (x: number, y: number, extra: Record<string, unknown> = {}) =>
  frame({ layoutSizingHorizontal: 'FIXED', layoutSizingVertical: 'FIXED', size: { x, y }, ...extra });
const at = (n: SNode) => n.absoluteBoundingBox as { x: number; y: number; width: number; height: number };

describe('the sample layout engine', () => {
  it('hugs a horizontal frame to padding + children + gaps and centers children on the counter axis', () => {
    const [a, b] = [fixed(10, 10), fixed(20, 30)];
    const root = frame(
      {
        layoutMode: 'HORIZONTAL',
        layoutSizingHorizontal: 'HUG',
        layoutSizingVertical: 'HUG',
        paddingLeft: 4,
        paddingRight: 6,
        paddingTop: 2,
        paddingBottom: 2,
        itemSpacing: 8,
        counterAxisAlignItems: 'CENTER',
        relativeTransform: [
          [1, 0, 100],
          [0, 1, 50],
        ],
      },
      [a, b],
    );
    layoutTopLevel(root);
    expect(at(root)).toEqual({ x: 100, y: 50, width: 4 + 10 + 8 + 20 + 6, height: 34 });
    expect(at(a)).toEqual({ x: 104, y: 62, width: 10, height: 10 });
    expect(at(b)).toEqual({ x: 122, y: 52, width: 20, height: 30 });
  });

  it('shares the free space of a fixed frame between FILL children and stretches counter-axis FILL', () => {
    const fill = () => frame({ layoutSizingHorizontal: 'FILL', layoutSizingVertical: 'FILL', size: { x: 0, y: 0 } });
    const [a, b, c] = [fill(), fixed(40, 10), fill()];
    const root = frame(
      {
        layoutMode: 'HORIZONTAL',
        layoutSizingHorizontal: 'FIXED',
        layoutSizingVertical: 'FIXED',
        size: { x: 200, y: 60 },
        paddingLeft: 10,
        paddingRight: 10,
        paddingTop: 5,
        paddingBottom: 5,
        itemSpacing: 10,
      },
      [a, b, c],
    );
    layoutTopLevel(root);
    expect(at(a)).toEqual({ x: 10, y: 5, width: 60, height: 50 });
    expect(at(b)).toMatchObject({ x: 80, width: 40 });
    expect(at(c)).toEqual({ x: 130, y: 5, width: 60, height: 50 });
    expect([a.layoutGrow, a.layoutAlign, b.layoutGrow, b.layoutAlign]).toEqual([1, 'STRETCH', 0, 'INHERIT']);
  });

  it('spreads children with SPACE_BETWEEN and pushes them to the end with MAX', () => {
    const kids = [fixed(10, 10), fixed(10, 10), fixed(10, 10)];
    const root = frame(
      {
        layoutMode: 'VERTICAL',
        layoutSizingHorizontal: 'HUG',
        layoutSizingVertical: 'FIXED',
        size: { x: 0, y: 100 },
        primaryAxisAlignItems: 'SPACE_BETWEEN',
      },
      kids,
    );
    layoutTopLevel(root);
    expect(kids.map((k) => at(k).y)).toEqual([0, 45, 90]);
    const end = [fixed(10, 10)];
    const right = frame(
      {
        layoutMode: 'HORIZONTAL',
        layoutSizingHorizontal: 'FIXED',
        layoutSizingVertical: 'HUG',
        size: { x: 100, y: 0 },
        primaryAxisAlignItems: 'MAX',
        paddingRight: 5,
      },
      end,
    );
    layoutTopLevel(right);
    expect(at(end[0]!).x).toBe(85);
  });

  it('leaves hidden children out of the flow', () => {
    const hidden = fixed(50, 50, { visible: false });
    const root = frame(
      { layoutMode: 'HORIZONTAL', layoutSizingHorizontal: 'HUG', layoutSizingVertical: 'HUG', itemSpacing: 10 },
      [hidden, fixed(20, 20)],
    );
    layoutTopLevel(root);
    expect(at(root)).toMatchObject({ width: 20, height: 20 });
    expect(hidden.absoluteRenderBounds).toBeNull();
  });

  it('wraps rows at the fixed width with counterAxisSpacing between rows', () => {
    const kids = [fixed(40, 10), fixed(40, 20), fixed(40, 10)];
    const root = frame(
      {
        layoutMode: 'HORIZONTAL',
        layoutWrap: 'WRAP',
        layoutSizingHorizontal: 'FIXED',
        layoutSizingVertical: 'HUG',
        size: { x: 100, y: 0 },
        itemSpacing: 5,
        counterAxisSpacing: 7,
      },
      kids,
    );
    layoutTopLevel(root);
    expect(kids.map((k) => [at(k).x, at(k).y])).toEqual([
      [0, 0],
      [45, 0],
      [0, 27],
    ]);
    expect(at(root).height).toBe(37);
  });

  it('measures text with Inter advance widths and wraps FILL-width text word by word, growing the hugging parent', () => {
    const style = { fontSize: 10, lineHeightPx: 14, fontWeight: 400 };
    // "x" is 0.54 em and a space 0.28 em in Inter Regular: four 21.6 px words and three spaces fit in 100 px.
    expect(measureText('x'.repeat(40), style)).toEqual({ x: 216, y: 14 });
    const characters = Array.from({ length: 10 }, () => 'xxxx').join(' ');
    const text: SNode = {
      id: '2:1',
      name: 't',
      type: 'TEXT',
      characters,
      style,
      layoutSizingHorizontal: 'FILL',
      layoutSizingVertical: 'HUG',
    };
    const root = frame(
      { layoutMode: 'VERTICAL', layoutSizingHorizontal: 'FIXED', layoutSizingVertical: 'HUG', size: { x: 100, y: 0 } },
      [text],
    );
    layoutTopLevel(root);
    expect(at(text)).toMatchObject({ width: 100, height: 3 * 14 });
    expect(at(root).height).toBe(42);
  });
});
