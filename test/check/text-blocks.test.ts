import { describe, expect, it } from 'vitest';
import type { PageDomNode } from '../../generator/check/page/page-api.ts';
import { cssColor, domTextBlocks, figmaTextBlocks } from '../../generator/check/text-blocks.ts';
import type { FigmaNode } from '../../generator/source/design.ts';

const solid = (r: number, g: number, b: number, extra = {}) => ({ type: 'SOLID', color: { r, g, b, a: 1 }, ...extra });
const text = (id: string, characters: string, x: number, y: number, fills: unknown[], extra = {}) => ({
  id,
  name: id,
  type: 'TEXT',
  characters,
  fills,
  absoluteBoundingBox: { x, y, width: 200, height: 30 },
  absoluteRenderBounds: { x: x + 2, y: y + 5, width: 120, height: 18 },
  ...extra,
});
const screen = (children: unknown[]) =>
  ({
    id: '1:1',
    name: 'Screen',
    type: 'FRAME',
    absoluteBoundingBox: { x: 1000, y: 500, width: 375, height: 812 },
    children,
  }) as unknown as FigmaNode;

describe('figmaTextBlocks', () => {
  it('takes visible TEXT nodes with their glyph bounds relative to the screen and whitespace folded', () => {
    const blocks = figmaTextBlocks(screen([text('2:1', 'Good\n  morning', 1010, 520, [solid(1, 0, 0)])]));
    expect(blocks).toEqual([
      { text: 'Good morning', box: { x: 12, y: 25, width: 120, height: 18 }, color: { r: 1, g: 0, b: 0, a: 1 } },
    ]);
  });

  it('composites stacked fills and multiplies the opacity of the node and its ancestors', () => {
    const dark = solid(0, 0, 0);
    const clearWhite = solid(1, 1, 1, { opacity: 0 });
    const group = {
      id: '3:1',
      name: 'g',
      type: 'GROUP',
      opacity: 0.5,
      children: [text('2:1', 'Hi', 1010, 520, [dark, clearWhite])],
    };
    expect(figmaTextBlocks(screen([group]))[0]!.color).toEqual({ r: 0, g: 0, b: 0, a: 0.5 });
  });

  it('leaves out hidden, empty, unpainted and off-screen text', () => {
    const blocks = figmaTextBlocks(
      screen([
        text('2:1', 'Hidden', 1010, 520, [solid(0, 0, 0)], { visible: false }),
        text('2:2', '   ', 1010, 560, [solid(0, 0, 0)]),
        text('2:3', 'No fill', 1010, 600, []),
        text('2:4', 'Above the screen', 1010, 300, [solid(0, 0, 0)]),
        text('2:5', 'Kept', 1010, 640, [solid(0, 0, 0)]),
      ]),
    );
    expect(blocks.map((b) => b.text)).toEqual(['Kept']);
  });
});

describe('cssColor', () => {
  it('reads computed colours with their alpha and the element opacity', () => {
    expect(cssColor('rgb(255, 0, 0)')).toEqual({ r: 1, g: 0, b: 0, a: 1 });
    expect(cssColor('rgba(0, 0, 255, 0.5)', 0.5)).toEqual({ r: 0, g: 0, b: 1, a: 0.25 });
    expect(cssColor('not a colour').a).toBe(0);
  });
});

describe('domTextBlocks', () => {
  const textNode = (path: string, content: string, x: number, y: number, color = 'rgb(0, 0, 0)'): PageDomNode => ({
    path,
    text: true,
    box: { x, y, width: 50, height: 20 },
    children: [],
    content,
    color,
    opacity: 1,
  });
  const el = (path: string, children: PageDomNode[]): PageDomNode => ({
    path,
    text: false,
    box: { x: 0, y: 0, width: 375, height: 812 },
    children,
  });
  const onPage = { width: 375, height: 812 };

  it("joins one element's text nodes into one block boxed by their union", () => {
    const dom = el('div', [
      el('div > p', [textNode('div > p > #text', 'Good', 10, 10), textNode('div > p > #text', 'morning', 10, 30)]),
    ]);
    expect(domTextBlocks(dom, onPage)).toEqual([
      { text: 'Good morning', box: { x: 10, y: 10, width: 50, height: 40 }, color: { r: 0, g: 0, b: 0, a: 1 } },
    ]);
  });

  it('keeps the text of separate elements apart and drops transparent and off-page text', () => {
    const dom = el('div', [
      el('div > p:nth-child(1)', [textNode('div > p:nth-child(1) > #text', 'One', 0, 0)]),
      el('div > p:nth-child(2)', [textNode('div > p:nth-child(2) > #text', 'Two', 0, 40)]),
      el('div > p:nth-child(3)', [textNode('div > p:nth-child(3) > #text', 'Clear', 0, 80, 'rgba(0, 0, 0, 0)')]),
      el('div > p:nth-child(4)', [textNode('div > p:nth-child(4) > #text', 'Below', 0, 900)]),
    ]);
    expect(domTextBlocks(dom, onPage).map((b) => b.text)).toEqual(['One', 'Two']);
    expect(domTextBlocks(undefined, onPage)).toEqual([]);
  });
});
