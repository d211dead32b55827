import type { Effect, Rectangle, TypeStyle } from '@figma/rest-api-spec';
import { ellipsePath, rectPath } from './geometry.ts';
import { round2 } from './ids.ts';
import { measureText } from './text-metrics.ts';
import type { SNode } from './nodes.ts';

/**
 * A small auto-layout engine: sizes every node from Figma's own layout fields (layoutMode, paddings,
 * itemSpacing, alignment, layoutSizing HUG/FIXED/FILL, wrap) and writes the geometry Figma returns with
 * geometry=paths: size, relativeTransform, absoluteBoundingBox, absoluteRenderBounds, fill/stroke paths.
 */

type Axis = 'x' | 'y';
type Vec = Record<Axis, number>;
type Forced = Partial<Vec>;

const other = (axis: Axis): Axis => (axis === 'x' ? 'y' : 'x');
const num = (v: unknown) => (typeof v === 'number' ? v : 0);
const sizingOf = (node: SNode, axis: Axis) =>
  ((axis === 'x' ? node.layoutSizingHorizontal : node.layoutSizingVertical) as string | undefined) ?? 'FIXED';
const sizeOf = (node: SNode) => (node.size as Vec | undefined) ?? { x: 0, y: 0 };
const isFlow = (node: SNode) => node.visible !== false && node.layoutPositioning !== 'ABSOLUTE';

function setOffset(node: SNode, x: number, y: number) {
  node.relativeTransform = [[1, 0, round2(x)], [0, 1, round2(y)]];
}
function offsetOf(node: SNode): Vec {
  const t = node.relativeTransform as number[][] | undefined;
  return { x: t?.[0]?.[2] ?? 0, y: t?.[1]?.[2] ?? 0 };
}

/** Sizes `node` (a forced size wins, from a FILL in the parent) and positions its children relative to it. */
function fit(node: SNode, forced: Forced): Vec {
  let size: Vec;
  if (node.type === 'TEXT') {
    const fixedW = forced.x ?? (sizingOf(node, 'x') === 'FIXED' ? sizeOf(node).x : undefined);
    size = measureText(String(node.characters), node.style as TypeStyle, fixedW);
    if (forced.y !== undefined) size.y = forced.y;
  } else if (node.layoutMode === 'HORIZONTAL' || node.layoutMode === 'VERTICAL') {
    size = fitAutoLayout(node, forced);
  } else {
    size = { x: forced.x ?? sizeOf(node).x, y: forced.y ?? sizeOf(node).y };
    for (const child of node.children ?? []) {
      fit(child, {});
      child.layoutAlign = 'INHERIT';
      child.layoutGrow = 0;
    }
  }
  node.size = { x: round2(size.x), y: round2(size.y) };
  return size;
}

function fitAutoLayout(node: SNode, forced: Forced): Vec {
  const P: Axis = node.layoutMode === 'HORIZONTAL' ? 'x' : 'y';
  const C = other(P);
  const pad: Record<Axis, [number, number]> = {
    x: [num(node.paddingLeft), num(node.paddingRight)],
    y: [num(node.paddingTop), num(node.paddingBottom)],
  };
  const own: Forced = {};
  for (const axis of ['x', 'y'] as const) {
    const v = forced[axis] ?? (sizingOf(node, axis) === 'FIXED' ? sizeOf(node)[axis] : undefined);
    if (v !== undefined) own[axis] = v;
  }
  const inner = (axis: Axis) => (own[axis] === undefined ? undefined : own[axis] - pad[axis][0] - pad[axis][1]);
  const children = node.children ?? [];
  for (const child of children.filter((c) => !isFlow(c))) fit(child, {});
  const flow = children.filter(isFlow);
  if (node.layoutWrap === 'WRAP') return fitWrapped(node, flow, own, pad);

  const gap = num(node.itemSpacing);
  const gaps = gap * Math.max(0, flow.length - 1);
  const mainFill = (c: SNode) => sizingOf(c, P) === 'FILL';
  const crossFill = (c: SNode) => sizingOf(c, C) === 'FILL';
  const sizes = new Map<SNode, Vec>();
  const fitChild = (c: SNode, main: number | undefined) => {
    const f: Forced = {};
    if (main !== undefined) f[P] = main;
    const cross = inner(C);
    if (crossFill(c) && cross !== undefined) f[C] = cross;
    sizes.set(c, fit(c, f));
  };
  for (const c of flow.filter((c) => !mainFill(c))) fitChild(c, undefined);
  const fixedSum = [...sizes.values()].reduce((s, v) => s + v[P], 0);
  const fills = flow.filter(mainFill);
  const innerP = inner(P);
  const share = fills.length && innerP !== undefined ? (innerP - fixedSum - gaps) / fills.length : undefined;
  for (const c of fills) fitChild(c, share);
  if (own[C] === undefined) {
    own[C] = pad[C][0] + pad[C][1] + Math.max(0, ...flow.map((c) => sizes.get(c)?.[C] ?? 0));
    // FILL on the counter axis of a hugging parent stretches to the tallest (widest) sibling.
    for (const c of flow.filter(crossFill)) fitChild(c, mainFill(c) ? share : undefined);
  }
  const total = flow.reduce((s, c) => s + (sizes.get(c)?.[P] ?? 0), 0);
  if (own[P] === undefined) own[P] = pad[P][0] + pad[P][1] + total + gaps;

  const free = (inner(P) ?? 0) - total - gaps;
  const align = node.primaryAxisAlignItems ?? 'MIN';
  let cursor = pad[P][0] + (align === 'CENTER' ? free / 2 : align === 'MAX' ? free : 0);
  const spacing = align === 'SPACE_BETWEEN' && flow.length > 1 ? gap + free / (flow.length - 1) : gap;
  for (const c of flow) {
    const s = sizes.get(c) ?? sizeOf(c);
    const room = (inner(C) ?? 0) - s[C];
    const cross = pad[C][0] + (node.counterAxisAlignItems === 'CENTER' ? room / 2 : node.counterAxisAlignItems === 'MAX' ? room : 0);
    if (P === 'x') setOffset(c, cursor, cross);
    else setOffset(c, cross, cursor);
    cursor += s[P] + spacing;
  }
  for (const c of children) {
    c.layoutAlign = isFlow(c) && crossFill(c) ? 'STRETCH' : 'INHERIT';
    c.layoutGrow = isFlow(c) && mainFill(c) ? 1 : 0;
  }
  return { x: own.x ?? 0, y: own.y ?? 0 };
}

/** Horizontal wrap (component sets): rows break at the fixed width; rows are counterAxisSpacing apart. */
function fitWrapped(node: SNode, flow: SNode[], own: Forced, pad: Record<Axis, [number, number]>): Vec {
  const gap = num(node.itemSpacing);
  const rowGap = num(node.counterAxisSpacing);
  const width = own.x ?? Infinity;
  const limit = width - pad.x[1];
  let [x, y, rowHeight] = [pad.x[0], pad.y[0], 0];
  for (const c of flow) {
    const s = fit(c, {});
    if (x > pad.x[0] && x + s.x > limit) [x, y, rowHeight] = [pad.x[0], y + rowHeight + rowGap, 0];
    setOffset(c, x, y);
    x += s.x + gap;
    rowHeight = Math.max(rowHeight, s.y);
    c.layoutAlign = 'INHERIT';
    c.layoutGrow = 0;
  }
  return { x: own.x ?? x - gap + pad.x[1], y: own.y ?? y + rowHeight + pad.y[1] };
}

function renderBounds(node: SNode, box: Rectangle): Rectangle {
  if (node.type === 'TEXT') {
    const style = node.style as TypeStyle;
    const leading = Math.max(0, (style.lineHeightPx ?? 0) - (style.fontSize ?? 0)) / 2;
    return { x: box.x, y: round2(box.y + leading), width: box.width, height: round2(box.height - 2 * leading) };
  }
  let [x0, y0, x1, y1] = [box.x, box.y, box.x + box.width, box.y + box.height];
  const strokes = (node.strokes as unknown[] | undefined) ?? [];
  const outset = !strokes.length ? 0 : node.strokeAlign === 'OUTSIDE' ? num(node.strokeWeight) : node.strokeAlign === 'CENTER' ? num(node.strokeWeight) / 2 : 0;
  [x0, y0, x1, y1] = [x0 - outset, y0 - outset, x1 + outset, y1 + outset];
  for (const e of (node.effects as Effect[] | undefined) ?? []) {
    if (e.type !== 'DROP_SHADOW' || !e.visible) continue;
    const grow = e.radius + (e.spread ?? 0);
    x0 = Math.min(x0, box.x + e.offset.x - grow);
    y0 = Math.min(y0, box.y + e.offset.y - grow);
    x1 = Math.max(x1, box.x + box.width + e.offset.x + grow);
    y1 = Math.max(y1, box.y + box.height + e.offset.y + grow);
  }
  return { x: round2(x0), y: round2(y0), width: round2(x1 - x0), height: round2(y1 - y0) };
}

const BOXES = new Set(['FRAME', 'COMPONENT', 'COMPONENT_SET', 'INSTANCE', 'RECTANGLE']);

/** Outline paths the way geometry=paths returns them (vectors keep the paths they were drawn with). */
function writeGeometry(node: SNode) {
  const { x: w, y: h } = sizeOf(node);
  const fills = (node.fills as unknown[] | undefined) ?? [];
  const strokes = (node.strokes as unknown[] | undefined) ?? [];
  if (node.type === 'ELLIPSE') {
    node.fillGeometry = fills.length ? [{ path: ellipsePath(w, h), windingRule: 'NONZERO' }] : [];
    node.strokeGeometry = [];
  } else if (BOXES.has(node.type)) {
    const r = num(node.cornerRadius);
    node.fillGeometry = fills.length ? [{ path: rectPath(w, h, r), windingRule: 'NONZERO' }] : [];
    const weight = num(node.strokeWeight);
    const outer = node.strokeAlign === 'OUTSIDE' ? -weight : node.strokeAlign === 'CENTER' ? -weight / 2 : 0;
    node.strokeGeometry =
      strokes.length && node.individualStrokeWeights === undefined
        ? [{ path: `${rectPath(w, h, r, outer)}${rectPath(w, h, r, outer + weight)}`, windingRule: 'EVENODD' }]
        : [];
  }
}

function place(node: SNode, parent: Vec, parentVisible: boolean) {
  const offset = offsetOf(node);
  const at = { x: round2(parent.x + offset.x), y: round2(parent.y + offset.y) };
  const { x: width, y: height } = sizeOf(node);
  const box = { x: at.x, y: at.y, width, height };
  const visible = parentVisible && node.visible !== false;
  node.absoluteBoundingBox = box;
  node.absoluteRenderBounds = visible ? renderBounds(node, box) : null;
  if (!node.relativeTransform) setOffset(node, 0, 0);
  writeGeometry(node);
  for (const child of node.children ?? []) place(child, at, visible);
}

/** Lays out one top-level node of a canvas; its relativeTransform (canvas coordinates) is its position. */
export function layoutTopLevel(node: SNode): void {
  fit(node, {});
  place(node, { x: 0, y: 0 }, true);
}
