/**
 * The text blocks of a screen, as the Design2Code-style scores compare them: Figma's visible TEXT
 * nodes (characters, where their glyphs are drawn, the colour their fills composite to) and the
 * rendered story's text nodes (characters, their range's box, the computed colour).
 */
import { converter, parse } from '../core/culori.ts';
import type { FigmaNode } from '../source/design.ts';
import { visibleChildren } from '../source/figma-nodes.ts';
import { compositeSolids, isSeparable } from '../ir/composite.ts';
import type { Rgba } from '../tokens/token-index.ts';
import type { PageDomNode } from './page/page-api.ts';
import type { Box } from './types.ts';

/** One block of text: what it says, where (relative to the screen's root), and its colour. */
export interface TextBlock {
  text: string;
  box: Box;
  color: Rgba;
}

interface Paint {
  type?: string;
  visible?: boolean;
  opacity?: number;
  blendMode?: string;
  color?: { r: number; g: number; b: number; a?: number };
  gradientStops?: Array<{ color: { r: number; g: number; b: number; a?: number } }>;
}

type TextNode = FigmaNode & {
  characters?: string;
  fills?: Paint[];
  opacity?: number;
  absoluteBoundingBox?: Box | null;
  absoluteRenderBounds?: Box | null;
};

/** Whitespace runs as one space, trimmed: line breaks and indentation are layout, not text. */
export function normalizeText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const paintColor = (c: { r: number; g: number; b: number; a?: number }, opacity: number): Rgba => ({
  r: c.r,
  g: c.g,
  b: c.b,
  a: (c.a ?? 1) * opacity,
});

/**
 * The colour a text node's fills paint: its solid fills composited bottom to top; without solids,
 * the mean of its first gradient's stops. Undefined when it paints nothing (no fills, alpha 0).
 */
function fillColor(fills: readonly Paint[]): Rgba | undefined {
  const visible = fills.filter((p) => p.visible !== false);
  const solids = visible
    .filter((p) => p.type === 'SOLID' && p.color && isSeparable(p.blendMode))
    .map((p) => ({ color: paintColor(p.color!, p.opacity ?? 1), blendMode: p.blendMode }))
    .filter((layer) => layer.color.a > 0.001);
  if (solids.length) return compositeSolids(solids);
  const stops = visible.find((p) => p.type?.startsWith('GRADIENT_') && p.gradientStops?.length)?.gradientStops;
  if (!stops) return undefined;
  const colors = stops.map((s) => paintColor(s.color, 1));
  const mean = (key: keyof Rgba) => colors.reduce((sum, c) => sum + c[key], 0) / colors.length;
  return { r: mean('r'), g: mean('g'), b: mean('b'), a: mean('a') };
}

/** Whether the box shows on a page of this size (the screenshot is cut to it). */
function onPage(box: Box, page: { width: number; height: number }): boolean {
  return box.x < page.width && box.y < page.height && box.x + box.width > 0 && box.y + box.height > 0;
}

/**
 * The visible TEXT nodes under `root` that paint something on the root's box, with their render
 * bounds (the glyphs, not the text frame) relative to the root and their opacity-weighted colour.
 */
export function figmaTextBlocks(root: FigmaNode): TextBlock[] {
  const origin = (root as TextNode).absoluteBoundingBox;
  if (!origin) return [];
  const blocks: TextBlock[] = [];
  const visit = (node: FigmaNode, opacity: number) => {
    const n = node as TextNode;
    const own = opacity * (n.opacity ?? 1);
    if (n.type === 'TEXT') {
      const text = normalizeText(n.characters ?? '');
      const bounds = n.absoluteRenderBounds ?? n.absoluteBoundingBox;
      const color = fillColor(n.fills ?? []);
      if (!text || !bounds || !color || color.a * own <= 0.001) return;
      const box = { x: bounds.x - origin.x, y: bounds.y - origin.y, width: bounds.width, height: bounds.height };
      if (onPage(box, origin)) blocks.push({ text, box, color: { ...color, a: color.a * own } });
      return;
    }
    for (const child of visibleChildren(node)) visit(child, own);
  };
  visit(root, 1);
  return blocks;
}

const toRgb = converter('rgb');

/** A computed CSS colour as RGBA (transparent when it cannot be read). */
export function cssColor(value: string | undefined, opacity = 1): Rgba {
  const parsed = value === undefined ? undefined : parse(value);
  const rgb = parsed ? toRgb(parsed) : undefined;
  if (!rgb) return { r: 0, g: 0, b: 0, a: 0 };
  return { r: rgb.r, g: rgb.g, b: rgb.b, a: (rgb.alpha ?? 1) * opacity };
}

/**
 * The rendered story's text nodes on a page of `page`'s size. The text nodes of one element are
 * one block (the text a `<br>` or a nested element splits), boxed by their union.
 */
export function domTextBlocks(dom: PageDomNode | undefined, page: { width: number; height: number }): TextBlock[] {
  const blocks: TextBlock[] = [];
  const visit = (node: PageDomNode) => {
    let current: { path: string; block: TextBlock } | undefined;
    for (const child of node.children) {
      if (!child.text) {
        current = undefined;
        visit(child);
        continue;
      }
      const text = normalizeText(child.content ?? '');
      if (!text || child.box.width <= 0 || child.box.height <= 0) continue;
      const color = cssColor(child.color, child.opacity ?? 1);
      if (current && current.path === child.path) {
        current.block.text = `${current.block.text} ${text}`;
        current.block.box = union(current.block.box, child.box);
      } else {
        current = { path: child.path, block: { text, box: child.box, color } };
        blocks.push(current.block);
      }
    }
  };
  if (dom) visit(dom);
  return blocks.filter((b) => b.color.a > 0.001 && onPage(b.box, page));
}

function union(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}
