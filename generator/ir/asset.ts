/**
 * Drawn layers as asset files: the asset the snapshot stores for a node, else a crop of the Figma
 * render of an enclosing frame, else nothing (a placeholder); every fallback is a finding.
 */
import type { Design } from '../source/design.ts';
import type { IrAsset, IrContent } from './types.ts';
import type { TokenLookup } from './token-lookup.ts';
import { camelCase, kebabCase } from './identifiers.ts';
import { box, children, nodeId, obj, num, str, type Box, type Json } from '../source/read-json.ts';

/** A Figma render and the absolute position of its top-left pixel. */
interface RenderOrigin {
  renderId: string;
  path: string;
  scale: number;
  origin: Box;
}

/** Where the bytes of a node's asset can come from. */
export interface AssetSources {
  stored: Readonly<Record<string, StoredAsset>>;
  /** Node id -> the render of the nearest rendered ancestor (or the node itself). */
  renders: ReadonlyMap<string, RenderOrigin>;
}

/** An asset file the snapshot holds for a node; an SVG's text when it is small enough to inline. */
export interface StoredAsset {
  path: string;
  format: 'svg' | 'png' | 'jpg';
  text?: string;
}

export const NO_ASSETS: AssetSources = { stored: {}, renders: new Map() };

/** The bounds Figma's render of a node covers: its render bounds (shadows included), else its box. */
function renderBounds(node: Json): Box {
  const r = obj(node, 'absoluteRenderBounds');
  const w = num(r, 'width');
  const h = num(r, 'height');
  if (r && w !== undefined && h !== undefined && w > 0 && h > 0)
    return { x: num(r, 'x') ?? 0, y: num(r, 'y') ?? 0, width: w, height: h };
  return box(node);
}

/** Indexes a design's stored assets and, for every node under a rendered frame, that render. */
export function assetSources(design: Design): AssetSources {
  const renders = new Map<string, RenderOrigin>();
  const ids = Object.keys(design.renders);
  if (ids.length > 0) {
    const walk = (node: Json, inherited: RenderOrigin | undefined) => {
      const id = nodeId(node);
      const own = design.renders[id];
      const here = own ? { renderId: id, path: own.path, scale: own.scale, origin: renderBounds(node) } : inherited;
      if (here) renders.set(id, here);
      for (const child of children(node)) walk(child, here);
    };
    for (const root of design.roots) walk(root as unknown as Json, undefined);
  }
  const stored: Record<string, StoredAsset> = {};
  for (const [id, asset] of Object.entries(design.assets ?? {}))
    stored[id] = { path: asset.path, format: asset.format, ...(asset.text === undefined ? {} : { text: asset.text }) };
  return { stored, renders };
}

/** Why the drawing is needed, for the finding's wording. */
export type AssetPurpose = 'vector' | 'image' | 'mask';

const PURPOSE: Record<AssetPurpose, string> = {
  vector: 'vector drawing',
  image: 'image fill',
  mask: 'masked group (CSS cannot express its mask)',
};

function fileStem(node: Json): string {
  const id = nodeId(node)
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${kebabCase(str(node, 'name') ?? '').slice(0, 40) || 'asset'}-${id}`;
}

/**
 * The asset content of a drawn node, or undefined (the caller renders a placeholder) after a
 * finding. `storedOnly` asks for the snapshot's asset alone (no crop).
 */
export function assetContent(
  node: Json,
  sources: AssetSources,
  lookup: TokenLookup,
  purpose: AssetPurpose,
  alt: string,
  storedOnly = false,
): IrContent | undefined {
  const id = nodeId(node);
  const b = box(node);
  const width = Math.round(b.width * 100) / 100;
  const height = Math.round(b.height * 100) / 100;
  if (width <= 0 || height <= 0) return undefined;
  const stem = fileStem(node);
  const stored = sources.stored[id];
  const make = (format: 'svg' | 'png' | 'jpg', source: IrAsset['source']): IrContent => ({
    kind: 'asset',
    asset: {
      nodeId: id,
      file: `${stem}.${format}`,
      format,
      binding: camelCase(`${stem} ${format}`, 'asset'),
      width,
      height,
      alt,
      source,
    },
  });
  if (stored) return make(stored.format, { kind: 'stored', path: stored.path });
  if (storedOnly) return undefined;
  const render = sources.renders.get(id);
  if (render && render.renderId !== id) {
    const s = render.scale;
    const crop = {
      x: Math.round((b.x - render.origin.x) * s),
      y: Math.round((b.y - render.origin.y) * s),
      width: Math.max(1, Math.round(b.width * s)),
      height: Math.max(1, Math.round(b.height * s)),
    };
    lookup.assetFallback(
      id,
      `${PURPOSE[purpose]} has no asset in the snapshot: cropped from the render of ${render.renderId}`,
    );
    return make('png', { kind: 'crop', render: render.path, ...crop });
  }
  lookup.assetFallback(
    id,
    `${PURPOSE[purpose]} has no asset in the snapshot and no render to crop it from: left a placeholder`,
  );
  return undefined;
}
