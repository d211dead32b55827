/**
 * Vectors to SVG: fillGeometry / strokeGeometry paths (files fetched with geometry=paths), each
 * placed by its layer's offset inside the icon, coloured through the token lookup.
 */
import type { IrContent, IrSvgPath } from './types.ts';
import type { TokenLookup } from './token-lookup.ts';
import { solidColor } from './paint.ts';
import {
  arr,
  box,
  children,
  isHidden,
  isObject,
  nodeId,
  nodeType,
  num,
  str,
  visiblePaints,
  type Json,
} from '../source/read-json.ts';

/** Path data is emitted into an attribute: allow only SVG path grammar. */
const SAFE_PATH = /^[MmLlHhVvCcSsQqTtAaZz0-9eE.,+\-\s]*$/;

/**
 * Whether a shape without geometry is drawn right as its own box: a line (no thickness) or a
 * vector flattened from a rectangle, which keeps its corner radii. Any other outline (a blob, a
 * triangle, a star) is unknown: its render bounds touching its box says nothing of its shape.
 */
export function isBoxLike(node: Json): boolean {
  const b = box(node);
  return (
    nodeType(node) === 'LINE' || b.width <= 0.01 || b.height <= 0.01 || arr(node, 'rectangleCornerRadii').length === 4
  );
}

function pathsOf(node: Json, origin: { x: number; y: number }, lookup: TokenLookup, out: IrSvgPath[]): void {
  if (isHidden(node) || node.isMask === true) return;
  const b = box(node);
  const dx = Math.round((b.x - origin.x) * 100) / 100;
  const dy = Math.round((b.y - origin.y) * 100) / 100;
  const transform = dx !== 0 || dy !== 0 ? `translate(${dx} ${dy})` : undefined;
  const id = nodeId(node);
  const geometry = (key: 'fillGeometry' | 'strokeGeometry') =>
    arr(node, key)
      .filter(isObject)
      .map((g) => ({
        d: str(g, 'path') ?? '',
        fillRule: str(g, 'windingRule') === 'EVENODD' ? ('evenodd' as const) : ('nonzero' as const),
      }))
      .filter((g) => g.d.length > 0 && SAFE_PATH.test(g.d));
  const fill = visiblePaints(node, 'fills').find((p) => str(p, 'type') === 'SOLID');
  const stroke = visiblePaints(node, 'strokes').find((p) => str(p, 'type') === 'SOLID');
  const fillValue = fill ? solidColor(fill, lookup, id) : undefined;
  const strokeValue = stroke ? solidColor(stroke, lookup, id) : undefined;
  if (fillValue)
    for (const g of geometry('fillGeometry')) out.push({ ...g, fill: fillValue, ...(transform ? { transform } : {}) });
  // strokeGeometry is the stroke's outline, so it is filled with the stroke colour.
  if (strokeValue && (num(node, 'strokeWeight') ?? 1) > 0)
    for (const g of geometry('strokeGeometry'))
      out.push({ ...g, fill: strokeValue, ...(transform ? { transform } : {}) });
  // Boolean operations carry the combined geometry themselves; their operands are not drawn.
  if (nodeType(node) !== 'BOOLEAN_OPERATION') for (const child of children(node)) pathsOf(child, origin, lookup, out);
}

/** An svg for a vector layer or a vector-only subtree, or undefined when no geometry was fetched. */
export function svgContent(node: Json, lookup: TokenLookup): IrContent | undefined {
  const b = box(node);
  const paths: IrSvgPath[] = [];
  pathsOf(node, { x: b.x, y: b.y }, lookup, paths);
  // Without geometry (a file fetched without geometry=paths) the caller falls back to an asset.
  if (paths.length === 0) return undefined;
  const w = Math.round(b.width * 100) / 100 || 1;
  const h = Math.round(b.height * 100) / 100 || 1;
  return { kind: 'svg', viewBox: `0 0 ${w} ${h}`, width: w, height: h, paths };
}
