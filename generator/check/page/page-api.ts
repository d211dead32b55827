/** The contract between the check page (runtime.ts, in the browser) and the Node side (story-page.ts). */
import type { Box } from '../types.ts';

export interface PageStory {
  /** The page's own key for the story: "<component>--<export in kebab case>". */
  key: string;
  /** The CSF title (meta.title), or the component name when the meta has none. */
  title: string;
  /** The stories file's base name, e.g. "Button" for stories/Button.stories.tsx. */
  component: string;
  exportName: string;
  name: string;
  designSync: { fileKey: string | undefined; nodeId: string } | undefined;
}

export interface PageRenderOptions {
  mode: string;
  /** Width and height (CSS px) of the stage the story renders into; unset: the story's own size. */
  width?: number | undefined;
  height?: number | undefined;
}

export type PageRenderResult = { ok: true; box: Box } | { ok: false; error: string };

/** An element (or a non-empty text node, `text: true`) with its box relative to the story's root element. */
export interface PageDomNode {
  path: string;
  text: boolean;
  /**
   * An `<img>`: one drawing standing for its Figma node's whole subtree (an icon or masked group
   * cropped from the render, a stored asset), so layout does not look for elements of its
   * descendants. An inline `<svg>` keeps its paths as children, which layout pairs with vectors.
   */
  drawn?: boolean;
  box: Box;
  children: PageDomNode[];
  /** A text node's characters, its parent element's computed `color` and the product of the `opacity` of its ancestors. */
  content?: string;
  color?: string;
  opacity?: number;
}

export interface PageResponsiveResult {
  width: number;
  scrollWidth: number;
  clientWidth: number;
  overflow: boolean;
  overlaps: Array<[string, string]>;
}

export interface PageApi {
  list(): PageStory[];
  render(id: string, options: PageRenderOptions): Promise<PageRenderResult>;
  measure(): PageDomNode | undefined;
  responsive(width: number): PageResponsiveResult | undefined;
  /** Readies the rendered story for a screenshot: finite animations at their end, infinite ones off, no caret. */
  settle(): void;
}
