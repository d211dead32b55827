import type {
  Component,
  ComponentSet,
  LocalVariable,
  LocalVariableCollection,
  Node,
  Style,
} from '@figma/rest-api-spec';

/**
 * The `Design` type every stage reads, whatever it was loaded from: roots, components, component
 * sets, styles, variables and renders.
 */

/** Any Figma node as the REST API returns it. */
export type FigmaNode = Node;

/** What the Figma variables endpoint (GET /v1/files/:key/variables/local) returned, unwrapped. */
export interface DesignVariables {
  variables: Record<string, LocalVariable>;
  variableCollections: Record<string, LocalVariableCollection>;
}

/** Which Figma response the design was read from. */
export type DesignShape = 'snapshot' | 'file' | 'nodes' | 'node' | 'variables';

/** A PNG render of a node that Figma made (visual ground truth), stored in the snapshot. */
export interface DesignRender {
  nodeId: string;
  /** Absolute path to the PNG. */
  path: string;
  scale: number;
}

/** An asset file Figma exported for a node (an icon's SVG, an image fill's bytes), stored in the snapshot. */
export interface DesignAsset {
  nodeId: string;
  /** Absolute path to the file. */
  path: string;
  format: 'svg' | 'png' | 'jpg';
  /** An SVG's text, read with the snapshot so the ir can inline it as an icon. */
  text?: string;
}

/**
 * The design as every later stage sees it, whatever it was loaded from (a snapshot folder, a full
 * file response, a nodes response, a bare node document or a variables response).
 */
export interface Design {
  /** Where it was read from (a folder or a file), for messages. */
  origin: string;
  fileKey: string | undefined;
  name: string;
  version: string | undefined;
  lastModified: string | undefined;
  /**
   * The root nodes: for a file response its DOCUMENT; for a nodes response each requested node's
   * document; for a bare node document that node.
   */
  roots: FigmaNode[];
  /** Component metadata by node id (from the file's or the nodes response's components maps). */
  components: Record<string, Component>;
  componentSets: Record<string, ComponentSet>;
  /** Style metadata by style id. */
  styles: Record<string, Style>;
  variables: DesignVariables | undefined;
  /** Figma renders by node id. */
  renders: Record<string, DesignRender>;
  /** Asset files by node id (absent in snapshots pulled before assets were fetched). */
  assets?: Record<string, DesignAsset>;
  /** Non-fatal things noticed while loading (nulls in maps, legacy schema, ...). */
  warnings: string[];
  /** Which response shape it came from (absent when built by hand). */
  shape?: DesignShape;
  /**
   * sha256 of the JSON texts it was parsed from (the file and its variables), for caches of what is
   * derived from it (tokens/tokens-cache.ts); absent when built by hand.
   */
  contentHash?: string;
}

/** A design with nothing in it yet, named after where it comes from; `fields` fills in what is known. */
export function emptyDesign(origin: string, fields: Partial<Design> = {}): Design {
  return {
    origin,
    fileKey: undefined,
    name: origin,
    version: undefined,
    lastModified: undefined,
    roots: [],
    components: {},
    componentSets: {},
    styles: {},
    variables: undefined,
    renders: {},
    warnings: [],
    ...fields,
  };
}
