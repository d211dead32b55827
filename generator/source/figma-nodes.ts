/**
 * Figma node types by what the stages do with them (each list checked against the REST API's own
 * types), and the tree walks every stage shares.
 */
import type { Node } from '@figma/rest-api-spec';
import type { FigmaNode } from './design.ts';

/** A node type the Figma REST API defines. */
export type FigmaNodeType = Node['type'];

/** Containers that become a component when `figma.frames` names them (and are rendered by pull). */
export const FRAME_TYPES = ['FRAME', 'SECTION', 'GROUP'] as const satisfies readonly FigmaNodeType[];

/** Layers drawn from their path geometry (fillGeometry / strokeGeometry) as SVG. */
export const SHAPE_TYPES = [
  'VECTOR',
  'BOOLEAN_OPERATION',
  'STAR',
  'LINE',
  'REGULAR_POLYGON',
] as const satisfies readonly FigmaNodeType[];

/** Layers an icon drawing may consist of: the shapes, plus ellipses and rectangles drawn among them. */
export const VECTOR_TYPES = [...SHAPE_TYPES, 'ELLIPSE', 'RECTANGLE'] as const satisfies readonly FigmaNodeType[];

/** Containers that are an icon when everything inside them is a vector layer. */
export const DRAWING_TYPES = ['GROUP', 'FRAME', 'INSTANCE', 'COMPONENT'] as const satisfies readonly FigmaNodeType[];

/** Shapes whose strokes are part of what the browser measures (an SVG path's box includes its stroke). */
export const STROKE_MEASURED_TYPES = [
  'VECTOR',
  'LINE',
  'BOOLEAN_OPERATION',
  'STAR',
  'REGULAR_POLYGON',
  'ELLIPSE',
] as const satisfies readonly FigmaNodeType[];

/** Parents whose frames are screens of their own (`inspect` lists them): the document, pages and sections. */
export const SCREEN_PARENT_TYPES = ['DOCUMENT', 'CANVAS', 'SECTION'] as const satisfies readonly FigmaNodeType[];

/** Whether `type` (read from untrusted JSON, so any string) is one of `types`. */
export function isNodeType(types: readonly FigmaNodeType[], type: string): boolean {
  return (types as readonly string[]).includes(type);
}

/** Visits every node under the roots (iteratively: real files nest deeper than the call stack likes). */
export function walkNodes(roots: readonly FigmaNode[], visit: (node: FigmaNode) => void): void {
  const stack: FigmaNode[] = [...roots].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as FigmaNode;
    visit(node);
    const children = (node as { children?: FigmaNode[] }).children;
    if (Array.isArray(children))
      for (let i = children.length - 1; i >= 0; i--) if (children[i]) stack.push(children[i] as FigmaNode);
  }
}

/** Every node of the trees by id (first in document order wins). */
export function indexNodes(roots: readonly FigmaNode[]): Map<string, FigmaNode> {
  const index = new Map<string, FigmaNode>();
  walkNodes(roots, (node) => {
    if (!index.has(node.id)) index.set(node.id, node);
  });
  return index;
}

/** Shown in Figma (not `visible: false`). */
export function isVisible(node: FigmaNode): boolean {
  return (node as { visible?: boolean }).visible !== false;
}

/** The children the user sees, in Figma's order. */
export function visibleChildren(node: FigmaNode): FigmaNode[] {
  return ((node as { children?: FigmaNode[] }).children ?? []).filter(isVisible);
}
