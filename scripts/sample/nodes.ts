import type { Paint, RGBA, StrokeWeights, VariableAlias } from '@figma/rest-api-spec';
import { hexToRgba } from './color.ts';
import type { IdSpace } from './ids.ts';
import type { SampleStyles } from './styles.ts';
import type { SampleVariables } from './variables.ts';

/** A node under construction: Figma's own field names, loosely typed until the file is assembled. */
export type SNode = { id: string; name: string; type: string; children?: SNode[]; [key: string]: unknown };

/** A number is a raw value; a string names the variable the value is bound to. */
export type Dim = number | string;
/** A string names a color variable (bound solid fill); otherwise a ready Figma paint (raw, gradient, image). */
export type PaintSpec = string | Paint;
/** A number is FIXED at that size. */
export type Sizing = number | 'hug' | 'fill';

export interface BoxSpec {
  name: string;
  type?: 'FRAME' | 'COMPONENT';
  layout?: 'H' | 'V' | 'WRAP';
  w?: Sizing;
  h?: Sizing;
  /** CSS order: all sides, [vertical, horizontal] or [top, right, bottom, left]. */
  pad?: Dim | [Dim, Dim] | [Dim, Dim, Dim, Dim];
  gap?: Dim;
  rowGap?: number;
  align?: 'MIN' | 'CENTER' | 'MAX' | 'SPACE_BETWEEN';
  cross?: 'MIN' | 'CENTER' | 'MAX';
  fills?: PaintSpec[];
  fillStyle?: 'Brand/Gradient' | 'Overlay/Scrim';
  stroke?: { paint: PaintSpec; weight?: number; align?: 'INSIDE' | 'OUTSIDE' | 'CENTER'; sides?: Partial<StrokeWeights>; dashes?: number[] };
  radius?: Dim;
  effectStyle?: string;
  clip?: boolean;
  visible?: boolean;
  refs?: Record<string, string>;
  at?: [number, number];
  children?: SNode[];
}

export interface TextSpec {
  style: string;
  color: PaintSpec;
  w?: Sizing;
  align?: 'LEFT' | 'CENTER';
  /** Keep the text style but do not bind the font properties to variables (a designer detached them). */
  unbound?: boolean;
  refs?: Record<string, string>;
  visible?: boolean;
}

export interface ShapeSpec {
  name: string;
  w: number;
  h: number;
  fills?: PaintSpec[];
  radius?: Dim;
  at?: [number, number];
  stroke?: BoxSpec['stroke'];
}

/** A raw (unbound) solid paint. */
export function raw(hex: string): Paint {
  return { blendMode: 'NORMAL', type: 'SOLID', color: hexToRgba(hex) };
}

export interface Kit {
  vars: SampleVariables;
  styles: SampleStyles;
}

export type NodeFactory = ReturnType<typeof nodeFactory>;

/** Node constructors that write bindings the way Figma does: the resolved value in place, the alias in boundVariables. */
export function nodeFactory(kit: Kit, ids: IdSpace) {
  const alias = (name: string): VariableAlias => ({ type: 'VARIABLE_ALIAS', id: kit.vars.id(name) });
  const dim = (d: Dim) => (typeof d === 'number' ? { value: d } : { value: kit.vars.value(d) as number, alias: alias(d) });
  const paint = (p: PaintSpec): Paint =>
    typeof p === 'string'
      ? { blendMode: 'NORMAL', type: 'SOLID', color: kit.vars.value(p) as RGBA, boundVariables: { color: alias(p) } }
      : p;
  const boundPaints = (paints: Paint[]) =>
    paints.flatMap((p) => (p.type === 'SOLID' && p.boundVariables?.color ? [p.boundVariables.color] : []));

  function base(type: string, name: string, spec: { visible?: boolean | undefined; refs?: Record<string, string> | undefined; at?: [number, number] | undefined }): SNode {
    const node: SNode = { id: ids.next(), name, type, scrollBehavior: 'SCROLLS' };
    if (spec.visible === false) node.visible = false;
    if (spec.refs) node.componentPropertyReferences = spec.refs;
    node.blendMode = 'PASS_THROUGH';
    node.constraints = { vertical: 'TOP', horizontal: 'LEFT' };
    if (spec.at) node.relativeTransform = [[1, 0, spec.at[0]], [0, 1, spec.at[1]]];
    node.effects = [];
    node.interactions = [];
    return node;
  }

  function sizing(node: SNode, w: Sizing, h: Sizing) {
    const mode = (s: Sizing) => (typeof s === 'number' ? 'FIXED' : s === 'hug' ? 'HUG' : 'FILL');
    node.layoutSizingHorizontal = mode(w);
    node.layoutSizingVertical = mode(h);
    node.size = { x: typeof w === 'number' ? w : 0, y: typeof h === 'number' ? h : 0 };
  }

  function applyPaints(node: SNode, bound: Record<string, unknown>, fills: Paint[], stroke: BoxSpec['stroke']) {
    node.fills = fills;
    if (boundPaints(fills).length) bound.fills = boundPaints(fills);
    const strokes = stroke ? [paint(stroke.paint)] : [];
    node.strokes = strokes;
    if (boundPaints(strokes).length) bound.strokes = boundPaints(strokes);
    node.strokeWeight = stroke?.weight ?? 1;
    node.strokeAlign = stroke?.align ?? 'INSIDE';
    if (stroke?.dashes) node.strokeDashes = stroke.dashes;
    if (stroke?.sides) {
      const w = stroke.weight ?? 1;
      node.individualStrokeWeights = { top: 0, right: 0, bottom: 0, left: 0, ...stroke.sides };
      node.strokeWeight = w;
    }
  }

  function applyRadius(node: SNode, bound: Record<string, unknown>, radius: Dim | undefined) {
    if (radius === undefined) return;
    const r = dim(radius);
    node.cornerRadius = r.value;
    node.cornerSmoothing = 0;
    if (r.alias) for (const corner of ['topLeftRadius', 'topRightRadius', 'bottomLeftRadius', 'bottomRightRadius']) bound[corner] = r.alias;
  }

  function box(spec: BoxSpec): SNode {
    const node = base(spec.type ?? 'FRAME', spec.name, spec);
    const bound: Record<string, unknown> = {};
    node.children = spec.children ?? [];
    node.clipsContent = spec.clip ?? false;
    const fills = spec.fillStyle ? kit.styles.fills(spec.fillStyle) : (spec.fills ?? []).map(paint);
    node.background = fills;
    const solid = fills.find((p) => p.type === 'SOLID');
    node.backgroundColor = solid?.type === 'SOLID' ? solid.color : { r: 0, g: 0, b: 0, a: 0 };
    applyPaints(node, bound, fills, spec.stroke);
    applyRadius(node, bound, spec.radius);
    const styles: Record<string, string> = {};
    if (spec.fillStyle) Object.assign(styles, { fills: kit.styles.id(spec.fillStyle), fill: kit.styles.id(spec.fillStyle) });
    if (spec.effectStyle) {
      node.effects = kit.styles.effects(spec.effectStyle);
      styles.effect = kit.styles.id(spec.effectStyle);
    }
    if (Object.keys(styles).length) node.styles = styles;
    if (spec.layout) {
      node.layoutMode = spec.layout === 'V' ? 'VERTICAL' : 'HORIZONTAL';
      if (spec.layout === 'WRAP') {
        node.layoutWrap = 'WRAP';
        node.counterAxisSpacing = spec.rowGap ?? 0;
      } else node.layoutWrap = 'NO_WRAP';
      const [w, h] = [spec.w ?? 'hug', spec.h ?? 'hug'];
      const [primary, counter] = spec.layout === 'V' ? [h, w] : [w, h];
      node.primaryAxisSizingMode = primary === 'hug' ? 'AUTO' : 'FIXED';
      node.counterAxisSizingMode = counter === 'hug' ? 'AUTO' : 'FIXED';
      if (spec.align && spec.align !== 'MIN') node.primaryAxisAlignItems = spec.align;
      if (spec.cross && spec.cross !== 'MIN') node.counterAxisAlignItems = spec.cross;
      const pad = spec.pad ?? 0;
      const [t, r, b, l] = Array.isArray(pad) ? (pad.length === 2 ? [pad[0], pad[1], pad[0], pad[1]] : pad) : [pad, pad, pad, pad];
      const sides = { paddingTop: t, paddingRight: r, paddingBottom: b, paddingLeft: l, itemSpacing: spec.gap ?? 0 };
      for (const [key, d] of Object.entries(sides)) {
        const v = dim(d);
        // Figma leaves zero paddings and gaps out of the response unless a variable is bound to them.
        if (v.value !== 0 || v.alias) node[key] = v.value;
        if (v.alias) bound[key] = v.alias;
      }
    }
    sizing(node, spec.w ?? (spec.layout ? 'hug' : 0), spec.h ?? (spec.layout ? 'hug' : 0));
    if (Object.keys(bound).length) node.boundVariables = bound;
    return node;
  }

  function text(name: string, characters: string, spec: TextSpec): SNode {
    const node = base('TEXT', name, spec);
    const bound: Record<string, unknown> = {};
    const { style, bindings } = kit.styles.text(spec.style);
    if (!spec.unbound) for (const [key, variable] of Object.entries(bindings)) bound[key] = [alias(variable)];
    applyPaints(node, bound, [paint(spec.color)], undefined);
    node.strokeAlign = 'OUTSIDE';
    node.styles = { text: kit.styles.id(spec.style) };
    const w = spec.w ?? 'hug';
    sizing(node, w, 'hug');
    node.characters = characters;
    node.style = { ...style, textAutoResize: w === 'hug' ? 'WIDTH_AND_HEIGHT' : 'HEIGHT', textAlignHorizontal: spec.align ?? 'LEFT' };
    Object.assign(node, { layoutVersion: 4, characterStyleOverrides: [], styleOverrideTable: {}, lineTypes: ['NONE'], lineIndentations: [0] });
    if (Object.keys(bound).length) node.boundVariables = bound;
    return node;
  }

  function shape(type: 'RECTANGLE' | 'ELLIPSE', spec: ShapeSpec): SNode {
    const node = base(type, spec.name, spec);
    const bound: Record<string, unknown> = {};
    applyPaints(node, bound, (spec.fills ?? []).map(paint), spec.stroke);
    if (type === 'ELLIPSE') node.arcData = { startingAngle: 0, endingAngle: 6.2831854820251465, innerRadius: 0 };
    applyRadius(node, bound, spec.radius);
    sizing(node, spec.w, spec.h);
    if (Object.keys(bound).length) node.boundVariables = bound;
    return node;
  }

  /** A vector with its path geometry given (icons); SCALE constraints so instances can be resized. */
  function vector(spec: ShapeSpec & { fillGeometry?: string[]; strokeGeometry?: string[]; strokeWeight?: number; evenOdd?: boolean }): SNode {
    const node = shape('RECTANGLE', spec);
    node.type = 'VECTOR';
    node.constraints = { vertical: 'SCALE', horizontal: 'SCALE' };
    const windingRule = spec.evenOdd ? 'EVENODD' : 'NONZERO';
    node.fillGeometry = (spec.fillGeometry ?? []).map((path) => ({ path, windingRule }));
    node.strokeGeometry = (spec.strokeGeometry ?? []).map((path) => ({ path, windingRule: 'NONZERO' }));
    if (spec.strokeWeight !== undefined) Object.assign(node, { strokeWeight: spec.strokeWeight, strokeAlign: 'CENTER', strokeCap: 'ROUND', strokeJoin: 'ROUND' });
    return node;
  }

  return {
    box,
    text,
    rect: (spec: ShapeSpec) => shape('RECTANGLE', spec),
    ellipse: (spec: ShapeSpec) => shape('ELLIPSE', spec),
    vector,
    paint,
    nextId: () => ids.next(),
  };
}
