import type { FigmaNode } from './design.ts';

/**
 * Picks the nodes a pull renders (variants, components, configured frames) from the file's
 * document, by the config's page, frame and component selection.
 */

/** The part of `config.figma` that selects what to take from a file. */
export interface NodeSelection {
  /** Page names; empty takes every page. */
  pages: string[];
  /** Frames (names or ids) to take besides components. */
  frames: string[];
  /** Component sets / components (names or ids); empty takes all. */
  components: string[];
}

export interface SelectedNodes {
  /** Nodes Figma should render: each variant of a selected set, each selected component, each selected frame. */
  renderIds: string[];
  /** Configured names that matched nothing, so a typo is reported instead of silently ignored. */
  unmatched: string[];
}

type Walkable = FigmaNode & { children?: FigmaNode[] };

/** Picks the nodes a pull renders, from the file's document. Pure. */
export function selectNodes(roots: FigmaNode[], selection: NodeSelection): SelectedNodes {
  const renderIds: string[] = [];
  const matched = new Set<string>();
  const matches = (list: string[], node: FigmaNode) => {
    const hit = list.find((entry) => entry === node.id || entry === node.name);
    if (hit !== undefined) matched.add(hit);
    return hit !== undefined;
  };
  const takeComponent = (node: FigmaNode) => selection.components.length === 0 || matches(selection.components, node);

  const visit = (node: Walkable): void => {
    if (node.type === 'COMPONENT_SET') {
      if (takeComponent(node))
        for (const variant of node.children ?? []) if (variant.type === 'COMPONENT') renderIds.push(variant.id);
      return;
    }
    if (node.type === 'COMPONENT') {
      if (takeComponent(node)) renderIds.push(node.id);
      return;
    }
    if (node.type === 'FRAME' && matches(selection.frames, node)) renderIds.push(node.id);
    if (node.type === 'INSTANCE') return;
    for (const child of node.children ?? []) visit(child as Walkable);
  };

  for (const root of roots as Walkable[]) {
    const pages = root.type === 'DOCUMENT' ? ((root.children ?? []) as Walkable[]) : [root];
    for (const page of pages) {
      if (page.type === 'CANVAS' && selection.pages.length > 0 && !matches(selection.pages, page)) continue;
      visit(page);
    }
  }
  const wanted = [...selection.pages, ...selection.frames, ...selection.components];
  return { renderIds: [...new Set(renderIds)], unmatched: wanted.filter((entry) => !matched.has(entry)) };
}
