/**
 * One Figma layer to one ir node (one DOM element), recursively: text, vectors and icons as SVG,
 * image fills, nested instances of generated components, INSTANCE_SWAP slots, and containers.
 */
import type { CssValue, IrContent, IrNode, IrProp, IrPropValue, IrRole, IrStyle } from './types.ts';
import type { TokenLookup } from './token-lookup.ts';
import type { PropTable } from './props.ts';
import { containerStyle, itemStyle, sizing } from './layout.ts';
import { effectStyle, fillStyle, opacityStyle, radiusStyle, strokeStyle } from './style.ts';
import { solidColor } from './paint.ts';
import { textStyle } from './typography.ts';
import { isBoxLike, svgContent } from './vector.ts';
import { drawnAssetKind, drawsBox, isShape, isVectorOnly } from '../source/drawn-asset-kind.ts';
import { DRAWING_TYPES, SHAPE_TYPES, type FigmaNodeType } from '../source/figma-nodes.ts';
import { headingLevel, humanize, isMeaninglessName, roleFromName } from './semantics.ts';
import { className } from './identifiers.ts';
import { valueKey } from './variants.ts';
import { assetContent, NO_ASSETS, type AssetSources } from './asset.ts';
import { assetNode } from './asset-node.ts';
import { maskClip, type MaskClip } from './mask-clip.ts';
import {
  arr,
  box,
  children,
  isHidden,
  isObject,
  nodeId,
  nodeType,
  num,
  obj,
  str,
  visiblePaints,
  textCharacters,
  type Json,
} from '../source/read-json.ts';
import { svgMarkup } from './svg-markup.ts';

/** A component generated in this run, which instances of it render by import. */
export interface GeneratedRef {
  name: string;
  props: IrProp[];
}

/** Lookups into the generated components by node id (a view, so no component copies the whole map). */
export type GeneratedLookup = Pick<ReadonlyMap<string, GeneratedRef>, 'get' | 'has'>;

export interface NodeContext {
  lookup: TokenLookup;
  props: PropTable;
  /** Component node id (a set's variants included) -> the generated component. */
  generated: GeneratedLookup;
  dependencies: Set<string>;
  /** Guards against pathological depth in malformed files. */
  depth: number;
  /** Stored assets and renders to crop drawings from (none: drawings without geometry are placeholders). */
  assets?: AssetSources;
}

interface Place {
  parent: Json | undefined;
  /** Inside a button or link: only phrasing elements, no nested interactive roles. */
  interactive: boolean;
  /** The root of a control: stays an element with children even when drawn only with vectors. */
  control?: boolean;
}

const MAX_DEPTH = 64;

function propName(ctx: NodeContext, node: Json, key: string, kind: IrProp['kind']): string | undefined {
  const ref = str(obj(node, 'componentPropertyReferences'), key);
  if (ref === undefined) return undefined;
  const prop = ctx.props.byFigmaName.get(ref) ?? ctx.props.byFigmaName.get(ref.replace(/#[0-9]+:[0-9]+$/, ''));
  return prop?.kind === kind ? prop.name : undefined;
}

/** The layer of an instance that an INSTANCE_SWAP property swaps, with its parent. */
function swappedLayer(instance: Json, figmaName: string): { layer: Json; parent: Json } | undefined {
  for (const child of children(instance)) {
    if (str(obj(child, 'componentPropertyReferences'), 'mainComponent') === figmaName)
      return { layer: child, parent: instance };
    const deeper = nodeType(child) === 'INSTANCE' ? undefined : swappedLayer(child, figmaName);
    if (deeper) return deeper;
  }
  return undefined;
}

/** The props an instance passes to the generated component it renders. */
function instanceProps(node: Json, target: GeneratedRef, ctx: NodeContext): Record<string, IrPropValue> {
  const out: Record<string, IrPropValue> = {};
  const given = obj(node, 'componentProperties') ?? {};
  for (const prop of target.props) {
    const entry = given[prop.figmaName] ?? given[prop.figmaName.replace(/#[0-9]+:[0-9]+$/, '')];
    if (!isObject(entry)) continue;
    const value = entry.value;
    if (prop.kind === 'slot' && typeof value === 'string' && value !== prop.defaultComponent) {
      // A swapped-in generated component is passed as the slot's element, sized as the design draws it.
      const swapped = swappedLayer(node, prop.figmaName);
      if (swapped && ctx.generated.has(value)) {
        const element = buildByType(swapped.layer, { parent: swapped.parent, interactive: true }, ctx);
        if (element) out[prop.name] = { kind: 'node', node: element };
      }
    } else if (prop.kind === 'variant' && typeof value === 'string') {
      const index = prop.figmaValues.indexOf(value);
      const code = index >= 0 ? prop.values[index] : undefined;
      if (code !== undefined && code !== prop.default) out[prop.name] = { kind: 'string', value: code };
    } else if (prop.kind === 'boolean' && typeof value === 'boolean' && value !== prop.default) {
      out[prop.name] = { kind: 'boolean', value };
    } else if (prop.kind === 'text' && typeof value === 'string' && value !== prop.default) {
      out[prop.name] = { kind: 'string', value };
    }
  }
  // Text bound to the enclosing component's TEXT prop is forwarded.
  const forwarded = propName(ctx, node, 'characters', 'text');
  const firstText = target.props.find((p) => p.kind === 'text');
  if (forwarded && firstText) out[firstText.name] = { kind: 'prop', prop: forwarded };
  return out;
}

function base(node: Json, role: IrRole, tag: string, style: IrStyle, content: IrContent): IrNode {
  const name = str(node, 'name') ?? '';
  return {
    id: nodeId(node),
    name,
    className: className(name),
    tag,
    role,
    attributes: {},
    style,
    overrides: [],
    content,
  };
}

function boxStyle(
  node: Json,
  place: Place,
  ctx: NodeContext,
  hasChildren: boolean,
): { style: IrStyle; image: boolean } {
  const fills = fillStyle(node, ctx.lookup, 'background');
  const item = itemStyle(node, place.parent, ctx.lookup);
  const container = containerStyle(node, ctx.lookup, hasChildren);
  // An absolutely placed frame is already the positioning context of its children.
  if (item.position) delete container.position;
  const strokes = strokeStyle(node, ctx.lookup);
  const effects = effectStyle(node, ctx.lookup, false);
  const style: IrStyle = {
    ...item,
    ...container,
    ...fills.style,
    ...strokes,
    ...radiusStyle(node, ctx.lookup),
    ...effects,
    ...opacityStyle(node, ctx.lookup),
  };
  // A stroke ring and drop shadows share box-shadow; the ring is drawn on top.
  const ring = strokes['box-shadow'];
  const shadow = effects['box-shadow'];
  if (ring && shadow) style['box-shadow'] = { kind: 'list', separator: ', ', items: [ring, shadow] };
  return { style, image: fills.image };
}

function textNode(node: Json, place: Place, ctx: NodeContext): IrNode {
  const fills = fillStyle(node, ctx.lookup, 'color');
  if (fills.alpha <= 0.001 && textCharacters(node).trim() !== '')
    ctx.lookup.invisible(nodeId(node), 'text colour composites to alpha 0: the text is invisible');
  const style: IrStyle = {
    ...itemStyle(node, place.parent, ctx.lookup),
    ...textStyle(node, ctx.lookup),
    ...fills.style,
    ...effectStyle(node, ctx.lookup, true),
    ...opacityStyle(node, ctx.lookup),
  };
  const text = textCharacters(node);
  const prop = propName(ctx, node, 'characters', 'text');
  const name = str(node, 'name') ?? '';
  const fontSize = num(obj(node, 'style'), 'fontSize');
  const content: IrContent = prop ? { kind: 'text', text, prop } : { kind: 'text', text };
  const titled = /\btitle\b/i.test(name) && (fontSize ?? 0) >= 18;
  if (!place.interactive && (roleFromName(name) === 'heading' || titled)) {
    const level = headingLevel(name, fontSize);
    return { ...base(node, 'heading', `h${level}`, style, content), level };
  }
  return base(node, 'text', place.interactive ? 'span' : 'p', style, content);
}

/** An accessible name for a drawing, or '' when it is decorative (inside a control, or unnamed). */
function drawingAlt(node: Json, place: Place): string {
  const name = str(node, 'name') ?? '';
  return place.interactive || isMeaninglessName(name) ? '' : humanize(name);
}

/**
 * The name an icon carries, or '' when it is decorative. The rule: an icon that is the only
 * content of a button or link names it (by its layer name, else the control's); an icon beside
 * text, or inside a control with text, is decorative; elsewhere a meaningfully named layer carries
 * meaning. A component's own root is named through its `label` prop instead.
 */
function iconAlt(node: Json, place: Place): string {
  if (place.parent === undefined) return '';
  const name = str(node, 'name') ?? '';
  const parentName = str(place.parent, 'name') ?? '';
  const control = roleFromName(parentName);
  const alone = children(place.parent).filter((c) => !isHidden(c)).length === 1;
  if (place.interactive && alone && (control === 'button' || control === 'link'))
    return humanize(isMeaninglessName(name) ? parentName : name);
  return drawingAlt(node, place);
}

/** The one solid paint every shape of a drawing fills and strokes with, if there is exactly one. */
function singlePaint(node: Json): Json | undefined {
  const paints: Json[] = [];
  const collect = (n: Json) => {
    if (isShape(n) || children(n).length === 0)
      paints.push(...visiblePaints(n, 'fills'), ...visiblePaints(n, 'strokes'));
    for (const c of children(n)) if (!isHidden(c) && c.isMask !== true) collect(c);
  };
  collect(node);
  const keys = new Set(
    paints.map((p) => JSON.stringify([p.type, p.color, p.opacity, obj(p, 'boundVariables')?.color])),
  );
  return keys.size === 1 && str(paints[0], 'type') === 'SOLID' ? paints[0] : undefined;
}

/** The SVG Figma exported for a drawing, inline, in currentColor when the drawing has one solid paint. */
function storedSvg(node: Json, text: string, ctx: NodeContext): { svg: IrContent; colour?: CssValue } | undefined {
  const paint = singlePaint(node);
  const prefix = `i${nodeId(node).replace(/[^A-Za-z0-9]+/g, '-')}`;
  const markup = svgMarkup(text, prefix, paint !== undefined);
  // Inline only what draws in one token colour; a many-coloured drawing stays an SVG file (an <img>),
  // since its raw colours have no token to name them.
  if (!markup?.colour || !paint) return undefined;
  const b = box(node);
  const w = Math.round(b.width * 100) / 100 || 1;
  const h = Math.round(b.height * 100) / 100 || 1;
  const svg: IrContent = {
    kind: 'svg',
    viewBox: markup.viewBox ?? `0 0 ${w} ${h}`,
    width: w,
    height: h,
    paths: [],
    elements: markup.elements,
  };
  const colour = solidColor(paint, ctx.lookup, nodeId(node));
  return colour ? { svg, colour } : { svg };
}

function iconNode(node: Json, place: Place, ctx: NodeContext): IrNode | undefined {
  // Figma's own export beats paths rebuilt from geometry; a crop of a render beats nothing.
  const sources = ctx.assets ?? NO_ASSETS;
  const alt = iconAlt(node, place);
  const stored = sources.stored[nodeId(node)];
  const inline = stored?.format === 'svg' && stored.text !== undefined ? storedSvg(node, stored.text, ctx) : undefined;
  if (!inline && stored) {
    const file = assetContent(node, sources, ctx.lookup, 'vector', alt, true);
    if (file?.kind === 'asset') return assetNode(node, place.parent, ctx.lookup, file);
  }
  const svg = inline?.svg ?? svgContent(node, ctx.lookup);
  if (!svg) {
    const crop = assetContent(node, sources, ctx.lookup, 'vector', alt);
    return crop?.kind === 'asset' ? assetNode(node, place.parent, ctx.lookup, crop) : undefined;
  }
  const style: IrStyle = {
    ...itemStyle(node, place.parent, ctx.lookup, { sizeTokens: true }),
    ...opacityStyle(node, ctx.lookup),
    display: { kind: 'keyword', value: 'block' },
  };
  if (inline?.colour) style.color = inline.colour;
  // One colour: the paths use currentColor and the svg sets `color`, so consumers can recolour it.
  if (svg.kind === 'svg' && !inline) {
    const fills = new Set(svg.paths.map((p) => (p.fill ? valueKey(p.fill) : '')));
    const first = svg.paths[0]?.fill;
    if (fills.size === 1 && first) {
      style.color = first;
      svg.paths = svg.paths.map(({ fill: _fill, ...rest }) => rest);
    }
  }
  const out = base(node, 'icon', 'svg', style, svg);
  if (alt !== '' && svg.kind === 'svg') {
    svg.title = alt;
    out.attributes = { role: 'img', focusable: 'false' };
  } else {
    // Icons beside text or inside controls with text are decorative; the control carries the name.
    out.attributes = { 'aria-hidden': 'true', focusable: 'false' };
  }
  return out;
}

export function buildNode(node: Json, place: Place, ctx: NodeContext): IrNode | undefined {
  if (ctx.depth > MAX_DEPTH) {
    ctx.lookup.unsupported(nodeId(node), `layers nested deeper than ${MAX_DEPTH} are not rendered`);
    return undefined;
  }
  const visibilityProp = propName(ctx, node, 'visible', 'boolean');
  if (isHidden(node) && !visibilityProp) return undefined;
  if (node.isMask === true) {
    ctx.lookup.unsupported(nodeId(node), 'mask layer not rendered');
    return undefined;
  }
  ctx.lookup.stats.nodes++;
  const result = buildVisible(node, place, { ...ctx, depth: ctx.depth + 1 });
  if (result && visibilityProp) result.visibleWhen = [{ [visibilityProp]: true }];
  return result;
}

function buildVisible(node: Json, place: Place, ctx: NodeContext): IrNode | undefined {
  const swapProp = nodeType(node) === 'TEXT' ? undefined : propName(ctx, node, 'mainComponent', 'slot');
  if (swapProp) {
    // The slot adds no element of its own (one element per layer): the default instance, or the
    // consumer's node, takes its place; the default gets the slot's class, so variant sizes apply.
    const fallback = buildByType(node, { ...place }, ctx);
    const style = fallback?.style ?? itemStyle(node, place.parent, ctx.lookup);
    const slot = base(node, 'container', place.interactive ? 'span' : 'div', style, {
      kind: 'slot',
      prop: swapProp,
      fallback: fallback ? { ...fallback, style: {} } : undefined,
    });
    return slot;
  }
  return buildByType(node, place, ctx);
}

/** CSS sizing for the top image fill: FILL covers, FIT is contained, TILE repeats, STRETCH distorts. */
function imageScale(node: Json): string {
  const paint = visiblePaints(node, 'fills')
    .filter((p) => str(p, 'type') === 'IMAGE')
    .at(-1);
  switch (str(paint, 'scaleMode')) {
    case 'FIT':
      return 'contain';
    case 'TILE':
      return 'auto';
    case 'STRETCH':
      return '100% 100%';
    default:
      return 'cover';
  }
}

/**
 * The colour an icon instance is tinted with (generated icons draw in currentColor): the one solid
 * fill all its vectors share, when the instance overrides its fills.
 */
function iconTint(node: Json, ctx: NodeContext): CssValue | undefined {
  if (!isVectorOnly(node)) return undefined;
  const paints: Json[] = [];
  const collect = (n: Json) => {
    if (isShape(n)) paints.push(...visiblePaints(n, 'fills'));
    for (const c of children(n)) if (!isHidden(c)) collect(c);
  };
  collect(node);
  const keys = new Set(paints.map((p) => JSON.stringify([p.color, p.opacity, obj(p, 'boundVariables')?.color])));
  const overridden = arr(node, 'overrides').some((o) => isObject(o) && arr(o, 'overriddenFields').includes('fills'));
  if (!overridden || keys.size !== 1 || str(paints[0], 'type') !== 'SOLID') return undefined;
  return solidColor(paints[0]!, ctx.lookup, nodeId(node));
}

/** Whether a layer holds an instance of a generated component, which renders by import instead. */
function holdsGenerated(node: Json, ctx: NodeContext): boolean {
  return children(node).some(
    (c) =>
      (nodeType(c) === 'INSTANCE' && ctx.generated.has(str(c, 'componentId') ?? '')) ||
      (nodeType(c) !== 'INSTANCE' && holdsGenerated(c, ctx)),
  );
}

/** An instance of a component generated in this run renders it by import; any other instance is a drawing or a box. */
function instanceNode(node: Json, place: Place, ctx: NodeContext): IrNode | undefined {
  const target = ctx.generated.get(str(node, 'componentId') ?? '');
  if (!target) return drawingNode(node, place, ctx);
  ctx.dependencies.add(target.name);
  const style = itemStyle(node, place.parent, ctx.lookup);
  // The component's root may have a fixed width; a stretched instance must drop it.
  const { h, v } = sizing(node, place.parent);
  const parentMode = str(place.parent, 'layoutMode');
  if (h === 'FILL' && parentMode === 'VERTICAL') style.width = { kind: 'keyword', value: 'auto' };
  if (v === 'FILL' && parentMode === 'HORIZONTAL') style.height = { kind: 'keyword', value: 'auto' };
  const tint = iconTint(node, ctx);
  if (tint) style.color = tint;
  return base(node, 'container', target.name, style, {
    kind: 'instance',
    component: target.name,
    props: instanceProps(node, target, ctx),
  });
}

/** A frame, group, instance or component drawn only with vectors is an icon; otherwise a box. */
function drawingNode(node: Json, place: Place, ctx: NodeContext): IrNode | undefined {
  const kind = place.control ? undefined : drawnAssetKind(node);
  if (kind === 'mask') {
    const clip = maskClip(node, ctx.lookup);
    if (clip) return boxNode(node, place, ctx, clip);
    const masked = assetContent(node, ctx.assets ?? NO_ASSETS, ctx.lookup, 'mask', drawingAlt(node, place));
    if (masked?.kind === 'asset') return assetNode(node, place.parent, ctx.lookup, masked);
  }
  // A masked group without an asset is still an icon when it is drawn only with vectors.
  const vector = kind === 'vector' || (kind === 'mask' && isVectorOnly(node) && !drawsBox(node));
  const icon = vector && !holdsGenerated(node, ctx) ? iconNode(node, place, ctx) : undefined;
  return icon ?? boxNode(node, place, ctx);
}

/**
 * A vector shape is an icon (an SVG of its geometry, a stored asset or a crop of the render), or a
 * box when it is a control's root. With none of those its shape is unknown: a box-like one (a
 * rectangle flattened to a vector, a line) is painted as its box; any other is left an unpainted
 * placeholder of its size, since painting a blob's box would spread its fill over its whole bounds.
 */
function shapeNode(node: Json, place: Place, ctx: NodeContext): IrNode | undefined {
  if (place.control) return boxNode(node, place, ctx);
  const icon = iconNode(node, place, ctx);
  if (icon) return icon;
  return boxNode(isBoxLike(node) ? node : { ...node, fills: [], strokes: [], effects: [] }, place, ctx);
}

/**
 * A layer as an element of its own: an image, or a container (div, button, link, list) of its
 * children; `clip` is the mask its bottom layer draws, as a clip-path.
 */
function boxNode(node: Json, place: Place, ctx: NodeContext, clip?: MaskClip): IrNode | undefined {
  const name = str(node, 'name') ?? '';
  const kids = children(node).filter(
    (c) =>
      (!isHidden(c) || str(obj(c, 'componentPropertyReferences'), 'visible') !== undefined) &&
      nodeId(c) !== clip?.maskId,
  );
  const { style, image } = boxStyle(node, place, ctx, kids.length > 0);
  // The mask layer draws nothing itself: it clips the layers above it, the box's other children.
  if (clip) style['clip-path'] = clip.clipPath;
  const scale = imageScale(node);
  if (image && kids.length === 0) {
    const decorative = isMeaninglessName(name);
    const asset = assetContent(node, ctx.assets ?? NO_ASSETS, ctx.lookup, 'image', decorative ? '' : humanize(name));
    if (asset?.kind === 'asset') {
      const out = assetNode(node, place.parent, ctx.lookup, asset);
      // The image is the whole element: a frame's padding and flex settings would inset or move it.
      const { transform, ...own } = withoutContainer(style);
      out.style = {
        ...own,
        ...(asset.asset.source.kind === 'crop' || !transform ? {} : { transform }),
        display: { kind: 'keyword', value: 'block' },
        'object-fit': { kind: 'keyword', value: scale === 'contain' ? 'contain' : 'cover' },
      };
      return out;
    }
    const out = base(node, 'image', 'img', style, { kind: 'image', prop: 'src' });
    out.attributes = { alt: decorative ? '' : humanize(name) };
    out.style['object-fit'] = { kind: 'keyword', value: scale === 'contain' ? 'contain' : 'cover' };
    return out;
  }
  if (image) {
    // Behind child layers the image is the box's CSS background, set from an image prop, so the
    // children keep their layout.
    style['background-size'] = { kind: 'keyword', value: scale };
    style['background-position'] = { kind: 'keyword', value: 'center' };
    style['background-repeat'] = { kind: 'keyword', value: scale === 'auto' ? 'repeat' : 'no-repeat' };
  }

  const named = place.interactive ? undefined : roleFromName(name);
  const role: IrRole = named === 'button' || named === 'link' || named === 'list' ? named : 'container';
  const interactive = place.interactive || role === 'button' || role === 'link';
  const tag = place.interactive ? 'span' : role === 'button' ? 'button' : role === 'link' ? 'a' : 'div';
  const childNodes = kids
    .map((c) => buildNode(c, { parent: node, interactive }, ctx))
    .filter((c): c is IrNode => c !== undefined);
  const out = base(
    node,
    role === 'list' ? 'list' : role,
    tag,
    style,
    childNodes.length > 0 ? { kind: 'children', children: childNodes } : { kind: 'empty' },
  );
  if (image) out.backgroundImage = '';
  if (role === 'button') out.attributes = { type: 'button' };
  if (role === 'list') {
    out.attributes = { role: 'list' };
    for (const child of childNodes) child.attributes = { ...child.attributes, role: 'listitem' };
  }
  return out;
}

/** A box's style without what only matters to children (flex container settings, padding, gaps). */
function withoutContainer(style: IrStyle): IrStyle {
  const out: IrStyle = {};
  for (const [key, value] of Object.entries(style))
    if (
      !/^(padding|gap$|row-gap$|column-gap$|flex-direction$|flex-wrap$|justify-content$|align-items$|align-content$|display$)/.test(
        key,
      )
    )
      out[key] = value;
  return out;
}

type Builder = (node: Json, place: Place, ctx: NodeContext) => IrNode | undefined;

const each = (types: readonly FigmaNodeType[], builder: Builder) => Object.fromEntries(types.map((t) => [t, builder]));

/**
 * Figma node type -> the builder of its ir node. A type not listed is built as a box (boxNode).
 * A new Figma node type (or new handling of one) is one entry here.
 */
const BUILDERS: Partial<Record<FigmaNodeType, Builder>> = {
  TEXT: textNode,
  INSTANCE: instanceNode,
  ...each(
    DRAWING_TYPES.filter((t) => t !== 'INSTANCE'),
    drawingNode,
  ),
  ...each(SHAPE_TYPES, shapeNode),
};

/** Builds a visible layer by its type (see BUILDERS). */
function buildByType(node: Json, place: Place, ctx: NodeContext): IrNode | undefined {
  const builder = BUILDERS[nodeType(node) as FigmaNodeType] ?? boxNode;
  return builder(node, place, ctx);
}
