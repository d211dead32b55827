/**
 * Figma layout to CSS: auto-layout frames become flexbox containers, their children flex items
 * sized by FIXED / HUG / FILL; frames without auto-layout position their children absolutely,
 * honouring each child's constraints. Rotation becomes a transform around the centre.
 */
import type { CssValue, IrStyle } from './types.ts';
import type { TokenLookup } from './token-lookup.ts';
import { px } from './token-lookup.ts';
import { boundId, box, children, isHidden, num, obj, str, nodeId, type Json } from '../source/read-json.ts';

const kw = (value: string) => ({ kind: 'keyword', value }) as const;

const JUSTIFY: Record<string, string> = {
  MIN: 'flex-start',
  CENTER: 'center',
  MAX: 'flex-end',
  SPACE_BETWEEN: 'space-between',
};
const ALIGN: Record<string, string> = { MIN: 'flex-start', CENTER: 'center', MAX: 'flex-end', BASELINE: 'baseline' };

export function isAutoLayout(node: Json | undefined): boolean {
  const mode = str(node, 'layoutMode');
  return mode === 'HORIZONTAL' || mode === 'VERTICAL';
}

/** The node's own size: `size` is unrotated; the bounding box grows with rotation. */
export function nodeSize(node: Json): { width: number; height: number } {
  const size = obj(node, 'size');
  const w = num(size, 'x');
  const h = num(size, 'y');
  if (w !== undefined && h !== undefined) return { width: Math.max(0, w), height: Math.max(0, h) };
  const b = box(node);
  return { width: b.width, height: b.height };
}

/** How the node sizes along each axis: FIXED, HUG or FILL, from modern or legacy fields. */
export function sizing(node: Json, parent: Json | undefined): { h: string; v: string } {
  let h = str(node, 'layoutSizingHorizontal');
  let v = str(node, 'layoutSizingVertical');
  const mode = str(node, 'layoutMode');
  const parentMode = str(parent, 'layoutMode');
  if (h === undefined || v === undefined) {
    // Legacy files: derive from the frame's own sizing modes and its layoutGrow/layoutAlign in the parent.
    const primaryHug = str(node, 'primaryAxisSizingMode') === 'AUTO';
    const counterHug = str(node, 'counterAxisSizingMode') === 'AUTO';
    let lh =
      mode === 'HORIZONTAL'
        ? primaryHug
          ? 'HUG'
          : 'FIXED'
        : mode === 'VERTICAL'
          ? counterHug
            ? 'HUG'
            : 'FIXED'
          : 'FIXED';
    let lv =
      mode === 'VERTICAL'
        ? primaryHug
          ? 'HUG'
          : 'FIXED'
        : mode === 'HORIZONTAL'
          ? counterHug
            ? 'HUG'
            : 'FIXED'
          : 'FIXED';
    if (str(node, 'type') === 'TEXT') {
      const resize = str(obj(node, 'style'), 'textAutoResize');
      if (resize === 'WIDTH_AND_HEIGHT') [lh, lv] = ['HUG', 'HUG'];
      else if (resize === 'HEIGHT') lv = 'HUG';
    }
    const grow = num(node, 'layoutGrow') === 1;
    const stretch = str(node, 'layoutAlign') === 'STRETCH';
    if (parentMode === 'HORIZONTAL') {
      if (grow) lh = 'FILL';
      if (stretch) lv = 'FILL';
    } else if (parentMode === 'VERTICAL') {
      if (grow) lv = 'FILL';
      if (stretch) lh = 'FILL';
    }
    h ??= lh;
    v ??= lv;
  }
  return { h, v };
}

/** Container styles: flexbox for auto-layout, a positioning context otherwise, clipping. */
export function containerStyle(node: Json, lookup: TokenLookup, hasChildren: boolean): IrStyle {
  const style: IrStyle = {};
  const id = nodeId(node);
  const mode = str(node, 'layoutMode');
  if (mode === 'HORIZONTAL' || mode === 'VERTICAL') {
    style.display = kw('flex');
    style['flex-direction'] = kw(mode === 'HORIZONTAL' ? 'row' : 'column');
    const wrap = str(node, 'layoutWrap') === 'WRAP';
    if (wrap) style['flex-wrap'] = kw('wrap');
    const primary = str(node, 'primaryAxisAlignItems') ?? 'MIN';
    const counter = str(node, 'counterAxisAlignItems') ?? 'MIN';
    if (primary !== 'MIN') style['justify-content'] = kw(JUSTIFY[primary] ?? 'flex-start');
    if (counter !== 'MIN') style['align-items'] = kw(ALIGN[counter] ?? 'flex-start');
    else style['align-items'] = kw('flex-start');
    const spacing = num(node, 'itemSpacing') ?? 0;
    if (spacing !== 0 && primary !== 'SPACE_BETWEEN') {
      const gap = lookup.dimension(spacing, 'spacing', id, boundId(node, 'itemSpacing'));
      if (wrap) style[mode === 'HORIZONTAL' ? 'column-gap' : 'row-gap'] = gap;
      else style.gap = gap;
    }
    if (wrap) {
      const counterSpacing = num(node, 'counterAxisSpacing') ?? 0;
      if (counterSpacing !== 0) {
        style[mode === 'HORIZONTAL' ? 'row-gap' : 'column-gap'] = lookup.dimension(
          counterSpacing,
          'spacing',
          id,
          boundId(node, 'counterAxisSpacing'),
        );
      }
      if (str(node, 'counterAxisAlignContent') === 'SPACE_BETWEEN') style['align-content'] = kw('space-between');
    }
    const sides = ['Top', 'Right', 'Bottom', 'Left'] as const;
    const pads = sides.map((s) => num(node, `padding${s}`) ?? 0);
    if (pads.some((p) => p !== 0)) {
      sides.forEach((side, i) => {
        const value = pads[i] ?? 0;
        if (value !== 0)
          style[`padding-${side.toLowerCase()}`] = lookup.dimension(
            value,
            'spacing',
            id,
            boundId(node, `padding${side}`),
          );
      });
    }
  } else if (hasChildren) {
    style.position = kw('relative');
  }
  if (node.clipsContent === true) style.overflow = kw('hidden');
  return style;
}

type SizeValue = IrStyle[string];

/** The id of the variable bound to the node's width (x) or height (y), if any. */
function sizeVariable(node: Json, axis: 'x' | 'y'): string | undefined {
  const variable = (obj(node, 'boundVariables')?.size as Json | undefined)?.[axis];
  return typeof variable === 'object' && variable ? ((variable as Json).id as string) : undefined;
}

function sizeValue(node: Json, axis: 'x' | 'y', value: number, lookup: TokenLookup): IrStyle[string] {
  return lookup.dimension(value, 'size', nodeId(node), sizeVariable(node, axis));
}

function minMax(node: Json, lookup: TokenLookup, style: IrStyle): void {
  for (const [key, css] of [
    ['minWidth', 'min-width'],
    ['maxWidth', 'max-width'],
    ['minHeight', 'min-height'],
    ['maxHeight', 'max-height'],
  ] as const) {
    const value = num(node, key);
    if (value !== undefined && value > 0 && value < 1e6)
      style[css] = lookup.dimension(value, 'size', nodeId(node), boundId(node, key));
  }
}

/**
 * The flex-basis of the FILL children of an auto-layout frame. Figma gives each the same share of
 * the frame, padding included; CSS grows each from its padding, so a padded child would end wider
 * by its padding. Starting every one from the largest padding among them (border-box) makes the
 * shares equal again; `0` when none is padded.
 */
function fillBasis(parent: Json, axis: 'x' | 'y'): string {
  const [start, end] =
    axis === 'x' ? (['paddingLeft', 'paddingRight'] as const) : (['paddingTop', 'paddingBottom'] as const);
  let largest = 0;
  for (const child of children(parent)) {
    const fill = sizing(child, parent)[axis === 'x' ? 'h' : 'v'] === 'FILL';
    if (isHidden(child) || !fill || !isAutoLayout(child)) continue;
    largest = Math.max(largest, (num(child, start) ?? 0) + (num(child, end) ?? 0));
  }
  return largest > 0 ? px(Math.round(largest * 100) / 100) : '0';
}

export interface ItemStyleOptions {
  /**
   * A drawing (icon, image) placed without auto-layout takes its width and height from the size
   * token equal to them, as it does inside auto-layout; other placed layers keep their px boxes.
   */
  sizeTokens?: boolean;
}

/**
 * The node's size and place in its parent. `parent` undefined means the component root, whose
 * FILL axes stretch to the consumer's container.
 */
export function itemStyle(
  node: Json,
  parent: Json | undefined,
  lookup: TokenLookup,
  options: ItemStyleOptions = {},
): IrStyle {
  const style: IrStyle = {};
  const { width, height } = nodeSize(node);
  const { h, v } = sizing(node, parent);
  const absolute = parent !== undefined && (!isAutoLayout(parent) || str(node, 'layoutPositioning') === 'ABSOLUTE');
  const parentMode = str(parent, 'layoutMode');
  const rotation = num(node, 'rotation') ?? 0;
  const rotated = Math.abs(rotation) > 1e-4;

  if (absolute && parent) {
    const size = (axis: 'x' | 'y', value: number): SizeValue =>
      options.sizeTokens ? lookup.exactDimension(value, 'size', nodeId(node), sizeVariable(node, axis)) : kw(px(value));
    Object.assign(style, positioned(node, parent, width, height, rotated, size));
  } else {
    const fillH = h === 'FILL';
    const fillV = v === 'FILL';
    if (parent === undefined) {
      if (fillH) style.width = kw('100%');
      if (fillV) style.height = kw('100%');
    } else if (parentMode === 'HORIZONTAL') {
      if (fillH) {
        style.flex = kw(`1 1 ${fillBasis(parent, 'x')}`);
        style['min-width'] = kw('0');
      }
      if (fillV) style['align-self'] = kw('stretch');
      if (!fillH) style['flex-shrink'] = kw('0');
    } else if (parentMode === 'VERTICAL') {
      if (fillV) {
        style.flex = kw(`1 1 ${fillBasis(parent, 'y')}`);
        style['min-height'] = kw('0');
      }
      if (fillH) style['align-self'] = kw('stretch');
      if (!fillV) style['flex-shrink'] = kw('0');
    }
    if (h === 'FIXED') style.width = sizeValue(node, 'x', width, lookup);
    if (v === 'FIXED') style.height = sizeValue(node, 'y', height, lookup);
  }
  minMax(node, lookup, style);
  if (rotated) {
    const deg = Math.round(((-rotation * 180) / Math.PI) * 100) / 100;
    if (deg !== 0) style.transform = { kind: 'fn', name: 'rotate', args: [kw(`${deg}deg`)] };
  }
  return style;
}

/** Absolute placement in a frame without auto-layout, following the node's constraints. */
function positioned(
  node: Json,
  parent: Json,
  width: number,
  height: number,
  rotated: boolean,
  size: (axis: 'x' | 'y', value: number) => SizeValue,
): IrStyle {
  const style: IrStyle = { position: kw('absolute') };
  const b = box(node);
  const p = box(parent);
  // A rotated node's bounding box is larger than the node; its centre is where the node's centre is.
  const left = rotated ? b.x + b.width / 2 - width / 2 - p.x : b.x - p.x;
  const top = rotated ? b.y + b.height / 2 - height / 2 - p.y : b.y - p.y;
  const right = p.width - left - width;
  const bottom = p.height - top - height;
  const constraints = obj(node, 'constraints');
  const horizontal = str(constraints, 'horizontal') ?? 'LEFT';
  const vertical = str(constraints, 'vertical') ?? 'TOP';
  const pct = (n: number, of: number) => kw(of > 0 ? `${Math.round((n / of) * 10000) / 100}%` : '0');
  const centered = (offset: number, size: number) => kw(`calc(50% + ${px(offset - size / 2).replace(/^0$/, '0px')})`);

  const place = { pct, centered, size: (value: number) => size('x', value) };
  placeOnAxis(style, horizontal, HORIZONTAL, { start: left, size: width, end: right, parent: p.width }, place);
  placeOnAxis(
    style,
    vertical,
    VERTICAL,
    { start: top, size: height, end: bottom, parent: p.height },
    {
      ...place,
      size: (value) => size('y', value),
    },
  );
  return style;
}

/** The CSS properties of one axis: horizontal uses left/right/width, vertical top/bottom/height. */
const HORIZONTAL = {
  start: 'left',
  end: 'right',
  size: 'width',
  from: 'LEFT',
  to: 'RIGHT',
  both: 'LEFT_RIGHT',
} as const;
const VERTICAL = {
  start: 'top',
  end: 'bottom',
  size: 'height',
  from: 'TOP',
  to: 'BOTTOM',
  both: 'TOP_BOTTOM',
} as const;

/** Places a child along one axis by its Figma constraint (the same rule for both axes). */
function placeOnAxis(
  style: IrStyle,
  constraint: string,
  axis: typeof HORIZONTAL | typeof VERTICAL,
  box: { start: number; size: number; end: number; parent: number },
  place: {
    pct: (n: number, of: number) => CssValue;
    centered: (offset: number, size: number) => CssValue;
    /** The CSS value of the layer's size on this axis. */
    size: (value: number) => SizeValue;
  },
): void {
  const { pct, centered } = place;
  switch (constraint) {
    case axis.to:
      style[axis.end] = kw(px(box.end));
      style[axis.size] = place.size(box.size);
      break;
    case axis.both:
      style[axis.start] = kw(px(box.start));
      style[axis.end] = kw(px(box.end));
      break;
    case 'CENTER':
      style[axis.start] = centered(box.start + box.size / 2 - box.parent / 2, box.size);
      style[axis.size] = place.size(box.size);
      break;
    case 'SCALE':
      style[axis.start] = pct(box.start, box.parent);
      style[axis.size] = pct(box.size, box.parent);
      break;
    default:
      style[axis.start] = kw(px(box.start));
      style[axis.size] = place.size(box.size);
  }
}
