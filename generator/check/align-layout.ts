import type { FigmaNode } from '../source/design.ts';
import { visibleChildren } from '../source/figma-nodes.ts';
import { boundingBox } from './node-geometry.ts';
import type { PageDomNode } from './page/page-api.ts';
import type { Box, LayoutNodeResult } from './types.ts';

/**
 * Aligns a rendered story's DOM tree with its Figma node's visible subtree and scores the layout by
 * box overlap (IoU).
 */

export interface LayoutAlignment {
  /** Mean IoU over the Figma nodes, unmatched nodes counting 0. */
  score: number;
  matchedMeanIoU: number;
  figmaNodes: number;
  matched: number;
  /** Every visible Figma node with its match, in tree order. */
  nodes: LayoutNodeResult[];
}

export function iou(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  const intersection = w > 0 && h > 0 ? w * h : 0;
  const union = a.width * a.height + b.width * b.height - intersection;
  if (union <= 0) {
    // Two zero-area boxes (lines, empty text): the same place is a match.
    return Math.abs(a.x - b.x) < 1 &&
      Math.abs(a.y - b.y) < 1 &&
      Math.abs(a.width - b.width) < 1 &&
      Math.abs(a.height - b.height) < 1
      ? 1
      : 0;
  }
  return intersection / union;
}

/**
 * Pairs two ordered child lists keeping their order: one by one when the counts agree (the
 * generator emits one element per visible node), else the order-preserving pairing with the
 * largest total IoU (an element the generator added or a node it dropped leaves a gap).
 */
function pairChildren(figma: Array<{ box: Box }>, dom: PageDomNode[]): Array<[number, number]> {
  if (figma.length === dom.length) return figma.map((_, i) => [i, i]);
  const n = figma.length;
  const m = dom.length;
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  // A tiny bonus per pair prefers pairing over gaps when boxes do not overlap at all.
  const score = (i: number, j: number) => iou(figma[i]!.box, dom[j]!.box) + 1e-6;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      best[i]![j] = Math.max(best[i + 1]![j]!, best[i]![j + 1]!, score(i, j) + best[i + 1]![j + 1]!);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (best[i]![j] === score(i, j) + best[i + 1]![j + 1]!) pairs.push([i++, j++]);
    else if (best[i]![j] === best[i + 1]![j]) i++;
    else j++;
  }
  return pairs;
}

/**
 * Aligns a rendered story's element tree with its Figma node's visible subtree and scores each
 * pair by box IoU. Figma boxes are taken relative to the node's own box, DOM boxes relative to the
 * story's root element, so a component placed anywhere on the canvas compares.
 */
export function alignLayout(root: FigmaNode, dom: PageDomNode | undefined): LayoutAlignment {
  const origin = boundingBox(root) ?? { x: 0, y: 0, width: 0, height: 0 };
  const nodes: LayoutNodeResult[] = [];
  const relative = (node: FigmaNode): Box => {
    const box = boundingBox(node) ?? origin;
    return { x: box.x - origin.x, y: box.y - origin.y, width: box.width, height: box.height };
  };
  const visit = (node: FigmaNode, element: PageDomNode | undefined) => {
    const figma = relative(node);
    nodes.push({
      figmaId: node.id,
      figmaName: node.name,
      domPath: element?.path,
      iou: element ? iou(figma, element.box) : 0,
      figma,
      dom: element?.box,
    });
    // A drawing (an img or svg) paints its node's whole subtree: the descendants are inside its
    // pixels, not elements of their own, so neither side scores them.
    const children = element?.drawn ? [] : visibleChildren(node);
    if (!children.length) return;
    const matches = new Map<number, PageDomNode>();
    if (element) {
      const pairs = pairChildren(
        children.map((child) => ({ box: relative(child) })),
        element.children,
      );
      for (const [i, j] of pairs) matches.set(i, element.children[j]!);
    }
    children.forEach((child, i) => visit(child, matches.get(i)));
  };
  visit(root, dom);
  const matchedNodes = nodes.filter((node) => node.domPath !== undefined);
  const total = nodes.reduce((sum, node) => sum + node.iou, 0);
  const matchedTotal = matchedNodes.reduce((sum, node) => sum + node.iou, 0);
  return {
    score: nodes.length ? total / nodes.length : 0,
    matchedMeanIoU: matchedNodes.length ? matchedTotal / matchedNodes.length : 0,
    figmaNodes: nodes.length,
    matched: matchedNodes.length,
    nodes,
  };
}
