import type { FigmaNode } from '../source/design.ts';

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
