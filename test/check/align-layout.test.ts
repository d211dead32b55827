import { describe, expect, it } from 'vitest';
import { alignLayout, iou } from '../../generator/check/align-layout.ts';
import type { PageDomNode } from '../../generator/check/page/page-api.ts';
import type { FigmaNode } from '../../generator/source/design.ts';

const frame = (id: string, x: number, y: number, width: number, height: number, children: unknown[] = [], extra = {}) =>
  ({
    id,
    name: id,
    type: 'FRAME',
    absoluteBoundingBox: { x, y, width, height },
    children,
    ...extra,
  }) as unknown as FigmaNode;

const el = (
  path: string,
  x: number,
  y: number,
  width: number,
  height: number,
  children: PageDomNode[] = [],
): PageDomNode => ({
  path,
  text: false,
  box: { x, y, width, height },
  children,
});

// A card placed at (500, 300) on the canvas: a header strip and two text lines stacked.
const card = frame('card', 500, 300, 200, 100, [
  frame('header', 500, 300, 200, 40),
  frame('title', 510, 350, 180, 20),
  frame('hidden', 510, 380, 180, 10, [], { visible: false }),
  frame('body', 510, 374, 180, 16),
]);

describe('alignLayout', () => {
  it('scores 1 when every element sits exactly where its Figma node is, relative to the root', () => {
    const dom = el('div', 0, 0, 200, 100, [
      el('header', 0, 0, 200, 40),
      el('h3', 10, 50, 180, 20),
      el('p', 10, 74, 180, 16),
    ]);
    const result = alignLayout(card, dom);
    expect(result.score).toBe(1);
    expect(result.figmaNodes).toBe(4);
    expect(result.matched).toBe(4);
  });

  it('skips invisible Figma nodes when pairing children by order', () => {
    const dom = el('div', 0, 0, 200, 100, [
      el('header', 0, 0, 200, 40),
      el('h3', 10, 50, 180, 20),
      el('p', 10, 74, 180, 16),
    ]);
    const ids = alignLayout(card, dom).nodes.map((n) => n.figmaId);
    expect(ids).not.toContain('hidden');
    expect(alignLayout(card, dom).nodes.find((n) => n.figmaId === 'body')?.domPath).toBe('p');
  });

  it('scores low when the elements are laid out side by side instead of stacked', () => {
    const dom = el('div', 0, 0, 200, 40, [el('header', 0, 0, 40, 40), el('h3', 48, 0, 30, 40), el('p', 86, 0, 60, 40)]);
    const result = alignLayout(card, dom);
    expect(result.score).toBeLessThan(0.5);
  });

  it('counts Figma nodes without an element as 0, so rendering only the root cannot score high', () => {
    const result = alignLayout(card, el('div', 0, 0, 200, 100));
    expect(result.matched).toBe(1);
    expect(result.matchedMeanIoU).toBe(1);
    expect(result.score).toBe(0.25);
  });

  it('keeps order but leaves a gap when the DOM has an extra element', () => {
    const dom = el('div', 0, 0, 200, 100, [
      el('header', 0, 0, 200, 40),
      el('span.extra', 0, 40, 1, 1),
      el('h3', 10, 50, 180, 20),
      el('p', 10, 74, 180, 16),
    ]);
    const result = alignLayout(card, dom);
    expect(result.nodes.find((n) => n.figmaId === 'title')?.domPath).toBe('h3');
    expect(result.score).toBe(1);
  });

  it('does not throw without a DOM tree and lists every node unmatched', () => {
    const result = alignLayout(card, undefined);
    expect(result.score).toBe(0);
    expect(result.nodes.every((n) => n.domPath === undefined)).toBe(true);
  });
});

describe('iou', () => {
  it('is 1 for the same box, 0 for disjoint boxes and a half-overlap gives 1/3', () => {
    const a = { x: 0, y: 0, width: 10, height: 10 };
    expect(iou(a, a)).toBe(1);
    expect(iou(a, { x: 20, y: 0, width: 10, height: 10 })).toBe(0);
    expect(iou(a, { x: 5, y: 0, width: 10, height: 10 })).toBeCloseTo(1 / 3);
  });
});

describe('alignLayout with shapes', () => {
  it("compares a stroked line by its render bounds, as the browser measures an SVG path's stroke", () => {
    const icon = frame('icon', 0, 0, 24, 24, [
      {
        id: 'line',
        name: 'line',
        type: 'LINE',
        absoluteBoundingBox: { x: 5, y: 12, width: 14, height: 0 },
        absoluteRenderBounds: { x: 4, y: 11, width: 16, height: 2 },
      },
    ]);
    const result = alignLayout(icon, el('svg', 0, 0, 24, 24, [el('path', 4, 11, 16, 2)]));
    expect(result.score).toBe(1);
  });
});

describe('alignLayout with drawings', () => {
  // An illustration group of three vectors that the generator drew as one <img> (a crop of the render).
  const screen = frame('screen', 0, 0, 100, 100, [
    frame('illustration', 10, 10, 50, 50, [
      frame('a', 10, 10, 20, 20),
      frame('b', 30, 30, 20, 20, [frame('b1', 30, 30, 5, 5)]),
    ]),
    frame('caption', 10, 70, 80, 20),
  ]);
  const drawn = (path: string, x: number, y: number, width: number, height: number): PageDomNode => ({
    ...el(path, x, y, width, height),
    drawn: true,
  });

  it('does not score the descendants of a node drawn as one image, on either side', () => {
    const dom = el('div', 0, 0, 100, 100, [drawn('img', 10, 10, 50, 50), el('p', 10, 70, 80, 20)]);
    const result = alignLayout(screen, dom);
    expect(result.nodes.map((n) => n.figmaId)).toEqual(['screen', 'illustration', 'caption']);
    expect(result.matched).toBe(3);
    expect(result.score).toBe(1);
  });

  it('still scores the descendants when the same element is a box of its own (not a drawing)', () => {
    const dom = el('div', 0, 0, 100, 100, [el('div', 10, 10, 50, 50), el('p', 10, 70, 80, 20)]);
    const result = alignLayout(screen, dom);
    expect(result.figmaNodes).toBe(6);
    expect(result.matched).toBe(3);
  });

  it('scores a misplaced drawing by its own box', () => {
    const dom = el('div', 0, 0, 100, 100, [drawn('img', 60, 60, 50, 50), el('p', 10, 70, 80, 20)]);
    const node = alignLayout(screen, dom).nodes.find((n) => n.figmaId === 'illustration');
    expect(node?.iou).toBeCloseTo(0);
  });
});
