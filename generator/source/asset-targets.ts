/**
 * Which assets `pull` fetches for the selected nodes: drawings (by the rule the ir builds assets
 * with, so pull and ir agree), layers marked for export in Figma, and the image fills they paint with. Pure.
 */
import { createHash } from 'node:crypto';
import type { FigmaNode } from './design.ts';
import { drawnAssetKind } from './drawn-asset-kind.ts';
import { children, isHidden, nodeId, str, visiblePaints, type Json } from './read-json.ts';

export interface AssetTargets {
  /** Nodes exported as SVG (PNG where Figma cannot export SVG), in document order. */
  drawings: string[];
  /** Image fills: imageRef -> the nodes painted with it. */
  images: Map<string, string[]>;
  /** Node id -> a hash of the node's JSON, which decides whether its stored export is still current. */
  sources: Map<string, string>;
}

/** The asset nodes under the given roots; a drawing's own layers are part of it, not assets of their own. */
export function assetTargets(roots: readonly FigmaNode[]): AssetTargets {
  const out: AssetTargets = { drawings: [], images: new Map(), sources: new Map() };
  const seen = new Set<string>();
  const stack: Json[] = [...(roots as unknown as Json[])].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    const id = nodeId(node);
    if (isHidden(node) || seen.has(id)) continue;
    seen.add(id);
    for (const paint of visiblePaints(node, 'fills')) {
      const ref = str(paint, 'imageRef');
      if (str(paint, 'type') !== 'IMAGE' || ref === undefined) continue;
      out.images.set(ref, [...(out.images.get(ref) ?? []), id]);
    }
    const exported = Array.isArray(node.exportSettings) && node.exportSettings.length > 0;
    if (drawnAssetKind(node) !== undefined || exported) {
      out.drawings.push(id);
      out.sources.set(id, sourceHash(node));
      continue;
    }
    const kids = children(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

/** Where a layer sits on the canvas does not change how it exports; its size does. */
const PLACEMENT = new Set(['absoluteBoundingBox', 'absoluteRenderBounds']);

/**
 * A stable hash of a node's JSON (keys sorted, canvas placement left out), so a drawing that did
 * not change is not exported again.
 */
export function sourceHash(node: Json): string {
  const { relativeTransform: _placed, ...rest } = node;
  const b = node.absoluteBoundingBox as { width?: unknown; height?: unknown } | undefined;
  return createHash('sha256')
    .update(stableJson({ ...rest, __size: [b?.width, b?.height] }))
    .digest('hex');
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([k]) => !PLACEMENT.has(k))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
