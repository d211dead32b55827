import { inputError } from '../core/errors.ts';

/**
 * Checks a Figma node tree for the structure every later stage relies on, and normalises old-schema
 * quirks in place.
 */

/** What normalising a node tree changed, so the loader can warn once instead of per node. */
export interface TreeStats {
  nodes: number;
  /** Properties that were `null` (2019-2022 exports, e.g. `layoutMode: null`) and were dropped. */
  nullsDropped: number;
  /** Nodes whose geometry and colours used PascalCase keys (re-serialised exports) and were rewritten. */
  legacyNodes: number;
}

export const emptyTreeStats = (): TreeStats => ({ nodes: 0, nullsDropped: 0, legacyNodes: 0 });

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Formats a JSON path step: `.name` for identifiers, `["1:2"]` otherwise. */
export function pathKey(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/**
 * Checks what every later stage relies on (each node an object with string `id` and `type`,
 * `children` an array of such nodes) and normalises old-schema quirks in place. Deliberately
 * structural only: a 3 MB file with 3,000+ nodes is walked in a few milliseconds.
 */
export function validateTree(
  root: unknown,
  path: string,
  where: string,
  stats: TreeStats = emptyTreeStats(),
): TreeStats {
  const stack: Array<[unknown, string]> = [[root, path]];
  while (stack.length > 0) {
    const [node, at] = stack.pop()!;
    if (!isPlainObject(node) || typeof node.id !== 'string' || typeof node.type !== 'string') {
      throw inputError('input/node', `${where}: ${at}: expected an object with "id" and "type"`, {
        hint: 'Only unmodified Figma REST API responses are supported.',
      });
    }
    stats.nodes++;
    for (const key in node) {
      if (node[key] === null && !NULLABLE.has(key)) {
        delete node[key];
        stats.nullsDropped++;
      }
    }
    if (isLegacyBox(node.absoluteBoundingBox)) {
      normaliseLegacyNode(node);
      stats.legacyNodes++;
    }
    const children = node.children;
    if (children === undefined) continue;
    if (!Array.isArray(children)) {
      throw inputError('input/children', `${where}: ${at}.children: expected an array`, {
        hint: 'Only unmodified Figma REST API responses are supported.',
      });
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], `${at}.children[${i}]`]);
  }
  return stats;
}

/** Node properties the current schema itself allows to be null; every other null is an old-schema leftover. */
const NULLABLE = new Set(['absoluteBoundingBox', 'absoluteRenderBounds', 'prototypeStartNodeID', 'fontPostScriptName']);

function isLegacyBox(value: unknown): boolean {
  return isPlainObject(value) && 'Width' in value && !('width' in value);
}

const LEGACY_KEYS: Record<string, string> = {
  X: 'x',
  Y: 'y',
  Width: 'width',
  Height: 'height',
  R: 'r',
  G: 'g',
  B: 'b',
  A: 'a',
};
/** Derived copies the re-serialiser added beside the real fields. */
const LEGACY_DERIVED = new Set(['Size', 'Origin', 'Left', 'Right', 'Top', 'Bottom']);

function normaliseLegacyNode(node: Record<string, unknown>): void {
  for (const key of Object.keys(node)) {
    if (key !== 'children') node[key] = normaliseLegacyValue(node[key]);
  }
}

function normaliseLegacyValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normaliseLegacyValue);
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (inner === null || LEGACY_DERIVED.has(key)) continue;
    out[LEGACY_KEYS[key] ?? key] = normaliseLegacyValue(inner);
  }
  return out;
}
