/**
 * Masks CSS can express: a group whose bottom layer is an opaque rectangle or ellipse mask clips
 * everything above it to that shape, which is `clip-path: inset(... round r)` or `ellipse(...)`
 * on the group. Any other mask (a vector, a soft or luminance mask, a mask above other layers)
 * is left to the caller, which draws the group as one asset.
 */
import type { CssValue, StyleValue } from './types.ts';
import type { TokenLookup } from './token-lookup.ts';
import { px } from './token-lookup.ts';
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

const kw = (value: string): StyleValue => ({ kind: 'keyword', value });
const list = (items: CssValue[]): CssValue => ({ kind: 'list', separator: ' ', items });
const round = (n: number) => Math.round(n * 100) / 100;

export interface MaskClip {
  /** The mask layer, which draws nothing of its own. */
  maskId: string;
  clipPath: CssValue;
}

/** Whether the mask's shape is drawn fully opaque, so its alpha is a hard edge. */
function opaque(mask: Json): boolean {
  const fills = visiblePaints(mask, 'fills');
  return (
    fills.length > 0 &&
    fills.every(
      (p) =>
        str(p, 'type') === 'SOLID' &&
        (num(p, 'opacity') ?? 1) >= 0.999 &&
        (isObject(p.color) ? (num(p.color, 'a') ?? 1) : 1) >= 0.999,
    ) &&
    (num(mask, 'opacity') ?? 1) >= 0.999
  );
}

function unrotated(node: Json): boolean {
  return Math.abs(num(node, 'rotation') ?? 0) < 1e-4;
}

/** A full ellipse: no arc cut out of it (Figma's arcData covers start/end angles and inner radius). */
function fullEllipse(node: Json): boolean {
  const arc = node.arcData;
  if (!isObject(arc)) return true;
  const sweep = Math.abs((num(arc, 'endingAngle') ?? 2 * Math.PI) - (num(arc, 'startingAngle') ?? 0));
  return (num(arc, 'innerRadius') ?? 0) === 0 && Math.abs(sweep - 2 * Math.PI) < 1e-3;
}

/**
 * The clip-path of a group masked by its bottom layer, relative to the group's box, or undefined
 * when CSS cannot draw that mask.
 */
export function maskClip(group: Json, lookup: TokenLookup): MaskClip | undefined {
  const visible = children(group).filter((c) => !isHidden(c));
  const mask = visible[0];
  if (!mask || mask.isMask !== true || visible.slice(1).some((c) => c.isMask === true)) return undefined;
  const type = nodeType(mask);
  const maskType = str(mask, 'maskType') ?? 'ALPHA';
  if (maskType !== 'ALPHA' && maskType !== 'VECTOR') return undefined;
  // A vector mask clips to the shape's outline; an alpha mask to its alpha, a hard edge only when opaque.
  if ((maskType === 'ALPHA' && !opaque(mask)) || !unrotated(mask) || arr(mask, 'effects').length > 0) return undefined;
  const g = box(group);
  const m = box(mask);
  const id = nodeId(mask);
  if (type === 'ELLIPSE' && fullEllipse(mask)) {
    const at = `at ${px(round(m.x - g.x + m.width / 2))} ${px(round(m.y - g.y + m.height / 2))}`;
    return {
      maskId: id,
      clipPath: {
        kind: 'fn',
        name: 'ellipse',
        args: [list([kw(px(round(m.width / 2))), kw(px(round(m.height / 2))), kw(at)])],
      },
    };
  }
  if (type !== 'RECTANGLE') return undefined;
  const insets = [m.y - g.y, g.x + g.width - (m.x + m.width), g.y + g.height - (m.y + m.height), m.x - g.x].map((n) =>
    kw(px(round(Math.max(0, n)))),
  );
  const corners = arr(mask, 'rectangleCornerRadii').filter((n): n is number => typeof n === 'number');
  const radii = corners.length === 4 && new Set(corners).size > 1 ? corners : [num(mask, 'cornerRadius') ?? 0];
  const round_ = radii.some((r) => r > 0) ? [kw('round'), ...radii.map((r) => lookup.dimension(r, 'radius', id))] : [];
  return { maskId: id, clipPath: { kind: 'fn', name: 'inset', args: [list([...insets, ...round_])] } };
}
