/**
 * Visual styles of a box: fills, strokes, corner radii, effects, opacity and blend mode. Every
 * colour and dimension goes through the token lookup; fill and effect styles map to their tokens.
 */
import type { CssValue, IrStyle, StyleValue } from './types.ts';
import type { TokenLookup } from './token-lookup.ts';
import { gradient, rgba, solidColor } from './paint.ts';
import { compositeSolids, isSeparable } from './composite.ts';
import { nodeSize } from './layout.ts';
import {
  aliasId,
  arr,
  bool,
  boundId,
  isObject,
  num,
  obj,
  str,
  nodeId,
  visiblePaints,
  type Json,
} from '../source/read-json.ts';

const kw = (value: string): StyleValue => ({ kind: 'keyword', value });
const list = (items: CssValue[], separator: ' ' | ', ' = ' '): CssValue => ({ kind: 'list', separator, items });

const BLEND: Record<string, string> = {
  MULTIPLY: 'multiply',
  SCREEN: 'screen',
  OVERLAY: 'overlay',
  DARKEN: 'darken',
  LIGHTEN: 'lighten',
  COLOR_DODGE: 'color-dodge',
  COLOR_BURN: 'color-burn',
  HARD_LIGHT: 'hard-light',
  SOFT_LIGHT: 'soft-light',
  DIFFERENCE: 'difference',
  EXCLUSION: 'exclusion',
  HUE: 'hue',
  SATURATION: 'saturation',
  COLOR: 'color',
  LUMINOSITY: 'luminosity',
  LINEAR_DODGE: 'plus-lighter',
  LINEAR_BURN: 'plus-darker',
};

/** The token of a named style attached to the node (styles: { fill: id, effect: id, text: id }). */
export function styleToken(node: Json, key: string, lookup: TokenLookup) {
  return lookup.style(str(obj(node, 'styles'), key) ?? str(obj(node, 'styles'), `${key}s`));
}

/** A solid paint's colour with its opacity, and its blend mode, as one layer of a stack. */
function solidLayer(paint: Json) {
  const color = rgba(paint.color, num(paint, 'opacity') ?? 1);
  return color ? { paint, color, blendMode: str(paint, 'blendMode') } : undefined;
}

/**
 * Consecutive solid paints composited to one colour, as Figma paints them. A run of one paint
 * keeps its bound variable; a composite goes through the token lookup like any raw colour.
 */
function solidRun(run: Json[], lookup: TokenLookup, id: string): { value?: StyleValue | undefined; alpha: number } {
  const layers = run.map(solidLayer).filter((l) => l !== undefined);
  // A fully transparent paint paints nothing, whatever its blend mode.
  const painted = layers.filter((l) => l.color.a > 0.001);
  if (painted.length === 0) return { alpha: layers.length > 0 ? 0 : 1 };
  if (painted.length === 1) {
    const only = painted[0]!;
    return { value: solidColor(only.paint, lookup, id), alpha: only.color.a };
  }
  const color = compositeSolids(painted);
  if (!color) return { alpha: 1 };
  return { value: lookup.color(color, id), alpha: color.a };
}

/** Splits bottom-up paints into runs of solids the compositor can merge, and single other paints. */
function runs(paints: Json[]): Json[][] {
  const out: Json[][] = [];
  for (const paint of paints) {
    const last = out.at(-1);
    const solid = str(paint, 'type') === 'SOLID' && isSeparable(str(paint, 'blendMode'));
    if (solid && last && str(last[0], 'type') === 'SOLID' && isSeparable(str(last[0], 'blendMode'))) last.push(paint);
    else out.push([paint]);
  }
  return out;
}

/** The result of a node's fills: its style, whether an image fill is among them, text alpha. */
export interface FillResult {
  style: IrStyle;
  image: boolean;
  /** The alpha of the composited text colour (1 when no solid fills), for the invisible-text finding. */
  alpha: number;
}

/**
 * Background layers (or text colour) from the node's fills, bottom to top as Figma paints them:
 * solid over solid composites to one colour; other stacks become CSS background layers in order,
 * each with its own blend mode. Image fills are reported to the caller.
 */
export function fillStyle(node: Json, lookup: TokenLookup, target: 'background' | 'color'): FillResult {
  const id = nodeId(node);
  const style: IrStyle = {};
  const paints = visiblePaints(node, 'fills');
  const image = paints.some((p) => str(p, 'type') === 'IMAGE');
  const solids = paints.filter((p) => str(p, 'type') === 'SOLID');
  const token = styleToken(node, 'fill', lookup);
  if (token && token.type === 'color' && solids.length === paints.length && solids.length > 0) {
    style[target === 'color' ? 'color' : 'background-color'] = lookup.exact(token);
    return { style, image, alpha: 1 };
  }
  if (target === 'color') {
    const { value, alpha } = solidRun(solids, lookup, id);
    if (value) style.color = value;
    else if (paints.some((p) => str(p, 'type')?.startsWith('GRADIENT')))
      lookup.unsupported(id, 'gradient text rendered with no colour');
    if (solids.some((p) => !isSeparable(str(p, 'blendMode'))))
      lookup.unsupported(id, 'text fill blend mode composited as normal');
    return { style, image, alpha };
  }
  const size = nodeSize(node);
  // Figma lists paints bottom-up; CSS background layers top-down, with one colour at the bottom.
  const layers: Array<{ value: CssValue; blend: string }> = [];
  let color: CssValue | undefined;
  runs(paints).forEach((run, i) => {
    const first = run[0]!;
    const type = str(first, 'type') ?? '';
    const blend = BLEND[str(first, 'blendMode') ?? ''] ?? 'normal';
    if (type === 'SOLID') {
      const { value } = solidRun(run, lookup, id);
      if (!value) return;
      if (i === 0) color = value;
      else layers.unshift({ value: { kind: 'fn', name: 'linear-gradient', args: [value, value] }, blend });
    } else if (type.startsWith('GRADIENT')) {
      const value = gradient(first, size, lookup, id);
      if (value) layers.unshift({ value, blend });
    }
  });
  if (color) style['background-color'] = color;
  if (layers.length > 0) {
    style['background-image'] =
      layers.length === 1
        ? layers[0]!.value
        : list(
            layers.map((l) => l.value),
            ', ',
          );
    if (layers.some((l) => l.blend !== 'normal')) {
      const blends = layers.map((l) => kw(l.blend));
      style['background-blend-mode'] = blends.length === 1 ? blends[0]! : list(blends, ', ');
    }
  }
  return { style, image, alpha: 1 };
}

/** A length negated: `calc(-1 * var(--token))`, or the raw value with a minus sign. */
function negate(value: StyleValue): CssValue {
  if (value.kind === 'token') return { kind: 'fn', name: 'calc', args: [list([kw('-1 *'), value])] };
  if (value.value === '0') return value;
  return { ...value, value: `-${value.value}` };
}

/**
 * Strokes. Figma draws inside and centre strokes within the layer without moving its content, so
 * they become an inset ring (`box-shadow: inset 0 0 0 1px`), which takes no room either; a border
 * would grow the box and shift every child by its width. Outside strokes become an outline;
 * dashed ones a border, which only CSS borders can draw.
 */
export function strokeStyle(node: Json, lookup: TokenLookup): IrStyle {
  const id = nodeId(node);
  const style: IrStyle = {};
  const paint = visiblePaints(node, 'strokes').find((p) => str(p, 'type') === 'SOLID');
  if (!paint) return style;
  const token = styleToken(node, 'stroke', lookup);
  const color = token?.type === 'color' ? lookup.exact(token) : solidColor(paint, lookup, id);
  if (!color) return style;
  const dashed = arr(node, 'strokeDashes').length > 0;
  const sides = obj(node, 'individualStrokeWeights');
  const weight = num(node, 'strokeWeight') ?? 1;
  const zero = kw('0');
  if (sides) {
    const rings: CssValue[] = [];
    for (const side of ['top', 'right', 'bottom', 'left'] as const) {
      const w = num(sides, side) ?? 0;
      if (w <= 0) continue;
      const wv = lookup.dimension(
        w,
        'borderWidth',
        id,
        aliasId(obj(obj(node, 'boundVariables'), 'individualStrokeWeights')?.[side]),
      );
      if (dashed) style[`border-${side}`] = list([wv, kw('dashed'), color]);
      else {
        const [x, y] =
          side === 'top'
            ? [zero, wv]
            : side === 'bottom'
              ? [zero, negate(wv)]
              : side === 'left'
                ? [wv, zero]
                : [negate(wv), zero];
        rings.push(list([kw('inset'), x, y, zero, zero, color]));
      }
    }
    if (rings.length > 0) style['box-shadow'] = rings.length === 1 ? rings[0]! : list(rings, ', ');
    return style;
  }
  if (weight <= 0) return style;
  const wv = lookup.dimension(weight, 'borderWidth', id, boundId(node, 'strokeWeight'));
  const size = nodeSize(node);
  if (!dashed && (size.width <= 0.01 || size.height <= 0.01)) {
    // A line has no inside: Figma draws its stroke centred on it, half the weight to each side,
    // which a spread shadow draws without taking room in the layout.
    const half = lookup.dimension(weight / 2, 'borderWidth', id);
    style['box-shadow'] = list([zero, zero, zero, half, color]);
    return style;
  }
  if (str(node, 'strokeAlign') === 'OUTSIDE') style.outline = list([wv, kw(dashed ? 'dashed' : 'solid'), color]);
  else if (dashed) style.border = list([wv, kw('dashed'), color]);
  else style['box-shadow'] = list([kw('inset'), zero, zero, zero, wv, color]);
  return style;
}

/** Corner radii; ellipses are round. */
export function radiusStyle(node: Json, lookup: TokenLookup): IrStyle {
  const id = nodeId(node);
  if (str(node, 'type') === 'ELLIPSE') return { 'border-radius': kw('50%') };
  const corners = arr(node, 'rectangleCornerRadii').filter(
    (n): n is number => typeof n === 'number' && Number.isFinite(n),
  );
  const keys = ['topLeftRadius', 'topRightRadius', 'bottomRightRadius', 'bottomLeftRadius'];
  if (corners.length === 4 && new Set(corners).size > 1) {
    return {
      'border-radius': list(corners.map((r, i) => lookup.dimension(r, 'radius', id, boundId(node, keys[i] ?? '')))),
    };
  }
  const radius = num(node, 'cornerRadius') ?? corners[0] ?? 0;
  if (radius <= 0) return {};
  return { 'border-radius': lookup.dimension(radius, 'radius', id, boundId(node, 'topLeftRadius')) };
}

/** Shadows (box or text), layer blur and background blur. */
export function effectStyle(node: Json, lookup: TokenLookup, text: boolean): IrStyle {
  const id = nodeId(node);
  const style: IrStyle = {};
  const effects = arr(node, 'effects').filter((e): e is Json => isObject(e) && bool(e, 'visible') !== false);
  if (effects.length === 0) return style;
  const shadowProp = text ? 'text-shadow' : 'box-shadow';
  const token = styleToken(node, 'effect', lookup);
  const shadows = effects.filter(
    (e) => str(e, 'type') === 'DROP_SHADOW' || (!text && str(e, 'type') === 'INNER_SHADOW'),
  );
  if (token && token.type === 'shadow' && shadows.length > 0) {
    style[shadowProp] = lookup.exact(token);
  } else if (shadows.length > 0) {
    // Figma lists effects bottom-up; CSS paints the first shadow on top.
    const values = [...shadows].reverse().map((e) => {
      const offset = obj(e, 'offset');
      const bound = obj(e, 'boundVariables');
      const parts: CssValue[] = [];
      if (str(e, 'type') === 'INNER_SHADOW') parts.push(kw('inset'));
      parts.push(lookup.dimension(num(offset, 'x') ?? 0, 'spacing', id, aliasId(bound?.offsetX)));
      parts.push(lookup.dimension(num(offset, 'y') ?? 0, 'spacing', id, aliasId(bound?.offsetY)));
      parts.push(lookup.dimension(num(e, 'radius') ?? 0, 'blur', id, aliasId(bound?.radius)));
      if (!text) parts.push(lookup.dimension(num(e, 'spread') ?? 0, 'spacing', id, aliasId(bound?.spread)));
      const color = rgba(e.color);
      if (color) parts.push(lookup.color(color, id, aliasId(bound?.color)));
      return list(parts);
    });
    style[shadowProp] = values.length === 1 ? values[0]! : list(values, ', ');
  }
  for (const e of effects) {
    const type = str(e, 'type');
    // Figma's blur radius is about twice CSS's standard deviation.
    const blur = () =>
      ({
        kind: 'fn',
        name: 'blur',
        args: [lookup.dimension((num(e, 'radius') ?? 0) / 2, 'blur', id, aliasId(obj(e, 'boundVariables')?.radius))],
      }) as CssValue;
    if (type === 'LAYER_BLUR') style.filter = blur();
    else if (type === 'BACKGROUND_BLUR') style['backdrop-filter'] = blur();
    else if (type === 'INNER_SHADOW' && text) lookup.unsupported(id, 'inner shadow on text is not rendered');
    else if (type !== 'DROP_SHADOW' && type !== 'INNER_SHADOW')
      lookup.unsupported(id, `effect ${type ?? 'unknown'} is not rendered`);
  }
  return style;
}

export function opacityStyle(node: Json, lookup: TokenLookup): IrStyle {
  const style: IrStyle = {};
  const opacity = num(node, 'opacity');
  if (opacity !== undefined && opacity < 0.999) {
    const rounded = Math.round(opacity * 1000) / 1000;
    style.opacity = lookup.scalar('number', rounded, String(rounded), nodeId(node), boundId(node, 'opacity'));
  }
  const blend = BLEND[str(node, 'blendMode') ?? ''];
  if (blend) style['mix-blend-mode'] = kw(blend);
  return style;
}
