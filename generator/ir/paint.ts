/**
 * Figma paints to CSS values: solid colours through the token index, gradients as CSS gradient
 * functions whose stops are token colours where possible.
 */
import type { Rgba } from '../tokens/token-index.ts';
import type { CssValue, StyleValue } from './types.ts';
import type { TokenLookup } from './token-lookup.ts';
import { aliasId, arr, isObject, num, obj, str, type Json } from '../source/read-json.ts';

const kw = (value: string): StyleValue => ({ kind: 'keyword', value });

export function rgba(value: unknown, opacity = 1): Rgba | undefined {
  if (!isObject(value)) return undefined;
  const r = num(value, 'r');
  const g = num(value, 'g');
  const b = num(value, 'b');
  if (r === undefined || g === undefined || b === undefined) return undefined;
  return { r, g, b, a: (num(value, 'a') ?? 1) * opacity };
}

/** A solid paint's colour as a style value (bound variable -> exact token). */
export function solidColor(paint: Json, lookup: TokenLookup, nodeId: string): StyleValue | undefined {
  const color = rgba(paint.color, num(paint, 'opacity') ?? 1);
  if (!color) return undefined;
  return lookup.color(color, nodeId, aliasId(obj(paint, 'boundVariables')?.color));
}

const pct = (n: number) => `${Math.round(n * 10000) / 100}%`;

function stops(paint: Json, lookup: TokenLookup, nodeId: string): CssValue[] {
  const paintOpacity = num(paint, 'opacity') ?? 1;
  return arr(paint, 'gradientStops')
    .filter(isObject)
    .flatMap((stop) => {
      const color = rgba(stop.color, paintOpacity);
      if (!color) return [];
      const value = lookup.color(color, nodeId, aliasId(obj(stop, 'boundVariables')?.color));
      return [{ kind: 'list', separator: ' ', items: [value, kw(pct(num(stop, 'position') ?? 0))] } as CssValue];
    });
}

function handles(paint: Json): Array<{ x: number; y: number }> {
  return arr(paint, 'gradientHandlePositions')
    .filter(isObject)
    .map((h) => ({ x: num(h, 'x') ?? 0, y: num(h, 'y') ?? 0 }));
}

/** A gradient paint as a CSS gradient; the node size turns handle positions into an angle. */
export function gradient(
  paint: Json,
  size: { width: number; height: number },
  lookup: TokenLookup,
  nodeId: string,
): CssValue | undefined {
  const type = str(paint, 'type');
  const list = stops(paint, lookup, nodeId);
  if (list.length === 0) return undefined;
  const [start = { x: 0, y: 0.5 }, end = { x: 1, y: 0.5 }] = handles(paint);
  const at = kw(`at ${pct(start.x)} ${pct(start.y)}`);
  if (type === 'GRADIENT_LINEAR') {
    const dx = (end.x - start.x) * (size.width || 1);
    const dy = (end.y - start.y) * (size.height || 1);
    const angle = Math.round((((Math.atan2(dx, -dy) * 180) / Math.PI + 360) % 360) * 100) / 100;
    return { kind: 'fn', name: 'linear-gradient', args: [kw(`${angle}deg`), ...list] };
  }
  if (type === 'GRADIENT_ANGULAR') {
    const angle =
      Math.round((((Math.atan2(end.x - start.x, -(end.y - start.y)) * 180) / Math.PI + 360) % 360) * 100) / 100;
    return {
      kind: 'fn',
      name: 'conic-gradient',
      args: [{ kind: 'list', separator: ' ', items: [kw(`from ${angle}deg`), at] }, ...list],
    };
  }
  if (type === 'GRADIENT_DIAMOND') lookup.unsupported(nodeId, 'diamond gradient rendered as a radial gradient');
  return {
    kind: 'fn',
    name: 'radial-gradient',
    args: [{ kind: 'list', separator: ' ', items: [kw('ellipse'), at] }, ...list],
  };
}
