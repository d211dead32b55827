/**
 * The one rule for which Figma nodes a run takes: generate makes a component of each selection
 * and pull renders each of them, so whatever is generated also has a render to check against.
 */
import type { FigmaNode } from './design.ts';
import { FRAME_TYPES, isNodeType } from './figma-nodes.ts';

/** The part of `config.figma` that selects what to take from a file. */
export interface NodeSelection {
  /** Page names or ids; empty takes every page. */
  pages: string[];
  /** Frames, sections or groups (names or ids) to take besides components. */
  frames: string[];
  /** Component sets / components (names or ids); empty takes all. */
  components: string[];
}

/** One node that becomes a component. */
export interface Selection {
  node: FigmaNode;
  kind: 'component-set' | 'component' | 'frame';
  /** Name of the page (canvas) it is on, when known. */
  page: string | undefined;
}

export interface SelectedNodes {
  /**
   * Every component set, every component outside a set and every configured frame, in document
   * order (for a design without components or configuration: its top-level frames).
   */
  selections: Selection[];
  /** Configured names that matched nothing, so a typo is reported instead of silently ignored. */
  unmatched: string[];
}

/** Figma JSON is untrusted: these read it without trusting the declared types. */
type Loose = { [key: string]: unknown };
const isLoose = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (node: Loose, key: string): string | undefined =>
  typeof node[key] === 'string' ? (node[key] as string) : undefined;
const idOf = (node: Loose) => text(node, 'id') ?? '?';
const typeOf = (node: Loose) => text(node, 'type') ?? 'UNKNOWN';
const childrenOf = (node: Loose): Loose[] => (Array.isArray(node.children) ? node.children.filter(isLoose) : []);

/** Nesting beyond this is a malformed file, not a design. */
const MAX_DEPTH = 200;

/** Walks the roots once and returns the selected nodes in document order. Pure. */
export function selectNodes(roots: readonly FigmaNode[], selection: NodeSelection): SelectedNodes {
  const matched = new Set<string>();
  /** Whether the node is listed (by id, name, or an id as a URL writes it: `1-2`), noting the entries hit. */
  const matches = (list: string[], node: Loose): boolean => {
    const id = idOf(node);
    const name = text(node, 'name') ?? '';
    const hits = list.filter((entry) => entry === id || entry === name || entry.replace('-', ':') === id);
    for (const hit of hits) matched.add(hit);
    return hits.length > 0;
  };
  const found: Selection[] = [];
  const topFrames: Selection[] = [];
  const seen = new Set<string>();
  const add = (taken: Selection) => {
    const id = idOf(taken.node as unknown as Loose);
    if (seen.has(id) && id !== '?') return;
    seen.add(id);
    found.push(taken);
  };
  const selected = (node: Loose, kind: Selection['kind'], page: string | undefined): Selection => ({
    node: node as unknown as FigmaNode,
    kind,
    page,
  });

  const walk = (node: Loose, page: string | undefined, topLevel: boolean, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    const type = typeOf(node);
    if (type === 'CANVAS') {
      if (selection.pages.length > 0 && !matches(selection.pages, node)) return;
      const name = text(node, 'name') ?? '';
      for (const child of childrenOf(node)) walk(child, name, true, depth + 1);
      return;
    }
    if (type === 'COMPONENT_SET' || type === 'COMPONENT') {
      add(selected(node, type === 'COMPONENT_SET' ? 'component-set' : 'component', page));
      return;
    }
    // Instances are copies: components inside them are not the design's own.
    if (type === 'INSTANCE') return;
    if (isNodeType(FRAME_TYPES, type)) {
      if (matches(selection.frames, node)) add(selected(node, 'frame', page));
      else if (topLevel && type === 'FRAME') topFrames.push(selected(node, 'frame', page));
    }
    for (const child of childrenOf(node)) walk(child, page, type === 'DOCUMENT', depth + 1);
  };
  for (const root of roots) if (isLoose(root)) walk(root, undefined, true, 0);

  const wanted = [...selection.pages, ...selection.frames, ...selection.components];
  const taken =
    selection.components.length === 0
      ? found
      : found.filter((s) => s.kind === 'frame' || matches(selection.components, s.node as unknown as Loose));
  const configured = selection.frames.length > 0 || selection.components.length > 0;
  return {
    selections: taken.length === 0 && !configured ? topFrames : taken,
    unmatched: wanted.filter((entry) => !matched.has(entry)),
  };
}

/** The nodes Figma renders for the selections: each variant of a set, each component, each frame. */
export function renderIds(selections: readonly Selection[]): string[] {
  const ids = selections.flatMap((s) =>
    s.kind === 'component-set'
      ? childrenOf(s.node as unknown as Loose)
          .filter((variant) => typeOf(variant) === 'COMPONENT')
          .map(idOf)
      : [idOf(s.node as unknown as Loose)],
  );
  return [...new Set(ids)];
}
