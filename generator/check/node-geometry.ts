/** What the checks measure of a Figma node: its box on the canvas and whether it stretches with its container. */
import type { FigmaNode } from '../source/design.ts';
import { isNodeType, STROKE_MEASURED_TYPES, visibleChildren } from '../source/figma-nodes.ts';
import type { Box } from './types.ts';

type AnyNode = FigmaNode & {
  absoluteBoundingBox?: { x: number; y: number; width: number; height: number } | null;
  absoluteRenderBounds?: { x: number; y: number; width: number; height: number } | null;
  layoutMode?: string;
  layoutSizingHorizontal?: string;
  layoutGrow?: number;
};

/**
 * The node's box on the canvas. For shapes the render bounds (stroke included) when Figma gives
 * them: a horizontal line has a zero-height bounding box but a visible, stroked one.
 */
export function boundingBox(node: FigmaNode): Box | undefined {
  const n = node as AnyNode;
  const box = (isNodeType(STROKE_MEASURED_TYPES, n.type) ? n.absoluteRenderBounds : undefined) ?? n.absoluteBoundingBox;
  return box ? { x: box.x, y: box.y, width: box.width, height: box.height } : undefined;
}

/** What Figma's render of the node covers: its render bounds when given, else its box. */
export function renderBounds(node: FigmaNode): Box | undefined {
  const n = node as AnyNode;
  const box = n.absoluteRenderBounds ?? n.absoluteBoundingBox;
  return box ? { x: box.x, y: box.y, width: box.width, height: box.height } : undefined;
}

/**
 * Whether the component stretches with its container: its root fills horizontally, or it is an
 * auto-layout frame whose direct children fill it (their width follows the root's).
 */
export function isResponsive(node: FigmaNode): boolean {
  const n = node as AnyNode;
  if (n.layoutSizingHorizontal === 'FILL') return true;
  if (!n.layoutMode || n.layoutMode === 'NONE') return false;
  return visibleChildren(node).some((child) => {
    const c = child as AnyNode;
    return c.layoutSizingHorizontal === 'FILL' || (n.layoutMode === 'HORIZONTAL' && c.layoutGrow === 1);
  });
}
