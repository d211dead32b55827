/** Tree walks over the ir that every stage agrees on: children, slot fallbacks, slot elements. */
import type { IrNode } from './types.ts';

/** The nodes rendered inside `node`, in render order. */
export function nestedNodes(node: IrNode): IrNode[] {
  const content = node.content;
  if (content.kind === 'children') return content.children;
  if (content.kind === 'slot') return content.fallback ? [content.fallback] : [];
  if (content.kind === 'instance') {
    const values = [content.props, ...(content.alternatives ?? []).map((a) => a.props)].flatMap((props) =>
      Object.values(props),
    );
    return values.flatMap((v) => (v.kind === 'node' ? [v.node] : []));
  }
  return [];
}

/** Visits `node` and every node nested in it, depth first. */
export function walkIr(node: IrNode, visit: (n: IrNode) => void): void {
  visit(node);
  for (const child of nestedNodes(node)) walkIr(child, visit);
}
