import { normalizePath, translatePath } from './geometry.ts';
import { component, type Library } from './library.ts';
import type { NodeFactory, SNode } from './nodes.ts';

/** 24 x 24 icons drawn as filled outlines (absolute M/L/C only), except Minus, a stroked line with its stroke outline. */
export type IconName = 'Check' | 'Close' | 'Plus' | 'Info' | 'Alert' | 'Chevron down' | 'Minus';

const FILLED: Record<Exclude<IconName, 'Minus'>, string> = {
  Check: 'M9 16.17L4.83 12L3.41 13.41L9 19L21 7L19.59 5.59L9 16.17Z',
  Close: 'M19 6.41L17.59 5L12 10.59L6.41 5L5 6.41L10.59 12L5 17.59L6.41 19L12 13.41L17.59 19L19 17.59L13.41 12L19 6.41Z',
  Plus: 'M19 13L13 13L13 19L11 19L11 13L5 13L5 11L11 11L11 5L13 5L13 11L19 11L19 13Z',
  Info: 'M12 2C6.48 2 2 6.48 2 12C2 17.52 6.48 22 12 22C17.52 22 22 17.52 22 12C22 6.48 17.52 2 12 2ZM13 17L11 17L11 11L13 11L13 17ZM13 9L11 9L11 7L13 7L13 9Z',
  Alert: 'M1 21L23 21L12 2L1 21ZM13 18L11 18L11 16L13 16L13 18ZM13 14L11 14L11 10L13 10L13 14Z',
  'Chevron down': 'M7.41 8.59L12 13.17L16.59 8.59L18 10L12 16L6 10L7.41 8.59Z',
};
const WITH_HOLES = new Set(['Info', 'Alert']);
const MINUS_OUTLINE = 'M5 11L19 11C19.55 11 20 11.45 20 12C20 12.55 19.55 13 19 13L5 13C4.45 13 4 12.55 4 12C4 11.45 4.45 11 5 11Z';

/** The icon components ("Icon/Check", ...), each a 24 x 24 frame holding one vector colored with color/text. */
export function buildIcons(lib: Library, f: NodeFactory, origin: [number, number]): Record<IconName, SNode> {
  const icons = {} as Record<IconName, SNode>;
  const names = [...Object.keys(FILLED), 'Minus'] as IconName[];
  names.forEach((name, i) => {
    let glyph: SNode;
    if (name === 'Minus') {
      // A stroked line: zero height, no fill geometry, the stroke's outline in strokeGeometry.
      glyph = f.vector({ name: 'Vector', w: 14, h: 0, at: [5, 12], stroke: { paint: 'color/text', weight: 2 }, strokeWeight: 2, strokeGeometry: [translatePath(MINUS_OUTLINE, -5, -12)] });
    } else {
      const shape = normalizePath(FILLED[name]);
      glyph = f.vector({ name: 'Vector', w: shape.w, h: shape.h, at: [shape.x, shape.y], fills: ['color/text'], fillGeometry: [shape.path], evenOdd: WITH_HOLES.has(name) });
    }
    icons[name] = component(lib, f, {
      name: `Icon/${name}`, description: `${name} icon, 24 px grid.`, w: 24, h: 24, at: [origin[0] + i * 48, origin[1]], children: [glyph],
    });
  });
  return icons;
}
