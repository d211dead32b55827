/** Pure helpers over Figma node trees for the checks: lookup by id, visibility, geometry, sizing. */
import type { FigmaNode } from '../source/design.ts';
import type { Box } from './types.ts';

type AnyNode = FigmaNode & {
  children?: FigmaNode[];
  visible?: boolean;
  absoluteBoundingBox?: { x: number; y: number; width: number; height: number } | null;
  absoluteRenderBounds?: { x: number; y: number; width: number; height: number } | null;
  layoutMode?: string;
  layoutSizingHorizontal?: string;
  layoutGrow?: number;
};

/** Every node of the trees by id (first occurrence wins). */
export function indexNodes(roots: readonly FigmaNode[]): Map<string, FigmaNode> {
  const index = new Map<string, FigmaNode>();
  const stack: FigmaNode[] = [...roots];
  while (stack.length) {
    const node = stack.pop() as AnyNode;
    if (!index.has(node.id)) index.set(node.id, node);
    if (node.children) stack.push(...node.children);
  }
  return index;
}

export function isVisible(node: FigmaNode): boolean {
  return (node as AnyNode).visible !== false;
}

/** The children the user sees, in Figma's order. */
export function visibleChildren(node: FigmaNode): FigmaNode[] {
  return ((node as AnyNode).children ?? []).filter(isVisible);
}

/** Shapes whose strokes are part of what the browser measures (an SVG path's box includes its stroke). */
const SHAPES = new Set(['VECTOR', 'LINE', 'BOOLEAN_OPERATION', 'STAR', 'POLYGON', 'ELLIPSE']);

/**
 * The node's box on the canvas. For shapes the render bounds (stroke included) when Figma gives
 * them: a horizontal line has a zero-height bounding box but a visible, stroked one.
 */
export function boundingBox(node: FigmaNode): Box | undefined {
  const n = node as AnyNode;
  const box = (SHAPES.has(n.type) ? n.absoluteRenderBounds : undefined) ?? n.absoluteBoundingBox;
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
