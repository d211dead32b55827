import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { assetTargets } from '../../generator/source/asset-targets.ts';
import type { FigmaNode } from '../../generator/source/design.ts';
import { selectNodes } from '../../generator/source/select-nodes.ts';
import { assetFileName, type SnapshotMeta } from '../../generator/source/snapshot.ts';
import { figmaKey } from './ids.ts';
import type { SNode } from './nodes.ts';

/**
 * The asset files `pull` would have stored for the sample: every drawing it selects exported as
 * SVG the way Figma writes it (one path per filled shape, in the shape's colour), and the avatar's
 * image fill, a 96 x 96 portrait drawn in code once (avatar-photo.png, made for this sample).
 */

const PHOTO = new URL('./avatar-photo.png', import.meta.url);

type Box = { x: number; y: number; width: number; height: number };
const boxOf = (node: SNode) => node.absoluteBoundingBox as Box;
const round = (v: number) => Math.round(v * 100) / 100;

function hex(paint: Record<string, unknown>): string | undefined {
  const c = paint.color as { r: number; g: number; b: number } | undefined;
  if (!c || paint.type !== 'SOLID' || paint.visible === false) return undefined;
  const part = (v: number) => Math.round(v * 255).toString(16).padStart(2, '0');
  return `#${part(c.r)}${part(c.g)}${part(c.b)}`.toUpperCase();
}

/** A drawing as Figma's SVG export of it: its shapes' fill and stroke outlines, placed in its box. */
export function drawingSvg(drawing: SNode): string {
  const origin = boxOf(drawing);
  const paths: string[] = [];
  const walk = (node: SNode) => {
    if (node.visible === false) return;
    const b = boxOf(node);
    const move = () => {
      const [dx, dy] = [round(b.x - origin.x), round(b.y - origin.y)];
      return dx === 0 && dy === 0 ? '' : ` transform="translate(${dx} ${dy})"`;
    };
    for (const [key, paintsKey] of [['fillGeometry', 'fills'], ['strokeGeometry', 'strokes']] as const) {
      const colour = ((node[paintsKey] as Array<Record<string, unknown>> | undefined) ?? []).map(hex).find(Boolean);
      for (const g of (node[key] as Array<{ path: string; windingRule: string }> | undefined) ?? []) {
        if (!colour) continue;
        const rule = g.windingRule === 'EVENODD' ? ' fill-rule="evenodd" clip-rule="evenodd"' : '';
        paths.push(`<path${rule} d="${g.path}"${move()} fill="${colour}"/>`);
      }
    }
    for (const child of (node.children as SNode[] | undefined) ?? []) walk(child);
  };
  walk(drawing);
  const [w, h] = [round(origin.width), round(origin.height)];
  return `<svg width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" fill="none" xmlns="http://www.w3.org/2000/svg">\n${paths.join('\n')}\n</svg>\n`;
}

export interface SampleAssets {
  assets: NonNullable<SnapshotMeta['assets']>;
  images: NonNullable<SnapshotMeta['images']>;
  files: Record<string, Uint8Array>;
}

/** The assets of the nodes the sample's config selects (its frames and every component), content-addressed. */
export function sampleAssets(document: SNode, frames: string[]): SampleAssets {
  const index = new Map<string, SNode>();
  const visit = (node: SNode) => {
    index.set(node.id as string, node);
    for (const child of (node.children as SNode[] | undefined) ?? []) visit(child);
  };
  visit(document);
  const selected = selectNodes([document as unknown as FigmaNode], { pages: [], frames, components: [] });
  const targets = assetTargets(selected.selections.map((s) => s.node));
  const out: SampleAssets = { assets: {}, images: {}, files: {} };
  const store = (bytes: Uint8Array, format: 'svg' | 'png') => {
    const file = assetFileName(createHash('sha256').update(bytes).digest('hex'), format);
    out.files[file] = bytes;
    return file;
  };
  for (const id of targets.drawings) {
    const file = store(Buffer.from(drawingSvg(index.get(id)!)), 'svg');
    out.assets[id] = { file, format: 'svg', source: targets.sources.get(id)! };
  }
  const photoRef = figmaKey('image:avatar-photo');
  for (const [ref, nodes] of targets.images) {
    if (ref !== photoRef) continue;
    out.images[ref] = { file: store(readFileSync(PHOTO), 'png'), format: 'png', nodes };
  }
  return out;
}
