/**
 * Which Figma nodes become components: every component set, every component outside a set, and
 * the frames the config names (or, for a design without components, its top-level frames).
 */
import type { Design } from '../source/design.ts';
import { children, isObject, nodeId, nodeType, str, type Json } from './read.ts';

export interface Selection {
  node: Json;
  kind: 'component-set' | 'component' | 'frame';
  /** Name of the page (canvas) it is on, when known. */
  page: string | undefined;
}

export interface SelectOptions {
  pages: string[];
  frames: string[];
  components: string[];
}

const FRAME_TYPES: ReadonlySet<string> = new Set(['FRAME', 'SECTION', 'GROUP']);

function matches(list: string[], node: Json): boolean {
  const name = str(node, 'name') ?? '';
  const id = nodeId(node);
  return list.some((entry) => entry === id || entry === name || entry.replace('-', ':') === id);
}

/** Walks the design once and returns the selected nodes in document order. */
export function selectNodes(design: Design, options: SelectOptions): Selection[] {
  const found: Selection[] = [];
  const topFrames: Selection[] = [];
  const seen = new Set<string>();
  const add = (selection: Selection) => {
    const id = nodeId(selection.node);
    if (seen.has(id) && id !== '?') return;
    seen.add(id);
    found.push(selection);
  };

  const walk = (node: Json, page: string | undefined, topLevel: boolean, depth: number) => {
    if (depth > 200) return;
    const type = nodeType(node);
    if (type === 'CANVAS') {
      const name = str(node, 'name') ?? '';
      if (options.pages.length > 0 && !options.pages.includes(name)) return;
      for (const child of children(node)) walk(child, name, true, depth + 1);
      return;
    }
    if (type === 'COMPONENT_SET') {
      add({ node, kind: 'component-set', page });
      return;
    }
    if (type === 'COMPONENT') {
      add({ node, kind: 'component', page });
      return;
    }
    // Instances are copies: components inside them are not the design's own.
    if (type === 'INSTANCE') return;
    if (FRAME_TYPES.has(type) || type === 'DOCUMENT') {
      if (type !== 'DOCUMENT' && matches(options.frames, node)) add({ node, kind: 'frame', page });
      else if (topLevel && type === 'FRAME') topFrames.push({ node, kind: 'frame', page });
    }
    for (const child of children(node)) walk(child, page, type === 'DOCUMENT', depth + 1);
  };

  for (const root of design.roots) if (isObject(root)) walk(root as unknown as Json, undefined, true, 0);

  let selected = found;
  if (options.components.length > 0) {
    selected = found.filter((s) => s.kind === 'frame' || matches(options.components, s.node));
  }
  if (selected.length === 0 && options.frames.length === 0 && options.components.length === 0) return topFrames;
  return selected;
}
